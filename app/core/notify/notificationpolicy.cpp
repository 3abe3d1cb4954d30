#include "notificationpolicy.h"

#include <QLocale>
#include <QMap>

#include <algorithm>
#include <limits>

namespace {

bool isOutage(HealthState s)
{
    return s == HealthState::PartialOutage || s == HealthState::MajorOutage;
}

// The probe outcomes that say something about the user's setup, not about the provider (DESIGN.md).
bool isUserSideProblem(ProbeOutcome o)
{
    return o == ProbeOutcome::AuthError || o == ProbeOutcome::BillingError || o == ProbeOutcome::RateLimited
        || o == ProbeOutcome::BadRequest;
}

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

} // namespace

void NotificationPolicy::reset()
{
    *this = NotificationPolicy();
}

QHash<QString, QString> NotificationPolicy::ledger() const
{
    QHash<QString, QString> out;
    for (auto it = m_alerted.cbegin(); it != m_alerted.cend(); ++it)
        out.insert(QStringLiteral("model:") + it.key(), healthStateKey(it.value()));
    for (const QString& id : m_outageOpen)
        out.insert(QStringLiteral("outage:") + id, QStringLiteral("1"));
    for (const QString& id : m_incidents)
        out.insert(incidentKey(id), QStringLiteral("1"));
    for (const QString& id : m_maintenances)
        out.insert(maintenanceKey(id), QStringLiteral("1"));
    for (const QString& k : m_probeProblems)
        out.insert(probeProblemKey(k), QStringLiteral("1"));
    if (m_offline)
        out.insert(connectivityKey(), QStringLiteral("1"));
    return out;
}

void NotificationPolicy::restore(const QHash<QString, QString>& ledger)
{
    reset();
    for (auto it = ledger.cbegin(); it != ledger.cend(); ++it) {
        const QString& k = it.key();
        if (k.startsWith(u"model:"))
            m_alerted.insert(k.mid(6), healthStateFromKey(it.value()));
        else if (k.startsWith(u"outage:"))
            m_outageOpen.insert(k.mid(7));
        else if (k.startsWith(u"incident:"))
            m_incidents.insert(k.mid(9));
        else if (k.startsWith(u"maintenance:"))
            m_maintenances.insert(k.mid(12));
        else if (k.startsWith(u"probe:"))
            m_probeProblems.insert(k.mid(6));
        else if (k == connectivityKey())
            m_offline = true;
    }
    // The ledger is what was shown: the first decide() compares with it instead of seeding from a blank snapshot.
    m_seeded = true;
}

NotificationDecision NotificationPolicy::decide(const HealthSnapshot& previous, const HealthSnapshot& current,
                                                const NotificationSettings& settings, const QDateTime& now)
{
    if (!m_seeded) {
        // What the previous snapshot already showed is not news (e.g. the last snapshot restored after a restart).
        m_seeded = true;
        NotificationSettings silent = settings;
        silent.pausedUntil = QDateTime::fromSecsSinceEpoch(std::numeric_limits<qint32>::max(), Qt::UTC);
        decide(HealthSnapshot(), previous, silent, now);
    }
    NotificationDecision d;
    if (current.connectivity.state == Connectivity::Offline) {
        // Offline: every model is unknown to us and no alarm can be stood behind (DESIGN.md "Connectivity").
        if (!m_offline && settings.probeProblem) {
            Notification n;
            n.key = connectivityKey();
            n.title = tr("You are offline");
            n.body = current.connectivity.reason.isNull()
                ? tr("ModelPulse cannot reach the network. This is not an outage of Claude.")
                : tr("%1 — this is not an outage of Claude.").arg(reasonText(current.connectivity.reason));
            n.urgency = NotificationUrgency::Low;
            d.raise.append(n);
        }
        m_offline = true;
    } else {
        if (m_offline)
            d.withdraw.append(connectivityKey());
        m_offline = false;
        decideModels(current, settings, d);
        decideProbeProblems(current, settings, d);
        decideIncidents(current, settings, d);
    }
    if (settings.pausedUntil.isValid() && now < settings.pausedUntil)
        d.raise.clear(); // dropped, not queued: the ledger above has already advanced
    return d;
}

void NotificationPolicy::decideModels(const HealthSnapshot& current, const NotificationSettings& s,
                                      NotificationDecision& d)
{
    for (const auto& m : current.models) {
        const QString key = modelKey(m.id);
        if (m.state == HealthState::Unknown)
            continue; // we cannot tell: never a notification, and the ledger keeps what was last known
        if (isOutage(m.state)) {
            const bool wasOpen = m_outageOpen.contains(m.id);
            m_outageOpen.insert(m.id);
            if (m_alerted.value(m.id, HealthState::Unknown) == m.state)
                continue; // already announced this very state
            m_alerted.insert(m.id, m.state);
            if (!s.modelOutage)
                continue;
            Notification n;
            n.key = key;
            n.title = tr("%1: %2").arg(nameOf(m), healthStateText(m.state));
            QStringList body;
            if (m.aheadOfOfficial)
                body << tr("Ahead of the official status page: our test prompts fail, the page does not say so yet.");
            else if (wasOpen)
                body << tr("The outage continues.");
            if (!m.reasons.isEmpty())
                body << reasonText(m.reasons.first());
            n.body = body.join(QLatin1Char('\n'));
            n.urgency
                = m.state == HealthState::MajorOutage ? NotificationUrgency::Critical : NotificationUrgency::Normal;
            n.url = urlForModel(current, m.id);
            d.raise.append(n);
            continue;
        }
        // Known and not in outage: the next outage is news again.
        const HealthState lastAlarm = m_alerted.take(m.id);
        if (m.state != HealthState::Operational || !m_outageOpen.remove(m.id))
            continue;
        if (s.modelRecovery) {
            Notification n;
            n.key = key; // replaces the alarm
            n.title = tr("%1 is operational again").arg(nameOf(m));
            n.body = isOutage(lastAlarm) ? tr("Recovered from: %1.").arg(healthStateText(lastAlarm))
                                         : tr("The outage is over.");
            n.urgency = NotificationUrgency::Low;
            n.url = current.feed.url;
            d.raise.append(n);
        } else {
            d.withdraw.append(key); // an alarm left on screen would now be wrong
        }
    }
}

void NotificationPolicy::decideProbeProblems(const HealthSnapshot& current, const NotificationSettings& s,
                                             NotificationDecision& d)
{
    QMap<QString, QStringList> byOutcome; // outcome key → affected model names (sorted: stable text)
    QMap<QString, ProbeResult> sample;
    for (const auto& m : current.models) {
        if (!m.lastProbe || !isUserSideProblem(m.lastProbe->outcome))
            continue;
        const QString k = probeOutcomeKey(m.lastProbe->outcome);
        byOutcome[k] << nameOf(m);
        sample.insert(k, *m.lastProbe);
    }
    for (const QString& seen : QStringList(m_probeProblems.begin(), m_probeProblems.end())) {
        if (!byOutcome.contains(seen)) {
            m_probeProblems.remove(seen);
            d.withdraw.append(probeProblemKey(seen));
        }
    }
    for (auto it = byOutcome.cbegin(); it != byOutcome.cend(); ++it) {
        if (m_probeProblems.contains(it.key()))
            continue;
        m_probeProblems.insert(it.key());
        if (!s.probeProblem)
            continue;
        const ProbeResult& p = sample.value(it.key());
        const QString models = it.value().join(QStringLiteral(", "));
        Notification n;
        n.key = probeProblemKey(it.key());
        switch (p.outcome) {
        case ProbeOutcome::AuthError:
            n.title = tr("API key rejected");
            n.body = tr("The API answered HTTP %1 for %2. Check the key in Settings — this is not an outage.")
                         .arg(p.httpStatus)
                         .arg(models);
            break;
        case ProbeOutcome::BillingError:
            n.title = tr("API billing problem");
            n.body = tr("The API answered HTTP %1 for %2. Check your plan and credits — this is not an outage.")
                         .arg(p.httpStatus)
                         .arg(models);
            break;
        case ProbeOutcome::RateLimited:
            n.title = tr("Test prompts are rate limited");
            n.body = tr("The API limits your key's requests (%1). Probes will retry later — this is not an outage.")
                         .arg(models);
            break;
        default:
            n.title = tr("Model not available to your key");
            n.body = tr("The API refused the request for %1 (HTTP %2). Check the watched models in Settings.")
                         .arg(models)
                         .arg(p.httpStatus);
            break;
        }
        n.urgency = NotificationUrgency::Normal;
        d.raise.append(n);
    }
}

void NotificationPolicy::decideIncidents(const HealthSnapshot& current, const NotificationSettings& s,
                                         NotificationDecision& d)
{
    // A failed or stale fetch says nothing about incidents ending: only a good feed may withdraw.
    if (current.feed.ok && !current.feed.stale) {
        QSet<QString> live, running;
        for (const auto& ih : current.incidents)
            live.insert(ih.incident.id);
        for (const auto& mt : current.maintenances)
            running.insert(mt.id);
        for (const QString& id : QStringList(m_incidents.begin(), m_incidents.end()))
            if (!live.contains(id) && m_incidents.remove(id))
                d.withdraw.append(incidentKey(id));
        for (const QString& id : QStringList(m_maintenances.begin(), m_maintenances.end()))
            if (!running.contains(id) && m_maintenances.remove(id))
                d.withdraw.append(maintenanceKey(id));
    }
    for (const auto& ih : current.incidents) {
        const Incident& i = ih.incident;
        if (i.isResolved() || m_incidents.contains(i.id))
            continue;
        m_incidents.insert(i.id);
        if (!s.officialIncident)
            continue;
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
                        .arg(names.isEmpty() ? ih.modelIds.join(QStringLiteral(", "))
                                             : names.join(QStringLiteral(", ")));
        }
        if (!i.updates.isEmpty() && !i.updates.first().body.isEmpty())
            body << elide(i.updates.first().body, 280);
        n.body = body.join(QLatin1Char('\n'));
        n.urgency = severity(ih.effect) >= severity(HealthState::PartialOutage) ? NotificationUrgency::Critical
                                                                                : NotificationUrgency::Normal;
        n.url = urlForIncident(current, i);
        d.raise.append(n);
    }
    for (const Incident& mt : current.maintenances) {
        // Statuspage words for a running maintenance; "scheduled" is only an announcement.
        const bool running = mt.status == QLatin1String("in_progress") || mt.status == QLatin1String("verifying");
        if (!running || m_maintenances.contains(mt.id))
            continue;
        m_maintenances.insert(mt.id);
        if (!s.officialIncident)
            continue;
        Notification n;
        n.key = maintenanceKey(mt.id);
        n.title = tr("Maintenance started: %1").arg(mt.name);
        if (mt.scheduledUntil.isValid())
            n.body = tr("Scheduled until %1.")
                         .arg(QLocale().toString(mt.scheduledUntil.toLocalTime(), QLocale::ShortFormat));
        n.urgency = NotificationUrgency::Low;
        n.url = urlForIncident(current, mt);
        d.raise.append(n);
    }
}
