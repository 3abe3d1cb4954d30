#pragma once

#include "health/modelinfo.h"
#include "historytypes.h"
#include "monitor/transition.h"
#include "probe/costtracker.h"
#include "probe/proberesult.h"

#include <QHash>
#include <QString>

class QSqlDatabase;

/*!
 * \brief The history: a year of probe samples, transitions and official incidents in SQLite (WAL) under the data dir.
 *
 * One object is one connection; use it from one thread (the writer thread, or a query thread with its own object on
 * the same file — WAL lets readers run beside the writer). Writes go through begin()/commit() batches; a crash
 * (kill -9) loses at most the batch being written and the file opens cleanly afterwards. Charts read hourly roll-ups
 * (probe_hours), never a year of raw samples.
 */
class HistoryStore {
public:
    explicit HistoryStore(QString path);
    ~HistoryStore();
    HistoryStore(const HistoryStore&) = delete;
    HistoryStore& operator=(const HistoryStore&) = delete;

    /*! \brief `<dataDir>/history.sqlite`. */
    static QString defaultPath(const QString& dataDir);

    /*! \brief Opens (creating) the file, WAL, migrations. False with \a error when unusable (the app runs on without).
     */
    bool open(QString* error = nullptr);
    bool isOpen() const;
    QString path() const { return m_path; }
    QSqlDatabase database() const;

    bool begin();
    bool commit();
    /*!
     * \brief For a long-lived writer: a small page cache (\a cacheKiB), and releaseMemory() after each batch gives
     * back what SQLite and the C heap hold beyond that — the tray's idle RSS should not grow with a year of history.
     */
    void setCacheSizeKiB(int cacheKiB);
    void releaseMemory();

    // Writes. Rows are keyed by provider and subject.
    void addSample(const QString& provider, const ProbeResult& result);
    void addTransitions(const QVector<Transition>& transitions);
    /*! \brief Inserts or updates the incident with every update, its component changes and the attributed models. */
    void upsertIncident(const QString& provider, const Incident& incident, const QStringList& models);
    void upsertMaintenance(const QString& provider, const Incident& maintenance);
    /*! \brief The page's components as they are named now (service rows show these names). */
    void upsertComponents(const QString& provider, const QVector<Component>& components);
    /*! \brief Stores \a body when it differs from the last snapshot of \a provider; true when stored. */
    bool addFeedSnapshot(const QString& provider, const QDateTime& at, const QByteArray& body);
    /*!
     * \brief Back-fill from the page's `incidents.json`: every incident with its updates; models attributed with the
     * evaluator's rule (latest list wins) against \a models (the watched ones and every model the page names).
     * Returns how many incidents were new.
     */
    int importIncidents(const QString& provider, const QVector<Incident>& incidents, const QVector<ModelInfo>& models);

    // Probe cost per provider and month (CostTracker's counters). An increment adds to the month's row, so two
    // processes probing on one data dir (the tray and a --once run) both count.
    void addCost(const QString& provider, const CostCounters& increment);
    CostCounters cost(const QString& provider, const QString& month) const;
    /*!
     * \brief Moves the `probe-cost.json` of versions before the store into probe_cost, once: its month is added to
     * \a provider's row and the file renamed to `probe-cost.json.imported`. An unreadable file is renamed to
     * `probe-cost.json.bak` and the translated warning returned (the month starts at zero: a lost counter costs at
     * most one month's cap). Empty when there was nothing to say.
     */
    QString importLegacyCostFile(const QString& dataDir, const QString& provider);

    // The notification ledger: what was announced, so a restart re-announces nothing.
    void setLedger(const QString& key, const QString& state, const QDateTime& at);
    void removeLedger(const QString& key);
    QHash<QString, QString> ledger() const;

    /*! \brief Deletes rows older than \a before (retention, default 400 days). Returns rows removed. */
    int prune(const QDateTime& before);

    // Reads.
    HistoryView query(HistoryRange range, const QDateTime& now, const QStringList& models = {},
                      const QStringList& services = {}, const QString& provider = QStringLiteral("anthropic")) const;
    /*! \brief Models with any sample or attributed incident (for `modelpulse history` without --models). */
    QStringList knownModels(const QString& provider = QStringLiteral("anthropic")) const;
    /*! \brief The last combined-state transition per model: (model → (state, since)), for --status-line. */
    QHash<QString, QPair<QString, QDateTime>> latestModelStates(const QString& provider
                                                                = QStringLiteral("anthropic")) const;
    /*! \brief Rows in \a table (tests, diagnostics). */
    qint64 count(const QString& table) const;
    /*! \brief `PRAGMA integrity_check` says "ok". */
    bool integrityOk() const;

private:
    QString m_path;
    QString m_connection;
};
