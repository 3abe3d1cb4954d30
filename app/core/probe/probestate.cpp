#include "probestate.h"

#include <QCoreApplication>

#include <algorithm>

namespace {

bool isOutage(HealthState s)
{
    return s == HealthState::PartialOutage || s == HealthState::MajorOutage;
}

// Why a probe that failed on our side tells nothing about Claude. Short, and says whose problem it is.
Reason userSideReason(const ProbeResult& r)
{
    const QString http = QString::number(r.httpStatus);
    switch (r.outcome) {
    case ProbeOutcome::AuthError:
        return Reason(QStringLiteral("key_rejected"), { r.httpStatus > 0 ? http : QStringLiteral("401") });
    case ProbeOutcome::BillingError:
        return Reason(QStringLiteral("billing_error"));
    case ProbeOutcome::RateLimited:
        return Reason(QStringLiteral("rate_limited"));
    case ProbeOutcome::BadRequest:
        return Reason(QStringLiteral("bad_model"), { r.httpStatus > 0 ? http : QStringLiteral("400") });
    case ProbeOutcome::NetworkError:
        return Reason(QStringLiteral("network_error"), { r.errorMessage });
    default:
        break;
    }
    return Reason();
}

// Issue 7: Opus in outage, the network drops (probes: network errors → unknown, counters reset), the network returns
// and Opus still answers 529. The first 529 alone only asked for confirmation, so the probe side stayed unknown, the
// combined state fell back to the page's "operational" and the user got "Opus is operational again" (then a second
// alarm). A gap in which nothing answered says nothing about the outage ending: the next answer resumes it.
bool resumeAfterGap(ProbeSideState& s)
{
    const HealthState hidden = s.outageBeforeGap;
    s.outageBeforeGap = HealthState::Unknown;
    if (!isOutage(hidden) || isOutage(s.state))
        return false;
    s.state = hidden;
    return true;
}

} // namespace

ProbeSideState applyProbe(ProbeSideState previous, const ProbeResult& result, const ProbeThresholds& t)
{
    // Nonsense settings must not disable the alarm or make it fire on nothing.
    const int forPartial = std::max(1, t.failuresForPartial);
    const int forMajor = std::max(forPartial, t.failuresForMajor);
    const int toRecover = std::max(1, t.successesToRecover);

    ProbeSideState s = std::move(previous);
    s.last = result;
    // A success slower than the threshold is "slow" however the prober labelled it; record it as such so
    // "Last probe: Slow" explains the degraded state.
    if (result.outcome == ProbeOutcome::Ok && result.latencyMs > t.slowThresholdMs)
        s.last->outcome = ProbeOutcome::Slow;
    const ProbeOutcome outcome = s.last->outcome;

    if (isSuccess(outcome)) {
        resumeAfterGap(s); // then the usual run of successes ends the outage
        s.consecutiveFailures = 0;
        ++s.consecutiveSuccesses;
        s.needsConfirmation = false;
        s.reason = Reason();
        const HealthState answered
            = outcome == ProbeOutcome::Slow ? HealthState::DegradedPerformance : HealthState::Operational;
        // From unknown one success is enough: the model answered, nothing says otherwise. Leaving an
        // outage needs a run of successes so one lucky request does not announce a recovery.
        if (!isOutage(s.state) || s.consecutiveSuccesses >= toRecover)
            s.state = answered;
        return s;
    }

    if (isProviderFailure(outcome)) {
        const bool resumed = resumeAfterGap(s);
        s.consecutiveSuccesses = 0;
        ++s.consecutiveFailures;
        s.reason = Reason();
        HealthState byCount = HealthState::Unknown;
        if (s.consecutiveFailures >= forMajor)
            byCount = HealthState::MajorOutage;
        else if (s.consecutiveFailures >= forPartial)
            byCount = HealthState::PartialOutage;
        // One failure alone is noise (Anthropic documents 529 overloaded_error as temporary, retry it): change nothing,
        // ask for a quick second probe. A run of failures escalates; it never improves the state.
        s.needsConfirmation = byCount == HealthState::Unknown && !resumed; // confirmed before the gap
        if (byCount != HealthState::Unknown && (!isOutage(s.state) || severity(byCount) > severity(s.state)))
            s.state = byCount;
        return s;
    }

    // Network, key, billing, quota, bad model id: the provider may be fine. We know nothing.
    if (outcome == ProbeOutcome::NetworkError) {
        if (isOutage(s.state))
            s.outageBeforeGap = s.state;
    } else {
        s.outageBeforeGap = HealthState::Unknown; // the user's key or quota: the run starts afresh
    }
    s.state = HealthState::Unknown;
    s.consecutiveFailures = 0;
    s.consecutiveSuccesses = 0;
    s.needsConfirmation = false;
    s.reason = userSideReason(*s.last);
    return s;
}
