#include "simpage.h"

#include "simfeedwriter.h"

#include <QJsonDocument>

namespace {

const QString kSummary = QStringLiteral("/api/v2/summary.json");
const QString kStatus = QStringLiteral("/api/v2/status.json");
const QString kComponents = QStringLiteral("/api/v2/components.json");
const QString kIncidents = QStringLiteral("/api/v2/incidents.json");
const QString kUnresolved = QStringLiteral("/api/v2/incidents/unresolved.json");
const QString kMaintenances = QStringLiteral("/api/v2/scheduled-maintenances.json");
const QString kUpcoming = QStringLiteral("/api/v2/scheduled-maintenances/upcoming.json");
const QString kActive = QStringLiteral("/api/v2/scheduled-maintenances/active.json");
const QString kAtom = QStringLiteral("/history.atom");
const QString kRss = QStringLiteral("/history.rss");

QByteArray compact(const QJsonValue& v)
{
    if (v.isArray())
        return QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact);
    if (v.isObject())
        return QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact);
    return "null";
}

// QJsonObject sorts keys; the top level is assembled by hand to keep Statuspage's wire order.
QByteArray envelope(const QList<QPair<const char*, QJsonValue>>& parts)
{
    QByteArray out = "{";
    for (const auto& part : parts) {
        if (out.size() > 1)
            out += ',';
        out += '"' + QByteArray(part.first) + "\":" + compact(part.second);
    }
    return out + '}';
}

QJsonArray filtered(const QJsonArray& items, bool (*keep)(const QJsonObject&))
{
    QJsonArray out;
    for (const QJsonValue& v : items) {
        if (keep(v.toObject()))
            out.append(v);
    }
    return out;
}

bool isUpcoming(const QJsonObject& m)
{
    return m.value(QStringLiteral("status")).toString() == QLatin1String("scheduled");
}

bool isUpcomingOrActive(const QJsonObject& m)
{
    return isUpcoming(m) || SimPage::isActiveMaintenance(m);
}

} // namespace

SimPage SimPage::fromSummary(const QByteArray& summaryBytes)
{
    SimPage p;
    p.rawSummary = summaryBytes;
    const QJsonObject o = QJsonDocument::fromJson(summaryBytes).object();
    p.page = o.value(QStringLiteral("page")).toObject();
    p.components = o.value(QStringLiteral("components")).toArray();
    p.incidents = o.value(QStringLiteral("incidents")).toArray();
    p.maintenances = o.value(QStringLiteral("scheduled_maintenances")).toArray();
    p.status = o.value(QStringLiteral("status")).toObject();
    return p;
}

bool SimPage::isUnresolved(const QJsonObject& incident)
{
    const QString s = incident.value(QStringLiteral("status")).toString();
    return s != QLatin1String("resolved") && s != QLatin1String("postmortem") && s != QLatin1String("completed");
}

bool SimPage::isActiveMaintenance(const QJsonObject& maintenance)
{
    const QString s = maintenance.value(QStringLiteral("status")).toString();
    return s == QLatin1String("in_progress") || s == QLatin1String("verifying");
}

bool SimPage::isStatuspagePath(const QString& path)
{
    static const QStringList all { kSummary,      kStatus,   kComponents, kIncidents, kUnresolved,
                                   kMaintenances, kUpcoming, kActive,     kAtom,      kRss };
    return all.contains(path);
}

QByteArray SimPage::contentType(const QString& path)
{
    if (path == kAtom)
        return "application/atom+xml; charset=utf-8";
    if (path == kRss)
        return "application/rss+xml; charset=utf-8";
    return "application/json; charset=utf-8";
}

std::optional<QByteArray> SimPage::body(const QString& path) const
{
    if (path == kSummary) {
        if (!rawSummary.isEmpty())
            return rawSummary;
        return envelope({ { "page", page },
                          { "components", components },
                          { "incidents", filtered(incidents, &SimPage::isUnresolved) },
                          { "scheduled_maintenances", filtered(maintenances, &isUpcomingOrActive) },
                          { "status", status } });
    }
    if (path == kStatus)
        return envelope({ { "page", page }, { "status", status } });
    if (path == kComponents)
        return envelope({ { "page", page }, { "components", components } });
    if (path == kIncidents)
        return envelope({ { "page", page }, { "incidents", incidents } });
    if (path == kUnresolved)
        return envelope({ { "page", page }, { "incidents", filtered(incidents, &SimPage::isUnresolved) } });
    if (path == kMaintenances)
        return envelope({ { "page", page }, { "scheduled_maintenances", maintenances } });
    if (path == kUpcoming)
        return envelope({ { "page", page }, { "scheduled_maintenances", filtered(maintenances, &isUpcoming) } });
    if (path == kActive)
        return envelope(
            { { "page", page }, { "scheduled_maintenances", filtered(maintenances, &isActiveMaintenance) } });
    if (path == kAtom)
        return rawAtom.isEmpty() ? SimFeedWriter::atom(page, incidents) : rawAtom;
    if (path == kRss)
        return rawRss.isEmpty() ? SimFeedWriter::rss(page, incidents) : rawRss;
    return std::nullopt;
}
