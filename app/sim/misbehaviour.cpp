#include "misbehaviour.h"

#include <QJsonArray>
#include <QJsonObject>

int Misbehaviour::effectiveStatus() const
{
    if (status > 0)
        return status;
    switch (mode) {
    case Mode::Status:
        return 503;
    case Mode::Challenge:
        return 403;
    case Mode::Redirect:
        return 301;
    default:
        return 200;
    }
}

Misbehaviour Misbehaviour::fromJson(const QJsonValue& value, QString* error)
{
    static const struct {
        const char* name;
        Mode mode;
    } modes[] = { { "none", Mode::None },           { "status", Mode::Status },     { "html", Mode::Html },
                  { "challenge", Mode::Challenge }, { "truncate", Mode::Truncate }, { "cut", Mode::Cut },
                  { "hang", Mode::Hang },           { "redirect", Mode::Redirect }, { "garbage", Mode::Garbage },
                  { "delay", Mode::None } };
    Misbehaviour m;
    const QJsonObject o = value.isObject() ? value.toObject() : QJsonObject { { QStringLiteral("mode"), value } };
    const QString word = o.value(QStringLiteral("mode")).toString(QStringLiteral("none")).trimmed().toLower();
    bool known = false;
    for (const auto& entry : modes) {
        if (word == QLatin1String(entry.name)) {
            m.mode = entry.mode;
            known = true;
        }
    }
    if (!known && error)
        *error = QStringLiteral("unknown misbehaviour \"%1\"").arg(word);
    m.status = o.value(QStringLiteral("status")).toInt(0);
    // {"status": 500} alone means "answer 500".
    if (!o.contains(QStringLiteral("mode")) && m.status > 0)
        m.mode = Mode::Status;
    m.delayMs = o.value(QStringLiteral("delay_ms")).toInt(0);
    m.retryAfter = o.value(QStringLiteral("retry_after")).toInt(-1);
    m.location = QUrl(o.value(QStringLiteral("location")).toString());
    for (const QJsonValue& p : o.value(QStringLiteral("paths")).toArray())
        m.paths << p.toString();
    return m;
}
