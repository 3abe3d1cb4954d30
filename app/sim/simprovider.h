#pragma once

#include "misbehaviour.h"
#include "modelbehaviour.h"
#include "simapi.h"
#include "simpage.h"
#include "simrequest.h"
#include "simscenario.h"
#include "simstatuspage.h"

#include <QDateTime>
#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>
#include <QVector>

class QHttpServerRequest;
class QTcpServer;
class QTcpSocket;
class SimHttpServer;

/*!
 * \brief The simulated provider: Statuspage endpoints and the Messages/Models API on loopback.
 *
 * Serves the current SimScenario step. Integration tests drive it step by step (setStep) or directly
 * (setSummaryFile, setModelBehaviour, …); `modelpulse --demo` and modelpulse-sim run the timeline with
 * start(). Direct setters change the current state until the next step is applied.
 *
 * Statuspage behaviour (ETag/304, misbehaviours): SimStatuspage. Messages/Models API: SimApi.
 * Offline: see SimStep::Offline — `Drop` answers every request by aborting the connection,
 * `Refuse` closes the listening socket (and drops requests on connections still open).
 */
class SimProvider : public QObject {
    Q_OBJECT

public:
    explicit SimProvider(QObject* parent = nullptr);
    ~SimProvider() override;

    /*! \brief Listens on \a address (loopback by default); port 0 picks a free one. */
    bool listen(quint16 port = 0, const QHostAddress& address = QHostAddress::LocalHost);
    quint16 port() const { return m_port; }
    QUrl baseUrl() const; //!< "http://127.0.0.1:PORT"

    // Scenario
    void setScenario(const SimScenario& scenario); //!< applies step 0, stops a running timeline
    const SimScenario& scenario() const { return m_scenario; }
    int step() const { return m_step; }
    void setStep(int index); //!< applies the step (clamped); resets direct overrides
    bool advance(); //!< next step; false at the last one
    /*! \brief Walks the timeline by its `at` offsets, \a speed times faster than real time. */
    void start(double speed = 1.0);
    void stop();
    bool isRunning() const { return m_timer.isActive(); }

    // Direct control (tests)
    bool setSummaryFile(const QString& path); //!< false if unreadable
    void setSummaryJson(const QByteArray& json); //!< served byte-identical at summary.json
    void setStatusPage(const QJsonObject& compact); //!< SimPageBuilder form
    void setStatuspageMisbehaviour(const Misbehaviour& misbehaviour);
    void setModelBehaviour(const QString& modelId, const ModelBehaviour& behaviour);
    void setModels(const QVector<SimModel>& models);
    void setModels(const QStringList& ids); //!< display names derived ("claude-opus-4-5" → "Claude Opus 4.5")
    void setExpectedApiKey(const QString& key); //!< empty: any non-empty key
    void setOffline(SimStep::Offline mode);

    // Request log
    QVector<SimRequest> requests() const { return m_requests; }
    int requestCount(const QString& path = {}) const;
    void clearRequests() { m_requests.clear(); }

    /*! \brief The hash stored in SimRequest::apiKeyFingerprint for \a key. */
    static QByteArray keyFingerprint(const QString& key);

Q_SIGNALS:
    void requestReceived(const SimRequest& request);
    void stepChanged(int index, const QString& label);

private:
    void onRequest(const QHttpServerRequest& request, QTcpSocket* socket);
    void applyStep(int index);
    void scheduleNext();

    SimHttpServer* m_server = nullptr;
    QPointer<QTcpServer> m_tcp;
    QHostAddress m_address;
    quint16 m_port = 0;

    SimScenario m_scenario;
    int m_step = 0;
    QTimer m_timer;
    double m_speed = 1.0;

    SimStatuspage m_statuspage;
    SimStep::Offline m_offline = SimStep::Offline::No;
    SimApi m_api;
    QVector<SimRequest> m_requests;
};
