#include "modeldiscovery.h"

#include "net/headervalue.h"
#include "prober.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrlQuery>

#include <algorithm>

namespace {
// A catalogue has tens of models; a server that keeps saying has_more is broken, not generous.
constexpr int kMaxPages = 50;
constexpr qint64 kMaxBodyBytes = 1024 * 1024;

qint64 versionRank(const QString& version)
{
    // The id comes from the server: "claude-opus-230251001" must rank, not overflow (fuzz_models found the UB).
    const auto parts = version.split(QLatin1Char('.'));
    const auto part = [&](int i) { return std::clamp<qint64>(parts.value(i).toLongLong(), 0, 1000000); };
    return part(0) * 1000000 + part(1);
}

bool newer(const DiscoveredModel& a, const DiscoveredModel& b)
{
    if (a.createdAt.isValid() && b.createdAt.isValid() && a.createdAt != b.createdAt)
        return a.createdAt > b.createdAt;
    const qint64 va = versionRank(a.info.version);
    const qint64 vb = versionRank(b.info.version);
    if (va != vb)
        return va > vb;
    // Same version: prefer the dated snapshot id over an alias, then the later date.
    return a.info.id > b.info.id;
}
} // namespace

QVector<ModelInfo> ModelDiscoveryResult::infos() const
{
    QVector<ModelInfo> out;
    out.reserve(models.size());
    for (const auto& m : models)
        out.append(m.info);
    return out;
}

ModelDiscovery::ModelDiscovery(QNetworkAccessManager* nam, QObject* parent)
    : QObject(parent)
    , m_nam(nam)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] {
        m_timedOut = true;
        if (m_reply)
            m_reply->abort();
    });
}

ModelDiscovery::~ModelDiscovery()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void ModelDiscovery::start(const QUrl& apiUrl, const QString& apiKey)
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
    m_apiUrl = apiUrl;
    m_apiKey = apiKey;
    m_pages = 0;
    m_result = ModelDiscoveryResult();
    if (apiKey.isEmpty()) {
        QTimer::singleShot(0, this, [this] { fail(tr("No API key: using the built-in model list")); });
        return;
    }
    if (headerValueProblem(apiKey)) {
        // Never setRawHeader() a value with CR/LF: it would add headers (or a second request) to the connection.
        QTimer::singleShot(0, this, [this] {
            fail(tr("Refusing to send the API key: it contains a line break or another control character"));
        });
        return;
    }
    if (!m_nam || !Prober::isKeySafeUrl(Prober::endpoint(apiUrl, QStringLiteral("/v1/models")))) {
        QTimer::singleShot(0, this, [this] {
            fail(tr("Refusing to send the API key to %1: only https (or http to this machine) is allowed")
                     .arg(m_apiUrl.host()));
        });
        return;
    }
    requestPage(QString());
}

void ModelDiscovery::requestPage(const QString& afterId)
{
    QUrl url = Prober::endpoint(m_apiUrl, Providers::anthropic().modelsPath);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QStringLiteral("100"));
    if (!afterId.isEmpty())
        query.addQueryItem(QStringLiteral("after_id"), afterId);
    url.setQuery(query);

    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    for (const auto& [name, value] : Providers::anthropic().authHeaders(m_apiKey))
        request.setRawHeader(name, value);
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("ModelPulse/" MODELPULSE_VERSION));
    m_timedOut = false;
    ++m_pages;
    m_reply = m_nam->get(request);
    connect(m_reply, &QNetworkReply::finished, this, &ModelDiscovery::onFinished);
    m_timer->start(m_timeoutMs);
}

void ModelDiscovery::onFinished()
{
    QNetworkReply* reply = m_reply;
    m_reply = nullptr;
    m_timer->stop();
    if (!reply)
        return;
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->read(kMaxBodyBytes + 1);

    if (m_timedOut)
        return fail(tr("The model list did not arrive within %1 s").arg(m_timeoutMs / 1000));
    if (status >= 300 && status < 400)
        return fail(tr("The model list request was redirected — not followed, the key was not sent there"), status);
    if (status == 401 || status == 403)
        return fail(tr("The API key was rejected (HTTP %1)").arg(status), status);
    if (status == 0)
        return fail(tr("Cannot reach the API: %1").arg(reply->errorString()));
    if (status != 200)
        return fail(tr("The model list request failed with HTTP %1").arg(status), status);
    if (body.size() > kMaxBodyBytes)
        return fail(tr("The model list is implausibly large"), status);

    const ModelsPage page = parsePage(body);
    if (!page.ok)
        return fail(tr("The model list is not in the expected format"), status);
    m_result.models += page.models;
    m_result.httpStatus = status;
    if (page.hasMore) {
        if (page.lastId.isEmpty() || m_pages >= kMaxPages)
            return fail(tr("The model list does not end (page %1)").arg(m_pages), status);
        return requestPage(page.lastId);
    }
    m_result.ok = true;
    emit finished(m_result);
}

void ModelDiscovery::fail(const QString& reason, int httpStatus)
{
    m_result.ok = false;
    m_result.models.clear();
    m_result.error = reason;
    m_result.httpStatus = httpStatus;
    emit finished(m_result);
}

ModelsPage ModelDiscovery::parsePage(const QByteArray& body)
{
    ModelsPage page;
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject() || !doc.object().value(QStringLiteral("data")).isArray())
        return page;
    const QJsonObject obj = doc.object();
    for (const auto& v : obj.value(QStringLiteral("data")).toArray()) {
        const QJsonObject m = v.toObject();
        const QString id = m.value(QStringLiteral("id")).toString();
        if (id.isEmpty())
            continue;
        DiscoveredModel d;
        d.info = modelInfoFromId(id, m.value(QStringLiteral("display_name")).toString());
        d.createdAt = QDateTime::fromString(m.value(QStringLiteral("created_at")).toString(), Qt::ISODateWithMs);
        page.models.append(d);
    }
    page.hasMore = obj.value(QStringLiteral("has_more")).toBool();
    page.lastId = obj.value(QStringLiteral("last_id")).toString();
    if (page.lastId.isEmpty() && !page.models.isEmpty())
        page.lastId = page.models.last().info.id;
    page.ok = true;
    return page;
}

QVector<ModelInfo> ModelDiscovery::chooseDefaults(const QVector<DiscoveredModel>& models)
{
    // Families are open-ended ("Claude Fable 5", "Claude Mythos 5.1"): the newest of each family the API lists,
    // the long-standing three first, then the others by name.
    QStringList families { QStringLiteral("opus"), QStringLiteral("sonnet"), QStringLiteral("haiku") };
    QStringList others;
    for (const auto& m : models)
        if (!m.info.family.isEmpty() && !families.contains(m.info.family) && !others.contains(m.info.family))
            others << m.info.family;
    others.sort();
    families += others;
    QDateTime newest;
    for (const auto& m : models)
        if (m.createdAt.isValid() && (!newest.isValid() || m.createdAt > newest))
            newest = m.createdAt;
    QVector<ModelInfo> out;
    for (const QString& family : std::as_const(families)) {
        const DiscoveredModel* best = nullptr;
        for (const auto& m : models) {
            if (m.info.family == family && (!best || newer(m, *best)))
                best = &m;
        }
        // A family whose newest model is more than a year older than the newest of all is retired: not watched.
        if (best && best->createdAt.isValid() && newest.isValid() && best->createdAt.daysTo(newest) > 365)
            continue;
        if (best)
            out.append(best->info);
    }
    return out;
}
