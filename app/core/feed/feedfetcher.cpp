#include "feedfetcher.h"

#include "net/headervalue.h"
#include "net/retryafter.h"
#include "net/urlpolicy.h"
#include "statuspageparser.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace {
constexpr int kMaxRedirects = 5; //!< status.anthropic.com → status.claude.com is one; five is generous

Reason parseFailure(const ParseResult<StatusSummary>& parsed)
{
    return Reason(parsed.errorCode.isEmpty() ? QStringLiteral("feed_malformed") : parsed.errorCode, { parsed.error });
}

Reason parseFailure(const ParseResult<QVector<Incident>>& parsed)
{
    return Reason(parsed.errorCode.isEmpty() ? QStringLiteral("feed_malformed") : parsed.errorCode, { parsed.error });
}
} // namespace

FeedFetcher::FeedFetcher(QNetworkAccessManager* nam, FetchLimits limits, QObject* parent)
    : QObject(parent)
    , m_nam(nam)
    , m_limits(limits)
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        m_abortReason = Reason(QStringLiteral("feed_timeout"), { QString::number(m_limits.timeoutMs / 1000.0) });
        if (m_reply)
            m_reply->abort();
    });
}

FeedFetcher::~FeedFetcher()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void FeedFetcher::fetchIncidents(const QUrl& base)
{
    start(base, QStringLiteral("/api/v2/incidents.json"), {}, {});
    m_incidents = true;
}

void FeedFetcher::fetch(const QUrl& base, const QByteArray& etag, const QByteArray& lastModified)
{
    start(base, QStringLiteral("/api/v2/summary.json"), etag, lastModified);
}

void FeedFetcher::start(const QUrl& base, const QString& path, const QByteArray& etag, const QByteArray& lastModified)
{
    abort();
    m_incidents = false;
    m_base = base;
    m_abortReason = Reason();
    if (auto refused = refuseUrl(base)) {
        // Report asynchronously so callers see one code path.
        const Reason reason(QStringLiteral("url_refused"), { *refused });
        QMetaObject::invokeMethod(
            this, [this, reason] { fail(reason); }, Qt::QueuedConnection);
        return;
    }
    QUrl url = base;
    url.setPath(base.path().chopped(base.path().endsWith(u'/') ? 1 : 0) + path);
    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QStringLiteral("ModelPulse/%1").arg(QStringLiteral(MODELPULSE_VERSION)));
    // Validators are the server's own words, sent back: still never a value that could split the request.
    m_sentValidator = false;
    if (!etag.isEmpty())
        m_sentValidator = setSafeRawHeader(request, "If-None-Match", etag) || m_sentValidator;
    if (!lastModified.isEmpty())
        m_sentValidator = setSafeRawHeader(request, "If-Modified-Since", lastModified) || m_sentValidator;
    // status.anthropic.com redirects to status.claude.com: follow, but never to plain http off loopback.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::UserVerifiedRedirectPolicy);
    // Hops are counted here (kMaxRedirects): past Qt's own limit a loop ends with "HTTP 100" and no error at all.
    request.setMaximumRedirectsAllowed(kMaxRedirects + 5);
    m_redirects = 0;

    m_reply = m_nam->get(request);
    QNetworkReply* reply = m_reply;
    connect(reply, &QNetworkReply::redirected, this, [this, reply](const QUrl& target) {
        if (auto refused = refuseUrl(target)) {
            m_abortReason = Reason(QStringLiteral("feed_unsafe_redirect"), { target.toString() });
            reply->abort();
            return;
        }
        if (++m_redirects > kMaxRedirects) {
            m_abortReason = Reason(QStringLiteral("feed_redirect_loop"), { QString::number(kMaxRedirects) });
            reply->abort();
            return;
        }
        emit reply->redirectAllowed();
    });
    connect(reply, &QNetworkReply::downloadProgress, this, [this, reply](qint64 received, qint64) {
        if (received > m_limits.maxBytes) {
            m_abortReason
                = Reason(QStringLiteral("feed_too_large"), { QString::number(m_limits.maxBytes / (1024 * 1024)) });
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, this, &FeedFetcher::onFinished);
    m_timeout.start(m_limits.timeoutMs);
}

void FeedFetcher::abort()
{
    m_timeout.stop();
    if (!m_reply)
        return;
    QNetworkReply* reply = m_reply;
    m_reply = nullptr;
    reply->disconnect(this);
    reply->abort();
    reply->deleteLater();
}

void FeedFetcher::fail(const Reason& reason)
{
    FetchResult result;
    result.url = m_base;
    result.error = reason;
    emit finished(result);
}

void FeedFetcher::onFinished()
{
    m_timeout.stop();
    QNetworkReply* reply = m_reply;
    m_reply = nullptr;
    if (!reply)
        return;
    reply->deleteLater();

    FetchResult result;
    result.url = m_base;
    result.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.retryAfterSec = parseRetryAfter(reply->rawHeader("Retry-After"), QDateTime::currentDateTimeUtc());
    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();

    const bool endedInRedirect = (result.httpStatus > 0 && result.httpStatus < 200)
        || (result.httpStatus >= 300 && result.httpStatus < 400 && result.httpStatus != 304);
    if (!m_abortReason.isNull()) {
        result.error = m_abortReason;
    } else if (reply->error() == QNetworkReply::TooManyRedirectsError || (m_redirects > 0 && endedInRedirect)) {
        // Qt 6.4 ends a loop (A → A) after a hop or two with "HTTP 100" and no error: a redirect still pending is
        // the loop, however many hops Qt let us see.
        result.error = Reason(QStringLiteral("feed_redirect_loop"), { QString::number(kMaxRedirects) });
    } else if (result.httpStatus == 304 && !m_sentValidator) {
        // "Not modified" since what? We sent no ETag or date: a 304 here confirms nothing we hold.
        result.error = Reason(QStringLiteral("feed_unexpected_304"));
    } else if (result.httpStatus == 304) {
        result.kind = FetchResult::Kind::NotModified;
    } else if (reply->error() != QNetworkReply::NoError && result.httpStatus == 0) {
        result.error = Reason(QStringLiteral("feed_unreachable"), { reply->errorString() });
    } else if (result.httpStatus == 403 || result.httpStatus == 405) {
        // Cloudflare-style challenges answer 403/405 with an HTML page: that is not "all clear".
        result.error = Reason(QStringLiteral("feed_challenge"), { QString::number(result.httpStatus) });
    } else if (result.httpStatus == 429) {
        result.error = Reason(QStringLiteral("feed_rate_limited"));
    } else if (result.httpStatus < 200 || result.httpStatus >= 300) {
        result.error = Reason(QStringLiteral("feed_http_error"), { QString::number(result.httpStatus) });
    } else if (reply->error() != QNetworkReply::NoError) {
        result.error = Reason(QStringLiteral("feed_connection_failed"), { reply->errorString() });
    } else {
        if (m_incidents) {
            auto parsed = StatuspageParser::parseIncidents(body);
            if (parsed.ok()) {
                result.kind = FetchResult::Kind::Ok;
                result.incidents = std::move(parsed.value);
            } else {
                result.error = parseFailure(parsed);
            }
            emit finished(result);
            return;
        }
        auto parsed = StatuspageParser::parseSummary(body);
        if (parsed.ok()) {
            result.kind = FetchResult::Kind::Ok;
            result.summary = std::move(parsed.value);
            result.etag = reply->rawHeader("ETag");
            result.lastModified = reply->rawHeader("Last-Modified");
        } else {
            result.error = parseFailure(parsed);
        }
    }
    emit finished(result);
}
