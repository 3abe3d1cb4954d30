#include "simpagebuilder.h"

#include <QCryptographicHash>

namespace {

const char* const kPageId = "simclaude001";

int componentRank(const QString& status)
{
    if (status == QLatin1String("major_outage"))
        return 3;
    if (status == QLatin1String("partial_outage"))
        return 2;
    if (status == QLatin1String("degraded_performance"))
        return 1;
    return 0;
}

int impactRank(const QString& impact)
{
    if (impact == QLatin1String("critical"))
        return 3;
    if (impact == QLatin1String("major"))
        return 2;
    if (impact == QLatin1String("minor"))
        return 1;
    return 0;
}

QString describe(const QString& indicator)
{
    if (indicator == QLatin1String("minor"))
        return QStringLiteral("Minor Service Outage");
    if (indicator == QLatin1String("major"))
        return QStringLiteral("Partial System Outage");
    if (indicator == QLatin1String("critical"))
        return QStringLiteral("Major System Outage");
    if (indicator == QLatin1String("maintenance"))
        return QStringLiteral("Service Under Maintenance");
    return QStringLiteral("All Systems Operational");
}

// Statuspage ids are 12 lower-case alphanumerics; derive a stable one from the text.
QString idFor(const QString& seed)
{
    const QByteArray hex = QCryptographicHash::hash(seed.toUtf8(), QCryptographicHash::Sha1).toHex();
    return QString::fromLatin1(hex.left(12));
}

} // namespace

SimPageBuilder::SimPageBuilder(const QJsonObject& compact, const QDateTime& now)
    : m_compact(compact)
    , m_now(now.toUTC())
{
}

QString SimPageBuilder::stamp(const QDateTime& t) const
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QJsonArray SimPageBuilder::defaultComponents(const QDateTime& now)
{
    static const struct {
        const char* id;
        const char* name;
    } defaults[] = { { "rwppv331jlwc", "claude.ai" },
                     { "0qbwn08sd68x", "platform.claude.com" },
                     { "k8w3r06qmzrp", "Claude API (api.anthropic.com)" },
                     { "yyzkbfz2thpt", "Claude Code" } };
    const QString t = now.toUTC().toString(Qt::ISODateWithMs);
    QJsonArray out;
    int position = 1;
    for (const auto& d : defaults) {
        out.append(QJsonObject { { QStringLiteral("id"), QLatin1String(d.id) },
                                 { QStringLiteral("name"), QLatin1String(d.name) },
                                 { QStringLiteral("status"), QStringLiteral("operational") },
                                 { QStringLiteral("created_at"), t },
                                 { QStringLiteral("updated_at"), t },
                                 { QStringLiteral("position"), position++ },
                                 { QStringLiteral("description"), QJsonValue::Null },
                                 { QStringLiteral("showcase"), true },
                                 { QStringLiteral("start_date"), QJsonValue::Null },
                                 { QStringLiteral("group_id"), QJsonValue::Null },
                                 { QStringLiteral("page_id"), QLatin1String(kPageId) },
                                 { QStringLiteral("group"), false },
                                 { QStringLiteral("only_show_if_degraded"), false } });
    }
    return out;
}

SimPage SimPageBuilder::build(const QJsonObject& compact, const QDateTime& now)
{
    SimPageBuilder b(compact, now);
    b.m_page.page = QJsonObject { { QStringLiteral("id"), QLatin1String(kPageId) },
                                  { QStringLiteral("name"), QStringLiteral("Claude") },
                                  { QStringLiteral("url"), QStringLiteral("https://status.claude.com") },
                                  { QStringLiteral("time_zone"), QStringLiteral("Etc/UTC") },
                                  { QStringLiteral("updated_at"), b.stamp(b.m_now) } };
    const QJsonObject pageOverride = compact.value(QStringLiteral("page")).toObject();
    for (auto it = pageOverride.begin(); it != pageOverride.end(); ++it)
        b.m_page.page.insert(it.key(), it.value());
    b.buildComponents();
    const QJsonArray incidents = compact.value(QStringLiteral("incidents")).toArray();
    for (int i = incidents.size() - 1; i >= 0; --i) // newest (last written) first, like the real feed
        b.m_page.incidents.append(b.buildEvent(incidents.at(i).toObject(), i, false));
    const QJsonArray maintenances = compact.value(QStringLiteral("maintenances")).toArray();
    for (int i = 0; i < maintenances.size(); ++i)
        b.m_page.maintenances.append(b.buildEvent(maintenances.at(i).toObject(), i, true));
    b.m_page.status = b.buildStatus();
    return b.m_page;
}

void SimPageBuilder::buildComponents()
{
    const QJsonValue spec = m_compact.value(QStringLiteral("components"));
    QJsonArray components = defaultComponents(m_now);
    if (spec.isArray()) {
        const QJsonArray base = components;
        components = {};
        const QJsonArray list = spec.toArray();
        for (int i = 0; i < list.size(); ++i) {
            QJsonObject c = base.first().toObject();
            const QJsonObject s = list.at(i).toObject();
            const QString name = s.value(QStringLiteral("name")).toString();
            c.insert(QStringLiteral("id"), s.value(QStringLiteral("id")).toString(idFor(name)));
            c.insert(QStringLiteral("name"), name);
            c.insert(QStringLiteral("status"),
                     s.value(QStringLiteral("status")).toString(QStringLiteral("operational")));
            c.insert(QStringLiteral("position"), i + 1);
            components.append(c);
        }
    }
    // Statuspage puts the components of a running maintenance under_maintenance by itself.
    QStringList inMaintenance;
    for (const QJsonValue& m : m_compact.value(QStringLiteral("maintenances")).toArray()) {
        if (SimPage::isActiveMaintenance(m.toObject())) {
            for (const QJsonValue& id : m.toObject().value(QStringLiteral("components")).toArray())
                inMaintenance << id.toString();
        }
    }
    const QJsonObject overrides = spec.toObject();
    for (int i = 0; i < components.size(); ++i) {
        QJsonObject c = components.at(i).toObject();
        const QString id = c.value(QStringLiteral("id")).toString();
        const QString name = c.value(QStringLiteral("name")).toString();
        if (inMaintenance.contains(id))
            c.insert(QStringLiteral("status"), QStringLiteral("under_maintenance"));
        if (overrides.contains(id) || overrides.contains(name))
            c.insert(QStringLiteral("status"), overrides.value(overrides.contains(id) ? id : name).toString());
        components[i] = c;
    }
    m_page.components = components;
}

QJsonArray SimPageBuilder::componentsByIds(const QJsonArray& ids) const
{
    QJsonArray out;
    for (const QJsonValue& c : m_page.components) {
        const QJsonObject o = c.toObject();
        if (ids.contains(o.value(QStringLiteral("id"))) || ids.contains(o.value(QStringLiteral("name"))))
            out.append(o);
    }
    return out;
}

QJsonObject SimPageBuilder::buildEvent(const QJsonObject& spec, int index, bool maintenance) const
{
    const QString name = spec.value(QStringLiteral("name")).toString(QStringLiteral("Simulated incident"));
    const QString id = spec.value(QStringLiteral("id")).toString(idFor(name + QString::number(index)));
    const QString status = spec.value(QStringLiteral("status"))
                               .toString(maintenance ? QStringLiteral("scheduled") : QStringLiteral("investigating"));
    const QJsonArray components = componentsByIds(spec.value(QStringLiteral("components")).toArray());

    // started_seconds_ago wins: a scenario played in real time (the demo) keeps its incident's times consistent from
    // one step to the next, where whole minutes could not.
    QDateTime start = spec.contains(QStringLiteral("started_seconds_ago"))
        ? m_now.addSecs(-spec.value(QStringLiteral("started_seconds_ago")).toInt())
        : m_now.addSecs(-60 * spec.value(QStringLiteral("started_minutes_ago")).toInt(10));
    QJsonObject e;
    if (maintenance) {
        const int defaultStart = SimPage::isActiveMaintenance(spec) ? -10 : 60;
        const QDateTime from = m_now.addSecs(60 * spec.value(QStringLiteral("starts_in_minutes")).toInt(defaultStart));
        const QDateTime until = from.addSecs(60 * spec.value(QStringLiteral("duration_minutes")).toInt(60));
        start = qMin(from, m_now).addSecs(-3600);
        e.insert(QStringLiteral("scheduled_for"), stamp(from));
        e.insert(QStringLiteral("scheduled_until"), stamp(until));
        e.insert(QStringLiteral("scheduled_remind_prior"), false);
        e.insert(QStringLiteral("scheduled_auto_in_progress"), true);
        e.insert(QStringLiteral("scheduled_auto_completed"), true);
    }
    QJsonArray updateSpecs = spec.value(QStringLiteral("updates")).toArray();
    if (updateSpecs.isEmpty()) {
        updateSpecs.append(
            QJsonObject { { QStringLiteral("status"), status },
                          { QStringLiteral("body"),
                            spec.value(QStringLiteral("body")).toString(QStringLiteral("We are investigating.")) } });
    }
    QJsonArray affected;
    for (const QJsonValue& c : components) {
        const QJsonObject o = c.toObject();
        affected.append(QJsonObject { { QStringLiteral("code"), o.value(QStringLiteral("id")) },
                                      { QStringLiteral("name"), o.value(QStringLiteral("name")) },
                                      { QStringLiteral("old_status"), QStringLiteral("operational") },
                                      { QStringLiteral("new_status"), o.value(QStringLiteral("status")) } });
    }
    // Updates spread evenly from the start to now unless an update gives its own seconds_ago; emitted newest first.
    const qint64 span = start.secsTo(m_now);
    const int n = updateSpecs.size();
    QJsonArray updates;
    QDateTime monitoringAt;
    QDateTime last = start;
    for (int u = 0; u < n; ++u) {
        const QJsonObject us = updateSpecs.at(u).toObject();
        const QDateTime at = us.contains(QStringLiteral("seconds_ago"))
            ? m_now.addSecs(-us.value(QStringLiteral("seconds_ago")).toInt())
            : start.addSecs(n > 1 ? span * u / (n - 1) : 0);
        const QString ustatus = us.value(QStringLiteral("status")).toString(status);
        if (ustatus == QLatin1String("monitoring") && !monitoringAt.isValid())
            monitoringAt = at;
        last = at;
        updates.prepend(QJsonObject { { QStringLiteral("id"), idFor(id + QString::number(u)) },
                                      { QStringLiteral("status"), ustatus },
                                      { QStringLiteral("body"), us.value(QStringLiteral("body")).toString() },
                                      { QStringLiteral("incident_id"), id },
                                      { QStringLiteral("created_at"), stamp(at) },
                                      { QStringLiteral("updated_at"), stamp(at) },
                                      { QStringLiteral("display_at"), stamp(at) },
                                      { QStringLiteral("affected_components"),
                                        u == 0 && !affected.isEmpty() ? QJsonValue(affected) : QJsonValue() },
                                      { QStringLiteral("deliver_notifications"), true },
                                      { QStringLiteral("custom_tweet"), QJsonValue::Null },
                                      { QStringLiteral("tweet_id"), QJsonValue::Null } });
    }
    const bool resolved = !SimPage::isUnresolved(QJsonObject { { QStringLiteral("status"), status } });
    e.insert(QStringLiteral("id"), id);
    e.insert(QStringLiteral("name"), name);
    e.insert(QStringLiteral("status"), status);
    e.insert(QStringLiteral("created_at"), stamp(start));
    e.insert(QStringLiteral("updated_at"), stamp(last));
    e.insert(QStringLiteral("monitoring_at"), monitoringAt.isValid() ? QJsonValue(stamp(monitoringAt)) : QJsonValue());
    e.insert(QStringLiteral("resolved_at"), resolved ? QJsonValue(stamp(last)) : QJsonValue());
    e.insert(QStringLiteral("impact"),
             spec.value(QStringLiteral("impact"))
                 .toString(maintenance ? QStringLiteral("maintenance") : QStringLiteral("minor")));
    e.insert(QStringLiteral("shortlink"), QStringLiteral("https://stspg.io/") + id.left(10));
    e.insert(QStringLiteral("started_at"), stamp(start));
    e.insert(QStringLiteral("page_id"), QLatin1String(kPageId));
    e.insert(QStringLiteral("incident_updates"), updates);
    e.insert(QStringLiteral("components"), components);
    return e;
}

QJsonObject SimPageBuilder::buildStatus() const
{
    QString indicator = m_compact.value(QStringLiteral("indicator")).toString();
    if (indicator.isEmpty()) {
        static const char* const byRank[] = { "none", "minor", "major", "critical" };
        int rank = 0;
        for (const QJsonValue& c : m_page.components)
            rank = qMax(rank, componentRank(c.toObject().value(QStringLiteral("status")).toString()));
        for (const QJsonValue& i : m_page.incidents) {
            if (SimPage::isUnresolved(i.toObject()))
                rank = qMax(rank, impactRank(i.toObject().value(QStringLiteral("impact")).toString()));
        }
        indicator = QLatin1String(byRank[rank]);
        bool maintenance = false;
        for (const QJsonValue& m : m_page.maintenances)
            maintenance = maintenance || SimPage::isActiveMaintenance(m.toObject());
        if (rank == 0 && maintenance)
            indicator = QStringLiteral("maintenance");
    }
    return { { QStringLiteral("indicator"), indicator },
             { QStringLiteral("description"),
               m_compact.value(QStringLiteral("description")).toString(describe(indicator)) } };
}
