#pragma once
// Snapshots and sequences shared by the NotificationPolicy tests (test_notificationpolicy, test_notificationpause).

#include "notify/notificationpolicy.h"
#include "testhelpers.h"

namespace notifytest {

using S = HealthState;

inline const QDateTime kNow = QDateTime::fromSecsSinceEpoch(1795780800, Qt::UTC);
inline const QString kOpus = QStringLiteral("claude-opus-4-5");

inline ModelHealth model(S state, bool ahead = false, const QString& id = kOpus)
{
    ModelHealth m;
    m.id = id;
    m.displayName = id == kOpus ? QStringLiteral("Claude Opus 4.5") : id;
    m.state = state;
    m.aheadOfOfficial = ahead;
    return m;
}

inline HealthSnapshot snap(QVector<ModelHealth> models, Connectivity c = Connectivity::Online)
{
    HealthSnapshot s;
    s.generatedAt = kNow;
    s.connectivity.state = c;
    s.feed.ok = true;
    s.feed.url = QUrl(QStringLiteral("https://status.claude.com"));
    s.models = std::move(models);
    return s;
}

inline IncidentHealth incident(const QString& id, const QString& name,
                               const QString& status = QStringLiteral("investigating"))
{
    IncidentHealth ih;
    ih.incident.id = id;
    ih.incident.name = name;
    ih.incident.status = status;
    ih.incident.impact = QStringLiteral("major");
    ih.incident.shortlink = QStringLiteral("https://stspg.io/") + id;
    ih.effect = S::PartialOutage;
    ih.modelIds = { kOpus };
    return ih;
}

// Feeds the snapshots in order (starting from a default "previous") and returns the raised keys per step.
inline QVector<QStringList> runSequence(const QVector<HealthSnapshot>& seq, const NotificationSettings& settings = {},
                                        QVector<NotificationDecision>* decisions = nullptr)
{
    NotificationPolicy policy;
    HealthSnapshot previous;
    QVector<QStringList> out;
    for (const auto& s : seq) {
        const NotificationDecision d = policy.decide(previous, s, settings, kNow);
        QStringList keys;
        for (const auto& n : d.raise)
            keys << n.key;
        out << keys;
        if (decisions)
            decisions->append(d);
        previous = s;
    }
    return out;
}

inline QString mk()
{
    return NotificationPolicy::modelKey(kOpus);
}

/*! \brief Feeds \a seq in order at the given instants (starting from a default "previous"); the decisions. */
inline QVector<NotificationDecision> runAt(NotificationPolicy& policy, const QVector<HealthSnapshot>& seq,
                                           const QVector<QDateTime>& at, const NotificationSettings& settings = {})
{
    HealthSnapshot previous;
    QVector<NotificationDecision> out;
    for (int i = 0; i < seq.size(); ++i) {
        out << policy.decide(previous, seq[i], settings, at.value(i, at.isEmpty() ? kNow : at.last()));
        previous = seq[i];
    }
    return out;
}

/*! \brief The keys raised by one decision. */
inline QStringList keysOf(const NotificationDecision& d)
{
    QStringList keys;
    for (const auto& n : d.raise)
        keys << n.key;
    return keys;
}

} // namespace notifytest
