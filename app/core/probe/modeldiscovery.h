#pragma once

#include "health/modelinfo.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QVector>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

/*! \brief One entry of `GET /v1/models`. */
struct DiscoveredModel {
    ModelInfo info;
    QDateTime createdAt; //!< invalid when the API did not say
    bool operator==(const DiscoveredModel& o) const { return info == o.info && createdAt == o.createdAt; }
};

/*! \brief Outcome of a discovery: the full catalogue, or a translated reason. */
struct ModelDiscoveryResult {
    bool ok = false;
    QVector<DiscoveredModel> models;
    QString error; //!< translated; set when !ok
    int httpStatus = 0;

    QVector<ModelInfo> infos() const;
};

/*! \brief One parsed page of `GET /v1/models`. */
struct ModelsPage {
    bool ok = false;
    QVector<DiscoveredModel> models;
    bool hasMore = false;
    QString lastId;
};

/*!
 * \brief Lists the models the key can use (`GET {api}/v1/models`, free), following `after_id` pages.
 *
 * Like Prober, never follows a redirect (the key goes to the configured host only). Offline or
 * without a key the caller falls back to builtinModels().
 */
class ModelDiscovery : public QObject {
    Q_OBJECT
public:
    explicit ModelDiscovery(QNetworkAccessManager* nam, QObject* parent = nullptr);
    ~ModelDiscovery() override;

    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    /*! \brief Starts listing; emits finished() once. A running discovery is aborted first. */
    void start(const QUrl& apiUrl, const QString& apiKey);
    bool isRunning() const { return !m_reply.isNull(); }

    /*! \brief Parses one page body; ok == false when it is not a models list. */
    static ModelsPage parsePage(const QByteArray& body);
    /*!
     * \brief Default watch list: the newest model of each family listed — by created_at, then by version; Opus,
     * Sonnet and Haiku first, then the other families by name.
     */
    static QVector<ModelInfo> chooseDefaults(const QVector<DiscoveredModel>& models);

signals:
    void finished(const ModelDiscoveryResult& result);

private:
    void requestPage(const QString& afterId);
    void onFinished();
    void fail(const QString& reason, int httpStatus = 0);

    QPointer<QNetworkAccessManager> m_nam;
    QPointer<QNetworkReply> m_reply;
    QTimer* m_timer;
    QUrl m_apiUrl;
    QString m_apiKey;
    int m_timeoutMs = 15000;
    int m_pages = 0;
    bool m_timedOut = false;
    ModelDiscoveryResult m_result;
};
