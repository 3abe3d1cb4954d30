#include "simstatuspage.h"

#include <QCryptographicHash>
#include <QLocale>

namespace {

const QString kHttpDate = QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'");

QByteArray httpDate(const QDateTime& t)
{
    return QLocale::c().toString(t.toUTC(), kHttpDate).toLatin1();
}

QDateTime parseHttpDate(const QByteArray& s)
{
    QDateTime t = QLocale::c().toDateTime(QString::fromLatin1(s).trimmed(), kHttpDate);
    t.setTimeSpec(Qt::UTC);
    return t;
}

bool etagMatches(const QByteArray& ifNoneMatch, const QByteArray& etag)
{
    for (QByteArray tag : ifNoneMatch.split(',')) {
        tag = tag.trimmed();
        if (tag.startsWith("W/"))
            tag = tag.mid(2);
        if (tag == "*" || tag == etag)
            return true;
    }
    return false;
}

// What status.claude.com looks like to a client that asked for JSON and got the human page instead.
const QByteArray kStatusHtml
    = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Claude Status</title>"
      "</head>\n<body><div class=\"page-status status-none\"><span class=\"status font-large\">"
      "All Systems Operational</span></div></body></html>\n";
// Cloudflare's managed challenge, as served to non-browser clients (403 + cf-mitigated: challenge).
const QByteArray kChallengeHtml
    = "<!DOCTYPE html><html lang=\"en-US\"><head><title>Just a moment...</title>"
      "<meta http-equiv=\"refresh\" content=\"360\"></head><body><div class=\"main-wrapper\">"
      "<noscript>Enable JavaScript and cookies to continue</noscript></div></body></html>";

} // namespace

QByteArray SimStatuspage::etagFor(const QByteArray& body)
{
    return '"' + QCryptographicHash::hash(body, QCryptographicHash::Sha1).toHex().left(32) + '"';
}

SimReply SimStatuspage::handle(const SimRequest& request)
{
    SimReply reply = normal(request);
    if (m_misbehaviour.appliesTo(request.path))
        reply = misbehave(reply);
    return reply;
}

SimReply SimStatuspage::normal(const SimRequest& request)
{
    SimReply r;
    const QByteArray body = m_page.body(request.path).value_or(QByteArray());
    const QByteArray etag = etagFor(body);
    Validator& v = m_validators[request.path];
    if (v.etag != etag) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        v = { etag, now.addMSecs(-now.time().msec()) };
    }
    r.addHeader("Content-Type", SimPage::contentType(request.path));
    r.addHeader("Cache-Control", "max-age=0, private, must-revalidate");
    r.addHeader("ETag", etag);
    r.addHeader("Last-Modified", httpDate(v.lastModified));
    const QByteArray ifModifiedSince = request.header("if-modified-since");
    bool notModified = false;
    if (!request.ifNoneMatch.isEmpty())
        notModified = etagMatches(request.ifNoneMatch, etag);
    else if (!ifModifiedSince.isEmpty()) {
        const QDateTime since = parseHttpDate(ifModifiedSince);
        notModified = since.isValid() && since >= v.lastModified;
    }
    if (notModified) {
        r.status = 304;
        return r;
    }
    r.body = body;
    return r;
}

SimReply SimStatuspage::misbehave(SimReply r) const
{
    const Misbehaviour& m = m_misbehaviour;
    auto replaceBody = [&r](int status, const QByteArray& type, const QByteArray& body) {
        r = SimReply {};
        r.status = status;
        r.body = body;
        if (!type.isEmpty())
            r.addHeader("Content-Type", type);
    };
    switch (m.mode) {
    case Misbehaviour::Mode::None:
        break;
    case Misbehaviour::Mode::Status:
        replaceBody(m.effectiveStatus(), "text/plain; charset=utf-8",
                    QByteArray::number(m.effectiveStatus()) + ' ' + SimReply::reasonPhrase(m.effectiveStatus()) + '\n');
        break;
    case Misbehaviour::Mode::Html:
        replaceBody(m.effectiveStatus(), "text/html; charset=utf-8", kStatusHtml);
        break;
    case Misbehaviour::Mode::Challenge:
        replaceBody(m.effectiveStatus(), "text/html; charset=UTF-8", kChallengeHtml);
        r.addHeader("cf-mitigated", "challenge");
        r.addHeader("Server", "cloudflare");
        break;
    case Misbehaviour::Mode::Truncate:
        if (r.status == 200)
            r.delivery = SimReply::Delivery::Truncate;
        break;
    case Misbehaviour::Mode::Cut:
        if (r.status == 200)
            r.delivery = SimReply::Delivery::Cut;
        break;
    case Misbehaviour::Mode::Hang:
        r.delivery = SimReply::Delivery::Hang;
        break;
    case Misbehaviour::Mode::Redirect:
        replaceBody(m.effectiveStatus(), {}, {});
        r.addHeader("Location", (m.location.isEmpty() ? m_defaultRedirect : m.location).toEncoded());
        break;
    case Misbehaviour::Mode::Garbage:
        replaceBody(200, "application/json; charset=utf-8", QByteArray("\x1f\x8b\x08\x00garbage\xff\xfe{{[[", 17));
        break;
    }
    if (m.retryAfter >= 0)
        r.addHeader("Retry-After", QByteArray::number(m.retryAfter));
    r.delayMs = m.delayMs;
    return r;
}
