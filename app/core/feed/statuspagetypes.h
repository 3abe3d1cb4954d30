#pragma once

#include "health/healthstate.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

/*! \brief One official component (claude.ai, Claude API, …) from `summary.json`. */
struct Component {
    QString id;
    QString name;
    QString rawStatus; //!< as on the wire, for diagnostics
    HealthState status = HealthState::Unknown;
    QString groupId;
    bool isGroup = false;
    int position = 0;

    bool operator==(const Component& o) const
    {
        return id == o.id && name == o.name && rawStatus == o.rawStatus && status == o.status && groupId == o.groupId
            && isGroup == o.isGroup && position == o.position;
    }
};

/*! \brief One component's status change recorded on an incident update (`affected_components[]`). */
struct ComponentChange {
    QString componentId; //!< `code`; key by id — names on old updates are stale (console.anthropic.com)
    QString oldStatus; //!< wire word
    QString newStatus;
    bool operator==(const ComponentChange& o) const
    {
        return componentId == o.componentId && oldStatus == o.oldStatus && newStatus == o.newStatus;
    }
};

/*! \brief One update of an incident ("Investigating", "Monitoring", …). */
struct IncidentUpdate {
    QString id;
    QString status; //!< investigating | identified | monitoring | resolved | postmortem | scheduled | in_progress |
                    //!< verifying | completed | other
    QString body;
    QDateTime createdAt;
    QStringList affectedComponentIds; //!< from affected_components[].code, deduplicated
    QVector<ComponentChange> componentChanges; //!< affected_components[] as listed (old == new kept: real quirk)

    bool operator==(const IncidentUpdate& o) const
    {
        return id == o.id && status == o.status && body == o.body && createdAt == o.createdAt
            && affectedComponentIds == o.affectedComponentIds && componentChanges == o.componentChanges;
    }
};

/*! \brief An incident or a scheduled maintenance. */
struct Incident {
    QString id;
    QString name;
    QString status; //!< raw wire word; unknown words kept as they are
    QString impact; //!< none | minor | major | critical | maintenance | raw
    QString shortlink;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime startedAt;
    QDateTime resolvedAt;
    QDateTime scheduledFor;
    QDateTime scheduledUntil;
    QStringList componentIds; //!< components[].id
    QVector<IncidentUpdate> updates; //!< newest first, as on the wire

    /*! \brief resolved, postmortem and completed incidents no longer count. */
    bool isResolved() const;
    bool operator==(const Incident& o) const;
};

/*! \brief A parsed `/api/v2/summary.json`. Missing parts (incident.io shim) are empty, not errors. */
struct StatusSummary {
    QString pageId;
    QString pageName;
    QString pageUrl;
    QDateTime pageUpdatedAt;
    QString indicator; //!< none | minor | major | critical | maintenance | raw
    QString description;
    QVector<Component> components;
    QVector<Incident> incidents;
    QVector<Incident> maintenances;

    bool operator==(const StatusSummary& o) const;
};

/*! \brief One entry of `history.atom` / `history.rss`. */
struct HistoryEntry {
    QString id;
    QString title;
    QString link;
    QString content; //!< HTML as in the feed
    QDateTime published;
    QDateTime updated;

    bool operator==(const HistoryEntry& o) const
    {
        return id == o.id && title == o.title && link == o.link && content == o.content && published == o.published
            && updated == o.updated;
    }
};

/*! \brief Result of a parse: a value, or a readable (translated) reason. */
template <typename T> struct ParseResult {
    std::optional<T> value;
    QString error;
    QString errorCode = {}; //!< stable reason code of the failure: empty = "feed_malformed"
    bool ok() const { return value.has_value(); }
};
