#pragma once

#include <QMetaType>
#include <QString>

/*!
 * \brief The health vocabulary shared by the feed, the probes, the tray and the CLI.
 *
 * Words are Statuspage's component statuses. Severity order (see severity()):
 * operational < unknown < under_maintenance < degraded_performance < partial_outage < major_outage.
 * `unknown` ranks just above operational so it beats "all clear" but never hides a known problem.
 */
enum class HealthState {
    Operational,
    DegradedPerformance,
    PartialOutage,
    MajorOutage,
    UnderMaintenance,
    Unknown,
};

/*! \brief Wire word ("partial_outage"); stable, used in JSON and the database. */
QString healthStateKey(HealthState state);
/*! \brief Parses a wire word; anything unrecognised is Unknown. */
HealthState healthStateFromKey(QStringView key);
/*! \brief Translated human words ("Partial outage" / "부분 장애"). */
QString healthStateText(HealthState state);
/*! \brief Rank for "worst of"; higher is worse. */
int severity(HealthState state);
/*! \brief The worse of two states by severity(). */
HealthState worse(HealthState a, HealthState b);
/*! \brief Statuspage `status.indicator` (none/minor/major/critical/maintenance) → state; other → Unknown. */
HealthState stateFromIndicator(QStringView indicator);
/*! \brief Incident `impact` (none/minor/major/critical) → state; other → Unknown. */
HealthState stateFromImpact(QStringView impact);
/*! \brief CLI exit code of a worst state: 0 operational, 1 degraded/maintenance, 2 outage, 3 unknown. */
int exitCodeFor(HealthState worst);

Q_DECLARE_METATYPE(HealthState)
