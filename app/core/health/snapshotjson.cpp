#include "snapshotjson.h"

#include <QJsonArray>

#include <algorithm>

namespace SnapshotJson {

QJsonValue timeToJson(const QDateTime& time)
{
    if (!time.isValid())
        return QJsonValue::Null;
    return time.toUTC().toString(Qt::ISODate);
}

namespace {
    QJsonValue stringOrNull(const QString& s)
    {
        return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
    }

    QJsonObject feedToJson(const FeedHealth& feed)
    {
        return {
            { QStringLiteral("url"), feed.url.toString() },
            { QStringLiteral("ok"), feed.ok },
            { QStringLiteral("stale"), feed.stale },
            { QStringLiteral("error"), stringOrNull(reasonText(feed.error)) },
            { QStringLiteral("error_code"), stringOrNull(feed.error.code) },
            { QStringLiteral("indicator"), stringOrNull(feed.indicator) },
            { QStringLiteral("description"), stringOrNull(feed.description) },
            { QStringLiteral("fetched_at"), timeToJson(feed.fetchedAt) },
        };
    }

    QJsonObject incidentToJson(const IncidentHealth& ih)
    {
        const Incident& i = ih.incident;
        return {
            { QStringLiteral("id"), i.id },
            { QStringLiteral("name"), i.name },
            { QStringLiteral("status"), i.status },
            { QStringLiteral("impact"), i.impact },
            { QStringLiteral("effect"), healthStateKey(ih.effect) },
            { QStringLiteral("started_at"), timeToJson(i.startedAt.isValid() ? i.startedAt : i.createdAt) },
            { QStringLiteral("updated_at"), timeToJson(i.updatedAt) },
            { QStringLiteral("url"), stringOrNull(i.shortlink) },
            { QStringLiteral("models"), QJsonArray::fromStringList(ih.modelIds) },
            { QStringLiteral("components"), QJsonArray::fromStringList(i.componentIds) },
        };
    }

    QJsonObject maintenanceToJson(const Incident& m)
    {
        return {
            { QStringLiteral("id"), m.id },
            { QStringLiteral("name"), m.name },
            { QStringLiteral("status"), m.status },
            { QStringLiteral("impact"), m.impact },
            { QStringLiteral("scheduled_for"), timeToJson(m.scheduledFor) },
            { QStringLiteral("scheduled_until"), timeToJson(m.scheduledUntil) },
            { QStringLiteral("url"), stringOrNull(m.shortlink) },
            { QStringLiteral("components"), QJsonArray::fromStringList(m.componentIds) },
        };
    }

    //! The code each reason wraps (probes_off ← key_invalid), null where it wraps none; same order as reason_codes.
    QJsonArray reasonCauses(const Reasons& reasons)
    {
        QJsonArray out;
        for (const Reason& r : reasons)
            out.append(r.cause ? QJsonValue(r.cause->code) : QJsonValue(QJsonValue::Null));
        return out;
    }

    QJsonObject modelToJson(const ModelHealth& m)
    {
        return {
            { QStringLiteral("id"), m.id },
            { QStringLiteral("display_name"), m.displayName },
            { QStringLiteral("family"), m.family },
            { QStringLiteral("state"), healthStateKey(m.state) },
            { QStringLiteral("official"), healthStateKey(m.official) },
            { QStringLiteral("probe"), healthStateKey(m.probe) },
            { QStringLiteral("ahead_of_official"), m.aheadOfOfficial },
            { QStringLiteral("last_probe"), m.lastProbe ? QJsonValue(probeToJson(*m.lastProbe)) : QJsonValue::Null },
            { QStringLiteral("reasons"), QJsonArray::fromStringList(reasonTexts(m.reasons)) },
            { QStringLiteral("reason_codes"), QJsonArray::fromStringList(reasonCodes(m.reasons)) },
            { QStringLiteral("reason_causes"), reasonCauses(m.reasons) },
            { QStringLiteral("since"), timeToJson(m.since) },
        };
    }
} // namespace

QJsonObject probeToJson(const ProbeResult& p)
{
    return {
        { QStringLiteral("outcome"), probeOutcomeKey(p.outcome) },
        { QStringLiteral("http_status"), p.httpStatus > 0 ? QJsonValue(p.httpStatus) : QJsonValue::Null },
        { QStringLiteral("error_type"), stringOrNull(p.errorType) },
        { QStringLiteral("request_id"), stringOrNull(p.requestId) },
        { QStringLiteral("latency_ms"), p.latencyMs >= 0 ? QJsonValue(p.latencyMs) : QJsonValue::Null },
        { QStringLiteral("ttfb_ms"), p.ttfbMs >= 0 ? QJsonValue(p.ttfbMs) : QJsonValue::Null },
        { QStringLiteral("retry_after_s"), p.retryAfterSec ? QJsonValue(*p.retryAfterSec) : QJsonValue::Null },
        { QStringLiteral("at"), timeToJson(p.at) },
    };
}

QJsonObject toJson(const HealthSnapshot& s)
{
    QJsonObject out = providerToJson(s);
    out.insert(QStringLiteral("schema"), kSchema);
    out.insert(QStringLiteral("generated_at"), timeToJson(s.generatedAt));
    return out;
}

QJsonObject toJson(const QVector<HealthSnapshot>& providers)
{
    if (providers.isEmpty())
        return toJson(HealthSnapshot());
    // The top-level fields keep describing Anthropic (schema 1); every watched provider is under "providers".
    const auto anthropic = std::find_if(providers.cbegin(), providers.cend(),
                                        [](const HealthSnapshot& s) { return s.provider == u"anthropic"; });
    QJsonObject out = toJson(anthropic != providers.cend() ? *anthropic : providers.first());
    QJsonArray list;
    for (const HealthSnapshot& s : providers)
        list.append(providerToJson(s));
    out.insert(QStringLiteral("providers"), list);
    return out;
}

QJsonObject providerToJson(const HealthSnapshot& s)
{
    QJsonArray components;
    for (const auto& c : s.components)
        components.append(QJsonObject { { QStringLiteral("id"), c.id },
                                        { QStringLiteral("name"), c.name },
                                        { QStringLiteral("status"), healthStateKey(c.status) },
                                        { QStringLiteral("since"), timeToJson(s.serviceSince.value(c.id)) } });
    QJsonArray incidents;
    for (const auto& i : s.incidents)
        incidents.append(incidentToJson(i));
    QJsonArray maintenances;
    for (const auto& m : s.maintenances)
        maintenances.append(maintenanceToJson(m));
    QJsonArray models;
    for (const auto& m : s.models)
        models.append(modelToJson(m));

    return {
        { QStringLiteral("provider"), s.provider },
        { QStringLiteral("overall"), healthStateKey(s.overall) },
        { QStringLiteral("official_overall"), healthStateKey(s.officialOverall) },
        { QStringLiteral("connectivity"), connectivityKey(s.connectivity.state) },
        { QStringLiteral("connectivity_reason"), stringOrNull(reasonText(s.connectivity.reason)) },
        { QStringLiteral("connectivity_reason_code"), stringOrNull(s.connectivity.reason.code) },
        { QStringLiteral("feed"), feedToJson(s.feed) },
        { QStringLiteral("components"), components },
        { QStringLiteral("incidents"), incidents },
        { QStringLiteral("maintenances"), maintenances },
        { QStringLiteral("models"), models },
    };
}

} // namespace SnapshotJson
