#include "historyschema.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace {

// Version 1: the raw tables. Times are milliseconds since the epoch (UTC), states are wire words.
const char* const kV1[] = {
    "CREATE TABLE probe_samples (provider TEXT NOT NULL, model TEXT NOT NULL, at INTEGER NOT NULL,"
    " outcome TEXT NOT NULL, http_status INTEGER, error_type TEXT, latency_ms INTEGER, ttfb_ms INTEGER, request_id TEXT)",
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

template <size_t N>
bool run(QSqlDatabase& db, const char* const (&statements)[N], QString* error)
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
        ok = run(db, kV2, error);
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
    const int current = version(db);
    if (current < 0) {
        *error = db.lastError().text();
        return false;
    }
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
