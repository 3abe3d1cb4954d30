#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>

/*!
 * \brief The Statuspage content of one scenario step, rendered per endpoint.
 *
 * Holds the parts of a Statuspage v2 summary (page, components, all incidents incl. resolved, all
 * scheduled maintenances, status) and renders every endpoint from them with the real wire key order at
 * the top level (page, components, incidents, scheduled_maintenances, status). A page loaded from a real
 * capture (`fromSummary`) serves that capture byte-identical at /api/v2/summary.json; the other
 * endpoints are derived from it.
 */
struct SimPage {
    QJsonObject page;
    QJsonArray components;
    QJsonArray incidents; //!< all, newest first, resolved ones included
    QJsonArray maintenances; //!< all scheduled maintenances, any status
    QJsonObject status; //!< {indicator, description}
    QByteArray rawSummary; //!< when set, served as is at /api/v2/summary.json
    QByteArray rawAtom; //!< when set, served as is at /history.atom
    QByteArray rawRss; //!< when set, served as is at /history.rss

    /*! \brief Parses a real summary; keeps the bytes. A body that is not JSON is still served raw. */
    static SimPage fromSummary(const QByteArray& summaryBytes);

    /*! \brief The body for a Statuspage \a path, or nullopt if \a path is not one. */
    std::optional<QByteArray> body(const QString& path) const;

    static bool isStatuspagePath(const QString& path);
    /*! \brief "/" and "/incidents/…": a small HTML page of the current state, for a person's browser. */
    static bool isHtmlPath(const QString& path);
    QByteArray html() const;
    static QByteArray contentType(const QString& path);

    static bool isUnresolved(const QJsonObject& incident);
    static bool isActiveMaintenance(const QJsonObject& maintenance); //!< in_progress or verifying
};
