// ProbeRound (the probe half of --once) against the simulated provider, with a fast confirmation.
#include <catch2/catch.hpp>

#include "probe/costtracker.h"
#include "probe/proberound.h"
#include "simprovider.h"
#include "testhelpers.h"
#include "util/clock.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QTimer>

namespace {
const QString kKey = QStringLiteral("sk-ant-test-SENTINEL-0000");
const QString kOpus = QStringLiteral("claude-opus-4-5");
const QString kSonnet = QStringLiteral("claude-sonnet-4-5");
const QString kHaiku = QStringLiteral("claude-haiku-4-5");

using testsupport::waitFor;

int countFor(const QVector<ProbeResult>& results, const QString& model)
{
    return int(std::count_if(results.begin(), results.end(), [&](const ProbeResult& r) { return r.modelId == model; }));
}
} // namespace

TEST_CASE("one round: confirmation only after a provider failure, states folded", "[proberound]")
{
    SimProvider sim;
    REQUIRE(sim.listen());
    sim.setModels(QStringList{kOpus, kSonnet, kHaiku, QStringLiteral("claude-opus-4-1")});
    sim.setModelBehaviour(kOpus, ModelBehaviour::error(529));
    sim.setModelBehaviour(kSonnet, ModelBehaviour::ok());
    sim.setModelBehaviour(kHaiku, ModelBehaviour::error(401));
    sim.setModelBehaviour(QStringLiteral("claude-opus-4-1"), ModelBehaviour::error(500));

    QNetworkAccessManager nam;
    SystemClock clock;
    CostTracker cost(QString(), &clock);
    ProbeRound round(&nam, &clock);
    round.setCostTracker(&cost);
    bool finished = false;
    QObject::connect(&round, &ProbeRound::finished, [&] { finished = true; });

    ProbeRoundConfig config;
    config.prober.apiUrl = sim.baseUrl();
    config.prober.apiKey = kKey;
    config.prober.timeoutMs = 2000;
    config.confirmationDelayMs = 200;
    QElapsedTimer t;
    t.start();
    round.start({kOpus, kSonnet, kHaiku, QStringLiteral("claude-opus-4-1")}, config);
    REQUIRE(waitFor([&] { return finished; }));
    CHECK(t.elapsed() >= 200);
    CHECK(round.isFinished());

    const auto results = round.results();
    CHECK(countFor(results, kOpus) == 2);
    CHECK(countFor(results, kSonnet) == 1);
    CHECK(countFor(results, kHaiku) == 1); // a key problem is not confirmed: it says nothing about the provider
    CHECK(countFor(results, QStringLiteral("claude-opus-4-1")) == 2);
    CHECK(sim.requestCount(QStringLiteral("/v1/messages")) == 6);

    const auto states = round.states();
    CHECK(states.value(kOpus).state == HealthState::PartialOutage);
    CHECK(states.value(kSonnet).state == HealthState::Operational);
    CHECK(states.value(kHaiku).state == HealthState::Unknown);
    CHECK_FALSE(states.value(kHaiku).reason.isEmpty());
    CHECK(states.value(QStringLiteral("claude-opus-4-1")).state == HealthState::PartialOutage);

    CHECK(cost.probeCount() == 6);
    CHECK(cost.billedCount() == 1);
    for (const auto& r : results) {
        CHECK_FALSE(r.errorMessage.contains(kKey));
        CHECK_FALSE(r.requestId.contains(kKey));
    }
}

TEST_CASE("a failure that recovers on confirmation stays operational", "[proberound]")
{
    SimProvider sim;
    REQUIRE(sim.listen());
    sim.setModels(QStringList{kOpus});
    sim.setModelBehaviour(kOpus, ModelBehaviour::error(500));
    QNetworkAccessManager nam;
    SystemClock clock;
    ProbeRound round(&nam, &clock);
    bool finished = false;
    QObject::connect(&round, &ProbeRound::finished, [&] { finished = true; });
    // The provider recovers shortly after the first (already answered) request, before the confirmation.
    QObject::connect(&sim, &SimProvider::requestReceived, [&](const SimRequest&) {
        QTimer::singleShot(50, &sim, [&] { sim.setModelBehaviour(kOpus, ModelBehaviour::ok()); });
    });

    ProbeRoundConfig config;
    config.prober.apiUrl = sim.baseUrl();
    config.prober.apiKey = kKey;
    config.confirmationDelayMs = 200;
    round.start({kOpus}, config);
    REQUIRE(waitFor([&] { return finished; }));
    CHECK(round.results().size() == 2);
    CHECK(round.states().value(kOpus).state == HealthState::Operational);
}

TEST_CASE("a reached cost cap skips probing with its reason", "[proberound]")
{
    QNetworkAccessManager nam;
    SystemClock clock;
    CostTracker cost(QString(), &clock);
    cost.setMonthlyCapUsd(0.0);
    ProbeRound round(&nam, &clock);
    round.setCostTracker(&cost);
    bool finished = false;
    QObject::connect(&round, &ProbeRound::finished, [&] { finished = true; });
    ProbeRoundConfig config;
    config.prober.apiUrl = QUrl(QStringLiteral("http://127.0.0.1:9"));
    config.prober.apiKey = kKey;
    round.start({kOpus}, config);
    REQUIRE(waitFor([&] { return finished; }));
    CHECK(round.results().isEmpty());
    CHECK(round.states().value(kOpus).state == HealthState::Unknown);
    CHECK_FALSE(round.states().value(kOpus).reason.isEmpty());
}
