#include "notificationpolicy.h"

#include "health/healthevaluator.h"
#include "health/modelinfo.h"

#include <QMap>

#include <algorithm>
#include <limits>

// What one decide() step knows besides the snapshot: the time, whether it is a pause, what maintenance covers.
struct NotificationPolicy::Context {
    QDateTime now;
    bool snoozed = false;
    bool quiet = false;
    bool letMajorThrough = false;
    QSet<QString> maintenanceModels; //!< watched model ids a maintenance in progress affects
    QSet<QString> maintenanceServices; //!< component ids a maintenance in progress affects
};

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

bool feedIsGood(const HealthSnapshot& s)
{
    return s.feed.ok && !s.feed.stale;
}

// Statuspage words for a running maintenance. A "scheduled" one whose window has begun counts too: pages that do
// not move maintenances to in_progress automatically leave them "scheduled" while the work goes on.
bool maintenanceInProgress(const Incident& mt, const QDateTime& now)
{
    if (mt.status == QLatin1String("in_progress") || mt.status == QLatin1String("verifying"))
        return true;
    return mt.status == QLatin1String("scheduled") && mt.scheduledFor.isValid() && mt.scheduledUntil.isValid()
        && mt.scheduledFor <= now && now < mt.scheduledUntil;
}

QSet<QString> componentsOf(const Incident& i)
{
    QSet<QString> out(i.componentIds.cbegin(), i.componentIds.cend());
    for (const IncidentUpdate& u : i.updates)
        for (const QString& id : u.affectedComponentIds)
            out.insert(id);
    return out;
}

// Every one of \a ids is in \a set (and there is at least one).
bool allIn(const QSet<QString>& ids, const QSet<QString>& set)
{
    return !ids.isEmpty() && std::all_of(ids.cbegin(), ids.cend(), [&](const QString& id) { return set.contains(id); });
}

// The watched models a maintenance affects: those it names, or all of them when it names none and is on the API
// component — the rule the evaluator applies to incidents (DESIGN.md "Per-model official state").
QStringList modelsAffectedBy(const HealthSnapshot& s, const Incident& mt)
{
    QVector<ModelInfo> models;
    for (const ModelHealth& m : s.models)
        models << modelInfoFromId(m.id, m.displayName);
    bool namesAny = false;
    const QStringList named = HealthEvaluator::modelsNamedBy(mt, models, &namesAny);
    StatusSummary page;
    page.components = s.components;
    const Component* api = HealthEvaluator::apiComponent(page);
    if (namesAny || !api || !componentsOf(mt).contains(api->id))
        return named;
    QStringList all;
    for (const ModelHealth& m : s.models)
        all << m.id;
    return all;
}

// Names for a maintenance's "Affects:" line: the watched models it affects, then its components.
QStringList affectedNames(const HealthSnapshot& s, const Incident& mt)
{
    QStringList names;
    const QStringList models = modelsAffectedBy(s, mt);
    for (const ModelHealth& m : s.models)
        if (models.contains(m.id))
            names << nameOf(m);
    const QSet<QString> components = componentsOf(mt);
    for (const Component& c : s.components)
        if (components.contains(c.id) && !c.isGroup)
            names << c.name;
    return names;
}

QVector<const IncidentHealth*> incidentsOf(const HealthSnapshot& s, const QString& modelId)
{
    QVector<const IncidentHealth*> out;
    for (const IncidentHealth& ih : s.incidents)
        if (!ih.incident.isResolved() && ih.modelIds.contains(modelId))
            out << &ih;
    return out;
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
        out.insert(modelKey(it.key()), healthStateKey(it.value()));
    for (auto it = m_outageOpen.cbegin(); it != m_outageOpen.cend(); ++it)
        out.insert(QStringLiteral("outage:") + it.key(),
                   it.value().isValid() ? it.value().toUTC().toString(Qt::ISODate) : QStringLiteral("1"));
    for (auto it = m_incidents.cbegin(); it != m_incidents.cend(); ++it)
        out.insert(incidentKey(it.key()), it.value() ? QStringLiteral("model") : QStringLiteral("1"));
    for (const QString& id : m_maintenances)
        out.insert(maintenanceKey(id), QStringLiteral("1"));
    for (const QString& id : m_maintenanceNotices)
        out.insert(QStringLiteral("notice:") + id, QStringLiteral("1"));
    for (auto it = m_probeProblems.cbegin(); it != m_probeProblems.cend(); ++it) {
        QStringList ids(it.value().cbegin(), it.value().cend());
        ids.sort();
        out.insert(probeProblemKey(it.key()), ids.join(QLatin1Char(',')));
    }
    if (m_offline)
        out.insert(connectivityKey(), QStringLiteral("1"));
    return out;
}

void NotificationPolicy::restore(const QHash<QString, QString>& ledger)
{
    reset();
    for (auto it = ledger.cbegin(); it != ledger.cend(); ++it) {
        const QString& k = it.key();
        const QString& v = it.value();
        if (k.startsWith(u"model:")) {
            m_alerted.insert(k.mid(6), healthStateFromKey(v));
        } else if (k.startsWith(u"outage:")) {
            // "1" is a ledger written before outages kept their start: the recovery then says no duration.
            m_outageOpen.insert(k.mid(7), QDateTime::fromString(v, Qt::ISODate).toUTC());
        } else if (k.startsWith(u"incident:")) {
            m_incidents.insert(k.mid(9), v == u"model");
        } else if (k.startsWith(u"maintenance:")) {
            m_maintenances.insert(k.mid(12));
        } else if (k.startsWith(u"notice:")) {
            m_maintenanceNotices.insert(k.mid(7));
        } else if (k.startsWith(u"probe:")) {
            // "1" (an older ledger) named no models: count every model as named, so the restart says nothing new.
            const QStringList ids = v == u"1" ? QStringList { QStringLiteral("*") } : v.split(u',', Qt::SkipEmptyParts);
            m_probeProblems.insert(k.mid(6), QSet<QString>(ids.cbegin(), ids.cend()));
        } else if (k == connectivityKey()) {
            m_offline = true;
        }
    }
    // The ledger is what was shown: the first decide() compares with it instead of seeding from a blank snapshot.
    m_seeded = true;
}

bool NotificationPolicy::offer(const Context& c, NotificationDecision& d, Notification n, bool majorOutage)
{
    if (c.snoozed || (c.quiet && !(majorOutage && c.letMajorThrough)))
        return false;
    d.raise.append(std::move(n));
    return true;
}

NotificationDecision NotificationPolicy::decide(const HealthSnapshot& previous, const HealthSnapshot& current,
                                                const NotificationSettings& settings, const QDateTime& now)
{
    if (!m_seeded) {
        // What the previous snapshot already showed is not news (e.g. the last snapshot restored after a restart).
        // An outage in it started no later than that snapshot.
        m_seeded = true;
        NotificationSettings silent = settings;
        silent.pausedUntil = QDateTime::fromSecsSinceEpoch(std::numeric_limits<qint32>::max(), Qt::UTC);
        const bool earlier = previous.generatedAt.isValid() && now.isValid() && previous.generatedAt <= now;
        decide(HealthSnapshot(), previous, silent, earlier ? previous.generatedAt : now);
    }
    Context c;
    c.now = now;
    c.snoozed = NotificationTiming::snoozed(settings, now);
    c.quiet = NotificationTiming::inQuietHours(settings, now);
    c.letMajorThrough = settings.quietLetMajorThrough;
    for (const Incident& mt : current.maintenances) {
        if (!maintenanceInProgress(mt, now))
            continue;
        for (const QString& id : modelsAffectedBy(current, mt))
            c.maintenanceModels.insert(id);
        c.maintenanceServices.unite(componentsOf(mt));
    }

    NotificationDecision d;
    if (current.connectivity.state == Connectivity::Offline) {
        // Offline: every model is unknown to us and no alarm can be stood behind (DESIGN.md "Connectivity").
        if (!m_offline && settings.probeProblem)
            offer(c, d, offlineNotice(current), false);
        m_offline = true;
    } else {
        if (m_offline)
            d.withdraw.append(connectivityKey());
        m_offline = false;
        QSet<QString> toldByModels;
        decideModels(current, settings, c, d, toldByModels);
        decideProbeProblems(current, settings, c, d);
        decideIncidents(current, settings, c, toldByModels, d);
        decideMaintenances(current, settings, c, d);
    }
    return d;
}

void NotificationPolicy::decideModels(const HealthSnapshot& current, const NotificationSettings& s, const Context& c,
                                      NotificationDecision& d, QSet<QString>& toldByModels)
{
    for (const auto& m : current.models) {
        if (m.state == HealthState::Unknown)
            continue; // we cannot tell: never a notification, and the ledger keeps what was last known
        const bool muted = s.mutedModels.contains(m.id);
        if (isOutage(m.state)) {
            // A maintenance in progress explains the failures: no alarm, and the ledger waits (an outage that
            // outlasts the maintenance is news then).
            if (c.maintenanceModels.contains(m.id))
                continue;
            const QVector<const IncidentHealth*> incidents = incidentsOf(current, m.id);
            bool newIncident = false;
            for (const IncidentHealth* ih : incidents) {
                newIncident = newIncident || !m_incidents.contains(ih->incident.id);
                if (s.modelOutage)
                    toldByModels.insert(ih->incident.id); // one story: this alarm tells the incident
            }
            const bool wasOpen = m_outageOpen.contains(m.id);
            if (!wasOpen)
                m_outageOpen.insert(m.id, c.now);
            const bool sameState = m_alerted.value(m.id, HealthState::Unknown) == m.state;
            if (sameState && !newIncident)
                continue; // already announced this very state, and the official page has said nothing new
            m_alerted.insert(m.id, m.state);
            if (!s.modelOutage || muted)
                continue;
            offer(c, d, modelAlarm(current, m, incidents, wasOpen), m.state == HealthState::MajorOutage);
            continue;
        }
        // Known and not in outage: the next outage is news again.
        const HealthState lastAlarm = m_alerted.take(m.id);
        if (m.state != HealthState::Operational || !m_outageOpen.contains(m.id))
            continue;
        const QDateTime since = m_outageOpen.take(m.id);
        if (s.modelRecovery && !muted && offer(c, d, recovery(current, m, lastAlarm, since, c.now), false))
            continue;
        d.withdraw.append(modelKey(m.id)); // not told: an alarm left on screen would now be wrong
    }
}

void NotificationPolicy::decideProbeProblems(const HealthSnapshot& current, const NotificationSettings& s,
                                             const Context& c, NotificationDecision& d)
{
    QMap<QString, QStringList> names; // outcome key → affected model names, in the watched order
    QMap<QString, QSet<QString>> ids;
    QMap<QString, ProbeResult> sample;
    for (const auto& m : current.models) {
        if (!m.lastProbe || !isUserSideProblem(m.lastProbe->outcome))
            continue;
        const QString k = probeOutcomeKey(m.lastProbe->outcome);
        names[k] << nameOf(m);
        ids[k].insert(m.id);
        sample.insert(k, *m.lastProbe);
    }
    for (const QString& seen : m_probeProblems.keys()) {
        if (!names.contains(seen)) {
            m_probeProblems.remove(seen);
            d.withdraw.append(probeProblemKey(seen));
        }
    }
    for (auto it = names.cbegin(); it != names.cend(); ++it) {
        // Probes come one model at a time: a rejected key is first seen on one model, then on the others. The
        // notice names every one, updated in place as they join.
        const bool known = m_probeProblems.contains(it.key());
        QSet<QString>& named = m_probeProblems[it.key()];
        QSet<QString> joined = ids.value(it.key());
        joined.subtract(named);
        if (known && (joined.isEmpty() || named.contains(QStringLiteral("*"))))
            continue;
        named.unite(joined);
        if (!s.probeProblem)
            continue;
        offer(c, d, probeProblem(it.key(), sample.value(it.key()), it.value()), false);
    }
}

void NotificationPolicy::decideIncidents(const HealthSnapshot& current, const NotificationSettings& s, const Context& c,
                                         const QSet<QString>& toldByModels, NotificationDecision& d)
{
    // A failed or stale fetch says nothing about incidents ending: only a good feed may withdraw.
    if (feedIsGood(current)) {
        QSet<QString> live;
        for (const auto& ih : current.incidents)
            live.insert(ih.incident.id);
        for (const QString& id : m_incidents.keys())
            if (!live.contains(id) && m_incidents.remove(id))
                d.withdraw.append(incidentKey(id));
    }
    for (const auto& ih : current.incidents) {
        const Incident& i = ih.incident;
        if (i.isResolved())
            continue;
        const bool told = toldByModels.contains(i.id);
        const auto seen = m_incidents.find(i.id);
        if (seen != m_incidents.end()) {
            if (told && !seen.value()) {
                // A model's alarm has taken the story over (the model went into outage later): one notification.
                seen.value() = true;
                d.withdraw.append(incidentKey(i.id));
            }
            continue;
        }
        m_incidents.insert(i.id, told);
        if (told || !s.officialIncident)
            continue;
        const QSet<QString> components = componentsOf(i);
        const QSet<QString> models(ih.modelIds.cbegin(), ih.modelIds.cend());
        if (allIn(components, s.mutedServices) || allIn(models, s.mutedModels))
            continue; // only about what the user muted
        if (allIn(components, c.maintenanceServices))
            continue; // explained by the maintenance in progress on the same services
        offer(c, d, incidentNotice(current, ih), ih.effect == HealthState::MajorOutage);
    }
}

void NotificationPolicy::decideMaintenances(const HealthSnapshot& current, const NotificationSettings& s,
                                            const Context& c, NotificationDecision& d)
{
    if (feedIsGood(current)) {
        QSet<QString> listed;
        for (const auto& mt : current.maintenances)
            listed.insert(mt.id);
        QSet<QString> gone;
        for (const QString& id : m_maintenances)
            if (!listed.contains(id))
                gone.insert(id);
        for (const QString& id : m_maintenanceNotices)
            if (!listed.contains(id))
                gone.insert(id);
        for (const QString& id : gone) {
            m_maintenances.remove(id);
            m_maintenanceNotices.remove(id);
            d.withdraw.append(maintenanceKey(id));
        }
    }
    for (const Incident& mt : current.maintenances) {
        const bool muted = allIn(componentsOf(mt), s.mutedServices);
        if (maintenanceInProgress(mt, c.now)) {
            if (m_maintenances.contains(mt.id))
                continue;
            m_maintenances.insert(mt.id);
            m_maintenanceNotices.insert(mt.id); // started: no notice ahead any more
            if (s.officialIncident && !muted)
                offer(c, d, maintenanceStarted(current, mt, affectedNames(current, mt)), false);
            continue;
        }
        // Ahead of time: once, from maintenanceNoticeMin before the start until it starts.
        if (mt.status != QLatin1String("scheduled") || !mt.scheduledFor.isValid() || s.maintenanceNoticeMin <= 0
            || m_maintenanceNotices.contains(mt.id) || c.now >= mt.scheduledFor
            || c.now < mt.scheduledFor.addSecs(-60LL * s.maintenanceNoticeMin))
            continue;
        m_maintenanceNotices.insert(mt.id);
        if (s.officialIncident && !muted)
            offer(c, d, maintenanceNotice(current, mt, affectedNames(current, mt), c.now), false);
    }
}
