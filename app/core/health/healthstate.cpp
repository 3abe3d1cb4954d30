#include "healthstate.h"

#include <QCoreApplication>

QString healthStateKey(HealthState state)
{
    switch (state) {
    case HealthState::Operational:
        return QStringLiteral("operational");
    case HealthState::DegradedPerformance:
        return QStringLiteral("degraded_performance");
    case HealthState::PartialOutage:
        return QStringLiteral("partial_outage");
    case HealthState::MajorOutage:
        return QStringLiteral("major_outage");
    case HealthState::UnderMaintenance:
        return QStringLiteral("under_maintenance");
    case HealthState::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

HealthState healthStateFromKey(QStringView key)
{
    for (auto s : { HealthState::Operational, HealthState::DegradedPerformance, HealthState::PartialOutage,
                    HealthState::MajorOutage, HealthState::UnderMaintenance }) {
        if (key == healthStateKey(s))
            return s;
    }
    return HealthState::Unknown;
}

QString healthStateText(HealthState state)
{
    switch (state) {
    case HealthState::Operational:
        return QCoreApplication::translate("HealthState", "Operational");
    case HealthState::DegradedPerformance:
        return QCoreApplication::translate("HealthState", "Degraded performance");
    case HealthState::PartialOutage:
        return QCoreApplication::translate("HealthState", "Partial outage");
    case HealthState::MajorOutage:
        return QCoreApplication::translate("HealthState", "Major outage");
    case HealthState::UnderMaintenance:
        return QCoreApplication::translate("HealthState", "Under maintenance");
    case HealthState::Unknown:
        break;
    }
    return QCoreApplication::translate("HealthState", "Unknown");
}

int severity(HealthState state)
{
    switch (state) {
    case HealthState::Operational:
        return 0;
    case HealthState::Unknown:
        return 1;
    case HealthState::UnderMaintenance:
        return 2;
    case HealthState::DegradedPerformance:
        return 3;
    case HealthState::PartialOutage:
        return 4;
    case HealthState::MajorOutage:
        return 5;
    }
    return 1;
}

HealthState worse(HealthState a, HealthState b)
{
    return severity(b) > severity(a) ? b : a;
}

HealthState stateFromIndicator(QStringView indicator)
{
    if (indicator == u"none")
        return HealthState::Operational;
    if (indicator == u"minor")
        return HealthState::DegradedPerformance;
    if (indicator == u"major")
        return HealthState::PartialOutage;
    if (indicator == u"critical")
        return HealthState::MajorOutage;
    if (indicator == u"maintenance")
        return HealthState::UnderMaintenance;
    return HealthState::Unknown;
}

HealthState stateFromImpact(QStringView impact)
{
    // Statuspage uses the same four words for impact as for the indicator (plus "maintenance").
    return stateFromIndicator(impact);
}

int exitCodeFor(HealthState worst)
{
    switch (worst) {
    case HealthState::Operational:
        return 0;
    case HealthState::DegradedPerformance:
    case HealthState::UnderMaintenance:
        return 1;
    case HealthState::PartialOutage:
    case HealthState::MajorOutage:
        return 2;
    case HealthState::Unknown:
        break;
    }
    return 3;
}
