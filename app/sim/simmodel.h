#pragma once

#include <QDateTime>
#include <QString>

/*! \brief One entry of the simulated `GET /v1/models` catalogue. */
struct SimModel {
    QString id; //!< e.g. "claude-opus-4-5"
    QString displayName; //!< e.g. "Claude Opus 4.5"
    QDateTime createdAt; //!< served as RFC 3339 UTC

    bool operator==(const SimModel& o) const
    {
        return id == o.id && displayName == o.displayName && createdAt == o.createdAt;
    }
};
