// ConnectivityChecker: the "is it me?" verdict from real sockets on loopback and from evidence.
#include "net/connectivitychecker.h"
#include "simprovider.h"
#include "testhelpers.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QTcpServer>
#include <catch2/catch.hpp>

namespace {
using testsupport::waitFor;

quint16 closedPort()
{
    QTcpServer server;
    REQUIRE(server.listen(QHostAddress::LocalHost));
    return server.serverPort(); // closed again when server goes out of scope
}

ConnectivityStatus runCheck(const QUrl& api, const QUrl& status)
{
    QNetworkAccessManager nam;
    ConnectivityChecker checker(&nam);
    checker.setUseLinkState(false); // the sandbox's link says nothing about loopback
    checker.setTimeoutMs(2000);
    std::optional<ConnectivityStatus> result;
    QObject::connect(&checker, &ConnectivityChecker::finished, [&](const ConnectivityStatus& s) { result = s; });
    checker.check(api, status);
    REQUIRE(waitFor([&] { return result.has_value(); }));
    return *result;
}

QUrl loopback(quint16 port)
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
}
} // namespace

TEST_CASE("a reachable provider means online", "[connectivity]")
{
    SimProvider sim;
    REQUIRE(sim.listen());
    const ConnectivityStatus s = runCheck(sim.baseUrl(), sim.baseUrl());
    CHECK(s.state == Connectivity::Online);
    CHECK(sim.requestCount(QStringLiteral("/api/v2/status.json")) == 1);
}

TEST_CASE("the status host answering is enough, even when the API host is down", "[connectivity]")
{
    SimProvider sim;
    REQUIRE(sim.listen());
    CHECK(runCheck(loopback(closedPort()), sim.baseUrl()).state == Connectivity::Online);
}

TEST_CASE("two different endpoints refusing means offline", "[connectivity]")
{
    const quint16 a = closedPort();
    quint16 b = closedPort();
    if (b == a)
        b = quint16(a + 1);
    const ConnectivityStatus s = runCheck(loopback(a), loopback(b));
    CHECK(s.state == Connectivity::Offline);
    CHECK(s.reason.code == u"cannot_connect");
    CHECK(reasonText(s.reason).contains(QStringLiteral("Cannot connect to 127.0.0.1")));
}

TEST_CASE("one endpoint failing alone is not clear evidence", "[connectivity]")
{
    const QUrl url = loopback(closedPort());
    const ConnectivityStatus s = runCheck(url, url);
    CHECK(s.state == Connectivity::Unknown);
    CHECK_FALSE(s.reason.isNull());
}

TEST_CASE("DNS failure of both hosts means offline with a DNS reason", "[connectivity]")
{
    const ConnectivityStatus s = runCheck(QUrl(QStringLiteral("https://api.modelpulse-test.invalid")),
                                          QUrl(QStringLiteral("https://status.modelpulse-test.invalid")));
    CHECK(s.state == Connectivity::Offline);
    CHECK(reasonText(s.reason) == QStringLiteral("DNS lookup of api.modelpulse-test.invalid failed"));
}

TEST_CASE("decide(): the evidence rules", "[connectivity]")
{
    EndpointEvidence api { QStringLiteral("api.anthropic.com"), 443, true, false, false, false, false };
    EndpointEvidence status { QStringLiteral("status.claude.com"), 443, true, false, false, false, false };

    CHECK(reasonText(ConnectivityChecker::decide(false, { api, status }).reason) == QStringLiteral("No network"));
    CHECK(ConnectivityChecker::decide(false, { api, status }).state == Connectivity::Offline);

    EndpointEvidence reached = status;
    reached.httpAnswered = true;
    CHECK(ConnectivityChecker::decide(false, { api, reached }).state == Connectivity::Online);

    EndpointEvidence tls = api;
    tls.tlsFailed = true;
    const auto t = ConnectivityChecker::decide(std::nullopt, { tls, status });
    CHECK(t.state == Connectivity::Unknown);
    CHECK(reasonText(t.reason) == QStringLiteral("TLS handshake with api.anthropic.com failed (intercepted?)"));

    EndpointEvidence proxy = api;
    proxy.proxyRefused = true;
    CHECK(reasonText(ConnectivityChecker::decide(std::nullopt, { proxy, status }).reason)
          == QStringLiteral("Proxy refused the connection"));

    CHECK(ConnectivityChecker::decide(std::nullopt, { api, status }).state == Connectivity::Offline);
    CHECK(ConnectivityChecker::decide(std::nullopt, { api }).state == Connectivity::Unknown);
    CHECK(ConnectivityChecker::decide(std::nullopt, {}).state == Connectivity::Unknown);
}
