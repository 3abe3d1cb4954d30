#pragma once

#include <QJsonValue>
#include <QString>
#include <QUrl>

/*!
 * \brief What the simulated Messages API does when a probe for one model arrives.
 *
 * JSON (scenario "models" map): either a string ("ok", "529", "hang", …) or an object
 * `{"status": "ok"|"<http code>"|"hang"|"truncate"|"cut"|"html"|"redirect", "latency_ms": N,
 *   "retry_after": N, "http_status": N, "location": "http://…"}`.
 */
struct ModelBehaviour {
    enum class Kind {
        Respond, //!< a well-formed response: 200 message, or an Anthropic error body for `status`
        Hang, //!< read the request, never answer
        Truncate, //!< half of a valid 200 body with a matching Content-Length
        Cut, //!< the full Content-Length declared, half the body sent, connection closed
        Html, //!< an HTML page (a proxy or captive portal) with `status` (default 200)
        Redirect, //!< `status` (default 307) to `location` (default http://127.0.0.2:PORT/v1/messages)
    };

    Kind kind = Kind::Respond;
    int status = 200; //!< HTTP status for Respond/Html/Redirect
    int latencyMs = 0; //!< delay before the first response byte
    int retryAfter = -1; //!< seconds for a `retry-after` header; -1 = none (429 defaults to 30)
    QUrl location; //!< redirect target; empty = another loopback host on the same port

    static ModelBehaviour ok(int latencyMs = 0) { return { Kind::Respond, 200, latencyMs, -1, {} }; }
    static ModelBehaviour error(int status, int retryAfter = -1)
    {
        return { Kind::Respond, status, 0, retryAfter, {} };
    }
    static ModelBehaviour of(Kind kind, int status = 200) { return { kind, status, 0, -1, {} }; }

    /*! \brief Parses the scenario form; on an unknown word returns `ok()` and sets \a error. */
    static ModelBehaviour fromJson(const QJsonValue& value, QString* error = nullptr);

    bool operator==(const ModelBehaviour& o) const
    {
        return kind == o.kind && status == o.status && latencyMs == o.latencyMs && retryAfter == o.retryAfter
            && location == o.location;
    }
};
