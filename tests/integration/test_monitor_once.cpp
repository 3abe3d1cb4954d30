// Monitor::runOnce() (what --once runs) against the simulated provider: one fetch, one probe round with a fast
// confirmation, the cost cap — the same Monitor, scheduler and hysteresis as the tray.
#include "monitor/monitor.h"
#include "probe/costtracker.h"
#include "simprovider.h"
#include "testhelpers.h"
#include "util/clock.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QTimer>
#include <catch2/catch.hpp>

namespace {
const QString kKey = QStringLiteral("sk-ant-test-SENTINEL-0000");
const QString kOpus = QStringLiteral("claude-opus-4-5");
const QString kSonnet = QStringLiteral("claude-sonnet-4-5");
const QString kHaiku = QStringLiteral("claude-haiku-4-5");
const QString kOpus41 = QStringLiteral("claude-opus-4-1");

using testsupport::waitFor;

MonitorConfig configFor(const SimProvider& sim, const QStringList& models)
{
    MonitorConfig c;
    c.statusUrl = sim.baseUrl();
    c.apiUrl = sim.baseUrl();
    c.models = models;
    c.modelsGiven = true;
    c.services = {};
    c.timeoutMs = 2000;
    c.probeTimeoutMs = 2000;
    c.schedule.confirmDelayMs = 200;
    return c;
}

const ModelHealth* model(const HealthSnapshot& s, const QString& id)
{
    for (const auto& m : s.models)
        if (m.id == id)
            return &m;
    return nullptr;
}

int countFor(const QVector<ProbeResult>& results, const QString& id)
{
    return int(std::count_if(results.begin(), results.end(), [&](const ProbeResult& r) { return r.modelId == id; }));
}
} // namespace

TEST_CASE("one round: confirmation only after a provider failure, states folded", "[monitor][once]")
{
    SimProvider sim;
    REQUIRE(sim.listen());
    sim.setModels(QStringList { kOpus, kSonnet, kHaiku, kOpus41 });
    sim.setModelBehaviour(kOpus, ModelBehaviour::error(529));
    sim.setModelBehaviour(kSonnet, ModelBehaviour::ok());
    sim.setModelBehaviour(kHaiku, ModelBehaviour::error(401));
    sim.setModelBehaviour(kOpus41, ModelBehaviour::error(500));

    QNetworkAccessManager nam;
    SystemClock clock;
    Monitor monitor(configFor(sim, { kOpus, kSonnet, kHaiku, kOpus41 }), &nam, &clock);
    std::optional<HealthSnapshot> done;
    QVector<ProbeResult> results;
    QObject::connect(&monitor, &Monitor::finished, [&](const HealthSnapshot& s) { done = s; });
    QObject::connect(&monitor, &Monitor::probeFinished, [&](const ProbeResult& r) { results << r; });
    QElapsedTimer t;
    t.start();
    monitor.runOnce(kKey);
    REQUIRE(waitFor([&] { return done.has_value(); }));
    CHECK(t.elapsed() >= 200);

    CHECK(countFor(results, kOpus) == 2);
    CHECK(countFor(results, kSonnet) == 1);
    CHECK(countFor(results, kHaiku) == 1); // a key problem is not confirmed: it says nothing about the provider
    CHECK(countFor(results, kOpus41) == 2);
    CHECK(sim.requestCount(QStringLiteral("/v1/messages")) == 6);

    CHECK(model(*done, kOpus)->probe == HealthState::PartialOutage);
    CHECK(model(*done, kSonnet)->state == HealthState::Operational);
    // A rejected key is the user's problem: not an outage, and not a green check either.
    CHECK(model(*done, kHaiku)->probe == HealthState::Unknown);
    CHECK(model(*done, kHaiku)->state == HealthState::Unknown);
    CHECK(reasonCodes(model(*done, kHaiku)->reasons).contains(QStringLiteral("key_rejected")));
    CHECK(model(*done, kOpus41)->probe == HealthState::PartialOutage);
    CHECK(done->overall == HealthState::PartialOutage);

    REQUIRE(monitor.costTracker());
    CHECK(monitor.costTracker()->probeCount() == 6);
    CHECK(monitor.costTracker()->billedCount() == 1);
    for (const auto& r : results) {
        CHECK_FALSE(r.errorMessage.contains(kKey));
        CHECK_FALSE(r.requestId.contains(kKey));
    }
}

TEST_CASE("a failure that recovers on confirmation stays operational", "[monitor][once]")
{
    SimProvider sim;
    REQUIRE(sim.listen());
    sim.setModels(QStringList { kOpus });
    sim.setModelBehaviour(kOpus, ModelBehaviour::error(500));
    QNetworkAccessManager nam;
    SystemClock clock;
    Monitor monitor(configFor(sim, { kOpus }), &nam, &clock);
    std::optional<HealthSnapshot> done;
    int probes = 0;
    QObject::connect(&monitor, &Monitor::finished, [&](const HealthSnapshot& s) { done = s; });
    QObject::connect(&monitor, &Monitor::probeFinished, [&](const ProbeResult&) { ++probes; });
    // The provider recovers shortly after the first (already answered) request, before the confirmation.
    QObject::connect(&sim, &SimProvider::requestReceived, [&](const SimRequest& r) {
        if (r.path == u"/v1/messages")
            QTimer::singleShot(50, &sim, [&] { sim.setModelBehaviour(kOpus, ModelBehaviour::ok()); });
    });
    monitor.runOnce(kKey);
    REQUIRE(waitFor([&] { return done.has_value(); }));
    CHECK(probes == 2);
    CHECK(model(*done, kOpus)->state == HealthState::Operational);
}

TEST_CASE("a reached cost cap skips probing with its reason", "[monitor][once]")
{
    SimProvider sim;
    REQUIRE(sim.listen());
    QNetworkAccessManager nam;
    SystemClock clock;
    MonitorConfig c = configFor(sim, { kOpus });
    c.monthlyCapUsd = 0.0;
    Monitor monitor(c, &nam, &clock);
    std::optional<HealthSnapshot> done;
    QObject::connect(&monitor, &Monitor::finished, [&](const HealthSnapshot& s) { done = s; });
    monitor.runOnce(kKey);
    REQUIRE(waitFor([&] { return done.has_value(); }));
    CHECK(sim.requestCount(QStringLiteral("/v1/messages")) == 0);
    CHECK(model(*done, kOpus)->probe == HealthState::Unknown);
    REQUIRE_FALSE(model(*done, kOpus)->reasons.isEmpty());
    const Reason& first = model(*done, kOpus)->reasons.first();
    CHECK(first.code == u"probes_off");
    REQUIRE(first.cause);
    CHECK(first.cause->code == u"cost_cap");
}
