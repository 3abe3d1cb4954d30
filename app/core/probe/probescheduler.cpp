#include "probescheduler.h"

#include "util/clock.h"

#include <algorithm>

ProbeScheduler::ProbeScheduler(const Clock* clock, ProbeScheduleConfig config, quint32 seed)
    : m_clock(clock)
    , m_config(config)
    , m_rng(seed)
{
}

bool ProbeScheduler::isOutage(HealthState state)
{
    return state == HealthState::PartialOutage || state == HealthState::MajorOutage;
}

qint64 ProbeScheduler::uniform(qint64 maxMs)
{
    if (maxMs <= 0)
        return 0;
    return std::uniform_int_distribution<qint64>(0, maxMs)(m_rng);
}

qint64 ProbeScheduler::jittered(qint64 ms)
{
    const double j = std::clamp(m_config.jitter, 0.0, 0.9);
    const double factor = 1.0 + std::uniform_real_distribution<double>(-j, j)(m_rng);
    return qint64(double(ms) * factor);
}

void ProbeScheduler::setModels(const QStringList& modelIds)
{
    const QDateTime now = m_clock->now();
    QHash<QString, Entry> kept;
    QStringList order;
    for (const auto& id : modelIds) {
        if (id.isEmpty() || order.contains(id))
            continue;
        order.append(id);
        auto it = m_entries.constFind(id);
        if (it != m_entries.cend()) {
            kept.insert(id, *it);
        } else {
            Entry e;
            e.due = now.addMSecs(uniform(m_config.initialSpreadMs));
            kept.insert(id, e);
        }
    }
    m_entries = kept;
    m_order = order;
    noteExpectedWake();
}

void ProbeScheduler::setOffline(bool offline)
{
    if (m_offline == offline)
        return;
    m_offline = offline;
    if (!offline) // back online: start counting afresh, soon — a check just got through
        rebaseline(std::min(m_config.graceMs, m_config.backOnlineGraceMs),
                   std::min(m_config.initialSpreadMs, m_config.backOnlineSpreadMs));
    noteExpectedWake();
}

void ProbeScheduler::rebaseline(qint64 graceMs, qint64 spreadMs)
{
    const QDateTime now = m_clock->now();
    ++m_rebaselines;
    for (const auto& id : m_order) {
        Entry& e = m_entries[id];
        // Results of probes sent before the sleep/network change describe a world that is gone.
        e.discard = e.inFlight;
        // Counters restart, the shown state stays: one failure right after waking must not become an alarm,
        // and a known state should not flicker to unknown for the grace period.
        e.state.consecutiveFailures = 0;
        e.state.consecutiveSuccesses = 0;
        e.state.needsConfirmation = false;
        QDateTime due = now.addMSecs(graceMs + uniform(spreadMs));
        if (e.notBefore.isValid() && e.notBefore > due)
            due = e.notBefore;
        e.due = due;
    }
    m_lastSeen = now;
    noteExpectedWake();
}

void ProbeScheduler::checkClockJump(const QDateTime& now)
{
    // Wall clock vs. monotonic timers: after suspend the timer fires "on time" by its own count while
    // hours passed on the wall clock. Much later than expected (or backwards) means we slept or the clock was set.
    const bool late = m_expectedWake.isValid() && now > m_expectedWake.addMSecs(m_config.clockJumpMs);
    const bool backwards = m_lastSeen.isValid() && now < m_lastSeen.addMSecs(-m_config.clockJumpMs);
    if (late || backwards)
        rebaseline(m_config.graceMs, m_config.initialSpreadMs);
    if (!m_lastSeen.isValid() || now > m_lastSeen)
        m_lastSeen = now;
}

void ProbeScheduler::makeAllDue()
{
    const QDateTime now = m_clock->now();
    for (const auto& id : m_order) {
        Entry& e = m_entries[id];
        if (!e.inFlight && e.due > now)
            e.due = now;
    }
    noteExpectedWake();
}

QStringList ProbeScheduler::takeDue()
{
    const QDateTime now = m_clock->now();
    checkClockJump(now);
    QStringList due;
    if (!isPaused()) {
        for (const auto& id : m_order) {
            Entry& e = m_entries[id];
            if (e.inFlight || e.due > now || (e.notBefore.isValid() && e.notBefore > now))
                continue;
            e.inFlight = true;
            e.discard = false;
            e.inFlightSince = now;
            due.append(id);
        }
    }
    noteExpectedWake();
    return due;
}

bool ProbeScheduler::applyResult(const ProbeResult& result)
{
    const QDateTime now = m_clock->now();
    checkClockJump(now);
    auto it = m_entries.find(result.modelId);
    if (it == m_entries.end())
        return false;
    Entry& e = *it;
    const bool discard = e.discard;
    e.inFlight = false;
    e.discard = false;
    if (discard) {
        noteExpectedWake();
        return false;
    }

    e.state = applyProbe(e.state, result, m_config.thresholds);
    qint64 delay = jittered(m_config.intervalMs);
    if (e.state.needsConfirmation || (isProviderFailure(result.outcome) && !isOutage(e.state.state)))
        delay = m_config.confirmDelayMs;
    else if (isOutage(e.state.state))
        delay = m_config.outageIntervalMs;
    e.due = now.addMSecs(delay);
    if (result.retryAfterSec && *result.retryAfterSec > 0) {
        e.notBefore = now.addSecs(*result.retryAfterSec);
        e.due = std::max(e.due, e.notBefore);
    }
    noteExpectedWake();
    return true;
}

void ProbeScheduler::cancel(const QString& modelId)
{
    auto it = m_entries.find(modelId);
    if (it == m_entries.end())
        return;
    it->inFlight = false;
    it->discard = false;
    noteExpectedWake();
}

std::optional<QDateTime> ProbeScheduler::nextWakeup() const
{
    if (isPaused())
        return std::nullopt;
    std::optional<QDateTime> earliest;
    for (const auto& id : m_order) {
        const Entry& e = m_entries[id];
        if (e.inFlight)
            continue;
        QDateTime t = e.due;
        if (e.notBefore.isValid() && e.notBefore > t)
            t = e.notBefore;
        if (!earliest || t < *earliest)
            earliest = t;
    }
    return earliest;
}

void ProbeScheduler::noteExpectedWake()
{
    // When the driver should next hear from us: a due time or an in-flight probe's deadline.
    std::optional<QDateTime> expected = nextWakeup();
    if (!isPaused()) {
        for (const auto& id : m_order) {
            const Entry& e = m_entries[id];
            if (!e.inFlight)
                continue;
            const QDateTime deadline = e.inFlightSince.addMSecs(m_config.probeTimeoutMs);
            if (!expected || deadline < *expected)
                expected = deadline;
        }
    }
    m_expectedWake = expected.value_or(QDateTime());
}

QDateTime ProbeScheduler::nextDue(const QString& modelId) const
{
    const auto it = m_entries.constFind(modelId);
    if (it == m_entries.cend())
        return {};
    return (it->notBefore.isValid() && it->notBefore > it->due) ? it->notBefore : it->due;
}

bool ProbeScheduler::isInFlight(const QString& modelId) const
{
    const auto it = m_entries.constFind(modelId);
    return it != m_entries.cend() && it->inFlight;
}

ProbeSideState ProbeScheduler::state(const QString& modelId) const
{
    return m_entries.value(modelId).state;
}

QHash<QString, ProbeSideState> ProbeScheduler::states() const
{
    QHash<QString, ProbeSideState> out;
    for (const auto& id : m_order)
        out.insert(id, m_entries.value(id).state);
    return out;
}
