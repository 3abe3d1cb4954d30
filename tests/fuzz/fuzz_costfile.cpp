// libFuzzer entry: the probe cost counter file of versions before the history store (probe-cost.json), as the store
// imports it once at start. Contract: parsing never crashes; what it accepts is a month of counters a cap can work
// with (a spend that is finite and never negative, counts never negative), and restoring it into a CostTracker keeps
// the cap working (never NaN, never below zero, reached exactly when the spend is at the cap).
#include "probe/costtracker.h"
#include "util/clock.h"

#include <cmath>
#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static ManualClock clock; // 2026-11: the file's month decides whether it counts
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    const std::optional<CostCounters> counters = CostTracker::parseLegacyFile(bytes);
    if (!counters)
        return 0;
    if (!std::isfinite(counters->usd) || counters->usd < 0 || counters->probes < 0 || counters->billed < 0)
        __builtin_trap();
    CostTracker tracker(&clock);
    tracker.setMonthlyCapUsd(1.0);
    tracker.restore(*counters);
    const double spent = tracker.spentUsd();
    if (std::isnan(spent) || spent < 0)
        __builtin_trap();
    if (counters->month == tracker.monthKey() && spent != counters->usd)
        __builtin_trap();
    if (tracker.capReached() != (spent >= 1.0))
        __builtin_trap();
    return 0;
}
