#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QPair>
#include <QString>

/*!
 * \brief One request as the simulated provider saw it (the request log).
 *
 * The `x-api-key` value is never stored in clear: `headers` carries "<redacted>" in its place and
 * `apiKeyFingerprint` a hash (SimProvider::keyFingerprint) so tests can still tell which key reached
 * which host — e.g. that a key was *not* forwarded along a redirect to another host.
 */
struct SimRequest {
    QDateTime at; //!< when the request was complete (UTC)
    QByteArray method; //!< "GET", "POST", …
    QString path; //!< URL path without the query, e.g. "/api/v2/summary.json"
    QString query; //!< raw query string without '?'
    QString host; //!< the Host header as sent
    QList<QPair<QByteArray, QByteArray>> headers; //!< as received (names as sent), key redacted
    bool hasApiKey = false; //!< an x-api-key header was present (even if empty)
    QByteArray apiKeyFingerprint; //!< SimProvider::keyFingerprint of the key; empty without key
    QByteArray ifNoneMatch; //!< If-None-Match as sent (empty when absent)
    QByteArray body; //!< request body (probe bodies are tiny)

    /*! \brief The first header named \a name (case-insensitive); empty when absent. */
    QByteArray header(const QByteArray& name) const
    {
        for (const auto& h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        }
        return {};
    }
};

Q_DECLARE_METATYPE(SimRequest)
