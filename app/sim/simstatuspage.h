#pragma once

#include "misbehaviour.h"
#include "simpage.h"
#include "simreply.h"
#include "simrequest.h"

#include <QDateTime>
#include <QHash>
#include <QUrl>

/*!
 * \brief Answers the Statuspage endpoints from a SimPage, with validators and misbehaviour.
 *
 * Every answer carries an ETag (a hash of the body) and a Last-Modified (when this body was first
 * served for the path). A matching If-None-Match — or, without one, an If-Modified-Since not older than
 * Last-Modified — gets 304 with no body. Last-Modified has one-second resolution, so a client relying on
 * If-Modified-Since alone can miss a change made within the same second; ETags cannot.
 */
class SimStatuspage {
public:
    void setPage(const SimPage& page) { m_page = page; }
    const SimPage& page() const { return m_page; }
    void setMisbehaviour(const Misbehaviour& misbehaviour) { m_misbehaviour = misbehaviour; }
    Misbehaviour misbehaviour() const { return m_misbehaviour; }
    /*! \brief Target of a `redirect` misbehaviour that names no location. */
    void setDefaultRedirect(const QUrl& url) { m_defaultRedirect = url; }

    SimReply handle(const SimRequest& request);

    static QByteArray etagFor(const QByteArray& body);

private:
    SimReply normal(const SimRequest& request);
    SimReply misbehave(SimReply reply) const;

    SimPage m_page;
    Misbehaviour m_misbehaviour;
    QUrl m_defaultRedirect;
    struct Validator {
        QByteArray etag;
        QDateTime lastModified;
    };
    QHash<QString, Validator> m_validators;
};
