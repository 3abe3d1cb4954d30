#pragma once

#include "connectivity.h"

#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QVector>

#include <optional>

class QNetworkAccessManager;

/*! \brief What the control check learned about one endpoint (host:port). */
struct EndpointEvidence {
    QString host;
    quint16 port = 0;
    bool dnsOk = false; //!< resolved, or an IP literal (nothing to resolve)
    bool connectOk = false; //!< TCP (and for https the TLS handshake) completed
    bool tlsFailed = false; //!< TCP connected but the handshake failed: a middlebox?
    bool proxyRefused = false;
    bool httpAnswered = false; //!< the control request got any HTTP status back
    bool operator==(const EndpointEvidence& o) const
    {
        return host == o.host && port == o.port && dnsOk == o.dnsOk && connectOk == o.connectOk
            && tlsFailed == o.tlsFailed && proxyRefused == o.proxyRefused && httpAnswered == o.httpAnswered;
    }
};

/*!
 * \brief "Is it me?" — run when probes and the feed both fail at the network level.
 *
 * Gathers link state (QNetworkInformation, when a backend loads), DNS of each host (skipped for IP
 * literals), a TCP/TLS connect with a timeout, and a plain control request to the status host, then
 * decide() turns the evidence into Online / Offline / Unknown. Offline needs clear evidence: no link,
 * or two different endpoints that both fail DNS or connect. Anything murkier is Unknown with a reason.
 */
class ConnectivityChecker : public QObject {
    Q_OBJECT
public:
    explicit ConnectivityChecker(QNetworkAccessManager* nam, QObject* parent = nullptr);
    ~ConnectivityChecker() override;

    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    /*! \brief Tests on loopback turn this off: the sandbox's link state says nothing about 127.0.0.1. */
    void setUseLinkState(bool use) { m_useLinkState = use; }

    /*! \brief Starts a check of the API and status endpoints; emits finished() once. */
    void check(const QUrl& apiUrl, const QUrl& statusUrl);
    bool isRunning() const { return m_pending > 0; }
    QVector<EndpointEvidence> evidence() const { return m_evidence; }

    /*! \brief The verdict from evidence; \a linkUp is nullopt when the platform cannot tell. */
    static ConnectivityStatus decide(std::optional<bool> linkUp, const QVector<EndpointEvidence>& evidence);
    /*! \brief Link state from QNetworkInformation, or nullopt when no backend is available. */
    static std::optional<bool> linkState();

signals:
    void finished(const ConnectivityStatus& status);

private:
    void resolve(int index);
    void connectTo(int index, bool tls);
    void controlRequest(int index, const QUrl& url);
    void done();
    void dropWork();

    QPointer<QNetworkAccessManager> m_nam;
    QVector<EndpointEvidence> m_evidence;
    QVector<bool> m_tls; //!< per endpoint: https → TLS connect
    QList<QObject*> m_work; //!< sockets, replies and timers of the running check
    int m_timeoutMs = 5000;
    int m_pending = 0;
    int m_generation = 0; //!< bumps on every check: late DNS answers of an old check are ignored
    bool m_useLinkState = true;
    std::optional<bool> m_link;
};
