// Back-fill from the real capture: a newcomer's two months of per-model and per-component official history, with
// no key and no probe, from status.claude.com's incidents.json of 2026-09-15 (tests/fixtures/anthropic/).

#include "feed/statuspageparser.h"
#include "health/modelfamilies.h"
#include "history/historystore.h"
#include "testhelpers.h"

#include <QTemporaryDir>
#include <catch2/catch.hpp>

#include <iostream>
#include <map>

using testsupport::utc;

namespace {

// Incidents attributed per model, counted from the hand-checked table of all 50 incidents in
// tests/unit/test_attribution.cpp ("real incidents_2026-09-15: what each of the 50 incidents names and is attributed
// to"; q2kg8n613kr3 "Elevated errors across all models" counts for every model), and cross-read against the titles
// and bodies of the file:
//
//   model               incidents   which
//   claude-opus-5          11       461yvfrzpwtt vgz5psbjmt1h hkcw95k7r0f4 q7txxvbsftgq mgp99sn4ynd4 f6gkkq6txl7z
//                                   q2kg8n613kr3 rkk5x44tndw9 mfdtrknpxghq lhqp09kxq7pb zftg3gqkmv18
//   claude-sonnet-5        11       288w7p4hk1l1 ls6bn1x81m0w zhk4v3yv1lsf f6gkkq6txl7z nlg5hjdfphmb 8k9mjhq7wmv3
//                                   dnl3q35xkn3s jq4x54h69z76 q2kg8n613kr3 j6gv862066n7 1019wwb67615
//   claude-fable-5          8       vgz5psbjmt1h hdynq1pc0fn8 j160kkjmm2n1 rk6gkg2gwfny f6gkkq6txl7z q2kg8n613kr3
//                                   j6gv862066n7 f1q2wvw4qj4j
//   claude-haiku-4-5        6       hkcw95k7r0f4 q2kg8n613kr3 rkk5x44tndw9 j6gv862066n7 f1q2wvw4qj4j db1mh1r2zrn5
//   claude-fable-5-1        4       6304r9jjhj34 t33dncr5ydvl 461yvfrzpwtt q2kg8n613kr3
//   claude-mythos-5-1       4       6304r9jjhj34 t33dncr5ydvl 461yvfrzpwtt q2kg8n613kr3
//   claude-mythos-5         4       j160kkjmm2n1 f6gkkq6txl7z q2kg8n613kr3 f1q2wvw4qj4j
//   claude-opus-4-8         3       kqjy03gs895j q2kg8n613kr3 0lbk5m7mbqk5
//   claude-opus-4-5         2       fsh2zzzl2c4l q2kg8n613kr3
//   claude-opus-4-7         2       fsh2zzzl2c4l q2kg8n613kr3
//   claude-sonnet-4-6       2       q2kg8n613kr3 1019wwb67615 (impact none: no downtime)
//   claude-opus-4-6         1       q2kg8n613kr3
//   (20 of the 50 name no model: products, logins, connectors, "multiple models" with no list.)
//
// claude-opus-4-6 is named only in 461yvfrzpwtt's exhaustive list, which later narrows (latest list wins), so its
// one incident is the "all models" one.
const std::map<std::string, int> kPerModel {
    { "claude-opus-5", 11 },   { "claude-sonnet-5", 11 },  { "claude-fable-5", 8 },    { "claude-haiku-4-5", 6 },
    { "claude-fable-5-1", 4 }, { "claude-mythos-5-1", 4 }, { "claude-mythos-5", 4 },   { "claude-opus-4-8", 3 },
    { "claude-opus-4-5", 2 },  { "claude-opus-4-7", 2 },   { "claude-sonnet-4-6", 2 }, { "claude-opus-4-6", 1 },
};

QVector<Incident> realIncidents()
{
    const auto r
        = StatuspageParser::parseIncidents(testsupport::fixtureBytes("../anthropic/incidents_2026-09-15.json"));
    REQUIRE(r.ok());
    return *r.value;
}

// As TrayApp::recordHistory: the watched models and every model the page names.
QVector<ModelInfo> attributionModels(const QVector<Incident>& incidents)
{
    QVector<ModelInfo> models;
    for (const char* id : { "claude-opus-5", "claude-sonnet-5", "claude-haiku-4-5" })
        models << modelInfoFromId(QString::fromLatin1(id));
    for (const ModelInfo& m : modelsNamedIn(incidents))
        if (std::none_of(models.cbegin(), models.cend(), [&](const ModelInfo& w) { return w.id == m.id; }))
            models << m;
    return models;
}

} // namespace

TEST_CASE("back-fill from the real incidents.json: 50 incidents, per-model counts and official history",
          "[history][fixture]")
{
    QTemporaryDir dir;
    HistoryStore store(HistoryStore::defaultPath(dir.path()));
    REQUIRE(store.open());
    const QVector<Incident> incidents = realIncidents();
    REQUIRE(incidents.size() == 50);
    const QVector<ModelInfo> models = attributionModels(incidents);
    QStringList ids;
    for (const ModelInfo& m : models)
        ids << m.id;
    // The page names exactly the twelve models of the hand-checked table.
    CHECK(ids.size() == int(kPerModel.size()));
    for (const QString& id : ids)
        CHECK(kPerModel.count(id.toStdString()) == 1);

    store.begin();
    CHECK(store.importIncidents(QStringLiteral("anthropic"), incidents, models) == 50);
    store.commit();
    CHECK(store.count(QStringLiteral("incidents")) == 50);
    // A second import (the app restarted) adds nothing and duplicates nothing.
    const qint64 updates = store.count(QStringLiteral("incident_updates"));
    CHECK(store.importIncidents(QStringLiteral("anthropic"), incidents, models) == 0);
    CHECK(store.count(QStringLiteral("incidents")) == 50);
    CHECK(store.count(QStringLiteral("incident_updates")) == updates);

    const QDateTime now = utc("2026-09-15T12:22:00Z");
    const HistoryView v = store.query(HistoryRange::Quarter, now, ids);
    CHECK(v.incidents.size() == 50);
    REQUIRE(v.series.size() == int(kPerModel.size()));
    for (const HistorySeries& s : v.series) {
        const std::string id = s.subject.id.toStdString();
        INFO(id);
        std::cout << "backfill_incidents " << id << ' ' << s.incidents << '\n';
        CHECK(s.incidents == kPerModel.at(id));
        CHECK(s.buckets.size() == 90);
        CHECK(s.availabilityOwn == -1); // no key, no probes
        // Two months of official history: every bucket since the oldest incident (2026-07-22) is known.
        int known = 0, down = 0;
        for (const HistoryBucket& b : s.buckets) {
            known += b.worstOfficial != HealthState::Unknown ? 1 : 0;
            down += b.officialDownMinutes > 0 ? 1 : 0;
        }
        CHECK(known >= 55);
        CHECK(s.availabilityOfficial > 0);
        CHECK(s.availabilityOfficial < 100);
        CHECK(down >= 1);
    }
    std::cout.flush();
    // Every incident's lead time is unknown: we never probed.
    for (const HistoryIncident& h : v.incidents)
        CHECK_FALSE(h.leadSeconds);
}

TEST_CASE("back-fill from the real incidents.json: a component's downtime from the per-update transitions",
          "[history][fixture]")
{
    QTemporaryDir dir;
    HistoryStore store(HistoryStore::defaultPath(dir.path()));
    REQUIRE(store.open());
    const QVector<Incident> incidents = realIncidents();
    store.importIncidents(QStringLiteral("anthropic"), incidents, attributionModels(incidents));

    // Claude Console (platform.claude.com), 0qbwn08sd68x: its affected_components old → new across the file, read by
    // hand, non-operational from → to:
    //   07-24 09:09:57.094 → 09:35:08.533   25:11.439   (0lbk5m7mbqk5, operational at monitoring)
    //   07-26 09:17:12.835 → 10:34:04.307 1:16:51.472   (zftg3gqkmv18, degraded → degraded → partial → operational)
    //   08-03 12:52:53.003 → 13:30:14.973   37:21.970   (ch7k4vh9fr1y)
    //   08-04 06:16:34.035 → 06:28:24.583   11:50.548   (8k9mjhq7wmv3)
    //   08-04 11:27:20.861 → 11:37:04.865    9:44.004   (nlg5hjdfphmb)
    //   08-16 22:02:03.684 → 22:34:39.037   32:35.353   (qt14v73myyy5, major outage, operational only at resolution)
    //   09-01 17:05:11.575 → 18:07:03.372 1:01:51.797   (3g3d55q6vk3h, degraded through monitoring)
    //   09-01 23:26:49.062 → 09-02 01:24:22.251 1:57:33.189 (620swtqyn24k, across midnight: two daily bars)
    //   total 22379.772 s = 372.996 min
    const QString console = QStringLiteral("0qbwn08sd68x");
    const HistoryView v = store.query(HistoryRange::Quarter, utc("2026-09-15T12:22:00Z"), {}, { console });
    const auto it = std::find_if(v.series.cbegin(), v.series.cend(), [&](const HistorySeries& s) {
        return s.subject.kind == QStringLiteral("service") && s.subject.id == console;
    });
    REQUIRE(it != v.series.cend());
    double minutes = 0;
    int downDays = 0;
    HealthState worst = HealthState::Operational;
    for (const HistoryBucket& b : it->buckets) {
        minutes += b.officialDownMinutes;
        downDays += b.officialDownMinutes > 0 ? 1 : 0;
        if (b.worstOfficial != HealthState::Unknown)
            worst = worse(worst, b.worstOfficial);
    }
    CHECK(minutes == Approx(22379.772 / 60).margin(0.01));
    CHECK(downDays == 7); // 07-24, 07-26, 08-03, 08-04 (two spans, one bar), 08-16, 09-01, 09-02
    CHECK(worst == HealthState::MajorOutage);
    // The one day the console was in major outage.
    const auto day = std::find_if(it->buckets.cbegin(), it->buckets.cend(),
                                  [](const HistoryBucket& b) { return b.start == utc("2026-08-16T00:00:00Z"); });
    REQUIRE(day != it->buckets.cend());
    CHECK(day->worstOfficial == HealthState::MajorOutage);
    CHECK(day->officialDownMinutes == Approx(1955.353 / 60).margin(0.01));
    // Incidents that list the console among their components: the eight above.
    CHECK(it->incidents == 8);
}
