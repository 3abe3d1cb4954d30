#include "connectivitychecker.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QHostInfo>
#include <QNetworkAccessManager>
#include <QNetworkInformation>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslSocket>
#include <QTimer>

#include <memory>

namespace {
bool isProxyError(QAbstractSocket::SocketError e)
{
    return e == QAbstractSocket::ProxyConnectionRefusedError || e == QAbstractSocket::ProxyConnectionClosedError
        || e == QAbstractSocket::ProxyNotFoundError || e == QAbstractSocket::ProxyProtocolError
        || e == QAbstractSocket::ProxyAuthenticationRequiredError;
}

QString endpointName(const EndpointEvidence& e)
{
    return e.host;
}
} // namespace

ConnectivityChecker::ConnectivityChecker(QNetworkAccessManager* nam, QObject* parent)
    : QObject(parent)
    , m_nam(nam)
{
}

ConnectivityChecker::~ConnectivityChecker()
{
    dropWork();
}

void ConnectivityChecker::dropWork()
{
    // deleteLater: check() may be called from a slot connected to finished(), i.e. inside a reply's signal.
    ++m_generation;
    for (QObject* o : std::as_const(m_work)) {
        o->disconnect(this);
        if (auto* socket = qobject_cast<QAbstractSocket*>(o))
            socket->abort();
        if (auto* reply = qobject_cast<QNetworkReply*>(o))
            reply->abort();
        o->deleteLater();
    }
    m_work.clear();
}

std::optional<bool> ConnectivityChecker::linkState()
{
    // Headless machines and containers often have no backend (no NetworkManager, no GLib monitor): skip.
    if (!loadNetworkInformation())
        return std::nullopt;
    const auto* info = QNetworkInformation::instance();
    if (!info || !info->supports(QNetworkInformation::Feature::Reachability))
        return std::nullopt;
    switch (info->reachability()) {
    case QNetworkInformation::Reachability::Disconnected:
        return false;
    case QNetworkInformation::Reachability::Unknown:
        return std::nullopt;
    default:
        return true;
    }
}

void ConnectivityChecker::check(const QUrl& apiUrl, const QUrl& statusUrl)
{
    dropWork();
    m_evidence.clear();
    m_pending = 0;
    m_link = m_useLinkState ? linkState() : std::nullopt;

    m_tls.clear();
    const auto addEndpoint = [this](const QUrl& url) {
        const bool tls = url.scheme() == QLatin1String("https");
        EndpointEvidence e;
        e.host = url.host();
        e.port = quint16(url.port(tls ? 443 : 80));
        for (int i = 0; i < m_evidence.size(); ++i) {
            if (m_evidence[i].host == e.host && m_evidence[i].port == e.port)
                return i;
        }
        m_evidence.append(e);
        m_tls.append(tls);
        return int(m_evidence.size() - 1);
    };
    if (apiUrl.isValid() && !apiUrl.host().isEmpty())
        addEndpoint(apiUrl);
    const int status = statusUrl.isValid() && !statusUrl.host().isEmpty() ? addEndpoint(statusUrl) : -1;
    // One step per endpoint (DNS then connect), one for the control request, and one released below.
    m_pending = int(m_evidence.size()) + (status >= 0 ? 1 : 0) + 1;
    for (int i = 0; i < m_evidence.size(); ++i)
        QTimer::singleShot(0, this, [this, i] { resolve(i); });
    if (status >= 0)
        controlRequest(status, statusUrl);
    done(); // releases the +1; finished() comes when every step ended
}

void ConnectivityChecker::resolve(int index)
{
    const QString host = m_evidence[index].host;
    const bool tls = m_tls.value(index);
    if (!QHostAddress(host).isNull()) {
        m_evidence[index].dnsOk = true; // IP literal: nothing to resolve
        connectTo(index, tls);
        return;
    }
    auto answered = std::make_shared<bool>(false);
    auto* timer = new QTimer(this);
    m_work.append(timer);
    timer->setSingleShot(true);
    const int generation = m_generation;
    const int id = QHostInfo::lookupHost(host, this, [this, index, tls, answered, generation](const QHostInfo& info) {
        if (*answered || generation != m_generation)
            return;
        *answered = true;
        m_evidence[index].dnsOk = info.error() == QHostInfo::NoError && !info.addresses().isEmpty();
        if (m_evidence[index].dnsOk)
            connectTo(index, tls);
        else
            done();
    });
    connect(timer, &QTimer::timeout, this, [this, id, answered] {
        if (*answered)
            return;
        *answered = true;
        QHostInfo::abortHostLookup(id);
        done();
    });
    timer->start(m_timeoutMs);
}

void ConnectivityChecker::connectTo(int index, bool tls)
{
    auto* socket = new QSslSocket(this);
    auto* timer = new QTimer(this);
    m_work.append(socket);
    m_work.append(timer);
    timer->setSingleShot(true);
    auto ended = std::make_shared<bool>(false);
    const auto finish = [this, socket, timer, ended] {
        if (*ended)
            return;
        *ended = true;
        timer->stop();
        socket->disconnect(this);
        socket->abort();
        done();
    };
    connect(timer, &QTimer::timeout, this, [finish] { finish(); });
    connect(socket, &QAbstractSocket::errorOccurred, this,
            [this, index, socket, finish](QAbstractSocket::SocketError e) {
                if (e == QAbstractSocket::SslHandshakeFailedError || e == QAbstractSocket::SslInternalError
                    || e == QAbstractSocket::SslInvalidUserDataError || !socket->sslHandshakeErrors().isEmpty())
                    m_evidence[index].tlsFailed = true;
                if (isProxyError(e))
                    m_evidence[index].proxyRefused = true;
                finish();
            });
    const EndpointEvidence& e = m_evidence[index];
    if (tls && QSslSocket::supportsSsl()) {
        connect(socket, &QSslSocket::encrypted, this, [this, index, finish] {
            m_evidence[index].connectOk = true;
            finish();
        });
        socket->connectToHostEncrypted(e.host, e.port);
    } else {
        connect(socket, &QAbstractSocket::connected, this, [this, index, finish] {
            m_evidence[index].connectOk = true;
            finish();
        });
        socket->connectToHost(e.host, e.port);
    }
    timer->start(m_timeoutMs);
}

void ConnectivityChecker::controlRequest(int index, const QUrl& url)
{
    if (!m_nam) {
        QTimer::singleShot(0, this, [this] { done(); });
        return;
    }
    QUrl control = url;
    QString path = control.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    control.setPath(path + QStringLiteral("/api/v2/status.json"));
    QNetworkRequest request(control);
    // No key here, but a redirect is still an answer: what matters is that someone replied.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setTransferTimeout(m_timeoutMs);
    QNetworkReply* reply = m_nam->get(request);
    m_work.append(reply);
    connect(reply, &QNetworkReply::finished, this, [this, index, reply] {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        m_evidence[index].httpAnswered = status > 0;
        if (reply->error() == QNetworkReply::ProxyConnectionRefusedError
            || reply->error() == QNetworkReply::ProxyConnectionClosedError
            || reply->error() == QNetworkReply::ProxyNotFoundError)
            m_evidence[index].proxyRefused = true;
        if (reply->error() == QNetworkReply::SslHandshakeFailedError)
            m_evidence[index].tlsFailed = true;
        done();
    });
}

void ConnectivityChecker::done()
{
    if (m_pending <= 0 || --m_pending > 0)
        return;
    emit finished(decide(m_link, m_evidence));
}

ConnectivityStatus ConnectivityChecker::decide(std::optional<bool> linkUp, const QVector<EndpointEvidence>& evidence)
{
    // Anything that answered proves the user's network works, whatever the link monitor claims.
    for (const auto& e : evidence) {
        if (e.connectOk || e.httpAnswered)
            return { Connectivity::Online, {} };
    }
    if (linkUp == false)
        return { Connectivity::Offline, Reason(QStringLiteral("no_network")) };
    for (const auto& e : evidence) {
        if (e.proxyRefused)
            return { Connectivity::Unknown, Reason(QStringLiteral("proxy_refused")) };
    }
    for (const auto& e : evidence) {
        if (e.tlsFailed)
            return { Connectivity::Unknown, Reason(QStringLiteral("tls_failed"), { endpointName(e) }) };
    }
    Reason reason;
    for (const auto& e : evidence) {
        reason = Reason(e.dnsOk ? QStringLiteral("cannot_connect") : QStringLiteral("dns_failed"), { endpointName(e) });
        break;
    }
    // Two different endpoints both unreachable at DNS or TCP level: that is our side, not theirs.
    if (evidence.size() >= 2)
        return { Connectivity::Offline, reason };
    return { Connectivity::Unknown, reason };
}
