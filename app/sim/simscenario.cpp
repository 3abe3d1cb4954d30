#include "simscenario.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace {

bool readFile(const QString& baseDir, const QString& name, QByteArray* out, QString* error)
{
    QFile f(QDir(baseDir).filePath(name));
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(f.fileName(), f.errorString());
        return false;
    }
    *out = f.readAll();
    return true;
}

bool applyStatuspage(const QJsonObject& sp, const QString& baseDir, SimStep* step, QString* error)
{
    static const QStringList compactKeys { QStringLiteral("indicator"),    QStringLiteral("description"),
                                           QStringLiteral("components"),   QStringLiteral("incidents"),
                                           QStringLiteral("maintenances"), QStringLiteral("page") };
    if (sp.contains(QStringLiteral("file"))) {
        step->compact = {};
        if (!readFile(baseDir, sp.value(QStringLiteral("file")).toString(), &step->summaryBytes, error))
            return false;
    } else if (sp.contains(QStringLiteral("json"))) {
        step->compact = {};
        step->summaryBytes = QJsonDocument(sp.value(QStringLiteral("json")).toObject()).toJson(QJsonDocument::Compact);
    } else if (std::any_of(compactKeys.begin(), compactKeys.end(),
                           [&sp](const QString& k) { return sp.contains(k); })) {
        step->summaryBytes.clear();
        step->compact = sp;
        step->compact.remove(QStringLiteral("misbehave"));
    }
    if (sp.contains(QStringLiteral("atom"))
        && !readFile(baseDir, sp.value(QStringLiteral("atom")).toString(), &step->atomBytes, error))
        return false;
    if (sp.contains(QStringLiteral("rss"))
        && !readFile(baseDir, sp.value(QStringLiteral("rss")).toString(), &step->rssBytes, error))
        return false;
    if (sp.contains(QStringLiteral("misbehave")))
        step->misbehaviour = Misbehaviour::fromJson(sp.value(QStringLiteral("misbehave")), error);
    return error->isEmpty();
}

SimStep::Offline parseOffline(const QJsonValue& v)
{
    if (v.toString() == QLatin1String("refuse"))
        return SimStep::Offline::Refuse;
    if (v.toBool() || v.toString() == QLatin1String("drop"))
        return SimStep::Offline::Drop;
    return SimStep::Offline::No;
}

} // namespace

QVector<SimModel> SimScenario::defaultModels()
{
    auto at = [](const char* iso) { return QDateTime::fromString(QLatin1String(iso), Qt::ISODate); };
    return { { QStringLiteral("claude-opus-4-5"), QStringLiteral("Claude Opus 4.5"), at("2025-11-24T00:00:00Z") },
             { QStringLiteral("claude-sonnet-4-5"), QStringLiteral("Claude Sonnet 4.5"), at("2025-09-29T00:00:00Z") },
             { QStringLiteral("claude-haiku-4-5"), QStringLiteral("Claude Haiku 4.5"), at("2025-10-15T00:00:00Z") } };
}

SimScenario SimScenario::allGreen()
{
    SimScenario s;
    s.name = QStringLiteral("all green");
    s.models = defaultModels();
    s.steps.append(SimStep {});
    return s;
}

std::optional<SimScenario> SimScenario::fromFile(const QString& path, QString* error)
{
    QByteArray json;
    QString err;
    if (!readFile(QString(), path, &json, &err)) {
        if (error)
            *error = err;
        return std::nullopt;
    }
    return fromJson(json, QFileInfo(path).absolutePath(), error);
}

std::optional<SimScenario> SimScenario::fromJson(const QByteArray& json, const QString& baseDir, QString* error)
{
    QString err;
    auto fail = [&](const QString& why) -> std::optional<SimScenario> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject())
        return fail(QStringLiteral("scenario is not a JSON object: %1").arg(parseError.errorString()));
    const QJsonObject root = doc.object();

    SimScenario s;
    s.name = root.value(QStringLiteral("name")).toString();
    if (root.contains(QStringLiteral("api_key")))
        s.expectedApiKey = root.value(QStringLiteral("api_key")).toString();
    s.loop = root.value(QStringLiteral("loop")).toBool();
    s.duration = root.value(QStringLiteral("duration")).toDouble(0);
    for (const QJsonValue& v : root.value(QStringLiteral("model_list")).toArray()) {
        const QJsonObject m = v.toObject();
        s.models.append({ m.value(QStringLiteral("id")).toString(), m.value(QStringLiteral("display_name")).toString(),
                          QDateTime::fromString(m.value(QStringLiteral("created_at")).toString(), Qt::ISODate) });
    }
    if (s.models.isEmpty())
        s.models = defaultModels();

    SimStep previous;
    const QJsonArray steps = root.value(QStringLiteral("steps")).toArray();
    for (int i = 0; i < steps.size(); ++i) {
        const QJsonObject o = steps.at(i).toObject();
        SimStep step = previous;
        step.misbehaviour = {};
        step.at = o.value(QStringLiteral("at")).toDouble(previous.at);
        step.label = o.value(QStringLiteral("label")).toString();
        step.offline = parseOffline(o.value(QStringLiteral("offline")));
        if (o.contains(QStringLiteral("statuspage"))
            && !applyStatuspage(o.value(QStringLiteral("statuspage")).toObject(), baseDir, &step, &err))
            return fail(QStringLiteral("step %1: %2").arg(i).arg(err));
        if (o.contains(QStringLiteral("models"))) {
            step.models.clear();
            const QJsonObject models = o.value(QStringLiteral("models")).toObject();
            for (auto it = models.begin(); it != models.end(); ++it) {
                step.models.insert(it.key(), ModelBehaviour::fromJson(it.value(), &err));
                if (!err.isEmpty())
                    return fail(QStringLiteral("step %1, model %2: %3").arg(i).arg(it.key(), err));
            }
        }
        s.steps.append(step);
        previous = step;
    }
    if (s.steps.isEmpty())
        s.steps.append(SimStep {});
    std::stable_sort(s.steps.begin(), s.steps.end(), [](const SimStep& a, const SimStep& b) { return a.at < b.at; });
    return s;
}
