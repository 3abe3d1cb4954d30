#include "simprovider.h"

#include "simhttpserver.h"
#include "simpagebuilder.h"

#include <QCryptographicHash>
#include <QFile>
#include <QHttpServerRequest>
#include <QTcpServer>
#include <QTcpSocket>

namespace {

QByteArray methodName(QHttpServerRequest::Method m)
{
    switch (m) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    default:
        return "UNKNOWN";
    }
}

// "claude-opus-4-5-20251101" → "Claude Opus 4.5".
QString displayNameFor(const QString& id)
{
    QStringList words;
    QStringList version;
    for (const QString& part : id.split(QLatin1Char('-'))) {
        bool number = false;
        part.toInt(&number);
        if (number && part.size() < 8)
            version << part;
        else if (!number)
            words << part.left(1).toUpper() + part.mid(1);
    }
    return (words + QStringList { version.join(QLatin1Char('.')) }).join(QLatin1Char(' ')).trimmed();
}

} // namespace

SimProvider::SimProvider(QObject* parent)
    : QObject(parent)
    , m_server(new SimHttpServer([this](const QHttpServerRequest& r, QTcpSocket* s) { onRequest(r, s); }, this))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (m_step + 1 < m_scenario.steps.size())
            applyStep(m_step + 1);
        else
            applyStep(0); // only scheduled past the end when the scenario loops
        scheduleNext();
    });
    setScenario(SimScenario::allGreen());
}

SimProvider::~SimProvider()
{
    // The server's sockets call back into members that are gone once ~QObject deletes children.
    delete m_server;
}

bool SimProvider::listen(quint16 port, const QHostAddress& address)
{
    auto* tcp = new QTcpServer(this);
    if (!tcp->listen(address, port)) {
        qWarning("modelpulse-sim: cannot listen on %s:%u: %s", qPrintable(address.toString()), port,
                 qPrintable(tcp->errorString()));
        delete tcp;
        return false;
    }
    m_server->bind(tcp);
    m_tcp = tcp;
    m_address = address;
    m_port = tcp->serverPort();
    // Another loopback host on the same port: a redirect there leaves the origin (127.0.0.1).
    m_api.setDefaultRedirect(QUrl(QStringLiteral("http://127.0.0.2:%1/v1/messages").arg(m_port)));
    m_statuspage.setDefaultRedirect(QUrl(QStringLiteral("http://127.0.0.2:%1/api/v2/summary.json").arg(m_port)));
    setOffline(m_offline);
    return true;
}

QUrl SimProvider::baseUrl() const
{
    return QUrl(QStringLiteral("http://%1:%2").arg(m_address.toString()).arg(m_port));
}

void SimProvider::setScenario(const SimScenario& scenario)
{
    stop();
    m_scenario = scenario;
    if (m_scenario.steps.isEmpty())
        m_scenario.steps.append(SimStep {});
    m_api.setModels(m_scenario.models);
    if (m_scenario.expectedApiKey)
        m_api.setExpectedApiKey(*m_scenario.expectedApiKey);
    applyStep(0);
}

void SimProvider::setStep(int index)
{
    applyStep(qBound(0, index, int(m_scenario.steps.size()) - 1));
}

bool SimProvider::advance()
{
    if (m_step + 1 >= m_scenario.steps.size())
        return false;
    applyStep(m_step + 1);
    return true;
}

void SimProvider::start(double speed)
{
    m_speed = speed > 0 ? speed : 1.0;
    applyStep(0);
    scheduleNext();
}

void SimProvider::stop()
{
    m_timer.stop();
}

void SimProvider::scheduleNext()
{
    const auto& steps = m_scenario.steps;
    double next = 0;
    if (m_step + 1 < steps.size())
        next = steps.at(m_step + 1).at;
    else if (m_scenario.loop) // restart at `duration`, or a second after the last step without one
        next = m_scenario.duration > steps.last().at ? m_scenario.duration : steps.last().at + 1;
    else
        return;
    m_timer.start(int(qMax(0.0, (next - steps.at(m_step).at) * 1000 / m_speed)));
}

void SimProvider::applyStep(int index)
{
    m_step = index;
    const SimStep& s = m_scenario.steps.at(index);
    SimPage page = s.summaryBytes.isEmpty() ? SimPageBuilder::build(s.compact, QDateTime::currentDateTimeUtc())
                                            : SimPage::fromSummary(s.summaryBytes);
    page.rawAtom = s.atomBytes;
    page.rawRss = s.rssBytes;
    m_statuspage.setPage(page);
    m_statuspage.setMisbehaviour(s.misbehaviour);
    m_api.setBehaviours(s.models);
    setOffline(s.offline);
    Q_EMIT stepChanged(index, s.label);
}

bool SimProvider::setSummaryFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    setSummaryJson(f.readAll());
    return true;
}

void SimProvider::setSummaryJson(const QByteArray& json)
{
    m_statuspage.setPage(SimPage::fromSummary(json));
}

void SimProvider::setStatusPage(const QJsonObject& compact)
{
    m_statuspage.setPage(SimPageBuilder::build(compact, QDateTime::currentDateTimeUtc()));
}

void SimProvider::setStatuspageMisbehaviour(const Misbehaviour& misbehaviour)
{
    m_statuspage.setMisbehaviour(misbehaviour);
}

void SimProvider::setModelBehaviour(const QString& modelId, const ModelBehaviour& behaviour)
{
    m_api.setBehaviour(modelId, behaviour);
}

void SimProvider::setModels(const QVector<SimModel>& models)
{
    m_api.setModels(models);
}

void SimProvider::setModels(const QStringList& ids)
{
    QVector<SimModel> models;
    const QDateTime created = QDateTime::fromString(QStringLiteral("2025-01-01T00:00:00Z"), Qt::ISODate);
    for (int i = 0; i < ids.size(); ++i)
        models.append({ ids.at(i), displayNameFor(ids.at(i)), created.addDays(-i) });
    m_api.setModels(models);
}

void SimProvider::setExpectedApiKey(const QString& key)
{
    m_api.setExpectedApiKey(key);
}

void SimProvider::setOffline(SimStep::Offline mode)
{
    m_offline = mode;
    if (!m_tcp)
        return;
    if (mode == SimStep::Offline::Refuse && m_tcp->isListening())
        m_tcp->close();
    else if (mode != SimStep::Offline::Refuse && !m_tcp->isListening() && !m_tcp->listen(m_address, m_port))
        qWarning("modelpulse-sim: cannot listen again on port %u: %s", m_port, qPrintable(m_tcp->errorString()));
}

int SimProvider::requestCount(const QString& path) const
{
    if (path.isEmpty())
        return int(m_requests.size());
    return int(
        std::count_if(m_requests.begin(), m_requests.end(), [&path](const SimRequest& r) { return r.path == path; }));
}

QByteArray SimProvider::keyFingerprint(const QString& key)
{
    return QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
}

void SimProvider::onRequest(const QHttpServerRequest& request, QTcpSocket* socket)
{
    SimRequest r;
    r.at = QDateTime::currentDateTimeUtc();
    r.method = methodName(request.method());
    r.path = request.url().path();
    r.query = request.url().query(QUrl::FullyEncoded);
    r.body = request.body();
    QByteArray key;
    for (const auto& h : request.headers()) {
        if (h.first.compare("x-api-key", Qt::CaseInsensitive) == 0) {
            r.hasApiKey = true;
            key = h.second;
            r.apiKeyFingerprint = keyFingerprint(QString::fromUtf8(h.second));
            r.headers.append({ h.first, "<redacted>" });
        } else {
            r.headers.append(h);
        }
    }
    r.host = QString::fromLatin1(r.header("host"));
    r.ifNoneMatch = r.header("if-none-match");
    m_requests.append(r);
    Q_EMIT requestReceived(r);

    // The API checks the key itself; the log keeps only its fingerprint.
    for (auto& h : r.headers) {
        if (h.first.compare("x-api-key", Qt::CaseInsensitive) == 0)
            h.second = key;
    }
    SimReply reply;
    if (m_offline != SimStep::Offline::No)
        reply.delivery = SimReply::Delivery::Drop;
    else if (r.path.startsWith(QLatin1String("/v1/")))
        reply = m_api.handle(r);
    else if (SimPage::isStatuspagePath(r.path))
        reply = m_statuspage.handle(r);
    else {
        reply.status = 404;
        reply.body = "Not Found\n";
        reply.addHeader("Content-Type", "text/plain");
    }
    reply.headOnly = r.method == "HEAD";
    reply.send(socket);
}
