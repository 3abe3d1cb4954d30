#include "simapi.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

#include <algorithm>

namespace {

QString defaultMessage(int status)
{
    switch (status) {
    case 400:
        return QStringLiteral("Invalid request");
    case 401:
        return QStringLiteral("invalid x-api-key");
    case 402:
        return QStringLiteral("Your credit balance is too low to access the Anthropic API. "
                              "Please go to Plans & Billing to upgrade or purchase credits.");
    case 403:
        return QStringLiteral("Your API key does not have permission to use the specified resource.");
    case 404:
        return QStringLiteral("Not found");
    case 413:
        return QStringLiteral("Request exceeds the maximum allowed number of bytes.");
    case 429:
        return QStringLiteral("Number of request tokens has exceeded your per-minute rate limit.");
    case 504:
        return QStringLiteral("Request timed out");
    case 529:
        return QStringLiteral("Overloaded");
    default:
        return QStringLiteral("Internal server error");
    }
}

const QByteArray kHtml
    = "<!DOCTYPE html>\n<html><head><title>Sign in to continue</title></head>\n"
      "<body><h1>Network login required</h1><p>Please sign in to use this network.</p></body></html>\n";

} // namespace

QString SimApi::errorType(int status)
{
    switch (status) {
    case 400:
        return QStringLiteral("invalid_request_error");
    case 401:
        return QStringLiteral("authentication_error");
    case 402:
        return QStringLiteral("billing_error");
    case 403:
        return QStringLiteral("permission_error");
    case 404:
        return QStringLiteral("not_found_error");
    case 413:
        return QStringLiteral("request_too_large");
    case 429:
        return QStringLiteral("rate_limit_error");
    case 504:
        return QStringLiteral("timeout_error");
    case 529:
        return QStringLiteral("overloaded_error");
    default:
        return QStringLiteral("api_error");
    }
}

SimReply SimApi::json(int status, const QByteArray& body, const QByteArray& requestId)
{
    SimReply r;
    r.status = status;
    r.body = body;
    r.addHeader("Content-Type", "application/json");
    r.addHeader("request-id", requestId);
    return r;
}

SimReply SimApi::error(int status, const QString& message, const QByteArray& requestId)
{
    const QJsonObject body { { QStringLiteral("type"), QStringLiteral("error") },
                             { QStringLiteral("error"),
                               QJsonObject { { QStringLiteral("type"), errorType(status) },
                                             { QStringLiteral("message"), message } } },
                             { QStringLiteral("request_id"), QString::fromLatin1(requestId) } };
    SimReply r = json(status, QJsonDocument(body).toJson(QJsonDocument::Compact), requestId);
    if (status >= 500)
        r.addHeader("x-should-retry", "true");
    return r;
}

SimReply SimApi::handle(const SimRequest& request)
{
    const QByteArray requestId = "req_sim_" + QByteArray::number(++m_counter);
    const QString key = QString::fromUtf8(request.header("x-api-key"));
    if (key.isEmpty() || (!m_expectedKey.isEmpty() && key != m_expectedKey))
        return error(401, defaultMessage(401), requestId);
    if (request.path == QLatin1String("/v1/models") && request.method == "GET")
        return listModels(request, requestId);
    if (request.path == QLatin1String("/v1/messages") && request.method == "POST")
        return messages(request, requestId);
    return error(404, defaultMessage(404), requestId);
}

SimReply SimApi::listModels(const SimRequest& request, const QByteArray& requestId) const
{
    const QUrlQuery query(request.query);
    const int limit = qBound(1,
                             query.queryItemValue(QStringLiteral("limit")).toInt() > 0
                                 ? query.queryItemValue(QStringLiteral("limit")).toInt()
                                 : 20,
                             1000);
    const QString afterId = query.queryItemValue(QStringLiteral("after_id"));
    int from = 0;
    if (!afterId.isEmpty()) {
        from = -1;
        for (int i = 0; i < m_models.size(); ++i) {
            if (m_models.at(i).id == afterId)
                from = i + 1;
        }
        if (from < 0)
            return error(400, QStringLiteral("after_id: unknown model id"), requestId);
    }
    QJsonArray data;
    for (int i = from; i < m_models.size() && data.size() < limit; ++i) {
        const SimModel& m = m_models.at(i);
        data.append(QJsonObject { { QStringLiteral("type"), QStringLiteral("model") },
                                  { QStringLiteral("id"), m.id },
                                  { QStringLiteral("display_name"), m.displayName },
                                  { QStringLiteral("created_at"), m.createdAt.toUTC().toString(Qt::ISODate) } });
    }
    const bool hasMore = from + data.size() < m_models.size();
    const QJsonObject body { { QStringLiteral("data"), data },
                             { QStringLiteral("has_more"), hasMore },
                             { QStringLiteral("first_id"),
                               data.isEmpty() ? QJsonValue() : data.first().toObject().value(QStringLiteral("id")) },
                             { QStringLiteral("last_id"),
                               data.isEmpty() ? QJsonValue() : data.last().toObject().value(QStringLiteral("id")) } };
    return json(200, QJsonDocument(body).toJson(QJsonDocument::Compact), requestId);
}

SimReply SimApi::messages(const SimRequest& request, const QByteArray& requestId) const
{
    if (request.header("anthropic-version").isEmpty())
        return error(400, QStringLiteral("anthropic-version: header is required"), requestId);
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    if (body.isEmpty())
        return error(400, QStringLiteral("There was an issue with the request body: not a JSON object"), requestId);
    const QString model = body.value(QStringLiteral("model")).toString();
    if (model.isEmpty())
        return error(400, QStringLiteral("model: Field required"), requestId);
    if (!body.value(QStringLiteral("max_tokens")).isDouble())
        return error(400, QStringLiteral("max_tokens: Field required"), requestId);
    const bool known
        = std::any_of(m_models.begin(), m_models.end(), [&model](const SimModel& m) { return m.id == model; });
    if (!known && !m_behaviours.contains(model))
        return error(404, QStringLiteral("model: %1").arg(model), requestId);
    return scripted(model, behaviour(model), requestId);
}

SimReply SimApi::scripted(const QString& model, const ModelBehaviour& b, const QByteArray& requestId) const
{
    const QJsonObject message {
        { QStringLiteral("id"), QStringLiteral("msg_sim_") + QString::fromLatin1(requestId.mid(8)) },
        { QStringLiteral("type"), QStringLiteral("message") },
        { QStringLiteral("role"), QStringLiteral("assistant") },
        { QStringLiteral("model"), model },
        { QStringLiteral("content"),
          QJsonArray { QJsonObject { { QStringLiteral("type"), QStringLiteral("text") },
                                     { QStringLiteral("text"), QStringLiteral("p") } } } },
        { QStringLiteral("stop_reason"), QStringLiteral("max_tokens") },
        { QStringLiteral("stop_sequence"), QJsonValue::Null },
        { QStringLiteral("usage"),
          QJsonObject { { QStringLiteral("input_tokens"), 8 }, { QStringLiteral("output_tokens"), 1 } } }
    };
    SimReply r = json(200, QJsonDocument(message).toJson(QJsonDocument::Compact), requestId);
    switch (b.kind) {
    case ModelBehaviour::Kind::Respond:
        if (b.status >= 300)
            r = error(b.status, b.status == 404 ? QStringLiteral("model: %1").arg(model) : defaultMessage(b.status),
                      requestId);
        break;
    case ModelBehaviour::Kind::Hang:
        r.delivery = SimReply::Delivery::Hang;
        break;
    case ModelBehaviour::Kind::Truncate:
        r.delivery = SimReply::Delivery::Truncate;
        break;
    case ModelBehaviour::Kind::Cut:
        r.delivery = SimReply::Delivery::Cut;
        break;
    case ModelBehaviour::Kind::Html:
        r = SimReply {};
        r.status = b.status;
        r.body = kHtml;
        r.addHeader("Content-Type", "text/html; charset=utf-8");
        r.addHeader("request-id", requestId);
        break;
    case ModelBehaviour::Kind::Redirect:
        r = SimReply {};
        r.status = b.status;
        r.addHeader("Location", (b.location.isEmpty() ? m_defaultRedirect : b.location).toEncoded());
        r.addHeader("request-id", requestId);
        break;
    }
    const int retryAfter
        = b.retryAfter >= 0 ? b.retryAfter : (b.status == 429 && b.kind == ModelBehaviour::Kind::Respond ? 30 : -1);
    if (retryAfter >= 0)
        r.addHeader("retry-after", QByteArray::number(retryAfter));
    r.delayMs = b.latencyMs;
    return r;
}
