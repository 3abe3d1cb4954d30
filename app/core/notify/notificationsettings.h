#pragma once

#include <QDateTime>
#include <QSet>
#include <QString>
#include <QTime>

#include <optional>

/*!
 * \brief The user's notification choices: kinds on/off, snooze, mute, quiet hours, maintenance notice.
 *
 * Times of day are local; \a pausedUntil is an instant. All of it is stored as Settings keys (notify/…).
 */
struct NotificationSettings {
    bool modelOutage = true; //!< a watched model enters partial or major outage
    bool modelRecovery = true; //!< a model that was in outage is operational again
    bool officialIncident = true; //!< a new official incident, a maintenance (ahead of time and starting)
    bool probeProblem = true; //!< problems on the user's side: offline, key rejected, billing, rate limit, bad model
    QDateTime pausedUntil; //!< snooze: nothing is shown before this time; null → not snoozed
    QSet<QString> mutedModels; //!< model ids whose alarms and recoveries are never shown
    QSet<QString> mutedServices; //!< Statuspage component ids: incidents and maintenances only on these are not shown
    bool quietHours = false; //!< between quietStart and quietEnd (local) nothing is shown…
    QTime quietStart = QTime(22, 0);
    QTime quietEnd = QTime(7, 0); //!< may be before quietStart: the quiet hours wrap past midnight
    bool quietLetMajorThrough = false; //!< …except a major outage, when the user wants that
    int maintenanceNoticeMin = 60; //!< notice this long before a scheduled maintenance starts; 0 → no notice

    bool operator==(const NotificationSettings& o) const
    {
        return modelOutage == o.modelOutage && modelRecovery == o.modelRecovery
            && officialIncident == o.officialIncident && probeProblem == o.probeProblem && pausedUntil == o.pausedUntil
            && mutedModels == o.mutedModels && mutedServices == o.mutedServices && quietHours == o.quietHours
            && quietStart == o.quietStart && quietEnd == o.quietEnd && quietLetMajorThrough == o.quietLetMajorThrough
            && maintenanceNoticeMin == o.maintenanceNoticeMin;
    }
    bool operator!=(const NotificationSettings& o) const { return !(*this == o); }
};

/*! \brief Why and until when notifications are held back right now (for the tray icon and tooltip). */
struct NotificationPause {
    QDateTime until; //!< when notifications are shown again (UTC); a snooze running into quiet hours ends with them
    bool snoozed = false; //!< a snooze is running now (else: quiet hours)
    bool majorOutagesShown = false; //!< in quiet hours that let a major outage through (never while snoozed)

    bool operator==(const NotificationPause& o) const
    {
        return until == o.until && snoozed == o.snoozed && majorOutagesShown == o.majorOutagesShown;
    }
};

/*! \brief The snooze lengths the tray and the notifications' "Snooze" action offer. */
enum class SnoozeLength {
    OneHour,
    UntilTomorrowMorning, //!< the next morning at 09:00 local
};

namespace NotificationTiming {
/*!
 * \brief When a snooze of \a length started at \a now ends (UTC).
 *
 * "Until tomorrow" is 09:00 local on the next calendar day — except in the small hours (before 04:00), when the
 * night still belongs to the evening before and "tomorrow morning" is this morning's 09:00.
 */
QDateTime snoozeEnd(SnoozeLength length, const QDateTime& now);
/*! \brief Is \a now (local time of day) inside the quiet hours? Start == end: never. */
bool inQuietHours(const NotificationSettings& s, const QDateTime& now);
/*! \brief When the quiet hours that \a now is in end (UTC); null when \a now is not in quiet hours. */
QDateTime quietHoursEnd(const NotificationSettings& s, const QDateTime& now);
/*! \brief Is a snooze running at \a now? */
bool snoozed(const NotificationSettings& s, const QDateTime& now);
/*!
 * \brief Whether notifications are paused at \a now (snooze or quiet hours) and until when; nullopt when they are
 * shown. Mutes are per subject and do not count as a pause.
 */
std::optional<NotificationPause> pause(const NotificationSettings& s, const QDateTime& now);
} // namespace NotificationTiming
