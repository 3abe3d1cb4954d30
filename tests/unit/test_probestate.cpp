// The probe side's hysteresis, as sequences of outcomes and what the user would then see.

#include "probe/probestate.h"

#include <catch2/catch.hpp>

#include <vector>

namespace {

using O = ProbeOutcome;
using H = HealthState;

struct Step {
    O outcome;
    qint64 latencyMs = 600;
};

struct SeqCase {
    const char* label;
    std::vector<Step> steps;
    H state;
    bool needsConfirmation;
    const char* reasonContains; // "" → reason must be empty
};

int httpFor(O o)
{
    switch (o) {
    case O::Ok:
    case O::Slow:
        return 200;
    case O::Overloaded:
        return 529;
    case O::ServerError:
        return 500;
    case O::RateLimited:
        return 429;
    case O::AuthError:
        return 401;
    case O::BillingError:
        return 402;
    case O::BadRequest:
        return 404;
    case O::Timeout:
    case O::NetworkError:
        break;
    }
    return 0;
}

ProbeResult result(Step s)
{
    ProbeResult r;
    r.modelId = QStringLiteral("claude-opus-4-5");
    r.outcome = s.outcome;
    r.httpStatus = httpFor(s.outcome);
    r.latencyMs = s.latencyMs;
    if (s.outcome == O::NetworkError)
        r.errorMessage = QStringLiteral("Host api.anthropic.com not found");
    return r;
}

ProbeSideState run(const std::vector<Step>& steps, const ProbeThresholds& t = {})
{
    ProbeSideState s;
    for (const Step& step : steps)
        s = applyProbe(s, result(step), t);
    return s;
}

const std::vector<Step> kFourFailures { { O::ServerError }, { O::Overloaded }, { O::Timeout }, { O::Overloaded } };

const SeqCase kCases[] = {
    { "nothing yet", {}, H::Unknown, false, "" },
    { "first success is enough to know it works", { { O::Ok } }, H::Operational, false, "" },
    { "one 529 alone changes nothing but asks for confirmation",
      { { O::Ok }, { O::Overloaded } },
      H::Operational,
      true,
      "" },
    { "one failure as the very first probe stays unknown", { { O::ServerError } }, H::Unknown, true, "" },
    { "two failures in a row: partial outage",
      { { O::Ok }, { O::Overloaded }, { O::Overloaded } },
      H::PartialOutage,
      false,
      "" },
    { "three failures: still partial",
      { { O::Timeout }, { O::ServerError }, { O::Timeout } },
      H::PartialOutage,
      false,
      "" },
    { "four failures: major outage", kFourFailures, H::MajorOutage, false, "" },
    { "failure, success, failure never adds up",
      { { O::Overloaded }, { O::Ok }, { O::Overloaded } },
      H::Operational,
      true,
      "" },
    { "one success after an outage is not a recovery",
      { { O::Overloaded }, { O::Overloaded }, { O::Ok } },
      H::PartialOutage,
      false,
      "" },
    { "two successes recover",
      { { O::Overloaded }, { O::Overloaded }, { O::Ok }, { O::Ok } },
      H::Operational,
      false,
      "" },
    { "a lone failure during a major outage's recovery does not downgrade it",
      { { O::Overloaded },
        { O::Overloaded },
        { O::Overloaded },
        { O::Overloaded },
        { O::Ok },
        { O::Overloaded },
        { O::Overloaded } },
      H::MajorOutage,
      false,
      "" },
    { "a slow answer is degraded", { { O::Ok, 15000 } }, H::DegradedPerformance, false, "" },
    { "an explicit slow outcome is degraded", { { O::Slow, 12000 } }, H::DegradedPerformance, false, "" },
    { "fast again is operational at once", { { O::Ok, 15000 }, { O::Ok, 700 } }, H::Operational, false, "" },
    { "slow successes count towards recovery",
      { { O::Timeout }, { O::Timeout }, { O::Ok, 15000 }, { O::Ok, 14000 } },
      H::DegradedPerformance,
      false,
      "" },
    { "401: your key, not an outage",
      { { O::Ok }, { O::AuthError } },
      H::Unknown,
      false,
      "key was rejected (HTTP 401)" },
    { "402: billing", { { O::BillingError } }, H::Unknown, false, "Billing problem" },
    { "429: your quota", { { O::Overloaded }, { O::RateLimited } }, H::Unknown, false, "your quota" },
    { "404: bad model id", { { O::BadRequest } }, H::Unknown, false, "HTTP 404" },
    { "network error carries the transport message",
      { { O::NetworkError } },
      H::Unknown,
      false,
      "Host api.anthropic.com not found" },
    { "a user-side error during an outage resets the run",
      { { O::Overloaded }, { O::Overloaded }, { O::RateLimited }, { O::Overloaded } },
      H::Unknown,
      true,
      "" },
    { "success after a key error clears the reason", { { O::AuthError }, { O::Ok } }, H::Operational, false, "" },
    // Issue 7: the network dropped during an outage and came back; the outage had not ended.
    { "an outage hidden by network errors resumes on the next failure",
      { { O::Overloaded }, { O::Overloaded }, { O::NetworkError }, { O::NetworkError }, { O::Overloaded } },
      H::PartialOutage,
      false,
      "" },
    { "one answer after a network gap is not a recovery",
      { { O::Overloaded }, { O::Overloaded }, { O::NetworkError }, { O::Ok } },
      H::PartialOutage,
      false,
      "" },
    { "two answers after a network gap recover",
      { { O::Overloaded }, { O::Overloaded }, { O::NetworkError }, { O::Ok }, { O::Ok } },
      H::Operational,
      false,
      "" },
    { "a network gap without an outage changes nothing after it",
      { { O::Ok }, { O::NetworkError }, { O::Overloaded } },
      H::Unknown,
      true,
      "" },
};

} // namespace

TEST_CASE("probe hysteresis: what the probe side shows after a run of outcomes", "[probestate]")
{
    for (const SeqCase& c : kCases) {
        SECTION(c.label)
        {
            const ProbeSideState s = run(c.steps);
            CHECK(healthStateKey(s.state) == healthStateKey(c.state));
            CHECK(s.needsConfirmation == c.needsConfirmation);
            const QString want = QString::fromUtf8(c.reasonContains);
            if (want.isEmpty())
                CHECK(s.reason.isNull());
            else
                CHECK(reasonText(s.reason).contains(want));
            if (!c.steps.empty()) {
                REQUIRE(s.last.has_value());
                CHECK(s.last->outcome
                      == (c.steps.back().outcome == O::Ok && c.steps.back().latencyMs > 10000
                              ? O::Slow
                              : c.steps.back().outcome));
            }
        }
    }
}

TEST_CASE("probe counters follow the run", "[probestate]")
{
    ProbeSideState s = run(kFourFailures);
    CHECK(s.consecutiveFailures == 4);
    CHECK(s.consecutiveSuccesses == 0);
    s = applyProbe(s, result({ O::Ok }), {});
    CHECK(s.consecutiveFailures == 0);
    CHECK(s.consecutiveSuccesses == 1);
    s = applyProbe(s, result({ O::AuthError }), {});
    CHECK(s.consecutiveFailures == 0);
    CHECK(s.consecutiveSuccesses == 0);
}

TEST_CASE("custom and nonsense thresholds", "[probestate]")
{
    ProbeThresholds strict;
    strict.failuresForPartial = 1;
    strict.failuresForMajor = 2;
    strict.successesToRecover = 3;
    strict.slowThresholdMs = 1000;
    CHECK(run({ { O::Ok }, { O::Overloaded } }, strict).state == H::PartialOutage);
    CHECK_FALSE(run({ { O::Ok }, { O::Overloaded } }, strict).needsConfirmation);
    CHECK(run({ { O::Overloaded }, { O::Overloaded } }, strict).state == H::MajorOutage);
    CHECK(run({ { O::Overloaded }, { O::Ok }, { O::Ok } }, strict).state == H::PartialOutage);
    CHECK(run({ { O::Overloaded }, { O::Ok }, { O::Ok }, { O::Ok } }, strict).state == H::Operational);
    CHECK(run({ { O::Ok, 1500 } }, strict).state == H::DegradedPerformance);

    ProbeThresholds nonsense;
    nonsense.failuresForPartial = 0; // treated as 1: a zero must not raise an alarm on no failure at all
    nonsense.failuresForMajor = -3; // never below the partial threshold
    nonsense.successesToRecover = 0;
    CHECK(run({ { O::Ok } }, nonsense).state == H::Operational);
    CHECK(run({ { O::Overloaded } }, nonsense).state == H::MajorOutage);
    CHECK(run({ { O::Overloaded }, { O::Ok } }, nonsense).state == H::Operational);
}
