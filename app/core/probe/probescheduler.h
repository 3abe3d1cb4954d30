#pragma once

#include "probestate.h"

#include <QDateTime>
#include <QHash>
#include <QStringList>

#include <optional>
#include <random>

class Clock;

/*! \brief Timing rules of the probe scheduler (issue 3 defaults). */
struct ProbeScheduleConfig {
    qint64 intervalMs = 5 * 60 * 1000; //!< normal cadence per model
    double jitter = 0.10; //!< ±fraction of intervalMs so models drift apart instead of firing in lockstep
    qint64 confirmDelayMs = 30 * 1000; //!< after one provider failure
    qint64 outageIntervalMs = 60 * 1000; //!< while the probe side is partial/major outage: catch recovery fast
    qint64 graceMs = 60 * 1000; //!< after resume or a network change, before probing again
    /*! \brief Back online (a check just got through): the network works, so probe again almost at once — the icon
     * must not stay "?" for a minute after the network returned. Spread over backOnlineSpreadMs. */
    qint64 backOnlineGraceMs = 1000;
    qint64 backOnlineSpreadMs = 2000;
    qint64 initialSpreadMs = 10 * 1000; //!< first probes of new models spread over this window
    qint64 probeTimeoutMs = 30 * 1000; //!< a probe in flight is expected back within this
    qint64 clockJumpMs = 2 * 60 * 1000; //!< waking this much later than expected means we slept
    ProbeThresholds thresholds;
};

/*!
 * \brief Decides when each watched model is probed next, and folds results with applyProbe().
 *
 * Pure logic on an injected Clock: no timers inside. A driver (ProbeRunner, or the soak test) asks
 * takeDue() for the models to probe now, reports every result with applyResult() and sleeps until
 * nextWakeup(). At most one probe per model is in flight. Probing pauses while offline or while the
 * monthly cost cap is reached. After a resume from sleep (the clock jumped) or a network change the
 * scheduler re-baselines: results already in flight are dropped, hysteresis counters restart and
 * probing resumes after a grace period, so a laptop lid never raises an outage alarm.
 */
class ProbeScheduler {
public:
    explicit ProbeScheduler(const Clock* clock, ProbeScheduleConfig config = {}, quint32 seed = 0x5eedu);

    const ProbeScheduleConfig& config() const { return m_config; }

    /*! \brief Watched models; states of models kept are preserved, new ones are due within initialSpreadMs. */
    void setModels(const QStringList& modelIds);
    QStringList models() const { return m_order; }

    /*! \brief Connectivity verdict; going back online counts as a network change (grace, re-baseline). */
    void setOffline(bool offline);
    bool isOffline() const { return m_offline; }
    void setCapReached(bool reached) { m_capReached = reached; }
    bool isCapReached() const { return m_capReached; }
    bool isPaused() const { return m_offline || m_capReached; }

    /*! \brief The machine woke from sleep: re-baseline. */
    void notifyResumed() { rebaseline(m_config.graceMs, m_config.initialSpreadMs); }
    /*! \brief Network configuration changed: re-baseline. */
    void notifyNetworkChanged() { rebaseline(m_config.graceMs, m_config.initialSpreadMs); }
    /*! \brief How many times the scheduler re-baselined (tests, diagnostics). */
    int rebaselineCount() const { return m_rebaselines; }

    /*! \brief Every model not in flight is due now ("Refresh now", a `--once` round); retry-after still holds. */
    void makeAllDue();
    /*! \brief Models to probe now; they are marked in flight. Empty while paused. */
    QStringList takeDue();
    /*! \brief A probe of \a result.modelId ended; false when it was dropped (re-baseline, unknown model). */
    bool applyResult(const ProbeResult& result);
    /*! \brief A probe could not be started or was aborted: clears the in-flight mark without folding. */
    void cancel(const QString& modelId);

    /*! \brief Earliest time a model becomes due (not counting in-flight ones); nullopt while paused or idle. */
    std::optional<QDateTime> nextWakeup() const;
    QDateTime nextDue(const QString& modelId) const;
    bool isInFlight(const QString& modelId) const;
    ProbeSideState state(const QString& modelId) const;
    QHash<QString, ProbeSideState> states() const;

    /*! \brief Partial or major outage: the states that switch a model to the fast outage cadence. */
    static bool isOutage(HealthState state);

private:
    struct Entry {
        ProbeSideState state;
        QDateTime due;
        QDateTime notBefore; //!< retry-after: never probe earlier
        QDateTime inFlightSince;
        bool inFlight = false;
        bool discard = false; //!< in flight across a re-baseline: its result is ignored
    };

    void checkClockJump(const QDateTime& now);
    void rebaseline(qint64 graceMs, qint64 spreadMs);
    qint64 jittered(qint64 ms);
    qint64 uniform(qint64 maxMs);
    void noteExpectedWake();

    const Clock* m_clock;
    ProbeScheduleConfig m_config;
    std::mt19937 m_rng;
    QStringList m_order; //!< iteration order: deterministic with a seeded RNG
    QHash<QString, Entry> m_entries;
    bool m_offline = false;
    bool m_capReached = false;
    int m_rebaselines = 0;
    QDateTime m_lastSeen;
    QDateTime m_expectedWake;
};
