#include "proberunner.h"

#include "costtracker.h"
#include "util/clock.h"

#include <algorithm>

namespace {
// While the cost cap pauses probing there is no due time; look again hourly so a new month resumes.
constexpr qint64 kCapRecheckMs = 60 * 60 * 1000;
} // namespace

ProbeRunner::ProbeRunner(QNetworkAccessManager* nam, const Clock* clock, ProbeScheduleConfig config, QObject* parent,
                         quint32 seed)
    : QObject(parent)
    , m_clock(clock)
    , m_scheduler(clock, config, seed)
    , m_prober(nam, clock)
    , m_timer(clock->createTimer(this))
{
    connect(m_timer.get(), &ClockTimer::timeout, this, &ProbeRunner::wake);
    connect(&m_prober, &Prober::finished, this, &ProbeRunner::onProbeFinished);
}

ProbeRunner::~ProbeRunner() = default;

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
    m_round = false;
    m_timer->stop();
    // Probes still in flight finish and are folded; nothing new starts.
}

void ProbeRunner::probeAllNow()
{
    if (!m_running)
        return;
    m_scheduler.makeAllDue();
    wake();
}

void ProbeRunner::runRound(qint64 maxConfirmationWaitMs)
{
    m_round = true;
    m_maxConfirmationWaitMs = maxConfirmationWaitMs;
    m_roundAttempts.clear();
    const QStringList models = m_scheduler.models();
    m_roundPending = QSet<QString>(models.begin(), models.end());
    m_running = true;
    updatePause();
    if (m_scheduler.isPaused())
        m_roundPending.clear(); // the cap is reached: nothing is sent, the pause reason says why
    m_scheduler.makeAllDue();
    // Settle asynchronously even with nothing to do, so callers can connect after runRound().
    m_clock->callAfter(0, this, [this] {
        if (m_round)
            wake();
    });
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

Reason ProbeRunner::pauseReason() const
{
    if (m_scheduler.isOffline())
        return Reason(QStringLiteral("probes_paused_offline"));
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
        // A round probes only what is still open; the rest waits for the tray's cadence (which a round never runs).
        if ((m_round && !m_roundPending.contains(id)) || !m_prober.probe(id))
            m_scheduler.cancel(id);
        else if (m_round)
            ++m_roundAttempts[id];
    }
    if (m_round)
        maybeFinishRound();
    arm();
}

void ProbeRunner::arm()
{
    if (!m_running)
        return;
    const auto next = m_scheduler.nextWakeup();
    if (!next) {
        if (m_scheduler.isCapReached() && !m_round)
            m_timer->start(kCapRecheckMs);
        else
            m_timer->stop(); // offline or nothing to watch: setOffline()/setModels() re-arm
        return;
    }
    m_timer->start(std::max<qint64>(0, m_clock->now().msecsTo(*next)));
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
    if (m_round && m_roundPending.contains(result.modelId)) {
        // Confirm a first provider failure once, so one unlucky request is not reported as an outage and two in a
        // row are (DESIGN.md hysteresis) — unless retry-after asks for longer than a headless check should wait.
        const ProbeSideState s = m_scheduler.state(result.modelId);
        const bool confirm = folded && s.needsConfirmation && m_roundAttempts.value(result.modelId) == 1
            && !m_scheduler.isPaused()
            && m_clock->now().msecsTo(m_scheduler.nextDue(result.modelId)) <= m_maxConfirmationWaitMs;
        if (!confirm)
            m_roundPending.remove(result.modelId);
        maybeFinishRound();
    }
    arm();
}

void ProbeRunner::maybeFinishRound()
{
    if (!m_round || !m_roundPending.isEmpty())
        return;
    for (const QString& id : m_scheduler.models())
        if (m_scheduler.isInFlight(id))
            return;
    m_round = false;
    m_running = false;
    m_timer->stop();
    emit roundFinished();
}
