#include "modelbehaviour.h"

#include <QJsonObject>

namespace {

bool parseKind(const QString& word, ModelBehaviour* b)
{
    static const struct {
        const char* name;
        ModelBehaviour::Kind kind;
        int status;
    } words[] = {
        { "ok", ModelBehaviour::Kind::Respond, 200 },        { "hang", ModelBehaviour::Kind::Hang, 200 },
        { "truncate", ModelBehaviour::Kind::Truncate, 200 }, { "cut", ModelBehaviour::Kind::Cut, 200 },
        { "html", ModelBehaviour::Kind::Html, 200 },         { "redirect", ModelBehaviour::Kind::Redirect, 307 },
    };
    for (const auto& w : words) {
        if (word == QLatin1String(w.name)) {
            b->kind = w.kind;
            b->status = w.status;
            return true;
        }
    }
    bool isNumber = false;
    const int code = word.toInt(&isNumber);
    if (!isNumber || code < 100 || code > 599)
        return false;
    b->kind = ModelBehaviour::Kind::Respond;
    b->status = code;
    return true;
}

} // namespace

ModelBehaviour ModelBehaviour::fromJson(const QJsonValue& value, QString* error)
{
    ModelBehaviour b;
    const QJsonObject o = value.isObject() ? value.toObject() : QJsonObject { { QStringLiteral("status"), value } };
    const QJsonValue status = o.value(QStringLiteral("status"));
    const QString word = status.isDouble() ? QString::number(status.toInt()) : status.toString(QStringLiteral("ok"));
    if (!parseKind(word.trimmed().toLower(), &b)) {
        if (error)
            *error = QStringLiteral("unknown model behaviour \"%1\"").arg(word);
        return ok();
    }
    if (o.contains(QStringLiteral("http_status")))
        b.status = o.value(QStringLiteral("http_status")).toInt(b.status);
    b.latencyMs = o.value(QStringLiteral("latency_ms")).toInt(0);
    b.retryAfter = o.value(QStringLiteral("retry_after")).toInt(-1);
    b.location = QUrl(o.value(QStringLiteral("location")).toString());
    return b;
}
