#pragma once

#include "health/healthsnapshot.h"
#include "health/modelinfo.h"
#include "monitor/transition.h"
#include "probe/costtracker.h"

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QThread>

class HistoryWriter;

/*!
 * \brief Records what a Monitor sees into the HistoryStore, off the GUI thread.
 *
 * Calls return at once; rows are queued to a writer thread that owns its own connection and commits them in one
 * transaction per batch (at most every flushIntervalMs, or at once when a batch grows large). The tray never waits
 * for the disk; a crash loses at most the batch in flight. Retention runs on the writer thread too.
 */
class HistoryRecorder : public QObject {
    Q_OBJECT
public:
    explicit HistoryRecorder(const QString& path, int flushIntervalMs = 2000, QObject* parent = nullptr);
    ~HistoryRecorder() override; //!< flushes what is queued, then stops the thread

    void recordProbe(const QString& provider, const ProbeResult& result);
    void recordSnapshot(const HealthSnapshot& snapshot, const QVector<Transition>& transitions);
    /*! \brief Back-fill: the page's incidents.json (attributed to \a models and every model the page names). */
    void importIncidents(const QString& provider, const QVector<Incident>& incidents, const QVector<ModelInfo>& models);
    /*! \brief Replaces the notification ledger with \a ledger (NotificationPolicy::ledger()). */
    void saveLedger(const QHash<QString, QString>& ledger, const QDateTime& at);
    /*! \brief Adds one probe's cost increment (CostTracker's sink) to its month's probe_cost row. */
    void addCost(const QString& provider, const CostCounters& increment);
    /*! \brief Deletes rows older than \a before (the injected clock decides when). */
    void prune(const QDateTime& before);
    /*! \brief Writes what is queued now and waits for it (tests, quitting). */
    void flush();

signals:
    /*! \brief The store could not be opened: the app goes on without history (and says why). */
    void unavailable(const QString& reason);
    /*! \brief A batch was committed. */
    void written();

private:
    QHash<QString, QByteArray> m_lastPage; //!< provider → the page's side of the last snapshot written
    QThread m_thread;
    HistoryWriter* m_writer;
};
