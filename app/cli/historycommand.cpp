#include "historycommand.h"

#include "health/modelinfo.h"
#include "history/historystore.h"
#include "options.h"
#include "providers/providerprofile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QProcessEnvironment>
#include <QStandardPaths>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <memory>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(HistoryCommand)
};

constexpr int kExitUsage = 64;
constexpr int kExitNoHistory = 3;

QJsonValue timeJson(const QDateTime& t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonValue percent(double v)
{
    return v < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(std::round(v * 1000) / 1000);
}

QString dataDirFrom(const QCommandLineParser& p)
{
    QString dir = p.value(QStringLiteral("data-dir"));
    if (dir.isEmpty())
        dir = QProcessEnvironment::systemEnvironment().value(QStringLiteral("MODELPULSE_DATA_DIR"));
    if (dir.isEmpty())
        dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return dir;
}

void print(const QByteArray& bytes, FILE* to = stdout)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), to);
    std::fflush(to);
}

int usage(const QString& message)
{
    print(QStringLiteral("modelpulse: %1\n").arg(message).toUtf8(), stderr);
    return kExitUsage;
}

/*! \brief Opens the store read-only-ish; no file means "no history yet" (nothing is created by a reader). */
std::unique_ptr<HistoryStore> openExisting(const QString& dataDir, int* exitCode)
{
    const QString path = HistoryStore::defaultPath(dataDir);
    if (!QFileInfo::exists(path)) {
        print(
            Tr::tr("modelpulse: no history yet in %1 — the tray app records it while it runs.\n").arg(dataDir).toUtf8(),
            stderr);
        *exitCode = kExitNoHistory;
        return nullptr;
    }
    auto store = std::make_unique<HistoryStore>(path);
    QString error;
    if (!store->open(&error)) {
        print(Tr::tr("modelpulse: the history in %1 cannot be read: %2\n").arg(path, error).toUtf8(), stderr);
        *exitCode = kExitNoHistory;
        return nullptr;
    }
    return store;
}

QString shortName(const QString& id, const QStringList& all)
{
    const ModelInfo info = modelInfoFromId(id);
    if (info.family.isEmpty())
        return id;
    QString name = info.family.left(1).toUpper() + info.family.mid(1);
    int sameFamily = 0;
    for (const QString& other : all)
        sameFamily += modelInfoFromId(other).family == info.family ? 1 : 0;
    // Two Opus models watched: say which.
    return sameFamily > 1 && !info.version.isEmpty() ? name + QLatin1Char(' ') + info.version : name;
}

QString symbol(HealthState s)
{
    switch (s) {
    case HealthState::Operational:
        return QStringLiteral("✓");
    case HealthState::DegradedPerformance:
        return QStringLiteral("!");
    case HealthState::PartialOutage:
    case HealthState::MajorOutage:
        return QStringLiteral("✕");
    case HealthState::UnderMaintenance:
        return QStringLiteral("◐");
    case HealthState::Unknown:
        break;
    }
    return QStringLiteral("?");
}

QString compactAge(qint64 secs)
{
    if (secs < 60)
        return QStringLiteral("%1s").arg(std::max<qint64>(0, secs));
    if (secs < 3600)
        return QStringLiteral("%1m").arg(secs / 60);
    if (secs < 48 * 3600)
        return QStringLiteral("%1h").arg(secs / 3600);
    return QStringLiteral("%1d").arg(secs / 86400);
}

QString csvCell(QString s)
{
    if (s.contains(QLatin1Char(',')) || s.contains(QLatin1Char('"')) || s.contains(QLatin1Char('\n'))) {
        s.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        return QLatin1Char('"') + s + QLatin1Char('"');
    }
    return s;
}

QString num(double v)
{
    return v < 0 ? QString() : QString::number(v, 'f', 3);
}
} // namespace

namespace HistoryFormat {

QByteArray json(const HistoryView& v)
{
    QJsonArray targets;
    for (const HistorySeries& s : v.series) {
        QJsonArray detections;
        for (const HistoryDetection& d : v.detections)
            if (s.subject.kind == u"model" && d.modelId == s.subject.id)
                detections.append(QJsonObject { { QStringLiteral("start"), timeJson(d.start) },
                                                { QStringLiteral("end"), timeJson(d.end) },
                                                { QStringLiteral("worst"), healthStateKey(d.worst) } });
        targets.append(QJsonObject {
            { QStringLiteral("provider"), s.subject.provider },
            { QStringLiteral("kind"), s.subject.kind },
            { QStringLiteral("id"), s.subject.id },
            { QStringLiteral("display_name"), s.subject.displayName.isEmpty() ? s.subject.id : s.subject.displayName },
            { QStringLiteral("availability_official"), percent(s.availabilityOfficial) },
            { QStringLiteral("availability_own"), percent(s.availabilityOwn) },
            { QStringLiteral("incidents"), s.incidents },
            { QStringLiteral("detections"), detections },
        });
    }
    QJsonArray incidents;
    for (const HistoryIncident& h : v.incidents)
        incidents.append(QJsonObject {
            { QStringLiteral("provider"), h.provider },
            { QStringLiteral("id"), h.incident.id },
            { QStringLiteral("name"), h.incident.name },
            { QStringLiteral("impact"), h.incident.impact },
            { QStringLiteral("started"), timeJson(h.start) },
            { QStringLiteral("resolved"), timeJson(h.end) },
            { QStringLiteral("url"),
              h.incident.shortlink.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(h.incident.shortlink) },
            { QStringLiteral("models"), QJsonArray::fromStringList(h.models) },
            { QStringLiteral("components"), QJsonArray::fromStringList(h.components) },
            { QStringLiteral("lead_time_s"),
              h.leadSeconds ? QJsonValue(qint64(*h.leadSeconds)) : QJsonValue(QJsonValue::Null) },
            { QStringLiteral("lead_model"),
              h.leadModel.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(h.leadModel) },
        });
    const QJsonObject out {
        { QStringLiteral("schema"), 1 },
        { QStringLiteral("range"), historyRangeKey(v.range) },
        { QStringLiteral("from"), timeJson(v.from) },
        { QStringLiteral("to"), timeJson(v.to) },
        { QStringLiteral("targets"), targets },
        { QStringLiteral("incidents"), incidents },
        { QStringLiteral("median_recovery_min"),
          v.medianRecoveryMinutes < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(v.medianRecoveryMinutes) },
    };
    return QJsonDocument(out).toJson(QJsonDocument::Indented);
}

QByteArray csv(const HistoryView& v)
{
    QString out
        = QStringLiteral("record,provider,kind,id,display_name,availability_official,availability_own,incidents,"
                         "started,resolved,impact,models,lead_time_s\n");
    for (const HistorySeries& s : v.series)
        out += QStringList { QStringLiteral("target"),
                             s.subject.provider,
                             s.subject.kind,
                             csvCell(s.subject.id),
                             csvCell(s.subject.displayName.isEmpty() ? s.subject.id : s.subject.displayName),
                             num(s.availabilityOfficial),
                             num(s.availabilityOwn),
                             QString::number(s.incidents),
                             {},
                             {},
                             {},
                             {},
                             {} }
                   .join(QLatin1Char(','))
            + QLatin1Char('\n');
    for (const HistoryIncident& h : v.incidents)
        out += QStringList { QStringLiteral("incident"),
                             h.provider,
                             QStringLiteral("incident"),
                             csvCell(h.incident.id),
                             csvCell(h.incident.name),
                             {},
                             {},
                             {},
                             h.start.toUTC().toString(Qt::ISODate),
                             h.end.toUTC().toString(Qt::ISODate),
                             csvCell(h.incident.impact),
                             csvCell(h.models.join(QLatin1Char(' '))),
                             h.leadSeconds ? QString::number(*h.leadSeconds) : QString() }
                   .join(QLatin1Char(','))
            + QLatin1Char('\n');
    return out.toUtf8();
}

QString table(const HistoryView& v)
{
    const QLocale locale;
    QString out = Tr::tr("History %1 — %2 to %3")
                      .arg(historyRangeKey(v.range), locale.toString(v.from.toLocalTime(), QLocale::ShortFormat),
                           locale.toString(v.to.toLocalTime(), QLocale::ShortFormat))
        + QLatin1Char('\n');
    for (const HistorySeries& s : v.series) {
        const QString name = s.subject.displayName.isEmpty() ? s.subject.id : s.subject.displayName;
        const int incidents = s.incidents;
        out += Tr::tr("  %1: official %2, own %3, %n incident(s)", nullptr, incidents)
                   .arg(name,
                        s.availabilityOfficial < 0 ? QStringLiteral("—")
                                                   : locale.toString(s.availabilityOfficial, 'f', 2) + u'%',
                        s.availabilityOwn < 0 ? QStringLiteral("—") : locale.toString(s.availabilityOwn, 'f', 2) + u'%')
            + QLatin1Char('\n');
    }
    for (const HistoryIncident& h : v.incidents) {
        QString lead = Tr::tr("not detected by our probes");
        if (h.leadSeconds)
            lead = *h.leadSeconds >= 0 ? Tr::tr("detected %1 min before the official page").arg(*h.leadSeconds / 60)
                                       : Tr::tr("detected %1 min after the official page").arg(-*h.leadSeconds / 60);
        out += QStringLiteral("  • %1 (%2, %3) — %4\n")
                   .arg(h.incident.name, h.incident.impact,
                        locale.toString(h.start.toLocalTime(), QLocale::ShortFormat), lead);
    }
    return out;
}

QString statusLine(const QHash<QString, QPair<QString, QDateTime>>& states, const QDateTime& now)
{
    QStringList ids = states.keys();
    // Worst first would reorder the line as states change; a fixed order is easier to read at a glance.
    std::sort(ids.begin(), ids.end(), [](const QString& a, const QString& b) {
        const ModelInfo ia = modelInfoFromId(a), ib = modelInfoFromId(b);
        static const QStringList order { QStringLiteral("opus"), QStringLiteral("sonnet"), QStringLiteral("haiku") };
        const auto rank = [](const QString& f) { return order.contains(f) ? order.indexOf(f) : 99; };
        return rank(ia.family) != rank(ib.family) ? rank(ia.family) < rank(ib.family) : a < b;
    });
    QStringList parts;
    for (const QString& id : ids) {
        const HealthState s = healthStateFromKey(states.value(id).first);
        QString part = shortName(id, ids) + QLatin1Char(' ') + symbol(s);
        if (s != HealthState::Operational && states.value(id).second.isValid())
            part += QLatin1Char(' ') + compactAge(states.value(id).second.secsTo(now));
        parts << part;
    }
    return parts.join(QStringLiteral(" · "));
}

} // namespace HistoryFormat

int runHistoryCommand(const QStringList& arguments)
{
    QCommandLineParser p;
    p.setApplicationDescription(Tr::tr("modelpulse history: availability and incidents per model and service over a "
                                       "range, from the stored history. Sends nothing: no network, no key."));
    p.addOptions(
        { { QStringLiteral("json"), Tr::tr("Print one JSON object.") },
          { QStringLiteral("csv"), Tr::tr("Print CSV.") },
          { QStringLiteral("range"), Tr::tr("24h, 7d, 30d, 90d or 1y (default 7d)."), Tr::tr("range"),
            QStringLiteral("7d") },
          { QStringLiteral("models"), Tr::tr("Model ids, comma separated (default: every model in the history)."),
            Tr::tr("ids") },
          { QStringLiteral("data-dir"), Tr::tr("Where history and state are kept."), Tr::tr("dir") },
          { QStringLiteral("lang"), Tr::tr("User interface language: ko or en (default: system)."), Tr::tr("lang") } });
    p.addHelpOption();
    if (!p.parse(arguments))
        return usage(p.errorText());
    if (p.isSet(QStringLiteral("help"))) {
        print(p.helpText().toUtf8());
        return 0;
    }
    if (p.positionalArguments().size() > 1)
        return usage(Tr::tr("Unexpected argument “%1”.").arg(p.positionalArguments().at(1)));
    if (p.isSet(QStringLiteral("json")) && p.isSet(QStringLiteral("csv")))
        return usage(Tr::tr("--json and --csv exclude each other."));
    const auto range = historyRangeFromKey(p.value(QStringLiteral("range")));
    if (!range)
        return usage(
            Tr::tr("--range must be 24h, 7d, 30d, 90d or 1y, got “%1”.").arg(p.value(QStringLiteral("range"))));
    QStringList models;
    for (const QString& id : p.value(QStringLiteral("models")).split(QLatin1Char(','), Qt::SkipEmptyParts))
        models << id.trimmed();
    if (p.isSet(QStringLiteral("models")) && models.isEmpty())
        return usage(Tr::tr("--models needs at least one model id."));
    int exitCode = 0;
    const auto store = openExisting(dataDirFrom(p), &exitCode);
    if (!store)
        return exitCode;
    // Anthropic's default watched services (API, claude.ai) as the service rows.
    const HistoryView view = store->query(*range, QDateTime::currentDateTimeUtc(), models,
                                          { Providers::anthropic().apiComponentId, QStringLiteral("rwppv331jlwc") });
    if (p.isSet(QStringLiteral("json")))
        print(HistoryFormat::json(view));
    else if (p.isSet(QStringLiteral("csv")))
        print(HistoryFormat::csv(view));
    else
        print(HistoryFormat::table(view).toUtf8());
    return 0;
}

int runStatusLine(const QStringList& arguments)
{
    QCommandLineParser p;
    p.addOptions(
        { { QStringLiteral("status-line"), Tr::tr("One short line for status bars.") },
          { QStringLiteral("format"), Tr::tr("text or json (default text)."), Tr::tr("format"),
            QStringLiteral("text") },
          { QStringLiteral("data-dir"), Tr::tr("Where history and state are kept."), Tr::tr("dir") },
          // main.cpp installs the translator from it: the language of messages (the line is symbols).
          { QStringLiteral("lang"), Tr::tr("User interface language: ko or en (default: system)."), Tr::tr("lang") } });
    p.setApplicationDescription(Tr::tr("modelpulse --status-line: one short line for status bars, from the stored "
                                       "history. Sends nothing: no network, no key."));
    p.addHelpOption();
    if (!p.parse(arguments))
        return usage(p.errorText());
    if (p.isSet(QStringLiteral("help"))) {
        print(p.helpText().toUtf8());
        return 0;
    }
    const QString format = p.value(QStringLiteral("format"));
    if (format != u"text" && format != u"json")
        return usage(Tr::tr("--format must be text or json, got “%1”.").arg(format));
    if (!p.positionalArguments().isEmpty())
        return usage(Tr::tr("Unexpected argument “%1”.").arg(p.positionalArguments().constFirst()));
    int exitCode = 0;
    const auto store = openExisting(dataDirFrom(p), &exitCode);
    if (!store)
        return exitCode;
    const auto states = store->latestModelStates();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (format == u"json") {
        QJsonArray models;
        for (auto it = states.cbegin(); it != states.cend(); ++it)
            models.append(QJsonObject { { QStringLiteral("id"), it.key() },
                                        { QStringLiteral("state"), it.value().first },
                                        { QStringLiteral("since"), timeJson(it.value().second) } });
        print(QJsonDocument(QJsonObject { { QStringLiteral("schema"), 1 },
                                          { QStringLiteral("line"), HistoryFormat::statusLine(states, now) },
                                          { QStringLiteral("models"), models } })
                  .toJson(QJsonDocument::Compact)
              + '\n');
    } else {
        print(HistoryFormat::statusLine(states, now).toUtf8() + '\n');
    }
    return 0;
}
