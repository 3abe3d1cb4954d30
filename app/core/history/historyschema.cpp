#include "historyschema.h"

#include "latencyhistogram.h"
#include "probe/proberesult.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace {

// Version 1: the raw tables. Times are milliseconds since the epoch (UTC), states are wire words.
const char* const kV1[] = {
    "CREATE TABLE probe_samples (provider TEXT NOT NULL, model TEXT NOT NULL, at INTEGER NOT NULL,"
    " outcome TEXT NOT NULL, http_status INTEGER, error_type TEXT, latency_ms INTEGER, ttfb_ms INTEGER, request_id "
    "TEXT)",
    "CREATE INDEX probe_samples_by_subject ON probe_samples (provider, model, at)",
    "CREATE INDEX probe_samples_by_time ON probe_samples (at)",
    "CREATE TABLE transitions (provider TEXT NOT NULL, kind TEXT NOT NULL, subject TEXT NOT NULL, side TEXT NOT NULL,"
    " from_state TEXT, to_state TEXT, at INTEGER NOT NULL, reason TEXT)",
    "CREATE INDEX transitions_by_subject ON transitions (provider, kind, subject, at)",
    "CREATE TABLE incidents (provider TEXT NOT NULL, id TEXT NOT NULL, name TEXT, status TEXT, impact TEXT, url TEXT,"
    " created_at INTEGER, started_at INTEGER, resolved_at INTEGER, updated_at INTEGER, PRIMARY KEY (provider, id))",
    "CREATE INDEX incidents_by_time ON incidents (provider, created_at)",
    "CREATE TABLE incident_updates (provider TEXT NOT NULL, incident TEXT NOT NULL, id TEXT NOT NULL, status TEXT,"
    " body TEXT, created_at INTEGER, PRIMARY KEY (provider, incident, id))",
    "CREATE TABLE incident_models (provider TEXT NOT NULL, incident TEXT NOT NULL, model TEXT NOT NULL,"
    " PRIMARY KEY (provider, incident, model))",
    "CREATE TABLE incident_components (provider TEXT NOT NULL, incident TEXT NOT NULL, component TEXT NOT NULL,"
    " PRIMARY KEY (provider, incident, component))",
    // Per-update component transitions of the page (affected_components old → new): official downtime per service.
    "CREATE TABLE component_transitions (provider TEXT NOT NULL, component TEXT NOT NULL, at INTEGER NOT NULL,"
    " from_status TEXT, to_status TEXT, incident TEXT NOT NULL DEFAULT '',"
    " PRIMARY KEY (provider, component, at, incident))",
    "CREATE TABLE maintenances (provider TEXT NOT NULL, id TEXT NOT NULL, name TEXT, status TEXT,"
    " scheduled_for INTEGER, scheduled_until INTEGER, PRIMARY KEY (provider, id))",
    "CREATE TABLE feed_snapshots (provider TEXT NOT NULL, at INTEGER NOT NULL, digest TEXT NOT NULL, body TEXT)",
    "CREATE INDEX feed_snapshots_by_time ON feed_snapshots (provider, at)",
    "CREATE TABLE probe_cost (provider TEXT NOT NULL, month TEXT NOT NULL, probes INTEGER NOT NULL DEFAULT 0,"
    " billed INTEGER NOT NULL DEFAULT 0, usd REAL NOT NULL DEFAULT 0, PRIMARY KEY (provider, month))",
    "CREATE TABLE notify_ledger (key TEXT PRIMARY KEY, state TEXT, at INTEGER)",
};

// Version 2: hourly roll-ups, so a year's chart reads ~9k rows per model instead of ~500k samples.
const char* const kV2[] = {
    "CREATE TABLE probe_hours (provider TEXT NOT NULL, model TEXT NOT NULL, hour INTEGER NOT NULL,"
    " samples INTEGER NOT NULL, failures INTEGER NOT NULL, successes INTEGER NOT NULL, latency_hist TEXT NOT NULL,"
    " worst TEXT, PRIMARY KEY (provider, model, hour))",
    // Names of the page's components as last seen (per-update names are stale: console.anthropic.com).
    "CREATE TABLE components (provider TEXT NOT NULL, id TEXT NOT NULL, name TEXT, PRIMARY KEY (provider, id))",
};

template <size_t N> bool run(QSqlDatabase& db, const char* const (&statements)[N], QString* error)
{
    QSqlQuery q(db);
    for (const char* sql : statements) {
        if (!q.exec(QString::fromLatin1(sql))) {
            *error = q.lastError().text();
            return false;
        }
    }
    return true;
}

// Version 2's roll-up starts empty; without this the samples a version-1 store recorded would stay in probe_samples
// but vanish from every chart (the chart reads only probe_hours). Same counting rule as HistoryStore::addSample.
bool rollUpSamples(QSqlDatabase& db, QString* error)
{
    struct Hour {
        int samples = 0, failures = 0, successes = 0;
        LatencyHistogram hist;
    };
    QHash<QString, Hour> hours; // "provider\nmodel\nhour"
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT provider, model, at, outcome, latency_ms FROM probe_samples"))) {
        *error = q.lastError().text();
        return false;
    }
    while (q.next()) {
        const ProbeOutcome outcome = probeOutcomeFromKey(q.value(3).toString());
        const bool success = isSuccess(outcome), failure = isProviderFailure(outcome);
        if (!success && !failure)
            continue;
        const qint64 s = q.value(2).toLongLong() / 1000;
        Hour& h = hours[q.value(0).toString() + u'\n' + q.value(1).toString() + u'\n' + QString::number(s - s % 3600)];
        ++h.samples;
        h.failures += failure ? 1 : 0;
        h.successes += success ? 1 : 0;
        if (success && !q.value(4).isNull())
            h.hist.add(q.value(4).toLongLong());
    }
    QSqlQuery ins(db);
    ins.prepare(
        QStringLiteral("INSERT INTO probe_hours (provider, model, hour, samples, failures, successes, latency_hist)"
                       " VALUES (?, ?, ?, ?, ?, ?, coalesce(?, ''))"));
    for (auto it = hours.cbegin(); it != hours.cend(); ++it) {
        const QStringList key = it.key().split(u'\n');
        for (const QVariant& v :
             { QVariant(key.at(0)), QVariant(key.at(1)), QVariant(key.at(2).toLongLong()), QVariant(it->samples),
               QVariant(it->failures), QVariant(it->successes), QVariant(it->hist.toText()) })
            ins.addBindValue(v);
        if (!ins.exec()) {
            *error = ins.lastError().text();
            return false;
        }
    }
    return true;
}

bool step(QSqlDatabase& db, int to, QString* error)
{
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    bool ok = false;
    switch (to) {
    case 1:
        ok = run(db, kV1, error);
        break;
    case 2:
        ok = run(db, kV2, error) && rollUpSamples(db, error);
        break;
    default:
        *error = QStringLiteral("no migration to version %1").arg(to);
    }
    QSqlQuery q(db);
    if (ok && !q.exec(QStringLiteral("PRAGMA user_version = %1").arg(to))) {
        *error = q.lastError().text();
        ok = false;
    }
    if (!ok) {
        db.rollback();
        return false;
    }
    return db.commit();
}

} // namespace

namespace HistorySchema {

int version(QSqlDatabase& db)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("PRAGMA user_version")) && q.next() ? q.value(0).toInt() : -1;
}

bool migrateTo(QSqlDatabase& db, int target, QString* error)
{
    QSqlQuery q(db);
    if (!(q.exec(QStringLiteral("PRAGMA user_version")) && q.next())) {
        // The error is the query's, not the connection's: db.lastError() is empty here (a file of random bytes
        // opens fine and fails at the first read), which left open() false with no reason to show.
        *error = QStringLiteral("the history database is not a readable SQLite file (%1)").arg(q.lastError().text());
        return false;
    }
    const int current = q.value(0).toInt();
    q.finish();
    if (current > kVersion) {
        *error = QStringLiteral("the history database is from a newer ModelPulse (schema %1)").arg(current);
        return false;
    }
    for (int v = current + 1; v <= target; ++v)
        if (!step(db, v, error))
            return false;
    return true;
}

bool migrate(QSqlDatabase& db, QString* error)
{
    return migrateTo(db, kVersion, error);
}

} // namespace HistorySchema
