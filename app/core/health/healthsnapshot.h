#pragma once

#include "feed/statuspagetypes.h"
#include "healthstate.h"
#include "net/connectivity.h"
#include "probe/proberesult.h"
#include "reason.h"

#include <QDateTime>
#include <QHash>
#include <QStringList>
#include <QUrl>
#include <QVector>

#include <optional>

/*! \brief Feed part of the snapshot (JSON `feed`). */
struct FeedHealth {
    QUrl url;
    bool ok = false; //!< last fetch succeeded
    bool stale = false; //!< no success for 3 intervals → official side unknown
    Reason error; //!< why the last fetch failed; null when ok
    QString indicator;
    QString description;
    QDateTime fetchedAt; //!< last success; null when never
    bool operator==(const FeedHealth& o) const
    {
        return url == o.url && ok == o.ok && stale == o.stale && error == o.error && indicator == o.indicator
            && description == o.description && fetchedAt == o.fetchedAt;
    }
};

/*! \brief An unresolved incident with the watched models it was attributed to. */
struct IncidentHealth {
    Incident incident;
    HealthState effect = HealthState::Unknown; //!< impact mapped, monitoring capped at degraded
    QStringList modelIds;
    bool operator==(const IncidentHealth& o) const
    {
        return incident == o.incident && effect == o.effect && modelIds == o.modelIds;
    }
};

/*! \brief One watched model (JSON `models[]`). */
struct ModelHealth {
    QString id;
    QString displayName;
    QString family;
    HealthState state = HealthState::Unknown; //!< combined
    HealthState official = HealthState::Unknown;
    HealthState probe = HealthState::Unknown;
    bool aheadOfOfficial = false;
    std::optional<ProbeResult> lastProbe;
    Reasons reasons; //!< most important first; text is made at the edges (reasonText)
    QDateTime since; //!< when the combined state last changed (set by the Monitor; null = not known)
    bool operator==(const ModelHealth& o) const
    {
        return id == o.id && displayName == o.displayName && family == o.family && state == o.state
            && official == o.official && probe == o.probe && aheadOfOfficial == o.aheadOfOfficial
            && lastProbe == o.lastProbe && reasons == o.reasons && since == o.since;
    }
};

/*!
 * \brief The one value every consumer reads: tray, CLI JSON, history, notifier.
 */
struct HealthSnapshot {
    QString provider = QStringLiteral("anthropic"); //!< ProviderProfile id
    QDateTime generatedAt;
    HealthState overall = HealthState::Unknown; //!< worst of official overall and every model
    HealthState officialOverall = HealthState::Unknown; //!< worst of indicator and components
    ConnectivityStatus connectivity;
    FeedHealth feed;
    QVector<Component> components;
    QVector<IncidentHealth> incidents; //!< unresolved incidents only
    QVector<Incident> maintenances; //!< scheduled or in progress
    QVector<ModelHealth> models;
    QHash<QString, QDateTime> serviceSince; //!< component id → when its status last changed (set by the Monitor)

    bool operator==(const HealthSnapshot& o) const
    {
        return provider == o.provider && serviceSince == o.serviceSince && generatedAt == o.generatedAt
            && overall == o.overall && officialOverall == o.officialOverall && connectivity == o.connectivity
            && feed == o.feed && components == o.components && incidents == o.incidents
            && maintenances == o.maintenances && models == o.models;
    }
};
