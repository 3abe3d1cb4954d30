#pragma once

#include "simpage.h"

#include <QDateTime>
#include <QJsonObject>

/*!
 * \brief Builds a SimPage in real Statuspage shape from the compact scenario description.
 *
 * \code
 * {"indicator": "major",                      // optional: derived from incidents/components when absent
 *  "description": "Partial System Outage",    // optional: derived from the indicator
 *  "components": {"k8w3r06qmzrp": "partial_outage"},  // id or name → status over the defaults,
 *                                             // or a list [{"id","name","status"}] replacing them
 *  "incidents": [{"id": "…", "name": "Elevated errors on Claude Opus 4.5", "status": "investigating",
 *                 "impact": "major", "components": ["k8w3r06qmzrp"], "started_minutes_ago": 12,
 *                 "updates": [{"status": "investigating", "body": "…"}]}],   // oldest first; or "body"
 *                 // "started_seconds_ago" instead of minutes, and "seconds_ago" per update (else spread evenly
 *                 // from the start to now): times that stay put from one step of a real-time scenario to the next
 *  "maintenances": [{"name": "…", "status": "in_progress", "components": ["0qbwn08sd68x"],
 *                    "starts_in_minutes": -10, "duration_minutes": 60, "updates": [...]}],
 *  "page": {"name": "Claude", "url": "https://status.claude.com"}}   // optional overrides
 * \endcode
 * Timestamps are relative to \a now, so one step's page is stable (and its ETag too) once built.
 */
class SimPageBuilder {
public:
    static SimPage build(const QJsonObject& compact, const QDateTime& now);

    /*! \brief The default components: Anthropic's real ids and names. */
    static QJsonArray defaultComponents(const QDateTime& now);

private:
    SimPageBuilder(const QJsonObject& compact, const QDateTime& now);
    void buildComponents();
    QJsonObject buildEvent(const QJsonObject& spec, int index, bool maintenance) const;
    QJsonArray componentsByIds(const QJsonArray& ids) const;
    QJsonObject buildStatus() const;
    QString stamp(const QDateTime& t) const;

    QJsonObject m_compact;
    QDateTime m_now;
    SimPage m_page;
};
