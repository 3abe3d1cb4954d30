// CostTracker: prices, estimates, the monthly cap and counters that survive restarts and corruption.
#include "probe/costtracker.h"
#include "util/clock.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

namespace {
const QString kOpus = QStringLiteral("claude-opus-4-5");
const QString kSonnet = QStringLiteral("claude-sonnet-4-5");
const QString kHaiku = QStringLiteral("claude-haiku-4-5");

ProbeResult answered(const QString& model, ProbeOutcome outcome = ProbeOutcome::Ok)
{
    ProbeResult r;
    r.modelId = model;
    r.outcome = outcome;
    r.httpStatus = isSuccess(outcome) ? 200 : 500;
    return r;
}
} // namespace

TEST_CASE("default prices follow the published table", "[cost]")
{
    CHECK(CostTracker::defaultPrice(kOpus) == ModelPrice { 5.0, 25.0 });
    CHECK(CostTracker::defaultPrice(QStringLiteral("claude-opus-4-1-20250805")) == ModelPrice { 15.0, 75.0 });
    CHECK(CostTracker::defaultPrice(QStringLiteral("claude-3-opus-20240229")) == ModelPrice { 15.0, 75.0 });
    CHECK(CostTracker::defaultPrice(kSonnet) == ModelPrice { 3.0, 15.0 });
    CHECK(CostTracker::defaultPrice(kHaiku) == ModelPrice { 1.0, 5.0 });
    CHECK(CostTracker::defaultPrice(QStringLiteral("claude-3-5-haiku-20241022")) == ModelPrice { 0.8, 4.0 });
    CHECK(CostTracker::defaultPrice(QStringLiteral("something-new")) == ModelPrice { 15.0, 75.0 }); // never understate
}

TEST_CASE("per-probe and monthly estimates", "[cost]")
{
    ManualClock clock;
    CostTracker cost(QString(), &clock);
    CHECK(cost.probeCostUsd(kOpus) == Approx((8 * 5.0 + 1 * 25.0) / 1e6));
    CHECK(cost.probeCostUsd(kOpus, ProbeUsage { 12, 1 }) == Approx((12 * 5.0 + 25.0) / 1e6));
    cost.setPrice(kOpus, { 1.0, 2.0 });
    CHECK(cost.probeCostUsd(kOpus) == Approx(10.0 / 1e6));
    cost.setPrice(kOpus, CostTracker::defaultPrice(kOpus));

    // Defaults: 3 models, every 5 min, 730 h.
    const double monthly = cost.estimatedMonthlyUsd({ kOpus, kSonnet, kHaiku }, 12.0);
    CHECK(monthly == Approx((65 + 39 + 13) / 1e6 * 12 * 730));
}

TEST_CASE("the monthly cap stops probing with a reason; failures cost nothing", "[cost]")
{
    ManualClock clock;
    CostTracker cost(QString(), &clock);
    cost.setMonthlyCapUsd(100e-6);
    cost.recordProbe(answered(kOpus, ProbeOutcome::ServerError));
    CHECK(cost.probeCount() == 1);
    CHECK(cost.billedCount() == 0);
    CHECK(cost.spentUsd() == 0.0);
    cost.recordProbe(answered(kOpus));
    CHECK_FALSE(cost.capReached());
    CHECK(cost.capReason().isNull());
    cost.recordProbe(answered(kOpus));
    CHECK(cost.capReached());
    CHECK(cost.capReason().code == u"cost_cap");
    CHECK(reasonText(cost.capReason()).contains(QStringLiteral("cap")));

    // A new month starts from zero.
    clock.set(QDateTime(QDate(2026, 12, 1), QTime(0, 0, 1), Qt::UTC));
    CHECK_FALSE(cost.capReached());
    CHECK(cost.monthKey() == QStringLiteral("2026-12"));
    CHECK(cost.probeCount() == 0);
}

TEST_CASE("counters survive a restart, atomically written", "[cost]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    ManualClock clock;
    {
        CostTracker cost(dir.path(), &clock);
        cost.recordProbe(answered(kOpus), ProbeUsage { 8, 1 });
        cost.recordProbe(answered(kHaiku));
        cost.recordProbe(answered(kHaiku, ProbeOutcome::Timeout));
    }
    CostTracker again(dir.path(), &clock);
    CHECK(again.warning().isEmpty());
    CHECK(again.monthKey() == QStringLiteral("2026-11"));
    CHECK(again.probeCount() == 3);
    CHECK(again.billedCount() == 2);
    CHECK(again.spentUsd() == Approx(65e-6 + 13e-6));
    CHECK(QDir(dir.path()).entryList(QDir::Files) == QStringList { QStringLiteral("probe-cost.json") });

    // Last month's file does not count against this month.
    ManualClock later(QDateTime(QDate(2027, 1, 3), QTime(9, 0), Qt::UTC));
    CostTracker nextMonth(dir.path(), &later);
    CHECK(nextMonth.probeCount() == 0);
    CHECK(nextMonth.spentUsd() == 0.0);
}

TEST_CASE("a corrupt state file starts at zero with a warning and a .bak copy", "[cost]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = QDir(dir.path()).filePath(QStringLiteral("probe-cost.json"));
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("{\"schema\":1,\"month\":\"2026-11\",\"spent_usd\":");
    }
    ManualClock clock;
    CostTracker cost(dir.path(), &clock);
    CHECK_FALSE(cost.warning().isEmpty());
    CHECK(cost.spentUsd() == 0.0);
    CHECK(cost.probeCount() == 0);
    QFile backup(path + QStringLiteral(".bak"));
    REQUIRE(backup.open(QIODevice::ReadOnly));
    CHECK(backup.readAll().startsWith("{\"schema\":1"));
    cost.recordProbe(answered(kSonnet));
    CostTracker again(dir.path(), &clock);
    CHECK(again.warning().isEmpty());
    CHECK(again.probeCount() == 1);
}
