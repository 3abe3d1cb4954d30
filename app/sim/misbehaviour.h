#pragma once

#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <QUrl>

/*!
 * \brief How the simulated Statuspage endpoints misbehave (all of them, or only `paths`).
 *
 * Real failure modes of a status page seen from a client: an error status, a Cloudflare challenge
 * (403 + HTML), an HTML page with 200, a JSON body cut short, a server that accepts and never answers,
 * a redirect, a 503 with Retry-After, or a slow answer. `delayMs` and `retryAfter` combine with any mode.
 *
 * JSON: `"misbehave": "hang"` or `{"mode": "none"|"status"|"html"|"challenge"|"truncate"|"cut"|"hang"|
 * "redirect"|"garbage", "status": N, "delay_ms": N, "retry_after": N, "location": "…", "paths": ["…"]}`.
 */
struct Misbehaviour {
    enum class Mode {
        None, //!< serve the page normally (a `delayMs` still applies)
        Status, //!< `status` (default 503) with a small plain-text body
        Html, //!< an HTML page with `status` (default 200): a captive portal or a CDN error page
        Challenge, //!< a Cloudflare-style challenge: `status` (default 403), `cf-mitigated: challenge`, HTML
        Truncate, //!< the first half of the JSON with a Content-Length that matches it
        Cut, //!< the full Content-Length declared, half the body sent, then the connection is closed
        Hang, //!< the request is read and never answered
        Redirect, //!< `status` (default 301) with `Location: location`
        Garbage, //!< 200, `application/json`, bytes that are not JSON
    };

    Mode mode = Mode::None;
    int status = 0; //!< 0 = the mode's default
    int delayMs = 0;
    int retryAfter = -1; //!< seconds for a Retry-After header; -1 = none
    QUrl location;
    QStringList paths; //!< request paths affected; empty = every Statuspage endpoint

    bool isNone() const { return mode == Mode::None && delayMs == 0 && retryAfter < 0; }
    bool appliesTo(const QString& path) const { return paths.isEmpty() || paths.contains(path); }
    /*! \brief `status` or the mode's default. */
    int effectiveStatus() const;

    static Misbehaviour of(Mode mode, int status = 0) { return { mode, status, 0, -1, {}, {} }; }
    static Misbehaviour delay(int ms) { return { Mode::None, 0, ms, -1, {}, {} }; }
    static Misbehaviour fromJson(const QJsonValue& value, QString* error = nullptr);
};
