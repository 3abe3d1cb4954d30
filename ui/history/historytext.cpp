#include "historytext.h"

#include "health/healthstate.h"
#include "statustext.h"

#include <QLocale>

namespace {
QString localTime(const QDateTime& at)
{
    return QLocale().toString(at.toLocalTime(), QLocale::ShortFormat);
}
} // namespace

QString HistoryText::rangeLabel(HistoryRange range)
{
    switch (range) {
    case HistoryRange::Day:
        return tr("24 h");
    case HistoryRange::Week:
        return tr("7 d");
    case HistoryRange::Month:
        return tr("30 d");
    case HistoryRange::Quarter:
        return tr("90 d");
    case HistoryRange::Year:
        return tr("1 y");
    }
    return {};
}

QString HistoryText::percent(double value)
{
    if (value < 0)
        return QStringLiteral("—");
    // 99.996 would print as "100.00 %" and look like a bug next to a red bar; "100 %" only when it is.
    const bool whole = value >= 100.0 || value == 0.0;
    return tr("%1 %").arg(QLocale().toString(value, 'f', whole ? 0 : 2));
}

QString HistoryText::duration(qint64 seconds)
{
    const qint64 s = qAbs(seconds);
    const QLocale locale;
    if (s < 60)
        return tr("%1 s").arg(locale.toString(s));
    if (s < 90 * 60)
        return tr("%1 min").arg(locale.toString(qRound64(s / 60.0)));
    if (s < 48 * 3600)
        return tr("%1 h").arg(locale.toString(s / 3600.0, 'f', s < 10 * 3600 ? 1 : 0));
    return tr("%1 d").arg(locale.toString(s / 86400.0, 'f', 1));
}

QString HistoryText::leadTime(const HistoryIncident& incident)
{
    if (incident.models.isEmpty())
        return {};
    if (!incident.leadSeconds)
        return tr("not detected");
    const qint64 lead = *incident.leadSeconds;
    if (lead == 0)
        return tr("detected at the same time as the official page");
    if (lead > 0)
        return tr("detected %1 before the official page").arg(duration(lead));
    return tr("detected %1 after the official page").arg(duration(lead));
}

QString HistoryText::impact(const QString& impact)
{
    if (impact == u"none")
        return tr("No impact");
    if (impact == u"minor")
        return tr("Minor");
    if (impact == u"major")
        return tr("Major");
    if (impact == u"critical")
        return tr("Critical");
    if (impact == u"maintenance")
        return tr("Maintenance");
    return impact;
}

HealthState HistoryText::impactState(const QString& impact)
{
    // "none" would map to operational (green): an incident painted green reads as "all fine", grey does not.
    if (impact == u"none")
        return HealthState::Unknown;
    return stateFromImpact(impact);
}

QString HistoryText::timeRange(const QDateTime& start, const QDateTime& end)
{
    if (!end.isValid())
        return tr("%1 – ongoing").arg(localTime(start));
    const QDateTime s = start.toLocalTime();
    const QDateTime e = end.toLocalTime();
    if (s.date() == e.date())
        return tr("%1 – %2").arg(localTime(start), QLocale().toString(e.time(), QLocale::ShortFormat));
    return tr("%1 – %2").arg(localTime(start), localTime(end));
}

QString HistoryText::bucketTooltip(const HistorySubject& subject, const HistoryBucket& b)
{
    QStringList lines;
    lines << QStringLiteral("<b>%1</b>").arg(subject.displayName.toHtmlEscaped());
    lines << timeRange(b.start, b.end).toHtmlEscaped();
    lines << tr("Worst: %1").arg(healthStateText(b.worst));
    lines << tr("Availability: own %1, official %2").arg(percent(b.availabilityOwn), percent(b.availabilityOfficial));
    if (b.p50Ms >= 0 || b.p95Ms >= 0)
        lines << tr("Latency: p50 %1, p95 %2").arg(StatusText::latency(b.p50Ms), StatusText::latency(b.p95Ms));
    if (b.samples > 0)
        lines << tr("Failures: %1 of %2 probes").arg(QLocale().toString(b.failures), QLocale().toString(b.samples));
    else
        lines << tr("No probes in this period");
    return lines.join(QStringLiteral("<br>"));
}

QString HistoryText::incidentTooltip(const HistoryIncident& hi)
{
    const Incident& inc = hi.incident;
    QStringList lines;
    lines << QStringLiteral("<b>%1</b>").arg(inc.name.toHtmlEscaped());
    lines << tr("Impact: %1 · %2").arg(impact(inc.impact), StatusText::incidentStatus(inc.status)).toHtmlEscaped();
    lines << timeRange(hi.start, hi.end).toHtmlEscaped();
    if (hi.end.isValid())
        lines << tr("Lasted %1").arg(duration(hi.start.secsTo(hi.end)));
    const QString lead = leadTime(hi);
    if (!lead.isEmpty())
        lines << (hi.leadModel.isEmpty() ? lead : tr("%1 (%2)").arg(lead, hi.leadModel)).toHtmlEscaped();
    if (!hi.models.isEmpty())
        lines << tr("Models: %1").arg(hi.models.join(QStringLiteral(", ")).toHtmlEscaped());
    // Newest first, as on the page; a year-old incident can have a dozen updates, the tooltip shows six.
    const int shown = qMin<int>(inc.updates.size(), 6);
    for (int i = 0; i < shown; ++i) {
        const IncidentUpdate& u = inc.updates[i];
        QString body = u.body.simplified();
        if (body.size() > 160)
            body = body.left(159) + QChar(0x2026);
        lines << QStringLiteral("<i>%1 · %2</i> %3")
                     .arg(localTime(u.createdAt).toHtmlEscaped(), StatusText::incidentStatus(u.status).toHtmlEscaped(),
                          body.toHtmlEscaped());
    }
    if (inc.updates.size() > shown)
        lines << tr("… %1 earlier updates").arg(QLocale().toString(int(inc.updates.size() - shown)));
    if (!inc.shortlink.isEmpty())
        lines << tr("Click to open the incident page").toHtmlEscaped();
    return lines.join(QStringLiteral("<br>"));
}

QString HistoryText::detectionTooltip(const HistoryDetection& d, const QString& displayName)
{
    QStringList lines;
    lines << QStringLiteral("<b>%1</b>").arg(tr("Detected by ModelPulse: %1").arg(displayName).toHtmlEscaped());
    lines << healthStateText(d.worst);
    lines << timeRange(d.start, d.end).toHtmlEscaped();
    if (d.end.isValid())
        lines << tr("Lasted %1").arg(duration(d.start.secsTo(d.end)));
    return lines.join(QStringLiteral("<br>"));
}

QString HistoryText::summary(const HistoryView& view)
{
    QStringList parts;
    for (const HistorySeries& s : view.series) {
        if (s.subject.kind != u"model")
            continue;
        // Our own probes when we have them (that is what the user's key saw), the page's figure beside them.
        parts << tr("%1 %2 (page %3)")
                     .arg(s.subject.displayName, percent(s.availabilityOwn), percent(s.availabilityOfficial));
    }
    QString line = parts.isEmpty() ? QString() : tr("Availability: %1").arg(parts.join(QStringLiteral(" · ")));
    QStringList tail;
    tail << tr("Incidents: %1").arg(QLocale().toString(int(view.incidents.size())));
    tail << tr("Median time to recovery: %1")
                .arg(view.medianRecoveryMinutes < 0 ? QStringLiteral("—")
                                                    : duration(qRound64(view.medianRecoveryMinutes * 60)));
    return line.isEmpty() ? tail.join(QStringLiteral(" · "))
                          : line + QLatin1Char('\n') + tail.join(QStringLiteral(" · "));
}
