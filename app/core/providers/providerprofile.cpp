#include "providerprofile.h"

#include "health/modelinfo.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

QList<QPair<QByteArray, QByteArray>> ProviderProfile::authHeaders(const QString& key) const
{
    if (id == QLatin1String("anthropic"))
        return { { QByteArrayLiteral("x-api-key"), key.toUtf8() },
                 { QByteArrayLiteral("anthropic-version"), QByteArrayLiteral("2023-06-01") } };
    return { { QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + key.toUtf8() } };
}

QByteArray ProviderProfile::probeBody(const QString& modelId) const
{
    // DESIGN.md "Probe request": the smallest request that exercises the model (1 output token).
    const QJsonObject message { { QStringLiteral("role"), QStringLiteral("user") },
                                { QStringLiteral("content"), QStringLiteral("ping") } };
    const QJsonObject body { { QStringLiteral("model"), modelId },
                             { QStringLiteral("max_tokens"), 1 },
                             { QStringLiteral("messages"), QJsonArray { message } } };
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

namespace {

// "4.5" → 405, "5" → 500: comparable without floating point surprises ("4.10" > "4.9").
int versionRank(const QString& version)
{
    const auto parts = version.split(QLatin1Char('.'));
    // Clamped: the id may come from the server ("claude-opus-230251001"), and int overflow is undefined.
    const int major = int(std::clamp<qint64>(parts.value(0).toLongLong(), 0, 100000));
    const int minor = int(std::clamp<qint64>(parts.value(1).toLongLong(), 0, 99));
    return major * 100 + minor;
}

ModelPrice anthropicPrice(const QString& modelId)
{
    // Anthropic list prices, $/MTok (platform.claude.com "Model pricing", as quoted by public price tables
    // checked 2026-11). Opus dropped from 15/75 to 5/25 with 4.5. Unknown families get the dearest
    // rate so an estimate never understates. The table is editable with CostTracker::setPrice().
    const ModelInfo info = modelInfoFromId(modelId);
    const int v = versionRank(info.version);
    if (info.family == QLatin1String("opus")) {
        if (v >= 505)
            return { 4.0, 20.0 };
        if (v >= 405)
            return { 5.0, 25.0 };
        return { 15.0, 75.0 };
    }
    if (info.family == QLatin1String("sonnet"))
        return v >= 500 ? ModelPrice { 2.0, 10.0 } : ModelPrice { 3.0, 15.0 };
    if (info.family == QLatin1String("haiku")) {
        if (v >= 505)
            return { 0.10, 0.50 };
        if (v >= 400)
            return { 1.0, 5.0 };
        if (v >= 305)
            return { 0.80, 4.0 };
        if (v >= 300)
            return { 0.25, 1.25 };
        return { 1.0, 5.0 };
    }
    if (info.family == QLatin1String("mythos") || info.family == QLatin1String("fable"))
        return { 10.0, 50.0 };
    return { 15.0, 75.0 };
}

} // namespace

namespace Providers {

const ProviderProfile& anthropic()
{
    static const ProviderProfile p = [] {
        ProviderProfile a;
        a.id = QStringLiteral("anthropic");
        a.displayName = QStringLiteral("Claude (Anthropic)");
        a.statusUrl = QUrl(QStringLiteral("https://status.claude.com"));
        // The same page on Atlassian's own domain; status.claude.com answers CloudFront 405 challenges to some
        // automated clients since 2026-09-17 (fixtures/anthropic/PROVENANCE.md).
        a.statusMirror = QUrl(QStringLiteral("https://anthropic.statuspage.io"));
        a.apiBase = QUrl(QStringLiteral("https://api.anthropic.com"));
        a.apiComponentId = QStringLiteral("k8w3r06qmzrp");
        a.keyEnvVar = QStringLiteral("ANTHROPIC_API_KEY");
        a.keychainService = QStringLiteral("ModelPulse");
        a.keychainEntry = QStringLiteral("anthropic-api-key");
        a.messagesPath = QStringLiteral("/v1/messages");
        a.modelsPath = QStringLiteral("/v1/models");
        a.modelIdPrefix = QStringLiteral("claude-");
        a.priceOf = &anthropicPrice;
        return a;
    }();
    return p;
}

const ProviderProfile& openai()
{
    static const ProviderProfile p = [] {
        ProviderProfile o;
        o.id = QStringLiteral("openai");
        o.displayName = QStringLiteral("OpenAI");
        // incident.io's Statuspage-compatible shim: summary.json without time_zone, groups, incidents and
        // scheduled_maintenances (fixtures/openai/PROVENANCE.md). Feed only: no API base, no key.
        o.statusUrl = QUrl(QStringLiteral("https://status.openai.com"));
        return o;
    }();
    return p;
}

QList<ProviderProfile> all()
{
    return { anthropic(), openai() };
}

const ProviderProfile* byId(const QString& id)
{
    if (id == anthropic().id)
        return &anthropic();
    if (id == openai().id)
        return &openai();
    return nullptr;
}

QStringList ids()
{
    return { anthropic().id, openai().id };
}

} // namespace Providers
