// The live feed poller against the simulated provider: conditional requests, the mirror, backoff, limits.

#include "clitesthelpers.h"
#include "feed/statuspageclient.h"
#include "util/clock.h"

#include <QEventLoop>
#include <QNetworkAccessManager>

namespace {
/*! \brief Waits for the next updated() (or times out) and returns the state. */
FeedState nextUpdate(StatuspageClient& client, int timeoutMs = 10000)
{
    QEventLoop loop;
    FeedState state;
    bool got = false;
    auto c = QObject::connect(&client, &StatuspageClient::updated, &loop, [&](const FeedState& s) {
        state = s;
        got = true;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    QObject::disconnect(c);
    REQUIRE(got);
    return state;
}

StatuspageClientConfig configFor(const SimProvider& primary, const QUrl& mirror = {})
{
    StatuspageClientConfig c;
    c.primary = primary.baseUrl();
    c.mirror = mirror;
    c.limits.timeoutMs = 1500;
    return c;
}
} // namespace

TEST_CASE("the poller sends its validators and treats 304 as unchanged", "[feed][client]")
{
    SimProvider sim;
    REQUIRE(sim.listen());
    REQUIRE(sim.setSummaryFile(fixture("github_summary_partial_outage.json")));
    QNetworkAccessManager nam;
    ManualClock clock;
    StatuspageClient client(configFor(sim), &nam, &clock);

    client.fetchNow();
    const FeedState first = nextUpdate(client);
    REQUIRE(first.summary.has_value());
    CHECK(first.summary->indicator == u"minor");

    clock.advanceMs(60000);
    client.fetchNow();
    const FeedState second = nextUpdate(client);
    CHECK(second.consecutiveFailures == 0);
    CHECK(second.lastSuccess == clock.now()); // a 304 confirms the summary is current
    CHECK(second.summary == first.summary);
    const auto requests = sim.requests();
    REQUIRE(requests.size() == 2);
    CHECK(requests.at(0).ifNoneMatch.isEmpty());
    CHECK_FALSE(requests.at(1).ifNoneMatch.isEmpty());
}

TEST_CASE("a failing poll keeps the last good summary and says why", "[feed][client]")
{
    SimProvider sim;
    REQUIRE(sim.listen());
    REQUIRE(sim.setSummaryFile(fixture("github_summary_partial_outage.json")));
    QNetworkAccessManager nam;
    ManualClock clock;
    StatuspageClient client(configFor(sim), &nam, &clock);
    client.fetchNow();
    const QDateTime goodAt = nextUpdate(client).lastSuccess;

    sim.setStatuspageMisbehaviour(Misbehaviour::of(Misbehaviour::Mode::Html));
    clock.advanceMs(60000);
    client.fetchNow();
    const FeedState s = nextUpdate(client);
    CHECK(s.consecutiveFailures == 1);
    CHECK(s.lastSuccess == goodAt);
    CHECK(s.summary.has_value());
    CHECK(reasonText(s.lastError).contains(u"HTML"));
}

TEST_CASE("a hung status page fails within the timeout", "[feed][client]")
{
    SimProvider sim;
    REQUIRE(sim.listen());
    sim.setStatuspageMisbehaviour(Misbehaviour::of(Misbehaviour::Mode::Hang));
    QNetworkAccessManager nam;
    ManualClock clock;
    StatuspageClient client(configFor(sim), &nam, &clock);
    QElapsedTimer t;
    t.start();
    client.fetchNow();
    const FeedState s = nextUpdate(client);
    CHECK(t.elapsed() < 4000);
    CHECK(s.consecutiveFailures == 1);
    CHECK(reasonText(s.lastError).contains(u"did not answer"));
}

TEST_CASE("after repeated failures of the primary the mirror is asked, and the primary retried later", "[feed][client]")
{
    SimProvider primary;
    REQUIRE(primary.listen());
    primary.setStatuspageMisbehaviour(Misbehaviour::of(Misbehaviour::Mode::Status, 503));
    SimProvider mirror;
    REQUIRE(mirror.listen());
    REQUIRE(mirror.setSummaryFile(fixture("github_summary_partial_outage.json")));
    QNetworkAccessManager nam;
    ManualClock clock;
    StatuspageClientConfig config = configFor(primary, mirror.baseUrl());
    StatuspageClient client(config, &nam, &clock);

    for (int i = 0; i < config.failuresBeforeMirror; ++i) {
        CHECK(client.nextUrl() == primary.baseUrl());
        client.fetchNow();
        CHECK(nextUpdate(client).consecutiveFailures == i + 1);
    }
    CHECK(client.nextUrl() == mirror.baseUrl());
    client.fetchNow();
    const FeedState onMirror = nextUpdate(client);
    CHECK(onMirror.consecutiveFailures == 0);
    CHECK(onMirror.url == mirror.baseUrl());
    REQUIRE(onMirror.summary.has_value());
    CHECK(mirror.requestCount(QStringLiteral("/api/v2/summary.json")) == 1);

    // While on the mirror the primary is tried again every few polls, so a recovered primary is noticed.
    int primaryTries = 0;
    for (int i = 0; i < config.primaryRetryEvery; ++i) {
        primaryTries += client.nextUrl() == primary.baseUrl() ? 1 : 0;
        client.fetchNow();
        nextUpdate(client);
    }
    CHECK(primaryTries == 1);
}

TEST_CASE("Retry-After on a 503 and the backoff set the next poll", "[feed][client]")
{
    SimProvider sim;
    REQUIRE(sim.listen());
    Misbehaviour busy = Misbehaviour::of(Misbehaviour::Mode::Status, 503);
    busy.retryAfter = 600;
    sim.setStatuspageMisbehaviour(busy);
    QNetworkAccessManager nam;
    ManualClock clock;
    StatuspageClientConfig config = configFor(sim);
    config.jitter = 0;
    StatuspageClient client(config, &nam, &clock);
    client.start();
    nextUpdate(client);
    // One re-armed single-shot timer: the next poll is ≥ Retry-After away, not a busy retry.
    CHECK(client.msUntilNextPoll() > 590000);
    CHECK(client.msUntilNextPoll() <= 630000); // Qt's coarse timers may fire up to 5 % late
    client.stop();
    CHECK(client.msUntilNextPoll() == -1);
}

TEST_CASE("changing the status page URL in the settings polls the new page at once and forgets the old one",
          "[feed][client]")
{
    SimProvider oldPage;
    REQUIRE(oldPage.listen());
    REQUIRE(oldPage.setSummaryFile(fixture("github_summary_partial_outage.json")));
    SimProvider newPage;
    REQUIRE(newPage.listen());
    newPage.setStatusPage(QJsonObject { { QStringLiteral("indicator"), QStringLiteral("none") } });
    QNetworkAccessManager nam;
    ManualClock clock;
    StatuspageClient client(configFor(oldPage), &nam, &clock);
    client.start();
    REQUIRE(nextUpdate(client).summary->indicator == u"minor");

    client.setUrls(newPage.baseUrl(), {});
    const FeedState s = nextUpdate(client);
    REQUIRE(s.summary.has_value());
    CHECK(s.summary->indicator == u"none");
    CHECK(s.url == newPage.baseUrl());
    // The old page's validators are not sent to the new one.
    REQUIRE(newPage.requests().size() == 1);
    CHECK(newPage.requests().at(0).ifNoneMatch.isEmpty());

    client.setPollIntervalSec(120);
    CHECK(client.msUntilNextPoll() > 100000);
    client.stop();
}
