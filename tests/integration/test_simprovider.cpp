// The simulated provider, exercised with a real QNetworkAccessManager on loopback.
#include "simprovider.h"
#include "simstatuspage.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTimer>
#include <QXmlStreamReader>
#include <catch2/catch.hpp>

#include <cstdlib>
#include <optional>

namespace {

struct Fetched {
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;
    qint64 elapsedMs = 0;

    QByteArray header(const QByteArray& name) const
    {
        for (const auto& h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        }
        return {};
    }
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

struct Client {
    explicit Client(const QUrl& baseUrl, const QList<QPair<QByteArray, QByteArray>>& headers = {})
        : base(baseUrl)
        , extraHeaders(headers)
    {
    }

    QNetworkAccessManager nam;
    QUrl base;
    QList<QPair<QByteArray, QByteArray>> extraHeaders;

    Fetched fetch(const QString& path, const QByteArray& verb = "GET", const QByteArray& body = {},
                  int timeoutMs = 3000)
    {
        QNetworkRequest request(base.resolved(QUrl(path)));
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        request.setTransferTimeout(timeoutMs);
        for (const auto& h : extraHeaders)
            request.setRawHeader(h.first, h.second);
        QElapsedTimer clock;
        clock.start();
        QNetworkReply* reply = nam.sendCustomRequest(request, verb, body);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        Fetched f;
        f.elapsedMs = clock.elapsed();
        f.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        f.error = reply->error();
        if (reply->isOpen())
            f.body = reply->readAll();
        f.headers = reply->rawHeaderPairs();
        reply->deleteLater();
        return f;
    }

    Fetched probe(const QString& model, const QByteArray& key = "sim-key", int timeoutMs = 3000)
    {
        extraHeaders = { { "content-type", "application/json" }, { "anthropic-version", "2023-06-01" } };
        if (!key.isNull())
            extraHeaders.append({ "x-api-key", key });
        const QByteArray body
            = R"({"model":")" + model.toUtf8() + R"(","max_tokens":1,"messages":[{"role":"user","content":"ping"}]})";
        Fetched f = fetch(QStringLiteral("/v1/messages"), "POST", body, timeoutMs);
        extraHeaders.clear();
        return f;
    }
};

QByteArray readFile(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

const QString kSummary = QStringLiteral("/api/v2/summary.json");
const QString kFixture = QStringLiteral(MODELPULSE_FIXTURES "/statuspage/github_summary_partial_outage.json");

} // namespace

TEST_CASE("summary is served byte-identical from a capture, with ETag and 304", "[sim]")
{
    SimProvider sim;
    REQUIRE(sim.listen());
    REQUIRE(sim.baseUrl() == QUrl(QStringLiteral("http://127.0.0.1:%1").arg(sim.port())));
    REQUIRE(sim.setSummaryFile(kFixture));
    Client c(sim.baseUrl());

    const Fetched first = c.fetch(kSummary);
    CHECK(first.status == 200);
    CHECK(first.body == readFile(kFixture));
    CHECK(first.header("content-type").startsWith("application/json"));
    const QByteArray etag = first.header("etag");
    CHECK(etag == SimStatuspage::etagFor(first.body));
    CHECK(!first.header("last-modified").isEmpty());

    c.extraHeaders = { { "If-None-Match", etag } };
    const Fetched again = c.fetch(kSummary);
    CHECK(again.status == 304);
    CHECK(again.body.isEmpty());
    c.extraHeaders = { { "If-Modified-Since", first.header("last-modified") } };
    CHECK(c.fetch(kSummary).status == 304);

    // Derived endpoints of a capture.
    c.extraHeaders.clear();
    CHECK(c.fetch(QStringLiteral("/api/v2/status.json"))
              .json()
              .value(QStringLiteral("status"))
              .toObject()
              .value(QStringLiteral("indicator"))
          == QStringLiteral("minor"));

    sim.setSummaryJson(R"({"status":{"indicator":"none"}})");
    c.extraHeaders = { { "If-None-Match", etag } };
    const Fetched changed = c.fetch(kSummary);
    CHECK(changed.status == 200);
    CHECK(changed.header("etag") != etag);
    CHECK(sim.requests().last().ifNoneMatch == etag);
}

TEST_CASE("a compact description becomes real Statuspage JSON and feeds", "[sim]")
{
    SimProvider sim;
    REQUIRE(sim.listen());
    sim.setStatusPage(QJsonDocument::fromJson(R"({
        "components": {"k8w3r06qmzrp": "partial_outage"},
        "incidents": [
          {"name": "Old one", "status": "resolved", "impact": "minor", "body": "Fixed."},
          {"name": "Elevated errors on Claude Opus 4.5", "impact": "major", "components": ["k8w3r06qmzrp"],
           "updates": [{"status": "investigating", "body": "Looking <into> it & more"}, {"body": "Still looking."}]}],
        "maintenances": [{"name": "Console work", "status": "in_progress", "components": ["0qbwn08sd68x"]}]})")
                          .object());
    Client c(sim.baseUrl());

    const Fetched summary = c.fetch(kSummary);
    CHECK(summary.body.startsWith(R"({"page":{)"));
    const QJsonObject s = summary.json();
    CHECK(s.value(QStringLiteral("status")).toObject().value(QStringLiteral("indicator")) == QStringLiteral("major"));
    const QJsonArray components = s.value(QStringLiteral("components")).toArray();
    REQUIRE(components.size() == 4);
    CHECK(components.at(1).toObject().value(QStringLiteral("status")) == QStringLiteral("under_maintenance"));
    CHECK(components.at(2).toObject().value(QStringLiteral("id")) == QStringLiteral("k8w3r06qmzrp"));
    CHECK(components.at(2).toObject().value(QStringLiteral("status")) == QStringLiteral("partial_outage"));
    const QJsonArray incidents = s.value(QStringLiteral("incidents")).toArray();
    REQUIRE(incidents.size() == 1); // the resolved one is only in incidents.json
    const QJsonObject incident = incidents.first().toObject();
    CHECK(incident.value(QStringLiteral("name")) == QStringLiteral("Elevated errors on Claude Opus 4.5"));
    CHECK(incident.value(QStringLiteral("incident_updates")).toArray().size() == 2);
    CHECK(incident.value(QStringLiteral("incident_updates")).toArray().first().toObject().value(QStringLiteral("body"))
          == QStringLiteral("Still looking.")); // newest first
    CHECK(incident.value(QStringLiteral("components")).toArray().size() == 1);
    CHECK(s.value(QStringLiteral("scheduled_maintenances")).toArray().size() == 1);

    CHECK(c.fetch(QStringLiteral("/api/v2/incidents.json")).json().value(QStringLiteral("incidents")).toArray().size()
          == 2);
    CHECK(c.fetch(QStringLiteral("/api/v2/incidents/unresolved.json"))
              .json()
              .value(QStringLiteral("incidents"))
              .toArray()
              .size()
          == 1);
    CHECK(c.fetch(QStringLiteral("/api/v2/scheduled-maintenances.json"))
              .json()
              .value(QStringLiteral("scheduled_maintenances"))
              .toArray()
              .size()
          == 1);
    CHECK(c.fetch(QStringLiteral("/api/v2/status.json")).json().keys()
          == QStringList { QStringLiteral("page"), QStringLiteral("status") });

    for (const QString& feed : { QStringLiteral("/history.atom"), QStringLiteral("/history.rss") }) {
        const Fetched f = c.fetch(feed);
        CHECK(f.status == 200);
        QXmlStreamReader xml(f.body);
        QStringList titles;
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("title"))
                titles << xml.readElementText();
        }
        CHECK_FALSE(xml.hasError());
        CHECK(titles.contains(QStringLiteral("Elevated errors on Claude Opus 4.5")));
        CHECK(f.body.contains("Looking &amp;lt;into&amp;gt; it &amp;amp; more"));
    }

    // What a person's browser gets from the page's address and an incident's link (the demo's "Open status page"):
    // a small HTML page of the same state, text escaped, saying it is simulated.
    for (const QString& path : { QStringLiteral("/"), QStringLiteral("/incidents/abc") }) {
        const Fetched page = c.fetch(path);
        INFO(path.toStdString());
        CHECK(page.status == 200);
        CHECK(page.body.startsWith("<!DOCTYPE html>"));
        CHECK(page.body.contains("simulated"));
        CHECK(page.body.contains("Elevated errors on Claude Opus 4.5"));
        CHECK(page.body.contains("Console work"));
        CHECK_FALSE(page.body.contains("Old one")); // resolved: not on the page's front
    }
}

TEST_CASE("Statuspage misbehaviours are observable by a client", "[sim]")
{
    SimProvider sim;
    REQUIRE(sim.listen());
    Client c(sim.baseUrl());
    using M = Misbehaviour::Mode;

    Misbehaviour unavailable = Misbehaviour::of(M::Status, 503);
    unavailable.retryAfter = 120;
    sim.setStatuspageMisbehaviour(unavailable);
    Fetched f = c.fetch(kSummary);
    CHECK(f.status == 503);
    CHECK(f.header("retry-after") == "120");

    sim.setStatuspageMisbehaviour(Misbehaviour::of(M::Html));
    f = c.fetch(kSummary);
    CHECK(f.status == 200);
    CHECK(f.header("content-type").startsWith("text/html"));
    CHECK(f.body.startsWith("<!DOCTYPE html>"));

    sim.setStatuspageMisbehaviour(Misbehaviour::of(M::Challenge, 405));
    f = c.fetch(kSummary);
    CHECK(f.status == 405);
    CHECK(f.header("cf-mitigated") == "challenge");

    sim.setStatuspageMisbehaviour({});
    const QByteArray full = c.fetch(kSummary).body;
    sim.setStatuspageMisbehaviour(Misbehaviour::of(M::Truncate));
    f = c.fetch(kSummary);
    CHECK(f.status == 200);
    CHECK(f.error == QNetworkReply::NoError);
    CHECK(f.body == full.left(full.size() / 2));
    CHECK(QJsonDocument::fromJson(f.body).isNull());

    sim.setStatuspageMisbehaviour(Misbehaviour::of(M::Cut));
    f = c.fetch(kSummary);
    CHECK(f.error != QNetworkReply::NoError);
    CHECK(f.body.size() < full.size());

    sim.setStatuspageMisbehaviour(Misbehaviour::of(M::Garbage));
    CHECK(QJsonDocument::fromJson(c.fetch(kSummary).body).isNull());

    Misbehaviour redirect = Misbehaviour::of(M::Redirect);
    redirect.location = QUrl(QStringLiteral("http://evil.example/api/v2/summary.json"));
    sim.setStatuspageMisbehaviour(redirect);
    f = c.fetch(kSummary);
    CHECK(f.status == 301);
    CHECK(f.header("location") == "http://evil.example/api/v2/summary.json");

    sim.setStatuspageMisbehaviour(Misbehaviour::delay(300));
    f = c.fetch(kSummary);
    CHECK(f.status == 200);
    CHECK(f.elapsedMs >= 280);

    Misbehaviour onlyAtom = Misbehaviour::of(M::Status, 500);
    onlyAtom.paths = QStringList { QStringLiteral("/history.atom") };
    sim.setStatuspageMisbehaviour(onlyAtom);
    CHECK(c.fetch(kSummary).status == 200);
    CHECK(c.fetch(QStringLiteral("/history.atom")).status == 500);

    sim.setStatuspageMisbehaviour(Misbehaviour::of(M::Hang));
    f = c.fetch(kSummary, "GET", {}, 1000);
    CHECK(f.error == QNetworkReply::OperationCanceledError);
    CHECK(f.elapsedMs >= 900);
    CHECK(f.elapsedMs < 2500);
}

TEST_CASE("GET /v1/models paginates like the real API", "[sim][api]")
{
    SimProvider sim;
    REQUIRE(sim.listen());
    Client c(sim.baseUrl(), { { "x-api-key", "anything" }, { "anthropic-version", "2023-06-01" } });

    QJsonObject page = c.fetch(QStringLiteral("/v1/models?limit=2")).json();
    QJsonArray data = page.value(QStringLiteral("data")).toArray();
    REQUIRE(data.size() == 2);
    CHECK(data.first().toObject().value(QStringLiteral("type")) == QStringLiteral("model"));
    CHECK(data.first().toObject().value(QStringLiteral("display_name")) == QStringLiteral("Claude Opus 4.5"));
    CHECK(page.value(QStringLiteral("has_more")).toBool());
    CHECK(page.value(QStringLiteral("first_id")) == QStringLiteral("claude-opus-4-5"));
    const QString last = page.value(QStringLiteral("last_id")).toString();
    CHECK(last == QStringLiteral("claude-sonnet-4-5"));

    page = c.fetch(QStringLiteral("/v1/models?limit=2&after_id=") + last).json();
    data = page.value(QStringLiteral("data")).toArray();
    REQUIRE(data.size() == 1);
    CHECK(data.first().toObject().value(QStringLiteral("id")) == QStringLiteral("claude-haiku-4-5"));
    CHECK_FALSE(page.value(QStringLiteral("has_more")).toBool());

    sim.setModels(QStringList { QStringLiteral("claude-opus-5-20260101") });
    data = c.fetch(QStringLiteral("/v1/models")).json().value(QStringLiteral("data")).toArray();
    REQUIRE(data.size() == 1);
    CHECK(data.first().toObject().value(QStringLiteral("display_name")) == QStringLiteral("Claude Opus 5"));

    c.extraHeaders.clear();
    CHECK(c.fetch(QStringLiteral("/v1/models")).status == 401);
}

TEST_CASE("POST /v1/messages: key check, request-id and every scripted behaviour", "[sim][api]")
{
    SimProvider sim;
    REQUIRE(sim.listen());
    sim.setExpectedApiKey(QStringLiteral("sim-key"));
    Client c(sim.baseUrl());

    Fetched ok = c.probe(QStringLiteral("claude-opus-4-5"));
    CHECK(ok.status == 200);
    const QJsonObject msg = ok.json();
    CHECK(msg.value(QStringLiteral("type")) == QStringLiteral("message"));
    CHECK(msg.value(QStringLiteral("model")) == QStringLiteral("claude-opus-4-5"));
    CHECK(msg.value(QStringLiteral("stop_reason")) == QStringLiteral("max_tokens"));
    CHECK(msg.value(QStringLiteral("content")).toArray().first().toObject().value(QStringLiteral("text"))
          == QStringLiteral("p"));
    CHECK(msg.value(QStringLiteral("usage")).toObject().value(QStringLiteral("output_tokens")).toInt() == 1);
    CHECK(ok.header("request-id").startsWith("req_sim_"));
    CHECK(c.probe(QStringLiteral("claude-opus-4-5")).header("request-id") != ok.header("request-id"));

    const Fetched wrongKey = c.probe(QStringLiteral("claude-opus-4-5"), "wrong");
    CHECK(wrongKey.status == 401);
    CHECK(wrongKey.json().value(QStringLiteral("type")) == QStringLiteral("error"));
    CHECK(wrongKey.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("type"))
          == QStringLiteral("authentication_error"));
    CHECK(wrongKey.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("message"))
          == QStringLiteral("invalid x-api-key"));
    CHECK(c.probe(QStringLiteral("claude-opus-4-5"), QByteArray()).status == 401);
    CHECK(sim.requests().last().hasApiKey == false);
    CHECK(sim.requests().at(sim.requests().size() - 2).apiKeyFingerprint
          == SimProvider::keyFingerprint(QStringLiteral("wrong")));
    CHECK_FALSE(sim.requests().last().header("content-type").isEmpty());

    const Fetched unknown = c.probe(QStringLiteral("claude-nonexistent-1"));
    CHECK(unknown.status == 404);
    CHECK(unknown.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("message"))
          == QStringLiteral("model: claude-nonexistent-1"));

    const struct {
        int status;
        const char* type;
    } errors[] = { { 500, "api_error" },
                   { 529, "overloaded_error" },
                   { 429, "rate_limit_error" },
                   { 401, "authentication_error" },
                   { 402, "billing_error" },
                   { 404, "not_found_error" },
                   { 400, "invalid_request_error" } };
    for (const auto& e : errors) {
        sim.setModelBehaviour(QStringLiteral("claude-opus-4-5"), ModelBehaviour::error(e.status));
        const Fetched f = c.probe(QStringLiteral("claude-opus-4-5"));
        INFO(e.status);
        CHECK(f.status == e.status);
        CHECK(f.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("type")).toString()
              == QLatin1String(e.type));
        CHECK(f.header("request-id").startsWith("req_sim_"));
        CHECK(f.header("retry-after") == (e.status == 429 ? QByteArray("30") : QByteArray()));
    }

    sim.setModelBehaviour(QStringLiteral("claude-sonnet-4-5"), ModelBehaviour::ok(250));
    const Fetched slow = c.probe(QStringLiteral("claude-sonnet-4-5"));
    CHECK(slow.status == 200);
    CHECK(slow.elapsedMs >= 230);

    sim.setModelBehaviour(QStringLiteral("claude-haiku-4-5"), ModelBehaviour::of(ModelBehaviour::Kind::Truncate));
    Fetched f = c.probe(QStringLiteral("claude-haiku-4-5"));
    CHECK(f.status == 200);
    CHECK(QJsonDocument::fromJson(f.body).isNull());

    sim.setModelBehaviour(QStringLiteral("claude-haiku-4-5"), ModelBehaviour::of(ModelBehaviour::Kind::Html));
    f = c.probe(QStringLiteral("claude-haiku-4-5"));
    CHECK(f.header("content-type").startsWith("text/html"));

    sim.setModelBehaviour(QStringLiteral("claude-haiku-4-5"), ModelBehaviour::of(ModelBehaviour::Kind::Redirect, 307));
    f = c.probe(QStringLiteral("claude-haiku-4-5"));
    CHECK(f.status == 307);
    CHECK(f.header("location") == QStringLiteral("http://127.0.0.2:%1/v1/messages").arg(sim.port()).toLatin1());

    sim.setModelBehaviour(QStringLiteral("claude-haiku-4-5"), ModelBehaviour::of(ModelBehaviour::Kind::Hang));
    f = c.probe(QStringLiteral("claude-haiku-4-5"), "sim-key", 1000);
    CHECK(f.error == QNetworkReply::OperationCanceledError);
}

TEST_CASE("request log records every request, the key only as a fingerprint", "[sim]")
{
    SimProvider sim;
    REQUIRE(sim.listen(0, QHostAddress(QStringLiteral("127.0.0.2"))));
    CHECK(sim.baseUrl().host() == QStringLiteral("127.0.0.2"));
    int signalled = 0;
    QObject::connect(&sim, &SimProvider::requestReceived, &sim, [&signalled](const SimRequest&) { ++signalled; });
    Client c(sim.baseUrl());
    c.probe(QStringLiteral("claude-opus-4-5"), "secret-key");
    c.fetch(kSummary);
    c.fetch(kSummary);
    CHECK(signalled == 3);
    CHECK(sim.requestCount() == 3);
    CHECK(sim.requestCount(kSummary) == 2);
    CHECK(sim.requestCount(QStringLiteral("/v1/messages")) == 1);
    const SimRequest probe = sim.requests().first();
    CHECK(probe.method == "POST");
    CHECK(probe.hasApiKey);
    CHECK(probe.apiKeyFingerprint == SimProvider::keyFingerprint(QStringLiteral("secret-key")));
    CHECK(probe.header("x-api-key") == "<redacted>");
    CHECK(probe.host.startsWith(QStringLiteral("127.0.0.2")));
    CHECK(QJsonDocument::fromJson(probe.body).object().value(QStringLiteral("model"))
          == QStringLiteral("claude-opus-4-5"));
    CHECK_FALSE(sim.requests().last().hasApiKey);
    sim.clearRequests();
    CHECK(sim.requestCount() == 0);
}

TEST_CASE("a redirect to another loopback host lands on a second sim that logs the key", "[sim][api]")
{
    SimProvider origin;
    REQUIRE(origin.listen());
    SimProvider other;
    REQUIRE(other.listen(origin.port(), QHostAddress(QStringLiteral("127.0.0.2"))));
    origin.setModelBehaviour(QStringLiteral("claude-opus-4-5"),
                             ModelBehaviour::of(ModelBehaviour::Kind::Redirect, 307));
    Client c(origin.baseUrl());
    QNetworkRequest request(origin.baseUrl().resolved(QUrl(QStringLiteral("/v1/messages"))));
    request.setRawHeader("x-api-key", "secret");
    request.setRawHeader("anthropic-version", "2023-06-01");
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    QNetworkReply* reply = c.nam.post(request, QByteArray(R"({"model":"claude-opus-4-5","max_tokens":1})"));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    REQUIRE(other.requestCount(QStringLiteral("/v1/messages")) == 1);
    // Qt 6.4's QNAM copies raw headers onto the redirected request, x-api-key included, even to another
    // host: API clients must not follow redirects (ManualRedirectPolicy or SameOriginRedirectPolicy).
    CHECK(other.requests().first().hasApiKey);
    CHECK(other.requests().first().apiKeyFingerprint == SimProvider::keyFingerprint(QStringLiteral("secret")));
}

TEST_CASE("offline: dropped connections, refused connections, then back on the same port", "[sim]")
{
    SimProvider sim;
    REQUIRE(sim.listen());
    const quint16 port = sim.port();
    Client c(sim.baseUrl());
    REQUIRE(c.fetch(kSummary).status == 200);

    sim.setOffline(SimStep::Offline::Drop);
    Fetched f = c.fetch(kSummary);
    CHECK(f.status == 0);
    CHECK(f.error != QNetworkReply::NoError);

    sim.setOffline(SimStep::Offline::Refuse);
    c.nam.clearConnectionCache();
    f = c.fetch(kSummary);
    CHECK(f.error == QNetworkReply::ConnectionRefusedError);

    sim.setOffline(SimStep::Offline::No);
    CHECK(sim.port() == port);
    CHECK(c.fetch(kSummary).status == 200);
}

TEST_CASE("scenario JSON: steps inherit, misbehaviour does not, files resolve relative", "[sim][scenario]")
{
    QString error;
    const auto scenario = SimScenario::fromJson(R"({
        "api_key": "k1",
        "model_list": [{"id": "claude-x-1", "display_name": "Claude X 1", "created_at": "2025-01-01T00:00:00Z"}],
        "steps": [
          {"at": 0, "statuspage": {"file": "github_summary_partial_outage.json"}, "models": {"claude-x-1": "529"}},
          {"at": 10, "statuspage": {"misbehave": {"mode": "status", "status": 502}}},
          {"at": 20, "statuspage": {"indicator": "critical"}, "models": {"claude-x-1": {"status": "429", "retry_after": 7}}},
          {"at": 30, "offline": "refuse"}]})",
                                                QStringLiteral(MODELPULSE_FIXTURES "/statuspage"), &error);
    REQUIRE(scenario);
    CHECK(error.isEmpty());
    REQUIRE(scenario->steps.size() == 4);
    CHECK(scenario->steps.at(3).offline == SimStep::Offline::Refuse);
    CHECK(scenario->steps.at(3).misbehaviour.isNone());

    SimProvider sim;
    REQUIRE(sim.listen());
    int steps = 0;
    QObject::connect(&sim, &SimProvider::stepChanged, &sim, [&steps] { ++steps; });
    sim.setScenario(*scenario);
    Client c(sim.baseUrl());
    CHECK(c.fetch(kSummary).body == readFile(kFixture));
    CHECK(c.probe(QStringLiteral("claude-x-1"), "k1").status == 529);
    CHECK(c.probe(QStringLiteral("claude-x-1"), "sim-key").status == 401);

    REQUIRE(sim.advance());
    CHECK(c.fetch(kSummary).status == 502);
    CHECK(c.probe(QStringLiteral("claude-x-1"), "k1").status == 529); // models inherited

    sim.setStep(2);
    const Fetched summary = c.fetch(kSummary);
    CHECK(summary.status == 200);
    CHECK(summary.json().value(QStringLiteral("status")).toObject().value(QStringLiteral("indicator"))
          == QStringLiteral("critical"));
    CHECK(c.probe(QStringLiteral("claude-x-1"), "k1").header("retry-after") == "7");
    CHECK(steps == 3);
    CHECK(sim.step() == 2);

    CHECK_FALSE(SimScenario::fromJson(R"({"steps": [{"models": {"m": "teapot"}}]})", {}, &error));
    CHECK(error.contains(QStringLiteral("teapot")));
    CHECK_FALSE(SimScenario::fromJson(R"({"steps": [{"statuspage": {"file": "missing.json"}}]})", {}, &error));
}

TEST_CASE("timed scenario walks its offsets and loops", "[sim][scenario]")
{
    const auto scenario = SimScenario::fromJson(R"({"loop": true, "duration": 0.6, "steps": [
        {"at": 0, "label": "a"}, {"at": 0.2, "label": "b"}, {"at": 0.4, "label": "c"}]})");
    REQUIRE(scenario);
    SimProvider sim;
    sim.setScenario(*scenario);
    QStringList labels;
    QObject::connect(&sim, &SimProvider::stepChanged, &sim, [&labels](int, const QString& label) { labels << label; });
    QElapsedTimer clock;
    clock.start();
    sim.start(2.0); // 0.1 s between steps, loop after 0.3 s
    while (labels.size() < 5 && clock.elapsed() < 2000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    CHECK(clock.elapsed() >= 350);
    CHECK(clock.elapsed() < 1500);
    CHECK(labels
          == QStringList { QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("a"),
                           QStringLiteral("b") });
    sim.stop();
    CHECK_FALSE(sim.isRunning());
}

TEST_CASE("demo scenario loads and every step serves", "[sim][scenario]")
{
    QString error;
    const auto demo
        = SimScenario::fromFile(QStringLiteral(MODELPULSE_FIXTURES "/../../resources/scenarios/demo.json"), &error);
    INFO(error.toStdString());
    REQUIRE(demo);
    CHECK(demo->expectedApiKey == QStringLiteral("demo-key"));
    CHECK(demo->models.size() == 3);
    CHECK(demo->steps.last().at <= 180);
    SimProvider sim;
    REQUIRE(sim.listen());
    sim.setScenario(*demo);
    Client c(sim.baseUrl());
    QStringList seen;
    bool sawOffline = false;
    std::optional<qint64> incidentStart; // in seconds of the scenario
    for (int i = 0; i < demo->steps.size(); ++i) {
        sim.setStep(i);
        c.nam.clearConnectionCache();
        const Fetched f = c.fetch(kSummary);
        if (demo->steps.at(i).offline != SimStep::Offline::No) {
            sawOffline = true;
            CHECK(f.error != QNetworkReply::NoError);
            continue;
        }
        REQUIRE(f.status == 200);
        const QJsonObject s = f.json();
        seen << s.value(QStringLiteral("status")).toObject().value(QStringLiteral("indicator")).toString();
        for (const QJsonValue& inc : s.value(QStringLiteral("incidents")).toArray()) {
            const QJsonObject o = inc.toObject();
            seen << o.value(QStringLiteral("status")).toString();
            // The demo plays in real time: the incident begins at the same moment of the scenario in every step that
            // shows it (it used to move back 20 minutes from one step to the next, and the history window then said
            // the page was 25 min ahead of the probes the demo shows failing first).
            const QDateTime created
                = QDateTime::fromString(o.value(QStringLiteral("created_at")).toString(), Qt::ISODate);
            REQUIRE(created.isValid());
            const qint64 atScenarioSecond
                = QDateTime::currentDateTimeUtc().secsTo(created) + qint64(demo->steps.at(i).at);
            if (!incidentStart)
                incidentStart = atScenarioSecond;
            CHECK(std::abs(atScenarioSecond - *incidentStart) <= 2);
            // ...after the demo's probes of Opus started failing (step "Opus overloaded" at 20 s).
            CHECK(atScenarioSecond >= 45);
        }
        seen << QString::number(c.probe(QStringLiteral("claude-opus-4-5"), "demo-key").status);
    }
    CHECK(sawOffline);
    for (const char* expected :
         { "none", "major", "minor", "maintenance", "investigating", "monitoring", "529", "500", "200" })
        CHECK(seen.contains(QLatin1String(expected)));
}

TEST_CASE("modelpulse-sim prints its URL and serves", "[sim][exe]")
{
    QProcess sim;
    sim.start(QStringLiteral(MODELPULSE_SIM_EXE),
              { QStringLiteral("--summary-file"), kFixture, QStringLiteral("--api-key"), QStringLiteral("k") });
    REQUIRE(sim.waitForStarted(3000));
    QByteArray line;
    QElapsedTimer clock;
    clock.start();
    while (!line.contains('\n') && clock.elapsed() < 5000 && sim.waitForReadyRead(5000))
        line += sim.readAllStandardOutput();
    REQUIRE(line.startsWith("listening on http://127.0.0.1:"));
    Client c(QUrl(QString::fromLatin1(line.mid(13).trimmed())));
    CHECK(c.fetch(kSummary).body == readFile(kFixture));
    CHECK(c.probe(QStringLiteral("claude-opus-4-5"), "k").status == 200);
    sim.kill();
    sim.waitForFinished(3000);
}
