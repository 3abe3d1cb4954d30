#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>

/*!
 * \brief Renders Statuspage's /history.atom and /history.rss from incidents.
 *
 * Shape copied from real captures (tests/fixtures/statuspage/streamyard_history.atom/.rss): one entry
 * per incident, the updates newest first as escaped HTML `<p><small>date</small><br><strong>Status</strong>
 * - body</p>` in the entry content.
 */
class SimFeedWriter {
public:
    static QByteArray atom(const QJsonObject& page, const QJsonArray& incidents);
    static QByteArray rss(const QJsonObject& page, const QJsonArray& incidents);
};
