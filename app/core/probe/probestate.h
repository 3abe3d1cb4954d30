#pragma once

#include "health/healthstate.h"
#include "health/reason.h"
#include "proberesult.h"

#include <QStringList>

/*! \brief Hysteresis thresholds for the probe side (DESIGN.md defaults). */
struct ProbeThresholds {
    int failuresForPartial = 2;
    int failuresForMajor = 4;
    int successesToRecover = 2;
    int slowThresholdMs = 10000;
};

/*!
 * \brief Probe-side state of one model, folded from its outcomes by applyProbe().
 *
 * `state` is Unknown until there is evidence; outcomes that say nothing about the provider
 * (network, key, billing, rate limit, bad model) keep it Unknown and set `reason`.
 */
struct ProbeSideState {
    HealthState state = HealthState::Unknown;
    int consecutiveFailures = 0;
    int consecutiveSuccesses = 0;
    std::optional<ProbeResult> last;
    Reason reason; //!< set when the last outcome is the user's problem (key, quota, network)
    bool needsConfirmation = false; //!< one provider failure seen: probe again soon
    /*! \brief The outage that network errors hid (no route: offline, a dropped link). The next answered probe
     * resumes it, so the gap neither ends the outage nor lets one answer after it announce a recovery. */
    HealthState outageBeforeGap = HealthState::Unknown;

    bool operator==(const ProbeSideState& o) const
    {
        return state == o.state && consecutiveFailures == o.consecutiveFailures
            && consecutiveSuccesses == o.consecutiveSuccesses && last == o.last && reason == o.reason
            && needsConfirmation == o.needsConfirmation && outageBeforeGap == o.outageBeforeGap;
    }
};

/*!
 * \brief Folds one probe outcome into the model's probe side (DESIGN.md hysteresis).
 *
 * Provider failures (overloaded, server_error, timeout): the first only sets needsConfirmation;
 * `failuresForPartial` in a row → partial_outage, `failuresForMajor` → major_outage; failures never
 * improve the state. Successes: from unknown/operational/degraded one success decides (operational, or
 * degraded when slower than `slowThresholdMs`); from an outage `successesToRecover` in a row are needed.
 * Outcomes that say nothing about the provider (network, key, billing, rate limit, bad request) make
 * the state unknown with a translated reason and reset both counters. An outage hidden by network errors only is
 * resumed by the next answered probe (outageBeforeGap); any other user-side outcome forgets it.
 */
ProbeSideState applyProbe(ProbeSideState previous, const ProbeResult& result, const ProbeThresholds& t);
