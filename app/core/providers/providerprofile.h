#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>

/*! \brief List price of one model in US dollars per million tokens. */
struct ModelPrice {
    double inputPerMTok = 0;
    double outputPerMTok = 0;
    bool operator==(const ModelPrice& o) const
    {
        return inputPerMTok == o.inputPerMTok && outputPerMTok == o.outputPerMTok;
    }
};

/*!
 * \brief Everything that is specific to one provider, in one place (DESIGN.md "Providers").
 *
 * Nothing outside a profile names a provider's status page, API host, auth header, model grammar or API component.
 * Anthropic is the first and the default; OpenAI's official page (status.openai.com, incident.io's
 * Statuspage-compatible shim) is watched through its feed only: it has no probes and no key.
 */
struct ProviderProfile {
    QString id; //!< stable key in settings, JSON and history rows: "anthropic", "openai"
    QString displayName; //!< "Claude (Anthropic)", shown as a section title
    QUrl statusUrl; //!< official Statuspage base URL
    QUrl statusMirror; //!< the same page on another host (served when the primary is not); empty = none
    QUrl apiBase; //!< empty: feed only, no probes
    QString apiComponentId; //!< the page's API component (models inherit it when no incident explains it)
    QString keyEnvVar; //!< environment variable read for the key ("ANTHROPIC_API_KEY"); empty = no key
    QString keychainService; //!< QtKeychain service name of the stored key
    QString keychainEntry; //!< the entry inside that service
    QString messagesPath; //!< probe endpoint, e.g. "/v1/messages"
    QString modelsPath; //!< discovery endpoint, e.g. "/v1/models"
    QString modelIdPrefix; //!< model-name grammar: ids start with this ("claude-")
    ModelPrice (*priceOf)(const QString& modelId) = nullptr; //!< list prices; null: no probes, nothing to price

    bool probes() const { return !apiBase.isEmpty(); }
    /*! \brief The request headers that carry \a key and the API version. The key goes nowhere else. */
    QList<QPair<QByteArray, QByteArray>> authHeaders(const QString& key) const;
    /*! \brief The one-token probe body for \a modelId. */
    QByteArray probeBody(const QString& modelId) const;
    /*! \brief The list price of \a modelId (the dearest known rate when the family is unknown: never understated). */
    ModelPrice price(const QString& modelId) const { return priceOf ? priceOf(modelId) : ModelPrice(); }
    /*! \brief The mirror of \a primary: only the profile's own official page has one. */
    QUrl mirrorFor(const QUrl& primary) const { return primary == statusUrl ? statusMirror : QUrl(); }

    bool operator==(const ProviderProfile& o) const { return id == o.id; }
};

namespace Providers {
/*! \brief Claude: status.claude.com (mirror anthropic.statuspage.io), api.anthropic.com, probes with the user's key. */
const ProviderProfile& anthropic();
/*! \brief OpenAI: status.openai.com through incident.io's Statuspage shim; feed only. */
const ProviderProfile& openai();
/*! \brief Every known profile, Anthropic first. */
QList<ProviderProfile> all();
/*! \brief The profile with \a id, or nullptr. */
const ProviderProfile* byId(const QString& id);
/*! \brief Known ids ("anthropic", "openai"). */
QStringList ids();
} // namespace Providers
