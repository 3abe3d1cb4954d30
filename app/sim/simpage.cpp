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

bool SimPage::isHtmlPath(const QString& path)
{
    // What a person opens: the page itself and an incident's link (the demo's "Open status page" and shortlinks).
    return path == u"/" || path.startsWith(QLatin1String("/incidents/"));
}

bool SimPage::isStatuspagePath(const QString& path)
{
    static const QStringList all { kSummary,      kStatus,   kComponents, kIncidents, kUnresolved,
                                   kMaintenances, kUpcoming, kActive,     kAtom,      kRss };
    return all.contains(path) || isHtmlPath(path);
}

QByteArray SimPage::html() const
{
    const auto esc = [](const QJsonValue& v) { return v.toString().toHtmlEscaped().toUtf8(); };
    QByteArray out = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>"
        + esc(page.value(QStringLiteral("name"))) + " status (simulated)</title></head><body><h1>"
        + esc(page.value(QStringLiteral("name")))
        + " status</h1><p><em>A simulated status page served by ModelPulse on this computer "
          "(the demo, or a test). It is not Anthropic's.</em></p><h2>"
        + esc(status.value(QStringLiteral("description"))) + "</h2><ul>";
    for (const QJsonValue& c : components)
        out += "<li>" + esc(c.toObject().value(QStringLiteral("name"))) + ": "
            + esc(c.toObject().value(QStringLiteral("status"))) + "</li>";
    out += "</ul>";
    const auto list = [&](const char* heading, const QJsonArray& items, bool (*keep)(const QJsonObject&)) {
        const QJsonArray shown = filtered(items, keep);
        if (shown.isEmpty())
            return;
        out += QByteArray("<h2>") + heading + "</h2><ul>";
        for (const QJsonValue& v : shown) {
            const QJsonObject o = v.toObject();
            out += "<li id=\"" + esc(o.value(QStringLiteral("id"))) + "\"><strong>"
                + esc(o.value(QStringLiteral("name"))) + "</strong> (" + esc(o.value(QStringLiteral("status"))) + ")";
            const QJsonArray updates = o.value(QStringLiteral("incident_updates")).toArray();
            if (!updates.isEmpty())
                out += "<br>" + esc(updates.first().toObject().value(QStringLiteral("body")));
            out += "</li>";
        }
        out += "</ul>";
    };
    list("Incidents", incidents, &SimPage::isUnresolved);
    list("Maintenance", maintenances, &isUpcomingOrActive);
    return out + "</body></html>";
}

QByteArray SimPage::contentType(const QString& path)
{
    if (isHtmlPath(path))
        return "text/html; charset=utf-8";
    if (path == kAtom)
        return "application/atom+xml; charset=utf-8";
    if (path == kRss)
        return "application/rss+xml; charset=utf-8";
    return "application/json; charset=utf-8";
}

std::optional<QByteArray> SimPage::body(const QString& path) const
{
    if (isHtmlPath(path))
        return html();
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
