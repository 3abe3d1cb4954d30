#pragma once

#include "prober.h"
#include "probescheduler.h"

#include <QObject>
#include <QTimer>

class CostTracker;

/*!
 * \brief Drives ProbeScheduler with one single-shot timer and a Prober: the tray app's probe loop.
 *
 * The timer is armed for the earliest due time only, so nothing wakes the machine between probes
 * (like syncthingtray's single-shot pollers). Results are folded by the scheduler and reported
 * with stateChanged(). With a CostTracker every probe is counted and the cap pauses probing.
 */
class ProbeRunner : public QObject {
    Q_OBJECT
public:
    ProbeRunner(QNetworkAccessManager* nam, const Clock* clock, ProbeScheduleConfig config = {},
                QObject* parent = nullptr, quint32 seed = 0x5eedu);

    void setProberConfig(const ProberConfig& config) { m_prober.setConfig(config); }
    /*! \brief Optional; not owned. Counted after every probe; its cap pauses probing. */
    void setCostTracker(CostTracker* tracker) { m_cost = tracker; }
    void setModels(const QStringList& modelIds);

    void start();
    void stop();
    bool isRunning() const { return m_running; }

    void setOffline(bool offline);
    void notifyResumed();
    void notifyNetworkChanged();

    const ProbeScheduler& scheduler() const { return m_scheduler; }
    /*! \brief Why probing is paused (offline, cost cap), translated; empty while probing. */
    QString pauseReason() const;

signals:
    void stateChanged(const QString& modelId, const ProbeSideState& state);
    void probeFinished(const ProbeResult& result, const ProbeUsage& usage);
    void pausedChanged(bool paused, const QString& reason);

private:
    void wake();
    void arm();
    void onProbeFinished(const ProbeResult& result, const ProbeUsage& usage);
    void updatePause();

    const Clock* m_clock;
    ProbeScheduler m_scheduler;
    Prober m_prober;
    QTimer m_timer;
    CostTracker* m_cost = nullptr;
    bool m_running = false;
    bool m_lastPaused = false;
};
