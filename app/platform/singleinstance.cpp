#include "singleinstance.h"

#include <QCryptographicHash>
#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>

#include <unistd.h>

namespace {
const QByteArray kShow = QByteArrayLiteral("show\n");
}

SingleInstance::SingleInstance(QString serverName, QObject* parent)
    : QObject(parent)
    , m_name(std::move(serverName))
{
}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::defaultServerName(const QString& dataDir)
{
    QString user = qEnvironmentVariable("USER");
    user.remove(QLatin1Char('/'));
    const QByteArray dir = QDir(dataDir).absolutePath().toUtf8();
    const QString suffix
        = QString::fromLatin1(QCryptographicHash::hash(dir, QCryptographicHash::Sha1).toHex().left(12));
    return QStringLiteral("modelpulse-%1-%2-%3").arg(user).arg(::getuid()).arg(suffix);
}

SingleInstance::Role SingleInstance::start(int timeoutMs)
{
    QLockFile lock(QDir::temp().filePath(m_name + QStringLiteral(".lock")));
    if (!lock.tryLock(timeoutMs))
        qWarning("SingleInstance: lock file busy; continuing without it");
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (socket.waitForConnected(timeoutMs)) {
        socket.write(kShow);
        const bool sent = socket.waitForBytesWritten(timeoutMs);
        socket.disconnectFromServer();
        if (sent)
            return Role::Secondary;
        // Someone listens but does not take our message: never delete a live instance's socket.
        m_error = tr("Another instance is running but does not answer: %1").arg(socket.errorString());
        return Role::Failed;
    }
    // Nobody answered: whatever socket file exists is stale (left by a crash). Take it over.
    QLocalServer::removeServer(m_name);
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(m_name)) {
        m_error = tr("Cannot listen for other launches (%1): %2").arg(m_name, m_server->errorString());
        delete m_server;
        m_server = nullptr;
        return Role::Failed;
    }
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::onNewConnection);
    return Role::Primary;
}

void SingleInstance::onNewConnection()
{
    while (QLocalSocket* s = m_server->nextPendingConnection()) {
        connect(s, &QLocalSocket::disconnected, s, &QObject::deleteLater);
        auto handle = [this, s] {
            while (s->canReadLine()) {
                if (s->readLine() == kShow)
                    Q_EMIT activated();
            }
        };
        connect(s, &QLocalSocket::readyRead, this, handle);
        handle(); // data may already be buffered
    }
}
