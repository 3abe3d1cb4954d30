#include "providerprofile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

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
        a.keychainService = QStringLiteral("modelpulse");
        a.messagesPath = QStringLiteral("/v1/messages");
        a.modelsPath = QStringLiteral("/v1/models");
        a.modelIdPrefix = QStringLiteral("claude-");
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
