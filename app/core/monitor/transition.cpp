#include "transition.h"

#include <QHash>

namespace {

QString leadingCode(const Reasons& reasons)
{
    return reasons.isEmpty() ? QString() : reasons.first().code;
}

void add(QVector<Transition>& out, const HealthSnapshot& s, Transition::Kind kind, const QString& id,
         Transition::Side side, const QString& from, const QString& to, const QDateTime& now, const QString& reason)
{
    if (from == to)
        return;
    Transition t;
    t.provider = s.provider;
    t.kind = kind;
    t.id = id;
    t.side = side;
    t.from = from;
    t.to = to;
    t.at = now;
    t.reasonCode = reason;
    out.append(t);
}

QString incidentWord(const IncidentHealth& ih)
{
    // Status and effect together: "monitoring" lowers the effect without a new incident.
    return ih.incident.status + QLatin1Char('/') + healthStateKey(ih.effect);
}

} // namespace

QString transitionKindKey(Transition::Kind kind)
{
    switch (kind) {
    case Transition::Kind::Model:
        return QStringLiteral("model");
    case Transition::Kind::Service:
        return QStringLiteral("service");
    case Transition::Kind::Incident:
        return QStringLiteral("incident");
    case Transition::Kind::Maintenance:
        return QStringLiteral("maintenance");
    case Transition::Kind::Connectivity:
        return QStringLiteral("connectivity");
    }
    return {};
}

QString transitionSideKey(Transition::Side side)
{
    switch (side) {
    case Transition::Side::Official:
        return QStringLiteral("official");
    case Transition::Side::Probe:
        return QStringLiteral("probe");
    case Transition::Side::Combined:
        return QStringLiteral("combined");
    }
    return {};
}

QVector<Transition> diff(const HealthSnapshot& previous, const HealthSnapshot& current, const QDateTime& now)
{
    using K = Transition::Kind;
    using S = Transition::Side;
    QVector<Transition> out;
    const bool known = previous.generatedAt.isValid();

    QHash<QString, const ModelHealth*> prevModels;
    if (known)
        for (const ModelHealth& m : previous.models)
            prevModels.insert(m.id, &m);
    for (const ModelHealth& m : current.models) {
        const ModelHealth* p = prevModels.value(m.id);
        const QString reason = leadingCode(m.reasons);
        add(out, current, K::Model, m.id, S::Official, p ? healthStateKey(p->official) : QString(),
            healthStateKey(m.official), now, reason);
        add(out, current, K::Model, m.id, S::Probe, p ? healthStateKey(p->probe) : QString(), healthStateKey(m.probe),
            now, reason);
        add(out, current, K::Model, m.id, S::Combined, p ? healthStateKey(p->state) : QString(),
            healthStateKey(m.state), now, reason);
    }

    // Services: a failed fetch keeps the last components, so a missing list is "not known", not "gone".
    QHash<QString, HealthState> prevServices;
    if (known)
        for (const Component& c : previous.components)
            prevServices.insert(c.id, c.status);
    for (const Component& c : current.components) {
        const auto it = prevServices.constFind(c.id);
        add(out, current, K::Service, c.id, S::Official, it != prevServices.cend() ? healthStateKey(*it) : QString(),
            healthStateKey(c.status), now, QString());
    }

    QHash<QString, QString> prevIncidents;
    if (known)
        for (const IncidentHealth& ih : previous.incidents)
            prevIncidents.insert(ih.incident.id, incidentWord(ih));
    QSet<QString> live;
    for (const IncidentHealth& ih : current.incidents) {
        live.insert(ih.incident.id);
        add(out, current, K::Incident, ih.incident.id, S::Official, prevIncidents.value(ih.incident.id),
            incidentWord(ih), now, QStringLiteral("official_incident"));
    }
    if (current.feed.ok) {
        for (auto it = prevIncidents.cbegin(); it != prevIncidents.cend(); ++it)
            if (!live.contains(it.key()))
                add(out, current, K::Incident, it.key(), S::Official, it.value(), QStringLiteral("resolved"), now,
                    QStringLiteral("official_incident"));
    }

    QHash<QString, QString> prevMaint;
    if (known)
        for (const Incident& m : previous.maintenances)
            prevMaint.insert(m.id, m.status);
    QSet<QString> liveMaint;
    for (const Incident& m : current.maintenances) {
        liveMaint.insert(m.id);
        add(out, current, K::Maintenance, m.id, S::Official, prevMaint.value(m.id), m.status, now, QString());
    }
    if (current.feed.ok) {
        for (auto it = prevMaint.cbegin(); it != prevMaint.cend(); ++it)
            if (!liveMaint.contains(it.key()))
                add(out, current, K::Maintenance, it.key(), S::Official, it.value(), QStringLiteral("completed"), now,
                    QString());
    }

    add(out, current, K::Connectivity, QString(), S::Combined,
        known ? connectivityKey(previous.connectivity.state) : QString(), connectivityKey(current.connectivity.state),
        now, current.connectivity.reason.code);
    return out;
}

void carrySince(const HealthSnapshot& previous, HealthSnapshot& current, const QDateTime& now)
{
    const bool known = previous.generatedAt.isValid();
    QHash<QString, const ModelHealth*> prevModels;
    if (known)
        for (const ModelHealth& m : previous.models)
            prevModels.insert(m.id, &m);
    for (ModelHealth& m : current.models) {
        const ModelHealth* p = prevModels.value(m.id);
        m.since = p && p->state == m.state && p->since.isValid() ? p->since : now;
    }
    QHash<QString, HealthState> prevServices;
    if (known)
        for (const Component& c : previous.components)
            prevServices.insert(c.id, c.status);
    current.serviceSince.clear();
    for (const Component& c : current.components) {
        const auto it = prevServices.constFind(c.id);
        const QDateTime before = previous.serviceSince.value(c.id);
        current.serviceSince.insert(c.id,
                                    it != prevServices.cend() && *it == c.status && before.isValid() ? before : now);
    }
}
