#pragma once
// Snapshot builders shared by the GUI tests and the screenshot tool.

#include "health/healthsnapshot.h"

#include <QDateTime>

namespace guitest {

inline QDateTime now()
{
    return QDateTime(QDate(2026, 11, 27), QTime(12, 0), Qt::UTC);
}

inline ModelHealth model(const QString& id, const QString& name, HealthState state, qint64 latencyMs = 812)
{
    ModelHealth m;
    m.id = id;
    m.displayName = name;
    m.family = name.section(QLatin1Char(' '), 1, 1).toLower();
    m.state = m.official = m.probe = state;
    ProbeResult p;
    p.modelId = id;
    p.outcome = state == HealthState::Operational ? ProbeOutcome::Ok : ProbeOutcome::ServerError;
    p.httpStatus = state == HealthState::Operational ? 200 : 500;
    p.requestId = QStringLiteral("req_011CTest") + id.right(3);
    p.latencyMs = latencyMs;
    p.at = now().addSecs(-60);
    m.lastProbe = p;
    return m;
}

inline Component component(const QString& id, const QString& name, HealthState state, int position)
{
    Component c;
    c.id = id;
    c.name = name;
    c.status = state;
    c.rawStatus = healthStateKey(state);
    c.position = position;
    return c;
}

/*! \brief Three models and four components, everything in \a state. */
inline HealthSnapshot snapshot(HealthState state)
{
    HealthSnapshot s;
    s.generatedAt = now();
    s.overall = s.officialOverall = state;
    s.connectivity.state = Connectivity::Online;
    s.feed.url = QUrl(QStringLiteral("https://status.claude.com"));
    s.feed.ok = true;
    s.feed.indicator = QStringLiteral("none");
    s.feed.fetchedAt = now().addSecs(-30);
    s.components
        = { component(QStringLiteral("rwppv331jlwc"), QStringLiteral("claude.ai"), state, 1),
            component(QStringLiteral("yyzkbfz2thpt"), QStringLiteral("Claude Console"), HealthState::Operational, 2),
            component(QStringLiteral("k8w3r06qmzrp"), QStringLiteral("Claude API (api.anthropic.com)"), state, 3),
            component(QStringLiteral("0scnb50nvy53"), QStringLiteral("Claude Code"), HealthState::Operational, 4) };
    s.models = { model(QStringLiteral("claude-opus-4-5"), QStringLiteral("Claude Opus 4.5"), state),
                 model(QStringLiteral("claude-sonnet-4-5"), QStringLiteral("Claude Sonnet 4.5"), state, 640),
                 model(QStringLiteral("claude-haiku-4-5"), QStringLiteral("Claude Haiku 4.5"), state, 320) };
    return s;
}

inline IncidentHealth incident(const QString& name, const QStringList& models)
{
    IncidentHealth ih;
    ih.incident.id = QStringLiteral("inc123");
    ih.incident.name = name;
    ih.incident.status = QStringLiteral("investigating");
    ih.incident.impact = QStringLiteral("major");
    ih.incident.shortlink = QStringLiteral("https://stspg.io/abc123");
    ih.incident.startedAt = now().addSecs(-12 * 60);
    ih.effect = HealthState::PartialOutage;
    ih.modelIds = models;
    return ih;
}

} // namespace guitest
