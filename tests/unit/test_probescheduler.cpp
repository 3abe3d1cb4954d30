// ProbeScheduler: cadence, confirmation, outage cadence, retry-after, pause and re-baseline on a manual clock.
#include "probe/probescheduler.h"
#include "util/clock.h"

#include <catch2/catch.hpp>

namespace {
const QString kOpus = QStringLiteral("claude-opus-4-5");
const QString kSonnet = QStringLiteral("claude-sonnet-4-5");
const QString kHaiku = QStringLiteral("claude-haiku-4-5");

ProbeResult result(const QString& model, ProbeOutcome outcome, const ManualClock& clock,
                   std::optional<int> retryAfter = std::nullopt)
{
    ProbeResult r;
    r.modelId = model;
    r.outcome = outcome;
    r.httpStatus = outcome == ProbeOutcome::Ok ? 200 : outcome == ProbeOutcome::Overloaded ? 529 : 500;
    r.latencyMs = 400;
    r.at = clock.now();
    r.retryAfterSec = retryAfter;
    return r;
}

qint64 msUntilDue(const ProbeScheduler& s, const QString& id, const ManualClock& clock)
{
    return clock.now().msecsTo(s.nextDue(id));
}

// Runs the first round: every model due, taken, answered ok.
void firstRound(ProbeScheduler& s, ManualClock& clock)
{
    clock.advanceMs(s.config().initialSpreadMs);
    const QStringList due = s.takeDue();
    REQUIRE(due.size() == s.models().size());
    for (const auto& id : due)
        REQUIRE(s.applyResult(result(id, ProbeOutcome::Ok, clock)));
}
} // namespace

TEST_CASE("new models are due within the initial spread, one probe in flight each", "[scheduler]")
{
    ManualClock clock;
    ProbeScheduler s(&clock);
    s.setModels({ kOpus, kSonnet, kHaiku });
    REQUIRE(s.nextWakeup().has_value());
    CHECK(clock.now().msecsTo(*s.nextWakeup()) <= s.config().initialSpreadMs);

    clock.advanceMs(s.config().initialSpreadMs);
    const QStringList due = s.takeDue();
    CHECK(due == QStringList { kOpus, kSonnet, kHaiku });
    CHECK(s.isInFlight(kOpus));
    clock.advanceMs(10 * 60 * 1000);
    CHECK(s.takeDue().isEmpty()); // still in flight: never a second probe of the same model
}

TEST_CASE("ok results schedule the next probe at 5 min ±10 %, models drift apart", "[scheduler]")
{
    ManualClock clock;
    ProbeScheduler s(&clock);
    s.setModels({ kOpus, kSonnet, kHaiku });
    firstRound(s, clock);
    QSet<qint64> distinct;
    for (const auto& id : s.models()) {
        const qint64 ms = msUntilDue(s, id, clock);
        CHECK(ms >= 270000);
        CHECK(ms <= 330000);
        distinct.insert(ms);
        CHECK(s.state(id).state == HealthState::Operational);
    }
    CHECK(distinct.size() == 3);
}

TEST_CASE("the same seed gives the same schedule", "[scheduler]")
{
    ManualClock c1;
    ManualClock c2;
    ProbeScheduler a(&c1, {}, 42);
    ProbeScheduler b(&c2, {}, 42);
    a.setModels({ kOpus, kSonnet });
    b.setModels({ kOpus, kSonnet });
    firstRound(a, c1);
    firstRound(b, c2);
    CHECK(a.nextDue(kOpus) == b.nextDue(kOpus));
    CHECK(a.nextDue(kSonnet) == b.nextDue(kSonnet));
}

TEST_CASE("one provider failure: confirmation in 30 s and no state change; two: outage cadence", "[scheduler]")
{
    ManualClock clock;
    ProbeScheduler s(&clock);
    s.setModels({ kOpus });
    firstRound(s, clock);

    clock.set(s.nextDue(kOpus));
    REQUIRE(s.takeDue() == QStringList { kOpus });
    REQUIRE(s.applyResult(result(kOpus, ProbeOutcome::ServerError, clock)));
    CHECK(s.state(kOpus).state == HealthState::Operational);
    CHECK(msUntilDue(s, kOpus, clock) == 30000);

    clock.advanceMs(30000);
    REQUIRE(s.takeDue() == QStringList { kOpus });
    REQUIRE(s.applyResult(result(kOpus, ProbeOutcome::Overloaded, clock)));
    CHECK(s.state(kOpus).state == HealthState::PartialOutage);
    CHECK(msUntilDue(s, kOpus, clock) == 60000);

    // Recovery: two successes, still probed every minute until the state is back.
    clock.advanceMs(60000);
    REQUIRE(s.takeDue() == QStringList { kOpus });
    REQUIRE(s.applyResult(result(kOpus, ProbeOutcome::Ok, clock)));
    CHECK(s.state(kOpus).state == HealthState::PartialOutage);
    CHECK(msUntilDue(s, kOpus, clock) == 60000);
    clock.advanceMs(60000);
    REQUIRE(s.takeDue() == QStringList { kOpus });
    REQUIRE(s.applyResult(result(kOpus, ProbeOutcome::Ok, clock)));
    CHECK(s.state(kOpus).state == HealthState::Operational);
    CHECK(msUntilDue(s, kOpus, clock) >= 270000);
}

TEST_CASE("retry-after is honoured: never probe earlier", "[scheduler]")
{
    ManualClock clock;
    ProbeScheduler s(&clock);
    s.setModels({ kOpus });
    firstRound(s, clock);
    clock.set(s.nextDue(kOpus));
    REQUIRE(s.takeDue() == QStringList { kOpus });
    REQUIRE(s.applyResult(result(kOpus, ProbeOutcome::Overloaded, clock, 120)));
    CHECK(msUntilDue(s, kOpus, clock) == 120000);
    clock.advanceMs(119000);
    CHECK(s.takeDue().isEmpty());
    clock.advanceMs(1000);
    CHECK(s.takeDue() == QStringList { kOpus });
}

TEST_CASE("offline and the cost cap pause probing; back online probes again within seconds", "[scheduler]")
{
    ManualClock clock;
    ProbeScheduler s(&clock);
    s.setModels({ kOpus, kSonnet });
    firstRound(s, clock);

    s.setOffline(true);
    CHECK(s.isPaused());
    CHECK_FALSE(s.nextWakeup().has_value());
    clock.advanceMs(60 * 60 * 1000);
    CHECK(s.takeDue().isEmpty());

    s.setOffline(false);
    CHECK(s.rebaselineCount() == 1);
    // A check just got through: the models are probed again within a few seconds, not after the minute's grace a
    // wake-up gets (the icon must not stay "?" long after the network returned).
    CHECK(clock.now().msecsTo(*s.nextWakeup()) >= s.config().backOnlineGraceMs);
    CHECK(clock.now().msecsTo(*s.nextWakeup()) <= 5000);
    CHECK(s.takeDue().isEmpty());
    clock.advanceMs(s.config().backOnlineGraceMs + s.config().backOnlineSpreadMs);
    CHECK(s.takeDue().size() == 2);

    s.setCapReached(true);
    CHECK(s.isPaused());
    CHECK_FALSE(s.nextWakeup().has_value());
}

TEST_CASE("a clock jump re-baselines: in-flight results dropped, counters reset, grace period", "[scheduler]")
{
    ManualClock clock;
    ProbeScheduler s(&clock);
    s.setModels({ kOpus, kSonnet });
    firstRound(s, clock);

    // Opus has one failure on record, Sonnet's probe is in flight when the lid closes.
    clock.set(std::min(s.nextDue(kOpus), s.nextDue(kSonnet)));
    clock.set(std::max(s.nextDue(kOpus), s.nextDue(kSonnet)));
    REQUIRE(s.takeDue().size() == 2);
    REQUIRE(s.applyResult(result(kOpus, ProbeOutcome::ServerError, clock)));
    REQUIRE(s.state(kOpus).consecutiveFailures == 1);

    clock.advanceMs(8LL * 60 * 60 * 1000); // 8 hours asleep
    CHECK_FALSE(s.applyResult(result(kSonnet, ProbeOutcome::Timeout, clock))); // dropped, not an alarm
    CHECK(s.rebaselineCount() == 1);
    CHECK(s.state(kOpus).consecutiveFailures == 0);
    CHECK_FALSE(s.state(kOpus).needsConfirmation);
    CHECK(s.state(kSonnet).state == HealthState::Operational);
    CHECK(s.takeDue().isEmpty());
    CHECK(clock.now().msecsTo(*s.nextWakeup()) >= s.config().graceMs);
}

TEST_CASE("notifyResumed drops the result of a probe in flight", "[scheduler]")
{
    ManualClock clock;
    ProbeScheduler s(&clock);
    s.setModels({ kOpus });
    clock.advanceMs(s.config().initialSpreadMs);
    REQUIRE(s.takeDue() == QStringList { kOpus });
    s.notifyResumed();
    CHECK(s.isInFlight(kOpus)); // still one in flight: no second probe until it ends
    CHECK_FALSE(s.applyResult(result(kOpus, ProbeOutcome::ServerError, clock)));
    CHECK(s.state(kOpus).state == HealthState::Unknown);
    CHECK(s.state(kOpus).consecutiveFailures == 0);
    CHECK_FALSE(s.isInFlight(kOpus));
}

TEST_CASE("removing a model forgets it; results for it are dropped", "[scheduler]")
{
    ManualClock clock;
    ProbeScheduler s(&clock);
    s.setModels({ kOpus, kSonnet });
    firstRound(s, clock);
    s.setModels({ kSonnet });
    CHECK(s.models() == QStringList { kSonnet });
    CHECK_FALSE(s.applyResult(result(kOpus, ProbeOutcome::Ok, clock)));
    CHECK(s.state(kSonnet).state == HealthState::Operational);
}
