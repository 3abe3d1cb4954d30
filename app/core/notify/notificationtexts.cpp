// The words of NotificationPolicy's notifications: titles, bodies, actions. Kept apart from the decisions so the
// rules read as rules; the translation context stays "NotificationPolicy".
#include "notificationpolicy.h"

#include <QLocale>

namespace {

QString nameOf(const ModelHealth& m)
{
    return m.displayName.isEmpty() ? m.id : m.displayName;
}

// The page to open from a model's notification: an incident naming the model, else the status page.
QUrl urlForModel(const HealthSnapshot& s, const QString& modelId)
{
    for (const auto& i : s.incidents)
        if (i.modelIds.contains(modelId) && !i.incident.shortlink.isEmpty())
            return QUrl(i.incident.shortlink);
    return s.feed.url;
}

QUrl urlForIncident(const HealthSnapshot& s, const Incident& i)
{
    return i.shortlink.isEmpty() ? s.feed.url : QUrl(i.shortlink);
}

QString elide(QString text, int max)
{
    text = text.simplified();
    if (text.size() > max)
        text = text.left(max - 1) + QChar(0x2026);
    return text;
}

QString localTime(const QDateTime& t)
{
    return QLocale().toString(t.toLocalTime(), QLocale::ShortFormat);
}

NotificationAction action(const QString& id, const QString& label)
{
    return NotificationAction { id, label };
}

} // namespace

QString NotificationPolicy::durationText(qint64 seconds)
{
    // Rounded to the minute, never "0 min": a recovery within seconds still took "1 min" as far as anyone can tell.
    const int minutes = int(std::max<qint64>(1, (std::max<qint64>(0, seconds) + 30) / 60));
    if (minutes < 60)
        return tr("%n min", "duration", minutes);
    const int hours = minutes / 60;
    const int rest = minutes % 60;
    if (rest == 0)
        return tr("%n h", "duration", hours);
    // Two separately translated parts, so Korean can say "1시간 12분".
    return tr("%1 %2", "duration: hours, then minutes")
        .arg(tr("%n h", "duration", hours), tr("%n min", "duration", rest));
}

Notification NotificationPolicy::modelAlarm(const HealthSnapshot& current, const ModelHealth& m,
                                            const QVector<const IncidentHealth*>& incidents, bool continues)
{
    Notification n;
    n.key = modelKey(m.id);
    n.title = tr("%1: %2").arg(nameOf(m), healthStateText(m.state));
    QStringList body;
    if (m.aheadOfOfficial)
        body << tr("Ahead of the official status page: our test prompts fail, the page does not say so yet.");
    else if (continues)
        body << tr("The outage continues.");
    for (const IncidentHealth* ih : incidents)
        body << tr("Official incident: %1").arg(ih->incident.name);
    // The leading reason that is not one of those incidents again: the evaluator's "Official incident: … (Major
    // outage)" would repeat the line above (seen on the bus, tests/gui/test_e2e_notifications.cpp).
    for (const Reason& r : m.reasons) {
        if (r.code == QLatin1String("official_incident") && !incidents.isEmpty())
            continue;
        body << reasonText(r);
        break;
    }
    n.body = body.join(QLatin1Char('\n'));
    n.urgency = m.state == HealthState::MajorOutage ? NotificationUrgency::Critical : NotificationUrgency::Normal;
    n.resident = true; // on screen while the outage lasts; the recovery replaces it
    n.url = urlForModel(current, m.id);
    n.actions << action(NotificationAction::details(), tr("Details"))
              << action(NotificationAction::snooze(), tr("Snooze 1 h"));
    if (n.url.isValid())
        n.actions << action(NotificationAction::statusPage(), tr("Open status page"));
    return n;
}

Notification NotificationPolicy::recovery(const HealthSnapshot& current, const ModelHealth& m, HealthState lastAlarm,
                                          const QDateTime& since, const QDateTime& now)
{
    Notification n;
    n.key = modelKey(m.id); // replaces the alarm
    n.title = since.isValid() && now.isValid()
        ? tr("%1 is back to normal after %2", "model, duration").arg(nameOf(m), durationText(since.secsTo(now)))
        : tr("%1 is back to normal").arg(nameOf(m));
    n.body = lastAlarm == HealthState::PartialOutage || lastAlarm == HealthState::MajorOutage
        ? tr("Recovered from: %1.").arg(healthStateText(lastAlarm))
        : tr("The outage is over.");
    n.urgency = NotificationUrgency::Low;
    n.url = current.feed.url;
    n.actions << action(NotificationAction::details(), tr("Details"));
    return n;
}

Notification NotificationPolicy::probeProblem(const QString& outcomeKey, const ProbeResult& p,
                                              const QStringList& models)
{
    const QString names = models.join(QStringLiteral(", "));
    Notification n;
    n.key = probeProblemKey(outcomeKey);
    const NotificationAction settings = action(NotificationAction::settings(), tr("Settings…"));
    switch (p.outcome) {
    case ProbeOutcome::AuthError:
        n.title = tr("API key rejected");
        n.body = tr("The API answered HTTP %1 for %2. Check the key in Settings — this is not an outage.")
                     .arg(p.httpStatus)
                     .arg(names);
        n.actions << settings;
        break;
    case ProbeOutcome::BillingError:
        n.title = tr("API billing problem");
        n.body = tr("The API answered HTTP %1 for %2. Check your plan and credits — this is not an outage.")
                     .arg(p.httpStatus)
                     .arg(names);
        break;
    case ProbeOutcome::RateLimited:
        n.title = tr("Test prompts are rate limited");
        n.body = tr("The API limits your key's requests (%1). Probes will retry later — this is not an outage.")
                     .arg(names);
        break;
    default:
        n.title = tr("Model not available to your key");
        n.body = tr("The API refused the request for %1 (HTTP %2). Check the watched models in Settings.")
                     .arg(names)
                     .arg(p.httpStatus);
        n.actions << settings;
        break;
    }
    n.urgency = NotificationUrgency::Normal;
    return n;
}

Notification NotificationPolicy::incidentNotice(const HealthSnapshot& current, const IncidentHealth& ih)
{
    const Incident& i = ih.incident;
    Notification n;
    n.key = incidentKey(i.id);
    n.title = tr("Official incident: %1").arg(i.name);
    QStringList body;
    if (!ih.modelIds.isEmpty()) {
        QStringList names;
        for (const auto& m : current.models)
            if (ih.modelIds.contains(m.id))
                names << nameOf(m);
        body << tr("Affects: %1")
                    .arg(names.isEmpty() ? ih.modelIds.join(QStringLiteral(", ")) : names.join(QStringLiteral(", ")));
    }
    if (!i.updates.isEmpty() && !i.updates.first().body.isEmpty())
        body << elide(i.updates.first().body, 280);
    n.body = body.join(QLatin1Char('\n'));
    n.urgency = severity(ih.effect) >= severity(HealthState::PartialOutage) ? NotificationUrgency::Critical
                                                                            : NotificationUrgency::Normal;
    n.url = urlForIncident(current, i);
    if (n.url.isValid())
        n.actions << action(NotificationAction::statusPage(), tr("Open status page"));
    return n;
}

Notification NotificationPolicy::maintenanceNotice(const HealthSnapshot& current, const Incident& mt,
                                                   const QStringList& affected, const QDateTime& now)
{
    Notification n;
    n.key = maintenanceKey(mt.id); // "maintenance started" replaces it
    n.title = tr("Maintenance in %1: %2", "duration, maintenance name")
                  .arg(durationText(now.secsTo(mt.scheduledFor)), mt.name);
    QStringList body;
    body << (mt.scheduledUntil.isValid()
                 ? tr("Scheduled from %1 to %2.").arg(localTime(mt.scheduledFor), localTime(mt.scheduledUntil))
                 : tr("Scheduled for %1.").arg(localTime(mt.scheduledFor)));
    if (!affected.isEmpty())
        body << tr("Affects: %1").arg(affected.join(QStringLiteral(", ")));
    n.body = body.join(QLatin1Char('\n'));
    n.urgency = NotificationUrgency::Low;
    n.url = urlForIncident(current, mt);
    if (n.url.isValid())
        n.actions << action(NotificationAction::statusPage(), tr("Open status page"));
    return n;
}

Notification NotificationPolicy::maintenanceStarted(const HealthSnapshot& current, const Incident& mt,
                                                    const QStringList& affected)
{
    Notification n;
    n.key = maintenanceKey(mt.id);
    n.title = tr("Maintenance started: %1").arg(mt.name);
    QStringList body;
    if (mt.scheduledUntil.isValid())
        body << tr("Scheduled until %1.").arg(localTime(mt.scheduledUntil));
    if (!affected.isEmpty())
        body << tr("Affects: %1").arg(affected.join(QStringLiteral(", ")));
    n.body = body.join(QLatin1Char('\n'));
    n.urgency = NotificationUrgency::Low;
    n.url = urlForIncident(current, mt);
    if (n.url.isValid())
        n.actions << action(NotificationAction::statusPage(), tr("Open status page"));
    return n;
}

Notification NotificationPolicy::offlineNotice(const HealthSnapshot& current)
{
    Notification n;
    n.key = connectivityKey();
    n.title = tr("You are offline");
    n.body = current.connectivity.reason.isNull()
        ? tr("ModelPulse cannot reach the network. This is not an outage of Claude.")
        : tr("%1 — this is not an outage of Claude.").arg(reasonText(current.connectivity.reason));
    n.urgency = NotificationUrgency::Low;
    return n;
}
