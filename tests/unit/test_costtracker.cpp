// CostTracker: prices, estimates, the monthly cap and counters that survive restarts and corruption.
#include "history/historystore.h"
#include "probe/costtracker.h"
#include "settings/settings.h"
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
    CostTracker cost(&clock);
    CHECK(cost.probeCostUsd(kOpus) == Approx((8 * 5.0 + 1 * 25.0) / 1e6));
    CHECK(cost.probeCostUsd(kOpus, ProbeUsage { 12, 1 }) == Approx((12 * 5.0 + 25.0) / 1e6));
    cost.setPrice(kOpus, { 1.0, 2.0 });
    CHECK(cost.probeCostUsd(kOpus) == Approx(10.0 / 1e6));
    cost.setPrice(kOpus, CostTracker::defaultPrice(kOpus));

    // Defaults: 3 models, every 5 min, 730 h.
    const double monthly = cost.estimatedMonthlyUsd({ kOpus, kSonnet, kHaiku }, 12.0);
    CHECK(monthly == Approx((65 + 39 + 13) / 1e6 * 12 * 730));
}

TEST_CASE("the defaults stay well below the default monthly cap", "[cost]")
{
    // What a new user gets: the built-in models, probed at the default interval, against the default cap. The
    // estimate Settings shows must not say probing will stop before the month ends.
    ManualClock clock;
    CostTracker cost(&clock);
    QStringList ids;
    for (const ModelInfo& m : builtinModels())
        ids << m.id;
    const int interval = Settings::defaultValue(Settings::Key::ProbeIntervalSec).toInt();
    const double cap = Settings::defaultValue(Settings::Key::MonthlyCapUsd).toDouble();
    const double monthly = cost.estimatedMonthlyUsd(ids, 3600.0 / interval);
    INFO("defaults: " << ids.size() << " models every " << interval << " s = $" << monthly << "/month, cap $" << cap);
    CHECK(monthly <= 0.6 * cap);
    CHECK(cost.monthlyCapUsd() == cap); // a tracker without settings uses the same cap
}

TEST_CASE("the monthly cap stops probing with a reason; failures cost nothing", "[cost]")
{
    ManualClock clock;
    CostTracker cost(&clock);
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

TEST_CASE("counters survive a restart in the history store, and two processes add up", "[cost][history]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = HistoryStore::defaultPath(dir.path());
    ManualClock clock;
    {
        HistoryStore store(path);
        REQUIRE(store.open());
        CostTracker cost(&clock);
        cost.restore(store.cost(QStringLiteral("anthropic"), cost.monthKey()));
        cost.setSink([&](const CostCounters& c) { store.addCost(QStringLiteral("anthropic"), c); });
        cost.recordProbe(answered(kOpus), ProbeUsage { 8, 1 });
        cost.recordProbe(answered(kHaiku));
        cost.recordProbe(answered(kHaiku, ProbeOutcome::Timeout));
    }
    HistoryStore store(path);
    REQUIRE(store.open());
    const CostCounters row = store.cost(QStringLiteral("anthropic"), QStringLiteral("2026-11"));
    CHECK(row.probes == 3);
    CHECK(row.billed == 2);
    CHECK(row.usd == Approx(65e-6 + 13e-6));
    CostTracker again(&clock);
    again.restore(row);
    CHECK(again.monthKey() == QStringLiteral("2026-11"));
    CHECK(again.probeCount() == 3);
    CHECK(again.billedCount() == 2);
    CHECK(again.spentUsd() == Approx(65e-6 + 13e-6));
    CHECK(QDir(dir.path()).entryList({ QStringLiteral("*.json") }, QDir::Files).isEmpty()); // no side file any more

    // A second process on the same file (the tray and a --once run): increments add, nothing is overwritten.
    HistoryStore other(path);
    REQUIRE(other.open());
    other.addCost(QStringLiteral("anthropic"), { QStringLiteral("2026-11"), 1, 1, 65e-6 });
    store.addCost(QStringLiteral("anthropic"), { QStringLiteral("2026-11"), 1, 0, 0.0 });
    const CostCounters both = store.cost(QStringLiteral("anthropic"), QStringLiteral("2026-11"));
    CHECK(both.probes == 5);
    CHECK(both.billed == 3);
    CHECK(both.usd == Approx(2 * 65e-6 + 13e-6));
    CHECK(store.cost(QStringLiteral("openai"), QStringLiteral("2026-11")).probes == 0); // keyed by provider

    // Last month's row does not count against this month.
    ManualClock later(QDateTime(QDate(2027, 1, 3), QTime(9, 0), Qt::UTC));
    CostTracker nextMonth(&later);
    nextMonth.restore(both);
    CHECK(nextMonth.probeCount() == 0);
    CHECK(nextMonth.spentUsd() == 0.0);
    CHECK(store.cost(QStringLiteral("anthropic"), nextMonth.monthKey()).probes == 0);
}

TEST_CASE("the probe-cost.json of older versions is imported once", "[cost][history]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString legacy = QDir(dir.path()).filePath(QStringLiteral("probe-cost.json"));
    {
        QFile f(legacy);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(R"({"schema":1,"month":"2026-11","spent_usd":0.5,"probes":1200,"billed":1100})");
    }
    HistoryStore store(HistoryStore::defaultPath(dir.path()));
    REQUIRE(store.open());
    CHECK(store.importLegacyCostFile(dir.path(), QStringLiteral("anthropic")).isEmpty());
    CHECK_FALSE(QFile::exists(legacy));
    CHECK(QFile::exists(legacy + QStringLiteral(".imported")));
    CHECK(store.importLegacyCostFile(dir.path(), QStringLiteral("anthropic")).isEmpty()); // nothing left to import
    const CostCounters row = store.cost(QStringLiteral("anthropic"), QStringLiteral("2026-11"));
    CHECK(row.probes == 1200);
    CHECK(row.billed == 1100);
    CHECK(row.usd == Approx(0.5));
    ManualClock clock;
    CostTracker cost(&clock);
    cost.setMonthlyCapUsd(0.5);
    cost.restore(row);
    CHECK(cost.capReached());
}

TEST_CASE("an unreadable probe-cost.json starts at zero with a warning and a .bak copy", "[cost][history]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = QDir(dir.path()).filePath(QStringLiteral("probe-cost.json"));
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("{\"schema\":1,\"month\":\"2026-11\",\"spent_usd\":");
    }
    HistoryStore store(HistoryStore::defaultPath(dir.path()));
    REQUIRE(store.open());
    const QString warning = store.importLegacyCostFile(dir.path(), QStringLiteral("anthropic"));
    CHECK(warning.contains(QStringLiteral("probe-cost.json.bak")));
    CHECK(store.cost(QStringLiteral("anthropic"), QStringLiteral("2026-11")).probes == 0);
    QFile backup(path + QStringLiteral(".bak"));
    REQUIRE(backup.open(QIODevice::ReadOnly));
    CHECK(backup.readAll().startsWith("{\"schema\":1"));
    CHECK_FALSE(QFile::exists(path));
    CHECK(store.importLegacyCostFile(dir.path(), QStringLiteral("anthropic")).isEmpty()); // said once
}

TEST_CASE("legacy cost files that are not counters are refused", "[cost]")
{
    CHECK(CostTracker::parseLegacyFile(R"({"schema":1,"month":"2026-11","spent_usd":0.25,"probes":3,"billed":2})")
          == CostCounters { QStringLiteral("2026-11"), 3, 2, 0.25 });
    for (const char* bad :
         { "", "[]", "{}", R"({"schema":2,"month":"2026-11","spent_usd":0.1})",
           R"({"schema":1,"month":11,"spent_usd":0.1})", R"({"schema":1,"month":"2026-11"})",
           R"({"schema":1,"month":"2026-11","spent_usd":"0.1"})", R"({"schema":1,"month":"2026-11","spent_usd":-0.01})",
           R"({"schema":1,"month":"2026-11","spent_usd":1e999})",
           R"({"schema":1,"month":"2026-11","spent_usd":0.1,"probes":-4})" }) {
        INFO(bad);
        CHECK_FALSE(CostTracker::parseLegacyFile(bad));
    }
}
