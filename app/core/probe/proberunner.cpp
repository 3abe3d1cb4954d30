#include "proberunner.h"

#include "costtracker.h"
#include "util/clock.h"

#include <QCoreApplication>

#include <algorithm>

namespace {
// While the cost cap pauses probing there is no due time; look again hourly so a new month resumes.
constexpr int kCapRecheckMs = 60 * 60 * 1000;
// QTimer takes an int; a day is plenty (the scheduler never plans further ahead than retry-after allows).
constexpr qint64 kMaxTimerMs = 24LL * 60 * 60 * 1000;
} // namespace

ProbeRunner::ProbeRunner(QNetworkAccessManager* nam, const Clock* clock, ProbeScheduleConfig config, QObject* parent,
                         quint32 seed)
    : QObject(parent)
    , m_clock(clock)
    , m_scheduler(clock, config, seed)
    , m_prober(nam, clock)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ProbeRunner::wake);
    connect(&m_prober, &Prober::finished, this, &ProbeRunner::onProbeFinished);
}

void ProbeRunner::setModels(const QStringList& modelIds)
{
    m_scheduler.setModels(modelIds);
    arm();
}

void ProbeRunner::start()
{
    m_running = true;
    updatePause();
    arm();
}

void ProbeRunner::stop()
{
    m_running = false;
    m_timer.stop();
    // Probes still in flight finish and are folded; nothing new starts.
}

void ProbeRunner::setOffline(bool offline)
{
    m_scheduler.setOffline(offline);
    updatePause();
    arm();
}

void ProbeRunner::notifyResumed()
{
    m_scheduler.notifyResumed();
    arm();
}

void ProbeRunner::notifyNetworkChanged()
{
    m_scheduler.notifyNetworkChanged();
    arm();
}

QString ProbeRunner::pauseReason() const
{
    if (m_scheduler.isOffline())
        return QCoreApplication::translate("ProbeRunner", "Probes paused: you are offline");
    if (m_scheduler.isCapReached() && m_cost)
        return m_cost->capReason();
    return {};
}

void ProbeRunner::updatePause()
{
    if (m_cost)
        m_scheduler.setCapReached(m_cost->capReached());
    const bool paused = m_scheduler.isPaused();
    if (paused != m_lastPaused) {
        m_lastPaused = paused;
        emit pausedChanged(paused, pauseReason());
    }
}

void ProbeRunner::wake()
{
    if (!m_running)
        return;
    updatePause();
    const QStringList due = m_scheduler.takeDue();
    for (const auto& id : due) {
        if (!m_prober.probe(id))
            m_scheduler.cancel(id); // a probe from before a re-baseline is still running: next round
    }
    arm();
}

void ProbeRunner::arm()
{
    if (!m_running)
        return;
    const auto next = m_scheduler.nextWakeup();
    if (!next) {
        if (m_scheduler.isCapReached())
            m_timer.start(kCapRecheckMs);
        else
            m_timer.stop(); // offline or nothing to watch: setOffline()/setModels() re-arm
        return;
    }
    const qint64 ms = std::clamp<qint64>(m_clock->now().msecsTo(*next), 0, kMaxTimerMs);
    m_timer.start(int(ms));
}

void ProbeRunner::onProbeFinished(const ProbeResult& result, const ProbeUsage& usage)
{
    if (m_cost)
        m_cost->recordProbe(result, usage);
    const bool folded = m_scheduler.applyResult(result);
    emit probeFinished(result, usage);
    if (folded)
        emit stateChanged(result.modelId, m_scheduler.state(result.modelId));
    updatePause();
    arm();
}
