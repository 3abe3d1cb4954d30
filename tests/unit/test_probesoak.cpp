// 30 days of probing on a manual clock: ProbeScheduler + applyProbe + CostTracker against a scripted
// timeline (outages, flapping, offline periods, a sleep/resume). No network, no timers: runs in seconds.
#include "probe/costtracker.h"
#include "probe/probescheduler.h"
#include "util/clock.h"

#include <catch2/catch.hpp>

#include <iostream>

namespace {
const QString kOpus = QStringLiteral("claude-opus-4-5");
const QString kSonnet = QStringLiteral("claude-sonnet-4-5");
const QString kHaiku = QStringLiteral("claude-haiku-4-5");
const QStringList kModels { kOpus, kSonnet, kHaiku };
constexpr qint64 kMin = 60 * 1000;
constexpr qint64 kHour = 60 * kMin;
constexpr qint64 kDay = 24 * kHour;

struct Window {
    qint64 startMs; //!< offset from the start of the run
    qint64 lengthMs;
    bool contains(qint64 t) const { return t >= startMs && t < startMs + lengthMs; }
};
struct Outage {
    QStringList models;
    Window window;
    ProbeOutcome outcome;
    qint64 detectedAfterMs = -1;
};

const QDateTime kStart(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC);

ProbeResult makeResult(const QString& model, ProbeOutcome outcome, const QDateTime& at)
{
    ProbeResult r;
    r.modelId = model;
    r.outcome = outcome;
    r.httpStatus = outcome == ProbeOutcome::Ok ? 200
        : outcome == ProbeOutcome::Overloaded  ? 529
        : outcome == ProbeOutcome::ServerError ? 500
                                               : 0;
    r.latencyMs = 600;
    r.at = at;
    return r;
}

// Runs a quiet month: every probe answers, nothing happens. Returns probes per model.
QHash<QString, int> quietMonth(double jitter)
{
    ManualClock clock(kStart);
    ProbeScheduleConfig config;
    config.jitter = jitter;
    config.initialSpreadMs = 0;
    ProbeScheduler s(&clock, config, 7);
    s.setModels(kModels);
    QHash<QString, int> count;
    const QDateTime end = kStart.addMSecs(30 * kDay);
    while (true) {
        const QDateTime next = *s.nextWakeup();
        if (next >= end)
            break;
        clock.set(next);
        for (const auto& id : s.takeDue()) {
            ++count[id];
            s.applyResult(makeResult(id, ProbeOutcome::Ok, clock.now()));
        }
    }
    return count;
}
} // namespace

TEST_CASE("a quiet month without jitter probes exactly every 5 minutes", "[soak]")
{
    const auto count = quietMonth(0.0);
    for (const auto& id : kModels)
        CHECK(count.value(id) == 30 * 24 * 12); // t = 0, 5 min, …, 30 d − 5 min
}

TEST_CASE("30-day soak: outages detected, no alarms offline or for single failures, cost as scheduled", "[soak]")
{
    ManualClock clock(kStart);
    ProbeScheduler s(&clock, {}, 2026);
    const ProbeScheduleConfig& cfg = s.config();
    s.setModels(kModels);
    CostTracker cost(&clock);
    cost.setMonthlyCapUsd(100.0); // the cap is tested elsewhere; here the schedule must run unhindered

    QVector<Outage> outages {
        { { kOpus }, { 3 * kDay + 10 * kHour, 45 * kMin }, ProbeOutcome::ServerError },
        { { kSonnet }, { 9 * kDay + 14 * kHour, 20 * kMin }, ProbeOutcome::Overloaded },
        { kModels, { 15 * kDay + 2 * kHour, 2 * kHour }, ProbeOutcome::Timeout },
        { { kHaiku }, { 22 * kDay + 16 * kHour + 7 * kMin, 12 * kMin }, ProbeOutcome::Overloaded },
        { { kOpus }, { 27 * kDay + 23 * kHour, 10 * kMin }, ProbeOutcome::ServerError },
    };
    const Window flapping { 5 * kDay, 6 * kHour }; // opus: every other probe fails, never two in a row
    const QVector<Window> offline { { 7 * kDay + 8 * kHour, 2 * kHour }, { 20 * kDay + 18 * kHour, 90 * kMin } };
    const Window sleep { 12 * kDay + 23 * kHour, 8 * kHour };

    const auto outcomeFor = [&](const QString& model, qint64 t, int& flapToggle) {
        for (const auto& w : offline) {
            if (w.contains(t))
                return ProbeOutcome::NetworkError;
        }
        for (const auto& o : outages) {
            if (o.models.contains(model) && o.window.contains(t))
                return o.outcome;
        }
        if (model == kOpus && flapping.contains(t)) {
            flapToggle ^= 1;
            return flapToggle ? ProbeOutcome::ServerError : ProbeOutcome::Ok;
        }
        return ProbeOutcome::Ok;
    };

    QHash<QString, int> probes;
    QHash<QString, int> billed;
    QHash<QString, HealthState> previous;
    int flapToggle = 0;
    int spuriousFlips = 0;
    int outageStatesOffline = 0;
    int flapStateChanges = 0;
    bool slept = false;
    const QDateTime end = kStart.addMSecs(30 * kDay);

    while (clock.now() < end) {
        const qint64 now = kStart.msecsTo(clock.now());
        // Next thing that happens: a due probe, the end of an offline period, or the lid closing.
        qint64 next = 30 * kDay;
        if (const auto wake = s.nextWakeup())
            next = kStart.msecsTo(*wake);
        for (const auto& w : offline) {
            if (s.isOffline() && w.startMs + w.lengthMs > now)
                next = std::min(next, w.startMs + w.lengthMs);
        }
        if (!slept)
            next = std::min(next, sleep.startMs);
        if (next >= 30 * kDay)
            break;
        clock.set(kStart.addMSecs(std::max(next, now)));
        qint64 t = kStart.msecsTo(clock.now());

        if (!slept && t >= sleep.startMs) {
            slept = true;
            clock.set(kStart.addMSecs(sleep.startMs + sleep.lengthMs)); // suspended: no timer fired
            t = kStart.msecsTo(clock.now());
        }
        bool inOffline = false;
        for (const auto& w : offline)
            inOffline = inOffline || w.contains(t);
        if (s.isOffline() && !inOffline)
            s.setOffline(false); // the network came back (what ConnectivityChecker/QNetworkInformation report)

        bool networkFailed = false;
        for (const auto& id : s.takeDue()) {
            const ProbeResult r = makeResult(id, outcomeFor(id, t, flapToggle), clock.now());
            ++probes[id];
            cost.recordProbe(r);
            if (isSuccess(r.outcome))
                ++billed[id];
            networkFailed = networkFailed || r.outcome == ProbeOutcome::NetworkError;
            s.applyResult(r);
        }
        if (networkFailed && inOffline)
            s.setOffline(true); // the control check found the user's network down

        for (const auto& id : kModels) {
            const HealthState st = s.state(id).state;
            const bool outageState = ProbeScheduler::isOutage(st);
            if (inOffline && outageState)
                ++outageStatesOffline;
            if (id == kOpus && flapping.contains(t) && previous.contains(id) && previous.value(id) != st)
                ++flapStateChanges;
            if (outageState && !ProbeScheduler::isOutage(previous.value(id, HealthState::Unknown))) {
                bool explained = false;
                for (auto& o : outages) {
                    if (o.models.contains(id) && t >= o.window.startMs && t <= o.window.startMs + o.window.lengthMs) {
                        explained = true;
                        if (o.detectedAfterMs < 0 || t - o.window.startMs > o.detectedAfterMs)
                            o.detectedAfterMs = t - o.window.startMs; // the slowest model of the outage counts
                    }
                }
                if (!explained)
                    ++spuriousFlips;
            }
            previous.insert(id, st);
        }
    }

    // Every real outage (≥ 10 min) is seen within 2 probe intervals of its start.
    std::cout << "soak: detection delays (s):";
    for (const auto& o : outages) {
        REQUIRE(o.window.lengthMs >= 10 * kMin);
        CHECK(o.detectedAfterMs >= 0);
        CHECK(o.detectedAfterMs <= 2 * cfg.intervalMs);
        std::cout << ' ' << o.detectedAfterMs / 1000;
    }
    std::cout << '\n';
    CHECK(outageStatesOffline == 0);
    CHECK(spuriousFlips == 0);
    CHECK(flapStateChanges == 0);
    CHECK(s.rebaselineCount() == 3); // two returns from offline, one resume from sleep

    // Expected probe count from the schedule rules: 5 min normally (jitter is symmetric), 30 s confirmation
    // plus 1 min cadence through an outage and two recovery probes, none while offline or asleep, a grace
    // minute after each re-baseline, and in the flapping window a fail/confirm pair every 5.5 min.
    int total = 0;
    int expectedTotal = 0;
    for (const auto& id : kModels) {
        qint64 normal = 30 * kDay - sleep.lengthMs - 3 * cfg.graceMs;
        double expected = 0;
        for (const auto& w : offline)
            normal -= w.lengthMs;
        for (const auto& o : outages) {
            if (!o.models.contains(id))
                continue;
            normal -= o.window.lengthMs;
            expected += double(o.window.lengthMs) / cfg.outageIntervalMs + 2;
        }
        if (id == kOpus) {
            normal -= flapping.lengthMs;
            expected += 2.0 * flapping.lengthMs / (cfg.intervalMs + cfg.confirmDelayMs);
        }
        expected += double(normal) / cfg.intervalMs;
        CHECK(probes.value(id) == Approx(expected).epsilon(0.01));
        total += probes.value(id);
        expectedTotal += int(expected);
        std::cout << "soak: " << id.toStdString() << ' ' << probes.value(id) << " probes (expected ~" << int(expected)
                  << ")\n";
    }
    CHECK(cost.probeCount() == total);

    // The estimated spend is exactly the billed probes at list price.
    double expectedSpend = 0;
    for (const auto& id : kModels)
        expectedSpend += billed.value(id) * cost.probeCostUsd(id);
    CHECK(cost.spentUsd() == Approx(expectedSpend));
    CHECK(cost.billedCount() == billed.value(kOpus) + billed.value(kSonnet) + billed.value(kHaiku));

    const double atDefaults = cost.estimatedMonthlyUsd(kModels, 12.0);
    std::cout << "soak: " << total << " probes in 30 days (expected ~" << expectedTotal << "), estimated spend $"
              << cost.spentUsd() << "; defaults (3 models, every 5 min, 730 h): " << 3 * 12 * 730 << " probes/month, $"
              << atDefaults << "/month\n";
    CHECK(atDefaults == Approx(1.02492));
}
