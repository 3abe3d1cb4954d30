// The history store on a real SQLite file: every table, migrations, damaged files, retention, and the aggregates the
// chart and `modelpulse history` show, against numbers computed by hand.

#include "history/historyschema.h"
#include "history/historystore.h"
#include "history/latencyhistogram.h"
#include "testhelpers.h"
#include "util/clock.h"

#include <QFile>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using testsupport::utc;

namespace {

const QString kP = QStringLiteral("anthropic");
const QString kOpus = QStringLiteral("claude-opus-5");

struct TempStore {
    QTemporaryDir dir;
    std::unique_ptr<HistoryStore> store;
    TempStore() { reopen(); }
    QString path() const { return HistoryStore::defaultPath(dir.path()); }
    HistoryStore& reopen()
    {
        store.reset(); // close first: one connection per object
        store = std::make_unique<HistoryStore>(path());
        QString error;
        const bool opened = store->open(&error);
        INFO(error.toStdString());
        REQUIRE(opened);
        return *store;
    }
    HistoryStore* operator->() { return store.get(); }
};

ProbeResult sample(const QString& model, const QDateTime& at, ProbeOutcome outcome, qint64 latencyMs = -1)
{
    ProbeResult r;
    r.modelId = model;
    r.at = at;
    r.outcome = outcome;
    r.latencyMs = latencyMs;
    r.httpStatus = outcome == ProbeOutcome::Ok ? 200 : outcome == ProbeOutcome::Overloaded ? 529 : 0;
    return r;
}

Transition transition(const QString& model, Transition::Side side, const char* from, const char* to,
                      const QDateTime& at)
{
    return { kP, Transition::Kind::Model, model, side, QString::fromLatin1(from), QString::fromLatin1(to), at, {} };
}

IncidentUpdate update(const char* id, const char* status, const QDateTime& at, QVector<ComponentChange> changes = {})
{
    IncidentUpdate u;
    u.id = QString::fromLatin1(id);
    u.status = QString::fromLatin1(status);
    u.body = QStringLiteral("body of ") + u.id;
    u.createdAt = at;
    for (const ComponentChange& c : changes)
        u.affectedComponentIds << c.componentId;
    u.componentChanges = std::move(changes);
    return u;
}

// An incident with updates given oldest first (stored newest first, as on the wire).
Incident incident(const char* id, const char* impact, const QDateTime& created, QVector<IncidentUpdate> oldestFirst,
                  const QDateTime& resolved = {})
{
    Incident i;
    i.id = QString::fromLatin1(id);
    i.name = QStringLiteral("Incident ") + i.id;
    i.impact = QString::fromLatin1(impact);
    i.status = resolved.isValid() ? QStringLiteral("resolved") : QStringLiteral("investigating");
    i.createdAt = created;
    i.startedAt = created;
    i.resolvedAt = resolved;
    i.updatedAt = resolved.isValid() ? resolved : created;
    i.shortlink = QStringLiteral("https://stspg.io/") + i.id;
    std::reverse(oldestFirst.begin(), oldestFirst.end());
    i.updates = std::move(oldestFirst);
    return i;
}

QVariantList row(HistoryStore& s, const QString& sql)
{
    QSqlQuery q(s.database());
    REQUIRE(q.exec(sql));
    QVariantList out;
    if (q.next())
        for (int i = 0; i < q.record().count(); ++i)
            out << q.value(i);
    return out;
}

const HistorySeries* seriesOf(const HistoryView& v, const QString& id)
{
    for (const HistorySeries& s : v.series)
        if (s.subject.id == id)
            return &s;
    return nullptr;
}

const HistoryIncident* incidentOf(const HistoryView& v, const char* id)
{
    for (const HistoryIncident& h : v.incidents)
        if (h.incident.id == QLatin1String(id))
            return &h;
    return nullptr;
}

} // namespace

TEST_CASE("history store: every table gets rows and reads them back", "[history]")
{
    TempStore t;
    HistoryStore& s = *t.store;
    const QDateTime at = utc("2026-09-15T10:05:00Z");

    SECTION("probe samples and the hourly roll-up")
    {
        REQUIRE(s.begin());
        ProbeResult ok = sample(kOpus, at, ProbeOutcome::Ok, 420);
        ok.ttfbMs = 300;
        ok.requestId = QStringLiteral("req_011");
        s.addSample(kP, ok);
        s.addSample(kP, sample(kOpus, at.addSecs(60), ProbeOutcome::Overloaded));
        s.addSample(kP, sample(kOpus, at.addSecs(120), ProbeOutcome::AuthError)); // the user's key, not the model
        REQUIRE(s.commit());
        CHECK(s.count(QStringLiteral("probe_samples")) == 3);
        CHECK(row(s,
                  QStringLiteral("SELECT provider, model, at, outcome, http_status, latency_ms, ttfb_ms, request_id"
                                 " FROM probe_samples ORDER BY at LIMIT 1"))
              == QVariantList { kP, kOpus, at.toMSecsSinceEpoch(), QStringLiteral("ok"), 200, 420, 300,
                                QStringLiteral("req_011") });
        // One hour row: the auth error counts as neither success nor failure.
        CHECK(s.count(QStringLiteral("probe_hours")) == 1);
        const QVariantList hour = row(s, QStringLiteral("SELECT hour, samples, failures, successes FROM probe_hours"));
        CHECK(hour == QVariantList { utc("2026-09-15T10:00:00Z").toSecsSinceEpoch(), 2, 1, 1 });
        CHECK(s.knownModels() == QStringList { kOpus });
    }

    SECTION("transitions: the newest combined state per model")
    {
        s.addTransitions(
            { transition(kOpus, Transition::Side::Combined, "", "operational", at),
              transition(kOpus, Transition::Side::Combined, "operational", "partial_outage", at.addSecs(600)),
              transition(kOpus, Transition::Side::Probe, "operational", "major_outage", at.addSecs(900)) });
        CHECK(s.count(QStringLiteral("transitions")) == 3);
        const auto states = s.latestModelStates();
        REQUIRE(states.contains(kOpus));
        CHECK(states.value(kOpus).first == QStringLiteral("partial_outage"));
        CHECK(states.value(kOpus).second == at.addSecs(600));
    }

    SECTION("incidents with updates, component transitions, models and components; the latest model list wins")
    {
        const QString api = QStringLiteral("k8w3r06qmzrp");
        const Incident inc
            = incident("inc1", "major", at,
                       { update("u1", "investigating", at,
                                { { api, QStringLiteral("operational"), QStringLiteral("partial_outage") } }),
                         update("u2", "monitoring", at.addSecs(1800),
                                { { api, QStringLiteral("partial_outage"), QStringLiteral("operational") } }),
                         update("u3", "resolved", at.addSecs(3600)) },
                       at.addSecs(3600));
        s.upsertIncident(kP, inc, { kOpus, QStringLiteral("claude-sonnet-5") });
        s.upsertComponents(
            kP, { Component { api, QStringLiteral("Claude API"), {}, HealthState::Operational, {}, false, 0 } });
        CHECK(s.count(QStringLiteral("incidents")) == 1);
        CHECK(s.count(QStringLiteral("incident_updates")) == 3);
        CHECK(s.count(QStringLiteral("component_transitions")) == 2);
        CHECK(s.count(QStringLiteral("incident_models")) == 2);
        CHECK(s.count(QStringLiteral("incident_components")) == 1);
        CHECK(s.count(QStringLiteral("components")) == 1);
        // Stored again with a narrower list (the page moved on): one model row left, no duplicate updates.
        s.upsertIncident(kP, inc, { kOpus });
        CHECK(s.count(QStringLiteral("incident_updates")) == 3);
        CHECK(s.count(QStringLiteral("incident_models")) == 1);

        const HistoryView v = s.query(HistoryRange::Day, at.addSecs(7200), { kOpus }, { api });
        REQUIRE(v.incidents.size() == 1);
        const HistoryIncident& h = v.incidents.constFirst();
        CHECK(h.incident.name == QStringLiteral("Incident inc1"));
        CHECK(h.incident.impact == QStringLiteral("major"));
        CHECK(h.incident.shortlink == QStringLiteral("https://stspg.io/inc1"));
        CHECK(h.incident.resolvedAt == at.addSecs(3600));
        REQUIRE(h.incident.updates.size() == 3);
        CHECK(h.incident.updates.constFirst().id == QStringLiteral("u3")); // newest first, as on the wire
        CHECK(h.incident.updates.constLast().body == QStringLiteral("body of u1"));
        CHECK(h.models == QStringList { kOpus });
        CHECK(h.components == QStringList { api });
        CHECK(h.start == at);
        CHECK(h.end == at.addSecs(1800)); // the monitoring update
        const HistorySeries* service = seriesOf(v, api);
        REQUIRE(service);
        CHECK(service->subject.displayName == QStringLiteral("Claude API"));
        CHECK(service->incidents == 1);
        // Renamed on the page: the service row follows.
        s.upsertComponents(
            kP,
            { Component {
                api, QStringLiteral("Claude API (api.anthropic.com)"), {}, HealthState::Operational, {}, false, 0 } });
        CHECK(seriesOf(s.query(HistoryRange::Day, at.addSecs(7200), { kOpus }, { api }), api)->subject.displayName
              == QStringLiteral("Claude API (api.anthropic.com)"));
    }

    SECTION("maintenances")
    {
        Incident m;
        m.id = QStringLiteral("m1");
        m.name = QStringLiteral("Database upgrade");
        m.status = QStringLiteral("scheduled");
        m.scheduledFor = at;
        m.scheduledUntil = at.addSecs(7200);
        s.upsertMaintenance(kP, m);
        m.status = QStringLiteral("in_progress");
        s.upsertMaintenance(kP, m);
        CHECK(s.count(QStringLiteral("maintenances")) == 1);
        CHECK(row(s, QStringLiteral("SELECT id, name, status, scheduled_for, scheduled_until FROM maintenances"))
              == QVariantList { QStringLiteral("m1"), QStringLiteral("Database upgrade"), QStringLiteral("in_progress"),
                                at.toMSecsSinceEpoch(), at.addSecs(7200).toMSecsSinceEpoch() });
    }

    SECTION("feed snapshots are stored only when the body changed since the last one")
    {
        CHECK(s.addFeedSnapshot(kP, at, "A"));
        CHECK_FALSE(s.addFeedSnapshot(kP, at.addSecs(60), "A"));
        CHECK(s.addFeedSnapshot(kP, at.addSecs(120), "B"));
        CHECK(s.addFeedSnapshot(kP, at.addSecs(180), "A")); // back to A: a change again
        CHECK(s.addFeedSnapshot(QStringLiteral("openai"), at.addSecs(180), "A")); // per provider
        CHECK(s.count(QStringLiteral("feed_snapshots")) == 4);
        CHECK(row(s, QStringLiteral("SELECT body FROM feed_snapshots WHERE provider = 'anthropic' ORDER BY at DESC"))
              == QVariantList { QStringLiteral("A") });
    }

    SECTION("the notification ledger survives a restart")
    {
        s.setLedger(QStringLiteral("incident:a"), QStringLiteral("investigating"), at);
        s.setLedger(QStringLiteral("incident:b"), QStringLiteral("investigating"), at);
        s.setLedger(QStringLiteral("incident:b"), QStringLiteral("monitoring"), at.addSecs(60));
        s.removeLedger(QStringLiteral("incident:a"));
        HistoryStore& again = t.reopen();
        const QHash<QString, QString> expected { { QStringLiteral("incident:b"), QStringLiteral("monitoring") } };
        CHECK(again.ledger() == expected);
    }
}

TEST_CASE("history schema: a version-1 database migrates to the current version keeping its rows", "[history]")
{
    QTemporaryDir dir;
    const QString path = HistoryStore::defaultPath(dir.path());
    const QDateTime at = utc("2026-09-10T08:30:00Z");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QString error;
        REQUIRE(HistorySchema::migrateTo(db, 1, &error));
        REQUIRE(HistorySchema::version(db) == 1);
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("INSERT INTO probe_samples (provider, model, at, outcome, latency_ms) VALUES"
                                      " ('anthropic', 'claude-opus-5', %1, 'ok', 500),"
                                      " ('anthropic', 'claude-opus-5', %2, 'overloaded', NULL)")
                           .arg(at.toMSecsSinceEpoch())
                           .arg(at.addSecs(60).toMSecsSinceEpoch())));
        REQUIRE(q.exec(QStringLiteral("INSERT INTO incidents (provider, id, name, impact, created_at, resolved_at)"
                                      " VALUES ('anthropic', 'old1', 'Old', 'minor', %1, %2)")
                           .arg(at.toMSecsSinceEpoch())
                           .arg(at.addSecs(600).toMSecsSinceEpoch())));
        REQUIRE(q.exec(
            QStringLiteral("INSERT INTO notify_ledger (key, state, at) VALUES ('incident:old1', 'resolved', 1)")));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v1"));

    HistoryStore s(path);
    QString error;
    REQUIRE(s.open(&error));
    QSqlDatabase db = s.database();
    CHECK(HistorySchema::version(db) == HistorySchema::kVersion);
    CHECK(s.count(QStringLiteral("probe_samples")) == 2);
    CHECK(s.count(QStringLiteral("incidents")) == 1);
    CHECK(s.ledger().value(QStringLiteral("incident:old1")) == QStringLiteral("resolved"));
    CHECK(s.count(QStringLiteral("components")) == 0); // the new tables exist
    // The samples recorded under version 1 still show in the chart (the roll-up is built from them).
    const HistoryView v = s.query(HistoryRange::Day, at.addSecs(3600), { kOpus });
    const HistorySeries* opus = seriesOf(v, kOpus);
    REQUIRE(opus);
    CHECK(opus->availabilityOwn == Approx(50.0));
}

TEST_CASE("history store: a file from a newer ModelPulse is refused with a reason", "[history]")
{
    QTemporaryDir dir;
    const QString path = HistoryStore::defaultPath(dir.path());
    {
        HistoryStore s(path);
        REQUIRE(s.open());
        QSqlQuery q(s.database());
        REQUIRE(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(HistorySchema::kVersion + 7)));
        q.finish();
    }
    HistoryStore s(path);
    QString error;
    CHECK_FALSE(s.open(&error));
    CHECK(error.contains(QStringLiteral("newer")));
    CHECK_FALSE(s.isOpen());
}

TEST_CASE("history store: a file of random bytes is refused with a reason, not a crash", "[history]")
{
    QTemporaryDir dir;
    const QString path = HistoryStore::defaultPath(dir.path());
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        QByteArray junk(64 * 1024, '\0');
        QRandomGenerator rng(20260915);
        for (char& c : junk)
            c = char(rng.bounded(256));
        f.write(junk);
    }
    HistoryStore s(path);
    QString error;
    CHECK_FALSE(s.open(&error));
    INFO(error.toStdString());
    CHECK_FALSE(error.trimmed().isEmpty());
    CHECK_FALSE(s.isOpen());
    // The reads of a store that did not open are empty, not a crash.
    CHECK(s.query(HistoryRange::Week, utc("2026-09-15T12:00:00Z")).empty());
    CHECK(s.ledger().isEmpty());
}

TEST_CASE("history store: retention on the injected clock removes exactly the rows older than the cut", "[history]")
{
    TempStore t;
    HistoryStore& s = *t.store;
    ManualClock clock(utc("2026-09-15T12:00:00Z"));
    const QDateTime now = clock.now();
    const auto daysAgo = [&](int d) { return now.addDays(-d); };

    // Old: 500 and 401 days ago. Kept: 399 days and 1 day ago.
    s.begin();
    for (int d : { 500, 401, 399, 1 }) {
        s.addSample(kP, sample(kOpus, daysAgo(d), ProbeOutcome::Ok, 300));
        s.addTransitions(
            { transition(kOpus, Transition::Side::Combined, "operational", "degraded_performance", daysAgo(d)) });
        s.addFeedSnapshot(kP, daysAgo(d), QByteArray::number(d));
    }
    const QString api = QStringLiteral("k8w3r06qmzrp");
    const auto down = [&] {
        return QVector<ComponentChange> { { api, QStringLiteral("operational"),
                                            QStringLiteral("degraded_performance") } };
    };
    s.upsertIncident(kP,
                     incident("old", "minor", daysAgo(450),
                              { update("o1", "investigating", daysAgo(450), down()),
                                update("o2", "resolved", daysAgo(450).addSecs(600)) },
                              daysAgo(450).addSecs(600)),
                     { kOpus });
    s.upsertIncident(kP,
                     incident("new", "minor", daysAgo(10),
                              { update("n1", "investigating", daysAgo(10), down()),
                                update("n2", "resolved", daysAgo(10).addSecs(600)) },
                              daysAgo(10).addSecs(600)),
                     { kOpus });
    s.commit();

    const QStringList tables { QStringLiteral("probe_samples"),
                               QStringLiteral("probe_hours"),
                               QStringLiteral("transitions"),
                               QStringLiteral("feed_snapshots"),
                               QStringLiteral("incidents"),
                               QStringLiteral("incident_updates"),
                               QStringLiteral("incident_models"),
                               QStringLiteral("incident_components"),
                               QStringLiteral("component_transitions") };
    const QVector<qint64> before { 4, 4, 4, 4, 2, 4, 2, 2, 2 };
    const QVector<qint64> after { 2, 2, 2, 2, 1, 2, 1, 1, 1 };
    for (int i = 0; i < tables.size(); ++i) {
        INFO(tables.at(i).toStdString());
        CHECK(s.count(tables.at(i)) == before.at(i));
    }
    // Default retention: 400 days before the clock's now.
    const int removed = s.prune(clock.now().addDays(-400));
    for (int i = 0; i < tables.size(); ++i) {
        INFO(tables.at(i).toStdString());
        CHECK(s.count(tables.at(i)) == after.at(i));
    }
    CHECK(removed == 2 + 2 + 2 + 2 + 1 + 2 + 1 + 1 + 1);
    CHECK(row(s, QStringLiteral("SELECT id FROM incidents")) == QVariantList { QStringLiteral("new") });
    CHECK(row(s, QStringLiteral("SELECT min(at) FROM probe_samples"))
          == QVariantList { daysAgo(399).toMSecsSinceEpoch() });
    // A day later, the sample of 399 days ago is 400 days old and goes too.
    clock.advanceMs(2LL * 24 * 3600 * 1000);
    s.prune(clock.now().addDays(-400));
    CHECK(s.count(QStringLiteral("probe_samples")) == 1);
    CHECK(s.integrityOk());
}

TEST_CASE("history aggregation: one model, three hours, numbers computed by hand", "[history]")
{
    TempStore t;
    HistoryStore& s = *t.store;
    const QDateTime h9 = utc("2026-09-15T09:00:00Z");
    const QDateTime h10 = h9.addSecs(3600), h11 = h9.addSecs(7200);
    s.begin();
    // 09:00–10:00: four answers, 100/200/300/400 ms.
    for (int i = 0; i < 4; ++i)
        s.addSample(kP, sample(kOpus, h9.addSecs(600 * (i + 1)), ProbeOutcome::Ok, 100 * (i + 1)));
    // 10:00–11:00: three of 1000 ms, one 529 at 10:16, one auth error (the user's, not counted).
    s.addSample(kP, sample(kOpus, h10.addSecs(5 * 60), ProbeOutcome::Ok, 1000));
    s.addSample(kP, sample(kOpus, h10.addSecs(16 * 60), ProbeOutcome::Overloaded));
    s.addSample(kP, sample(kOpus, h10.addSecs(25 * 60), ProbeOutcome::AuthError));
    s.addSample(kP, sample(kOpus, h10.addSecs(35 * 60), ProbeOutcome::Ok, 1000));
    s.addSample(kP, sample(kOpus, h10.addSecs(45 * 60), ProbeOutcome::Slow, 1000));
    // 11:00–12:00: two timeouts and a 500.
    s.addSample(kP, sample(kOpus, h11.addSecs(5 * 60), ProbeOutcome::Timeout));
    s.addSample(kP, sample(kOpus, h11.addSecs(15 * 60), ProbeOutcome::Timeout));
    s.addSample(kP, sample(kOpus, h11.addSecs(25 * 60), ProbeOutcome::ServerError));
    // The page: created 10:28 with its first update, monitoring 11:15, resolved 11:40 → down 10:28–11:15 (47 min).
    s.upsertIncident(
        kP,
        incident("agg", "major", h10.addSecs(28 * 60),
                 { update("a1", "investigating", h10.addSecs(28 * 60)),
                   update("a2", "monitoring", h10.addSecs(75 * 60)), update("a3", "resolved", h10.addSecs(100 * 60)) },
                 h10.addSecs(100 * 60)),
        { kOpus });
    // Our probe side: partial outage 11:05, back 11:50.
    s.addTransitions(
        { transition(kOpus, Transition::Side::Probe, "operational", "partial_outage", h11.addSecs(300)),
          transition(kOpus, Transition::Side::Probe, "partial_outage", "operational", h11.addSecs(3000)) });
    s.commit();

    // 24 h at 12:22: hourly buckets ending 13:00, so bucket 20 is 09:00, 21 is 10:00, 22 is 11:00,
    // 23 is the current hour, and the 20 before 09:00 precede anything recorded.
    const QDateTime now = utc("2026-09-15T12:22:00Z");
    const HistoryView v = s.query(HistoryRange::Day, now, { kOpus });
    CHECK(v.from == utc("2026-09-14T13:00:00Z"));
    CHECK(v.to == utc("2026-09-15T13:00:00Z"));
    REQUIRE(v.series.size() == 1);
    const HistorySeries& opus = v.series.constFirst();
    REQUIRE(opus.buckets.size() == 24);
    const HistoryBucket& b9 = opus.buckets.at(20);
    const HistoryBucket& b10 = opus.buckets.at(21);
    const HistoryBucket& b11 = opus.buckets.at(22);
    const HistoryBucket& b12 = opus.buckets.at(23);
    REQUIRE(b9.start == h9);

    CHECK(b9.samples == 4);
    CHECK(b9.failures == 0);
    CHECK(b9.availabilityOwn == Approx(100));
    // Bins are 16 ms × √2^(i-1) … 16 ms × √2^i and a quantile is the geometric middle of its bin (±19 %):
    // 200 ms → bin 8 [181, 256) → √(181·256) = 215; 400 ms → bin 10 [362, 512) → 431.
    CHECK(LatencyHistogram::binOf(200) == 8);
    CHECK(LatencyHistogram::binOf(400) == 10);
    CHECK(b9.p50Ms == 215);
    CHECK(b9.p95Ms == 431);
    CHECK(b9.worstProbe == HealthState::Operational);
    CHECK(b9.worstOfficial == HealthState::Operational);
    CHECK(b9.availabilityOfficial == Approx(100));

    CHECK(b10.samples == 4); // the auth error is not the model's
    CHECK(b10.failures == 1);
    CHECK(b10.availabilityOwn == Approx(75));
    // 1000 ms → bin 12 [724, 1024) → 861.
    CHECK(b10.p50Ms == 861);
    CHECK(b10.p95Ms == 861);
    CHECK(b10.worstProbe == HealthState::DegradedPerformance);
    CHECK(b10.officialDownMinutes == Approx(32));
    CHECK(b10.availabilityOfficial == Approx(100.0 * 28 / 60));
    CHECK(b10.worstOfficial == HealthState::PartialOutage); // impact major
    CHECK(b10.worst == HealthState::PartialOutage);

    CHECK(b11.samples == 3);
    CHECK(b11.failures == 3);
    CHECK(b11.availabilityOwn == Approx(0));
    CHECK(b11.p50Ms == -1);
    CHECK(b11.worstProbe == HealthState::PartialOutage);
    CHECK(b11.officialDownMinutes == Approx(15));
    CHECK(b11.availabilityOfficial == Approx(75));

    // 12:00–13:00 at 12:22: nothing probed, the page says operational; only the 22 minutes so far count.
    CHECK(b12.samples == 0);
    CHECK(b12.availabilityOwn == -1);
    CHECK(b12.worstProbe == HealthState::Unknown);
    CHECK(b12.availabilityOfficial == Approx(100));
    CHECK(b12.worst == HealthState::Operational);

    // Before 09:00 (the first sample) nothing is known, on either side.
    for (int i = 0; i < 20; ++i) {
        INFO("bucket " << i);
        CHECK(opus.buckets.at(i).worst == HealthState::Unknown);
        CHECK(opus.buckets.at(i).availabilityOfficial == -1);
        CHECK(opus.buckets.at(i).availabilityOwn == -1);
    }

    // The range: own 7 of 11; official 47 min down out of the 202 known minutes (09:00–12:22).
    CHECK(opus.availabilityOwn == Approx(100.0 * 7 / 11));
    CHECK(opus.availabilityOfficial == Approx(100.0 * (1 - 47.0 / 202)));
    CHECK(opus.incidents == 1);

    REQUIRE(v.incidents.size() == 1);
    const HistoryIncident& h = v.incidents.constFirst();
    CHECK(h.start == h10.addSecs(28 * 60));
    CHECK(h.end == h10.addSecs(75 * 60));
    // The 529 at 10:16 came 12 minutes before the page's 10:28.
    REQUIRE(h.leadSeconds);
    CHECK(*h.leadSeconds == 720);
    CHECK(h.leadModel == kOpus);
    CHECK(v.medianRecoveryMinutes == Approx(47));

    REQUIRE(v.detections.size() == 1);
    CHECK(v.detections.constFirst().start == h11.addSecs(300));
    CHECK(v.detections.constFirst().end == h11.addSecs(3000));
    CHECK(v.detections.constFirst().worst == HealthState::PartialOutage);
}

TEST_CASE("history lead time: before the page, after it, or not detected", "[history]")
{
    TempStore t;
    HistoryStore& s = *t.store;
    const QDateTime created = utc("2026-09-15T10:28:00Z");
    const auto leadWith = [&](std::optional<qint64> failureOffsetSec) -> std::optional<qint64> {
        QSqlQuery(s.database()).exec(QStringLiteral("DELETE FROM probe_samples"));
        if (failureOffsetSec) {
            s.addSample(kP, sample(kOpus, created.addSecs(*failureOffsetSec), ProbeOutcome::Overloaded));
            // A success just before does not count as detection.
            s.addSample(kP, sample(kOpus, created.addSecs(*failureOffsetSec - 60), ProbeOutcome::Ok, 500));
        }
        const HistoryView v = s.query(HistoryRange::Day, created.addSecs(3 * 3600), { kOpus });
        const HistoryIncident* h = incidentOf(v, "lead");
        REQUIRE(h);
        return h->leadSeconds;
    };
    s.upsertIncident(
        kP,
        incident("lead", "minor", created,
                 { update("l1", "investigating", created), update("l2", "resolved", created.addSecs(3600)) },
                 created.addSecs(3600)),
        { kOpus });
    CHECK(leadWith(-12 * 60) == std::optional<qint64>(720));
    CHECK(leadWith(+5 * 60) == std::optional<qint64>(-300));
    CHECK(leadWith(std::nullopt) == std::nullopt);
    // More than 3 h before: another episode, not this one.
    CHECK(leadWith(-4 * 3600) == std::nullopt);
    // After the incident ended: not a detection of it.
    CHECK(leadWith(2 * 3600) == std::nullopt);
}

TEST_CASE("history: median time to recovery of three incidents", "[history]")
{
    TempStore t;
    HistoryStore& s = *t.store;
    const QDateTime t0 = utc("2026-09-14T00:00:00Z");
    int n = 0;
    for (int minutes : { 10, 50, 30 }) {
        const QDateTime start = t0.addSecs(3 * 3600 * ++n);
        const QByteArray id = "rec" + QByteArray::number(n);
        s.upsertIncident(
            kP,
            incident(id.constData(), "minor", start,
                     { update("x", "investigating", start), update("y", "resolved", start.addSecs(60 * minutes)) },
                     start.addSecs(60 * minutes)),
            { kOpus });
    }
    // Still open: no recovery yet, left out of the median.
    s.upsertIncident(
        kP, incident("open", "minor", t0.addSecs(20 * 3600), { update("o", "investigating", t0.addSecs(20 * 3600)) }),
        { kOpus });
    const HistoryView v = s.query(HistoryRange::Week, utc("2026-09-15T12:00:00Z"), { kOpus });
    CHECK(v.incidents.size() == 4);
    CHECK(v.medianRecoveryMinutes == Approx(30));
}
