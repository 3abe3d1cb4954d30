#pragma once

#include "prober.h"
#include "probescheduler.h"

#include <QHash>
#include <QObject>
#include <QSet>

#include <memory>

class ClockTimer;
class CostTracker;

/*!
 * \brief Drives ProbeScheduler with one clock timer and a Prober: the probe loop of the tray and of `--once`.
 *
 * The timer is armed for the earliest due time only, so nothing wakes the machine between probes
 * (like syncthingtray's single-shot pollers). Results are folded by the scheduler and reported
 * with stateChanged(). With a CostTracker every probe is counted and the cap pauses probing.
 * runRound() is the `--once` mode of the same loop: every model now, a confirmation where the first probe was a
 * provider failure, then roundFinished() — the same hysteresis, cap and retry-after rules as the tray.
 */
class ProbeRunner : public QObject {
    Q_OBJECT
public:
    ProbeRunner(QNetworkAccessManager* nam, const Clock* clock, ProbeScheduleConfig config = {},
                QObject* parent = nullptr, quint32 seed = 0x5eedu);
    ~ProbeRunner() override;

    void setProberConfig(const ProberConfig& config) { m_prober.setConfig(config); }
    /*! \brief Optional; not owned. Counted after every probe; its cap pauses probing. */
    void setCostTracker(CostTracker* tracker) { m_cost = tracker; }
    void setModels(const QStringList& modelIds);

    void start();
    void stop();
    bool isRunning() const { return m_running; }
    /*! \brief "Refresh now": every model is probed at once (one in flight per model still holds). */
    void probeAllNow();
    /*!
     * \brief One round: every model now, one confirmation per first provider failure (skipped when retry-after
     * asks for more than \a maxConfirmationWaitMs), then roundFinished(). Nothing is scheduled afterwards.
     */
    void runRound(qint64 maxConfirmationWaitMs);

    void setOffline(bool offline);
    void notifyResumed();
    void notifyNetworkChanged();

    const ProbeScheduler& scheduler() const { return m_scheduler; }
    /*! \brief Why probing is paused (offline, cost cap); null while probing. */
    Reason pauseReason() const;

signals:
    void stateChanged(const QString& modelId, const ProbeSideState& state);
    void probeFinished(const ProbeResult& result, const ProbeUsage& usage);
    void pausedChanged(bool paused, const Reason& reason);
    void roundFinished();

private:
    void wake();
    void arm();
    void onProbeFinished(const ProbeResult& result, const ProbeUsage& usage);
    void updatePause();
    void maybeFinishRound();

    const Clock* m_clock;
    ProbeScheduler m_scheduler;
    Prober m_prober;
    std::unique_ptr<ClockTimer> m_timer;
    CostTracker* m_cost = nullptr;
    bool m_running = false;
    bool m_lastPaused = false;
    bool m_round = false;
    qint64 m_maxConfirmationWaitMs = 60 * 1000;
    QSet<QString> m_roundPending; //!< models whose round is not settled yet
    QHash<QString, int> m_roundAttempts;
};
