#pragma once

#include <QDateTime>

/*! \brief The user's notification choices (settings dialog "notifications on/off per kind", tray "Pause"). */
struct NotificationSettings {
    bool modelOutage = true; //!< a watched model enters partial or major outage
    bool modelRecovery = true; //!< a model that was in outage is operational again
    bool officialIncident = true; //!< a new official incident, a maintenance starting
    bool probeProblem = true; //!< problems on the user's side: offline, key rejected, billing, rate limit, bad model
    QDateTime pausedUntil; //!< nothing is shown before this time; null → not paused

    bool operator==(const NotificationSettings& o) const
    {
        return modelOutage == o.modelOutage && modelRecovery == o.modelRecovery
            && officialIncident == o.officialIncident && probeProblem == o.probeProblem && pausedUntil == o.pausedUntil;
    }
};
