#pragma once

#include "modelbehaviour.h"
#include "simmodel.h"
#include "simreply.h"
#include "simrequest.h"

#include <QHash>
#include <QUrl>
#include <QVector>

/*!
 * \brief The simulated Anthropic API: `GET /v1/models` and `POST /v1/messages`.
 *
 * Checks like the real API, in its order: `x-api-key` (401 authentication_error), `anthropic-version`
 * (400), the JSON body (400), the model (404 not_found_error "model: …" for ids outside the catalogue
 * without a scripted behaviour). Then the model's scripted ModelBehaviour. Every answer carries
 * `request-id: req_sim_<n>`; error bodies have the real shape
 * `{"type":"error","error":{"type":"overloaded_error","message":"Overloaded"},"request_id":"req_sim_<n>"}`.
 */
class SimApi {
public:
    SimReply handle(const SimRequest& request);

    void setModels(const QVector<SimModel>& models) { m_models = models; }
    QVector<SimModel> models() const { return m_models; }
    void setBehaviour(const QString& modelId, const ModelBehaviour& behaviour)
    {
        m_behaviours.insert(modelId, behaviour);
    }
    void setBehaviours(const QHash<QString, ModelBehaviour>& behaviours) { m_behaviours = behaviours; }
    ModelBehaviour behaviour(const QString& modelId) const { return m_behaviours.value(modelId, ModelBehaviour::ok()); }
    /*! \brief Empty: any non-empty key is accepted. */
    void setExpectedApiKey(const QString& key) { m_expectedKey = key; }
    QString expectedApiKey() const { return m_expectedKey; }
    /*! \brief Where `redirect` behaviours point when they name no location (another loopback host). */
    void setDefaultRedirect(const QUrl& url) { m_defaultRedirect = url; }

    /*! \brief The real error type for an HTTP status (529 → overloaded_error, …). */
    static QString errorType(int status);

private:
    SimReply listModels(const SimRequest& request, const QByteArray& requestId) const;
    SimReply messages(const SimRequest& request, const QByteArray& requestId) const;
    SimReply scripted(const QString& model, const ModelBehaviour& b, const QByteArray& requestId) const;
    static SimReply json(int status, const QByteArray& body, const QByteArray& requestId);
    static SimReply error(int status, const QString& message, const QByteArray& requestId);

    QVector<SimModel> m_models;
    QHash<QString, ModelBehaviour> m_behaviours;
    QString m_expectedKey;
    QUrl m_defaultRedirect;
    quint64 m_counter = 0;
};
