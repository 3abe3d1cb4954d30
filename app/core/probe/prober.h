#pragma once

#include "proberesult.h"
#include "providers/providerprofile.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUrl>

#include <optional>

class Clock;
class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

/*! \brief Tokens the API billed for one probe (`usage` of the response); -1 when unknown. */
struct ProbeUsage {
    int inputTokens = -1;
    int outputTokens = -1;
    bool known() const { return inputTokens >= 0 && outputTokens >= 0; }
    bool operator==(const ProbeUsage& o) const
    {
        return inputTokens == o.inputTokens && outputTokens == o.outputTokens;
    }
};

/*! \brief Where and how to probe. The key lives here only for the duration of the request. */
struct ProberConfig {
    ProviderProfile profile = Providers::anthropic(); //!< endpoint paths, auth headers, request body
    QUrl apiUrl = Providers::anthropic().apiBase;
    QString apiKey; //!< never copied into a ProbeResult, a log or an error message
    int timeoutMs = 30000;
    int slowThresholdMs = 10000;
    qint64 maxBodyBytes = 1024 * 1024; //!< a probe answer is ~500 bytes; anything huge is not the API
};

/*!
 * \brief Sends one-token test prompts (DESIGN.md "Probe request") and classifies the answers.
 *
 * Several probes (different models) may run at once, at most six in flight (Qt's connections per host); the rest
 * wait here and are sent as others end. Each ends in exactly one finished() signal.
 * Redirects are never followed: the key must only ever go to the configured API host.
 */
class Prober : public QObject {
    Q_OBJECT
public:
    Prober(QNetworkAccessManager* nam, const Clock* clock, QObject* parent = nullptr);
    ~Prober() override;

    void setConfig(const ProberConfig& config) { m_config = config; }
    const ProberConfig& config() const { return m_config; }

    /*! \brief Starts a probe of \a modelId; false (and no signal) when one for it is already running. */
    bool probe(const QString& modelId);
    /*! \brief True while a probe of \a modelId is in flight. */
    bool isRunning(const QString& modelId) const;
    /*! \brief Aborts every running probe without emitting finished() (re-baseline after sleep). */
    void abortAll();

    /*! \brief Classifies a complete HTTP answer; fills outcome, errorType and errorMessage of \a result. */
    static void classifyHttp(ProbeResult& result, const QByteArray& body, int slowThresholdMs,
                             ProbeUsage* usage = nullptr);
    /*! \brief `{api}{path}`, keeping a base path of \a apiUrl and dropping its query. */
    static QUrl endpoint(const QUrl& apiUrl, const QString& path);
    /*! \brief https, or plain http to a loopback host only: where the key may be sent. */
    static bool isKeySafeUrl(const QUrl& url);
    /*! \brief The exact request body of a probe. */
    static QByteArray requestBody(const QString& modelId);

signals:
    void finished(const ProbeResult& result, const ProbeUsage& usage);

private:
    struct Pending {
        QString modelId;
        QDateTime startedAt;
        QElapsedTimer elapsed;
        qint64 ttfbMs = -1;
        QByteArray body;
        QTimer* timer = nullptr;
        bool timedOut = false;
        bool tooLarge = false;
        bool sent = false; //!< the request left (socketStartedConnecting / requestSent): clocks restarted
    };

    void send(const QString& modelId);
    void onSent(QNetworkReply* reply);
    void startQueued();
    void onFirstByte(QNetworkReply* reply);
    void onReadyRead(QNetworkReply* reply);
    void onTimeout(QNetworkReply* reply);
    void onFinished(QNetworkReply* reply);
    QString redact(QString text) const;

    QPointer<QNetworkAccessManager> m_nam;
    const Clock* m_clock;
    ProberConfig m_config;
    QHash<QNetworkReply*, Pending> m_pending;
    QStringList m_queue; //!< models waiting for one of the six connections (probe() returned true for them)
};
