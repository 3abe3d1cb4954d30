#include "prober.h"

#include "net/headervalue.h"
#include "net/retryafter.h"
#include "net/urlpolicy.h"
#include "providers/providerprofile.h"
#include "util/clock.h"
#include "util/redact.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

#include <algorithm>
#include <cmath>

namespace {
constexpr int kMaxMessageChars = 300;
constexpr int kMaxInFlight = 6; //!< Qt's connections per host (QHttpNetworkConnection): more would queue inside Qt

QString clip(QString text)
{
    if (text.size() > kMaxMessageChars)
        text = text.left(kMaxMessageChars) + QChar(0x2026);
    return text;
}
} // namespace

Prober::Prober(QNetworkAccessManager* nam, const Clock* clock, QObject* parent)
    : QObject(parent)
    , m_nam(nam)
    , m_clock(clock)
{
}

Prober::~Prober()
{
    abortAll();
}

QUrl Prober::endpoint(const QUrl& apiUrl, const QString& path)
{
    QUrl url = apiUrl;
    QString base = url.path();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + path);
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

bool Prober::isKeySafeUrl(const QUrl& url)
{
    // Plain http only to this machine (tests, the simulated provider): the key must not cross a network in clear.
    return !refuseUrl(url).has_value();
}

QByteArray Prober::requestBody(const QString& modelId)
{
    return Providers::anthropic().probeBody(modelId);
}

bool Prober::isRunning(const QString& modelId) const
{
    if (m_queue.contains(modelId))
        return true;
    for (const auto& p : m_pending) {
        if (p.modelId == modelId)
            return true;
    }
    return false;
}

bool Prober::probe(const QString& modelId)
{
    if (isRunning(modelId))
        return false;
    const QUrl url = endpoint(m_config.apiUrl, m_config.profile.messagesPath);
    const auto headers = m_config.profile.authHeaders(m_config.apiKey);
    // Monitor::setKey() already refuses such a key; this is the last line before the bytes hit the wire.
    const bool headersSafe
        = std::all_of(headers.cbegin(), headers.cend(), [](const auto& h) { return !headerValueProblem(h.second); });
    if (!m_nam || !isKeySafeUrl(url) || !headersSafe) {
        ProbeResult result;
        result.modelId = modelId;
        result.at = m_clock->now();
        result.errorMessage = !headersSafe
            ? tr("Refusing to send the API key: it contains a line break or another control character")
            : tr("Refusing to send the API key to %1: only https (or http to this machine) is allowed").arg(url.host());
        // Asynchronous like every other outcome, so callers see one code path.
        QMetaObject::invokeMethod(
            this, [this, result] { emit finished(result, ProbeUsage {}); }, Qt::QueuedConnection);
        return true;
    }

    if (m_pending.size() >= kMaxInFlight) {
        // Qt runs six connections per host and queues the rest; a probe queued there would count the wait as the
        // provider's latency (12 models at 1.2 s measured ~2.4 s, "slow"). Waiting here instead, the clock of a
        // probe starts when it is sent.
        m_queue.append(modelId);
        return true;
    }
    send(modelId);
    return true;
}

void Prober::send(const QString& modelId)
{
    const QUrl url = endpoint(m_config.apiUrl, m_config.profile.messagesPath);
    QNetworkRequest request(url);
    // Never follow: a redirect to another host would carry the key there.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    for (const auto& [name, value] : m_config.profile.authHeaders(m_config.apiKey))
        request.setRawHeader(name, value); // checked in probe()
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("ModelPulse/" MODELPULSE_VERSION));

    Pending pending;
    pending.modelId = modelId;
    pending.startedAt = m_clock->now();
    pending.elapsed.start();
    QNetworkReply* reply = m_nam->post(request, requestBody(modelId));
    pending.timer = new QTimer(this);
    pending.timer->setSingleShot(true);
    connect(pending.timer, &QTimer::timeout, this, [this, reply] { onTimeout(reply); });
    pending.timer->start(m_config.timeoutMs);
    m_pending.insert(reply, pending);

    // The request may still wait for a connection of Qt's (the feed or discovery on the same host hold some):
    // latency and the timeout count from when it really leaves — connecting, or written on a kept-alive connection.
    connect(reply, &QNetworkReply::socketStartedConnecting, this, [this, reply] { onSent(reply); });
    connect(reply, &QNetworkReply::requestSent, this, [this, reply] { onSent(reply); });
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, reply] { onFirstByte(reply); });
    connect(reply, &QNetworkReply::readyRead, this, [this, reply] { onReadyRead(reply); });
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onFinished(reply); });
}

void Prober::onSent(QNetworkReply* reply)
{
    auto it = m_pending.find(reply);
    if (it == m_pending.end() || it->sent)
        return;
    it->sent = true;
    it->startedAt = m_clock->now();
    it->elapsed.restart();
    it->timer->start(m_config.timeoutMs);
}

void Prober::startQueued()
{
    while (!m_queue.isEmpty() && m_pending.size() < kMaxInFlight)
        send(m_queue.takeFirst());
}

void Prober::abortAll()
{
    m_queue.clear();
    const auto pending = m_pending;
    m_pending.clear();
    for (auto it = pending.begin(); it != pending.end(); ++it) {
        delete it->timer;
        it.key()->disconnect(this);
        it.key()->abort();
        it.key()->deleteLater();
    }
}

void Prober::onFirstByte(QNetworkReply* reply)
{
    auto it = m_pending.find(reply);
    if (it != m_pending.end() && it->ttfbMs < 0)
        it->ttfbMs = it->elapsed.elapsed();
}

void Prober::onReadyRead(QNetworkReply* reply)
{
    onFirstByte(reply);
    auto it = m_pending.find(reply);
    if (it == m_pending.end())
        return;
    it->body += reply->readAll();
    if (it->body.size() > m_config.maxBodyBytes) {
        it->tooLarge = true;
        reply->abort(); // emits finished()
    }
}

void Prober::onTimeout(QNetworkReply* reply)
{
    auto it = m_pending.find(reply);
    if (it == m_pending.end())
        return;
    it->timedOut = true;
    reply->abort(); // emits finished()
}

void Prober::onFinished(QNetworkReply* reply)
{
    auto it = m_pending.find(reply);
    if (it == m_pending.end())
        return;
    Pending p = *it;
    m_pending.erase(it);
    delete p.timer;
    reply->deleteLater();
    if (!p.timedOut && !p.tooLarge)
        p.body += reply->readAll();

    ProbeResult result;
    ProbeUsage usage;
    result.modelId = p.modelId;
    result.at = p.startedAt;
    result.latencyMs = p.elapsed.elapsed();
    result.ttfbMs = p.ttfbMs;
    result.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (result.httpStatus > 0) {
        result.requestId = QString::fromLatin1(reply->rawHeader("request-id"));
        result.retryAfterSec = ::parseRetryAfter(reply->rawHeader("retry-after"), m_clock->now());
    }

    if (p.timedOut) {
        result.outcome = ProbeOutcome::Timeout;
        result.errorMessage = tr("No complete answer within %1 s").arg(m_config.timeoutMs / 1000.0);
    } else if (p.tooLarge) {
        result.outcome = ProbeOutcome::ServerError;
        result.errorMessage
            = tr("The answer is larger than %1 KB; not an API response").arg(m_config.maxBodyBytes / 1024);
    } else if (result.httpStatus >= 300 && result.httpStatus < 400) {
        // The key went to the configured host only; following would hand it to whoever the Location names.
        const QUrl target = reply->url().resolved(reply->header(QNetworkRequest::LocationHeader).toUrl());
        result.outcome = ProbeOutcome::NetworkError;
        result.errorMessage = tr("Redirected to %1 — not followed, the key was not sent there")
                                  .arg(target.host().isEmpty() ? tr("an unknown location") : target.host());
    } else if (result.httpStatus > 0) {
        classifyHttp(result, p.body, m_config.slowThresholdMs, &usage);
    } else {
        result.outcome = ProbeOutcome::NetworkError;
        result.errorMessage = reply->errorString();
    }
    result.errorMessage = clip(redact(result.errorMessage));
    result.errorType = clip(redact(result.errorType));
    result.requestId = clip(redact(result.requestId));
    const QPointer<Prober> self(this); // a slot of finished() may delete us (the runner stops probing)
    emit finished(result, usage);
    if (self)
        startQueued();
}

QString Prober::redact(QString text) const
{
    // Belt and braces: nothing we record may contain the key, even if a server echoes it back.
    return redactSecret(std::move(text), m_config.apiKey);
}

void Prober::classifyHttp(ProbeResult& result, const QByteArray& body, int slowThresholdMs, ProbeUsage* usage)
{
    QJsonParseError parseError {};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    const QJsonObject obj = doc.isObject() ? doc.object() : QJsonObject();
    const QJsonObject error = obj.value(QStringLiteral("error")).toObject();
    result.errorType = error.value(QStringLiteral("type")).toString();
    const QString apiMessage = error.value(QStringLiteral("message")).toString();
    const int status = result.httpStatus;

    if (status >= 200 && status < 300) {
        // A 200 is only good news when it is a real message: proxies and broken edges answer 200 with HTML.
        const bool isMessage = obj.value(QStringLiteral("type")).toString() == QLatin1String("message")
            && obj.value(QStringLiteral("content")).isArray();
        if (!isMessage) {
            result.outcome = ProbeOutcome::ServerError;
            result.errorMessage = parseError.error != QJsonParseError::NoError
                ? tr("HTTP %1 with a body that is not JSON (truncated or HTML)").arg(status)
                : tr("HTTP %1 with a body that is not a message").arg(status);
            return;
        }
        result.outcome
            = (slowThresholdMs > 0 && result.latencyMs > slowThresholdMs) ? ProbeOutcome::Slow : ProbeOutcome::Ok;
        result.errorType.clear();
        if (usage) {
            const QJsonObject u = obj.value(QStringLiteral("usage")).toObject();
            usage->inputTokens = u.value(QStringLiteral("input_tokens")).toInt(-1);
            usage->outputTokens = u.value(QStringLiteral("output_tokens")).toInt(-1);
        }
        return;
    }

    if (status == 529)
        result.outcome = ProbeOutcome::Overloaded;
    else if (status >= 500 && status < 600)
        result.outcome = ProbeOutcome::ServerError;
    else if (status == 429)
        result.outcome = ProbeOutcome::RateLimited;
    else if (status == 401 || status == 403)
        result.outcome = ProbeOutcome::AuthError;
    else if (status == 402)
        result.outcome = ProbeOutcome::BillingError;
    else if (status >= 400 && status < 500)
        result.outcome = ProbeOutcome::BadRequest; // 400, 404 (unknown model), 413, and the rest of 4xx
    else
        result.outcome = ProbeOutcome::NetworkError;
    result.errorMessage = apiMessage.isEmpty() ? tr("HTTP %1").arg(status) : apiMessage;
}
