#include "notificationsettings.h"

namespace NotificationTiming {

QDateTime snoozeEnd(SnoozeLength length, const QDateTime& now)
{
    if (length == SnoozeLength::OneHour)
        return now.toUTC().addSecs(3600);
    const QDateTime local = now.toLocalTime();
    // Snoozing at 01:30 "until tomorrow" means after the night, not 31 hours later.
    const QDate day = local.time() < QTime(4, 0) ? local.date() : local.date().addDays(1);
    return QDateTime(day, QTime(9, 0), Qt::LocalTime).toUTC();
}

bool inQuietHours(const NotificationSettings& s, const QDateTime& now)
{
    if (!s.quietHours || !s.quietStart.isValid() || !s.quietEnd.isValid() || s.quietStart == s.quietEnd
        || !now.isValid())
        return false;
    const QTime t = now.toLocalTime().time();
    if (s.quietStart < s.quietEnd)
        return s.quietStart <= t && t < s.quietEnd;
    return t >= s.quietStart || t < s.quietEnd; // wraps past midnight (22:00–07:00)
}

QDateTime quietHoursEnd(const NotificationSettings& s, const QDateTime& now)
{
    if (!inQuietHours(s, now))
        return {};
    const QDateTime local = now.toLocalTime();
    // Before midnight in wrapping quiet hours the end is tomorrow's; otherwise today's.
    const bool endsTomorrow = s.quietStart > s.quietEnd && local.time() >= s.quietStart;
    return QDateTime(endsTomorrow ? local.date().addDays(1) : local.date(), s.quietEnd, Qt::LocalTime).toUTC();
}

bool snoozed(const NotificationSettings& s, const QDateTime& now)
{
    return s.pausedUntil.isValid() && now.isValid() && now < s.pausedUntil;
}

std::optional<NotificationPause> pause(const NotificationSettings& s, const QDateTime& now)
{
    if (!snoozed(s, now) && !inQuietHours(s, now))
        return std::nullopt;
    NotificationPause p;
    p.snoozed = snoozed(s, now);
    p.majorOutagesShown = !p.snoozed && s.quietLetMajorThrough;
    // A snooze that ends inside quiet hours (or quiet hours that end inside a snooze) pause until the later end.
    QDateTime t = now.toUTC();
    for (int i = 0; i < 4; ++i) {
        const QDateTime before = t;
        if (snoozed(s, t))
            t = s.pausedUntil.toUTC();
        if (inQuietHours(s, t))
            t = quietHoursEnd(s, t);
        if (t == before)
            break;
    }
    p.until = t;
    return p;
}

} // namespace NotificationTiming
