#include "statustext.h"

#include <QLocale>

QString StatusText::latency(qint64 ms)
{
    if (ms < 0)
        return {};
    if (ms < 10000)
        return tr("%1 ms").arg(ms);
    return tr("%1 s").arg(QLocale().toString(ms / 1000.0, 'f', 1));
}

QString StatusText::age(const QDateTime& since, const QDateTime& now)
{
    if (!since.isValid() || !now.isValid())
        return {};
    const qint64 secs = qMax<qint64>(0, since.secsTo(now));
    if (secs < 60)
        return tr("just now");
    if (secs < 3600)
        return tr("%1 min").arg(secs / 60);
    if (secs < 2 * 86400)
        return tr("%1 h").arg(secs / 3600);
    return tr("%1 d").arg(secs / 86400);
}

QString StatusText::incidentStatus(const QString& status)
{
    if (status == u"investigating")
        return tr("Investigating");
    if (status == u"identified")
        return tr("Identified");
    if (status == u"monitoring")
        return tr("Monitoring");
    if (status == u"resolved")
        return tr("Resolved");
    if (status == u"postmortem")
        return tr("Postmortem");
    if (status == u"scheduled")
        return tr("Scheduled");
    if (status == u"in_progress")
        return tr("In progress");
    if (status == u"verifying")
        return tr("Verifying");
    if (status == u"completed")
        return tr("Completed");
    return status;
}

QString StatusText::clockTime(const QDateTime& at, const QDateTime& now)
{
    if (!at.isValid())
        return {};
    const QDateTime local = at.toLocalTime();
    const QString time = QLocale().toString(local.time(), QStringLiteral("HH:mm"));
    if (now.isValid() && local.date() == now.toLocalTime().date())
        return time;
    return QLocale().toString(local.date(), QLocale::ShortFormat) + QLatin1Char(' ') + time;
}
