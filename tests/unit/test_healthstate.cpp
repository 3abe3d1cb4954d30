#include "health/healthstate.h"

#include <catch2/catch.hpp>

TEST_CASE("health state words round-trip and unknown words map to unknown", "[health]")
{
    for (auto s : { HealthState::Operational, HealthState::DegradedPerformance, HealthState::PartialOutage,
                    HealthState::MajorOutage, HealthState::UnderMaintenance, HealthState::Unknown })
        CHECK(healthStateFromKey(healthStateKey(s)) == s);
    CHECK(healthStateFromKey(u"melting") == HealthState::Unknown);
}

TEST_CASE("worst-of never hides a known problem behind unknown", "[health]")
{
    CHECK(worse(HealthState::Operational, HealthState::Unknown) == HealthState::Unknown);
    CHECK(worse(HealthState::Unknown, HealthState::PartialOutage) == HealthState::PartialOutage);
    CHECK(worse(HealthState::UnderMaintenance, HealthState::DegradedPerformance) == HealthState::DegradedPerformance);
    CHECK(worse(HealthState::MajorOutage, HealthState::PartialOutage) == HealthState::MajorOutage);
}

TEST_CASE("indicator and exit codes follow the contract", "[health]")
{
    CHECK(stateFromIndicator(u"none") == HealthState::Operational);
    CHECK(stateFromIndicator(u"minor") == HealthState::DegradedPerformance);
    CHECK(stateFromIndicator(u"major") == HealthState::PartialOutage);
    CHECK(stateFromIndicator(u"critical") == HealthState::MajorOutage);
    CHECK(stateFromIndicator(u"maintenance") == HealthState::UnderMaintenance);
    CHECK(stateFromIndicator(u"catastrophic") == HealthState::Unknown);
    CHECK(exitCodeFor(HealthState::Operational) == 0);
    CHECK(exitCodeFor(HealthState::UnderMaintenance) == 1);
    CHECK(exitCodeFor(HealthState::DegradedPerformance) == 1);
    CHECK(exitCodeFor(HealthState::PartialOutage) == 2);
    CHECK(exitCodeFor(HealthState::MajorOutage) == 2);
    CHECK(exitCodeFor(HealthState::Unknown) == 3);
}
