#include "historystore.h"

#include "health/healthevaluator.h"
#include "historyschema.h"
#include "latencyhistogram.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace {

QAtomicInt g_connections;

QVariant ms(const QDateTime& t)
{
    return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant();
}

qint64 hourOf(const QDateTime& t)
{
    const qint64 s = t.toSecsSinceEpoch();
    return s - (s % 3600);
}

} // namespace

HistoryStore::HistoryStore(QString path)
    : m_path(std::move(path))
    , m_connection(QStringLiteral("modelpulse-history-%1").arg(g_connections.fetchAndAddRelaxed(1)))
{
}

HistoryStore::~HistoryStore()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

QString HistoryStore::defaultPath(const QString& dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("history.sqlite"));
}

QSqlDatabase HistoryStore::database() const
{
    return QSqlDatabase::database(m_connection, false);
}

bool HistoryStore::isOpen() const
{
    return database().isOpen();
}

bool HistoryStore::open(QString* error)
{
    QString scratch;
    QString& err = error ? *error : scratch;
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE"))) {
        err = QStringLiteral("the Qt SQLite driver (libqt6sql6-sqlite) is not installed");
        return false;
    }
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSqlDatabase db = QSqlDatabase::contains(m_connection)
        ? QSqlDatabase::database(m_connection, false)
        : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(m_path);
    // A writer and the chart's reader on the same file: wait for the other's lock instead of failing.
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        err = db.lastError().text();
        return false;
    }
    QSqlQuery q(db);
    // WAL: readers never block the writer; synchronous=NORMAL in WAL loses at most the last transaction on power
    // loss and none on a process crash (kill -9), which is what a desktop app has to survive.
    q.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    q.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
    q.exec(QStringLiteral("PRAGMA foreign_keys=ON"));
    if (!HistorySchema::migrate(db, &err)) {
        db.close();
        return false;
    }
    return true;
}

bool HistoryStore::begin()
{
    QSqlDatabase db = database();
    return db.isOpen() && db.transaction();
}

void HistoryStore::setCacheSizeKiB(int cacheKiB)
{
    QSqlQuery q(database());
    q.exec(QStringLiteral("PRAGMA cache_size = -%1").arg(qMax(64, cacheKiB)));
}

void HistoryStore::releaseMemory()
{
    QSqlQuery q(database());
    q.exec(QStringLiteral("PRAGMA shrink_memory"));
#ifdef __GLIBC__
    malloc_trim(0); // glibc keeps freed pages of every thread's arena; trim gives them back to the system
#endif
}

bool HistoryStore::commit()
{
    QSqlDatabase db = database();
    return db.isOpen() && db.commit();
}

void HistoryStore::addSample(const QString& provider, const ProbeResult& r)
{
    QSqlDatabase db = database();
    if (!db.isOpen())
        return;
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("INSERT INTO probe_samples (provider, model, at, outcome, http_status, error_type, latency_ms,"
                       " ttfb_ms, request_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(provider);
    q.addBindValue(r.modelId);
    q.addBindValue(ms(r.at));
    q.addBindValue(probeOutcomeKey(r.outcome));
    q.addBindValue(r.httpStatus > 0 ? QVariant(r.httpStatus) : QVariant());
    q.addBindValue(r.errorType.isEmpty() ? QVariant() : QVariant(r.errorType));
    q.addBindValue(r.latencyMs >= 0 ? QVariant(r.latencyMs) : QVariant());
    q.addBindValue(r.ttfbMs >= 0 ? QVariant(r.ttfbMs) : QVariant());
    q.addBindValue(r.requestId.isEmpty() ? QVariant() : QVariant(r.requestId));
    q.exec();

    // The hourly roll-up the chart reads. User-side outcomes (key, quota, network) say nothing about the model:
    // they count as neither success nor failure.
    const bool success = isSuccess(r.outcome);
    const bool failure = isProviderFailure(r.outcome);
    if (!success && !failure)
        return;
    const qint64 hour = hourOf(r.at);
    QSqlQuery sel(db);
    sel.prepare(QStringLiteral("SELECT samples, failures, successes, latency_hist FROM probe_hours"
                               " WHERE provider = ? AND model = ? AND hour = ?"));
    sel.addBindValue(provider);
    sel.addBindValue(r.modelId);
    sel.addBindValue(hour);
    sel.exec();
    LatencyHistogram hist;
    int samples = 0, failures = 0, successes = 0;
    if (sel.next()) {
        samples = sel.value(0).toInt();
        failures = sel.value(1).toInt();
        successes = sel.value(2).toInt();
        hist = LatencyHistogram::fromText(sel.value(3).toString());
    }
    ++samples;
    failures += failure ? 1 : 0;
    successes += success ? 1 : 0;
    if (success && r.latencyMs >= 0)
        hist.add(r.latencyMs);
    QSqlQuery up(db);
    // coalesce: an hour with no success has an empty histogram, which Qt binds as NULL; latency_hist is NOT NULL, so
    // without it every all-failed hour (an outage, the hours that matter most) silently had no roll-up row.
    up.prepare(QStringLiteral("INSERT OR REPLACE INTO probe_hours (provider, model, hour, samples, failures, successes,"
                              " latency_hist) VALUES (?, ?, ?, ?, ?, ?, coalesce(?, ''))"));
    up.addBindValue(provider);
    up.addBindValue(r.modelId);
    up.addBindValue(hour);
    up.addBindValue(samples);
    up.addBindValue(failures);
    up.addBindValue(successes);
    up.addBindValue(hist.toText());
    up.exec();
}

void HistoryStore::addTransitions(const QVector<Transition>& transitions)
{
    QSqlDatabase db = database();
    if (!db.isOpen() || transitions.isEmpty())
        return;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO transitions (provider, kind, subject, side, from_state, to_state, at, reason)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const Transition& t : transitions) {
        q.addBindValue(t.provider);
        q.addBindValue(transitionKindKey(t.kind));
        q.addBindValue(t.id);
        q.addBindValue(transitionSideKey(t.side));
        q.addBindValue(t.from);
        q.addBindValue(t.to);
        q.addBindValue(ms(t.at));
        q.addBindValue(t.reasonCode);
        q.exec();
    }
}

void HistoryStore::upsertIncident(const QString& provider, const Incident& i, const QStringList& models)
{
    QSqlDatabase db = database();
    if (!db.isOpen() || i.id.isEmpty())
        return;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO incidents (provider, id, name, status, impact, url, created_at,"
                             " started_at, resolved_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant& v :
         { QVariant(provider), QVariant(i.id), QVariant(i.name), QVariant(i.status), QVariant(i.impact),
           QVariant(i.shortlink), ms(i.createdAt), ms(i.startedAt), ms(i.resolvedAt), ms(i.updatedAt) })
        q.addBindValue(v);
    q.exec();
    QSqlQuery u(db);
    u.prepare(
        QStringLiteral("INSERT OR REPLACE INTO incident_updates (provider, incident, id, status, body, created_at)"
                       " VALUES (?, ?, ?, ?, ?, ?)"));
    QSqlQuery c(db);
    c.prepare(QStringLiteral("INSERT OR REPLACE INTO component_transitions (provider, component, at, from_status,"
                             " to_status, incident) VALUES (?, ?, ?, ?, ?, ?)"));
    for (const IncidentUpdate& up : i.updates) {
        for (const QVariant& v : { QVariant(provider), QVariant(i.id), QVariant(up.id), QVariant(up.status),
                                   QVariant(up.body), ms(up.createdAt) })
            u.addBindValue(v);
        u.exec();
        for (const ComponentChange& ch : up.componentChanges) {
            for (const QVariant& v : { QVariant(provider), QVariant(ch.componentId), ms(up.createdAt),
                                       QVariant(ch.oldStatus), QVariant(ch.newStatus), QVariant(i.id) })
                c.addBindValue(v);
            c.exec();
        }
    }
    QSqlQuery del(db);
    del.prepare(QStringLiteral("DELETE FROM incident_models WHERE provider = ? AND incident = ?"));
    del.addBindValue(provider);
    del.addBindValue(i.id);
    del.exec();
    QSqlQuery m(db);
    m.prepare(QStringLiteral("INSERT OR IGNORE INTO incident_models (provider, incident, model) VALUES (?, ?, ?)"));
    for (const QString& model : models) {
        m.addBindValue(provider);
        m.addBindValue(i.id);
        m.addBindValue(model);
        m.exec();
    }
    QSqlQuery comp(db);
    comp.prepare(
        QStringLiteral("INSERT OR IGNORE INTO incident_components (provider, incident, component) VALUES (?, ?, ?)"));
    QStringList components = i.componentIds;
    for (const IncidentUpdate& up : i.updates)
        for (const QString& id : up.affectedComponentIds)
            if (!components.contains(id))
                components << id;
    for (const QString& id : components) {
        comp.addBindValue(provider);
        comp.addBindValue(i.id);
        comp.addBindValue(id);
        comp.exec();
    }
}

void HistoryStore::upsertMaintenance(const QString& provider, const Incident& m)
{
    QSqlDatabase db = database();
    if (!db.isOpen() || m.id.isEmpty())
        return;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO maintenances (provider, id, name, status, scheduled_for,"
                             " scheduled_until) VALUES (?, ?, ?, ?, ?, ?)"));
    for (const QVariant& v : { QVariant(provider), QVariant(m.id), QVariant(m.name), QVariant(m.status),
                               ms(m.scheduledFor), ms(m.scheduledUntil) })
        q.addBindValue(v);
    q.exec();
}

void HistoryStore::upsertComponents(const QString& provider, const QVector<Component>& components)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO components (provider, id, name) VALUES (?, ?, ?)"));
    for (const Component& c : components) {
        q.addBindValue(provider);
        q.addBindValue(c.id);
        q.addBindValue(c.name);
        q.exec();
    }
}

bool HistoryStore::addFeedSnapshot(const QString& provider, const QDateTime& at, const QByteArray& body)
{
    QSqlDatabase db = database();
    if (!db.isOpen())
        return false;
    const QString digest = QString::fromLatin1(QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex());
    QSqlQuery last(db);
    last.prepare(QStringLiteral("SELECT digest FROM feed_snapshots WHERE provider = ? ORDER BY at DESC LIMIT 1"));
    last.addBindValue(provider);
    if (last.exec() && last.next() && last.value(0).toString() == digest)
        return false;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO feed_snapshots (provider, at, digest, body) VALUES (?, ?, ?, ?)"));
    q.addBindValue(provider);
    q.addBindValue(ms(at));
    q.addBindValue(digest);
    q.addBindValue(QString::fromUtf8(body));
    return q.exec();
}

int HistoryStore::importIncidents(const QString& provider, const QVector<Incident>& incidents,
                                  const QVector<ModelInfo>& models)
{
    QSqlDatabase db = database();
    if (!db.isOpen())
        return 0;
    int added = 0;
    QSqlQuery exists(db);
    exists.prepare(QStringLiteral("SELECT 1 FROM incidents WHERE provider = ? AND id = ?"));
    for (const Incident& i : incidents) {
        exists.addBindValue(provider);
        exists.addBindValue(i.id);
        if (!(exists.exec() && exists.next()))
            ++added;
        upsertIncident(provider, i, HealthEvaluator::modelsNamedBy(i, models));
    }
    return added;
}

void HistoryStore::addCost(const QString& provider, const CostCounters& increment)
{
    if (increment.month.isEmpty())
        return;
    QSqlQuery q(database());
    q.prepare(QStringLiteral("INSERT INTO probe_cost (provider, month, probes, billed, usd) VALUES (?, ?, ?, ?, ?)"
                             " ON CONFLICT (provider, month) DO UPDATE SET probes = probes + excluded.probes,"
                             " billed = billed + excluded.billed, usd = usd + excluded.usd"));
    for (const QVariant& v : { QVariant(provider), QVariant(increment.month), QVariant(increment.probes),
                               QVariant(increment.billed), QVariant(increment.usd) })
        q.addBindValue(v);
    q.exec();
}

CostCounters HistoryStore::cost(const QString& provider, const QString& month) const
{
    CostCounters c;
    c.month = month;
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT probes, billed, usd FROM probe_cost WHERE provider = ? AND month = ?"));
    q.addBindValue(provider);
    q.addBindValue(month);
    if (q.exec() && q.next()) {
        c.probes = q.value(0).toInt();
        c.billed = q.value(1).toInt();
        c.usd = q.value(2).toDouble();
    }
    return c;
}

QString HistoryStore::importLegacyCostFile(const QString& dataDir, const QString& provider)
{
    const QString path = QDir(dataDir).filePath(CostTracker::legacyFileName());
    if (dataDir.isEmpty() || !QFile::exists(path) || !isOpen())
        return {};
    QFile file(path);
    QByteArray bytes;
    if (file.open(QIODevice::ReadOnly))
        bytes = file.read(64 * 1024);
    file.close();
    const std::optional<CostCounters> counters = CostTracker::parseLegacyFile(bytes);
    const QString renamed = path + (counters ? QStringLiteral(".imported") : QStringLiteral(".bak"));
    QFile::remove(renamed);
    if (counters) {
        QSqlDatabase db = database();
        db.transaction();
        addCost(provider, *counters);
        // Imported once: the rename is what keeps a second start from adding the month again.
        if (!QFile::rename(path, renamed)) {
            db.rollback();
            return {};
        }
        db.commit();
        return {};
    }
    QFile::rename(path, renamed);
    return QCoreApplication::translate("CostTracker",
                                       "The probe cost counter file was unreadable and starts again at zero; the old "
                                       "file is kept as %1")
        .arg(renamed);
}

void HistoryStore::setLedger(const QString& key, const QString& state, const QDateTime& at)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO notify_ledger (key, state, at) VALUES (?, ?, ?)"));
    q.addBindValue(key);
    q.addBindValue(state);
    q.addBindValue(ms(at));
    q.exec();
}

void HistoryStore::removeLedger(const QString& key)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("DELETE FROM notify_ledger WHERE key = ?"));
    q.addBindValue(key);
    q.exec();
}

QHash<QString, QString> HistoryStore::ledger() const
{
    QHash<QString, QString> out;
    QSqlQuery q(database());
    if (q.exec(QStringLiteral("SELECT key, state FROM notify_ledger")))
        while (q.next())
            out.insert(q.value(0).toString(), q.value(1).toString());
    return out;
}

int HistoryStore::prune(const QDateTime& before)
{
    QSqlDatabase db = database();
    if (!db.isOpen())
        return 0;
    const qint64 cut = before.toMSecsSinceEpoch();
    int removed = 0;
    const QList<QPair<QString, qint64>> statements {
        { QStringLiteral("DELETE FROM probe_samples WHERE at < ?"), cut },
        { QStringLiteral("DELETE FROM probe_hours WHERE hour < ?"), cut / 1000 },
        { QStringLiteral("DELETE FROM transitions WHERE at < ?"), cut },
        { QStringLiteral("DELETE FROM feed_snapshots WHERE at < ?"), cut },
        { QStringLiteral("DELETE FROM component_transitions WHERE at < ?"), cut },
        { QStringLiteral("DELETE FROM incident_updates WHERE incident IN (SELECT id FROM incidents WHERE"
                         " coalesce(resolved_at, created_at) < ?)"),
          cut },
        { QStringLiteral("DELETE FROM incident_models WHERE incident IN (SELECT id FROM incidents WHERE"
                         " coalesce(resolved_at, created_at) < ?)"),
          cut },
        { QStringLiteral("DELETE FROM incident_components WHERE incident IN (SELECT id FROM incidents WHERE"
                         " coalesce(resolved_at, created_at) < ?)"),
          cut },
        { QStringLiteral("DELETE FROM incidents WHERE coalesce(resolved_at, created_at) < ?"), cut },
    };
    db.transaction();
    for (const auto& [sql, value] : statements) {
        QSqlQuery q(db);
        q.prepare(sql);
        q.addBindValue(value);
        if (q.exec())
            removed += q.numRowsAffected();
    }
    db.commit();
    return removed;
}

qint64 HistoryStore::count(const QString& table) const
{
    QSqlQuery q(database());
    return q.exec(QStringLiteral("SELECT count(*) FROM ") + table) && q.next() ? q.value(0).toLongLong() : -1;
}

bool HistoryStore::integrityOk() const
{
    QSqlQuery q(database());
    return q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next() && q.value(0).toString() == u"ok";
}
