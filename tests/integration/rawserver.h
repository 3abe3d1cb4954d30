#pragma once
// A tiny HTTP/1.1 server on 127.0.0.1 for faults SimProvider does not make: a connection reset (RST), a server that
// trickles its answer one byte at a time (slowloris), bodies of any size and bytes, redirect chains. Each path has
// one behaviour; every request head it receives is kept, so a test can see headers a key smuggled in.

#include <QByteArray>
#include <QHash>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QVector>

#include <functional>
#include <sys/socket.h>

struct RawBehaviour {
    enum class Kind { Respond, Hang, Trickle, Reset, Truncate };
    Kind kind = Kind::Respond;
    QByteArray
        response; //!< the whole answer, status line to body (Respond, Trickle); headers + partial body (Truncate)

    /*! \brief A complete answer with Content-Length and Connection: close. */
    static RawBehaviour http(int status, const QByteArray& body, const QByteArray& contentType = "application/json",
                             const QByteArray& extraHeaders = {})
    {
        QByteArray r = "HTTP/1.1 " + QByteArray::number(status) + " X\r\nContent-Type: " + contentType
            + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n" + extraHeaders
            + "\r\n" + body;
        return { Kind::Respond, r };
    }
    static RawBehaviour redirect(int status, const QByteArray& location)
    {
        return http(status, {}, "text/plain", "Location: " + location + "\r\n");
    }
    static RawBehaviour of(Kind kind) { return { kind, {} }; }
    /*! \brief Declares \a declared bytes, sends \a body, closes. */
    static RawBehaviour truncated(int status, const QByteArray& body, qint64 declared)
    {
        return { Kind::Truncate,
                 "HTTP/1.1 " + QByteArray::number(status) + " X\r\nContent-Type: application/json\r\nContent-Length: "
                     + QByteArray::number(declared) + "\r\nConnection: close\r\n\r\n" + body };
    }
    static RawBehaviour trickle(const QByteArray& response) { return { Kind::Trickle, response }; }
};

class RawServer : public QObject {
public:
    RawServer()
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* s = m_server.nextPendingConnection()) {
                s->setParent(this);
                QObject::connect(s, &QTcpSocket::readyRead, this, [this, s] { onData(s); });
                QObject::connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
                QObject::connect(s, &QObject::destroyed, this, [this, s] { m_buffers.remove(s); });
            }
        });
    }
    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    QByteArray base() const { return "http://127.0.0.1:" + QByteArray::number(m_server.serverPort()); }
    void set(const QByteArray& path, const RawBehaviour& b) { m_paths.insert(path, b); }
    void setDefault(const RawBehaviour& b) { m_default = b; }
    /*! \brief Request heads received, in order (request line and headers, body left out). */
    const QVector<QByteArray>& heads() const { return m_heads; }
    int count(const QByteArray& path) const
    {
        int n = 0;
        for (const QByteArray& h : m_heads)
            n += h.startsWith("GET " + path) || h.startsWith("POST " + path) ? 1 : 0;
        return n;
    }

private:
    void onData(QTcpSocket* s)
    {
        QByteArray& buf = m_buffers[s];
        buf += s->readAll();
        // Several requests may arrive on one connection (keep-alive, or a smuggled second one): serve each head.
        for (;;) {
            const qsizetype end = buf.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QByteArray head = buf.left(end);
            qsizetype bodyLength = 0;
            for (const QByteArray& line : head.split('\n')) {
                if (line.toLower().startsWith("content-length:"))
                    bodyLength = line.mid(15).trimmed().toLongLong();
            }
            if (buf.size() < end + 4 + bodyLength)
                return;
            buf.remove(0, end + 4 + bodyLength);
            m_heads.append(head);
            const QByteArray target = head.left(head.indexOf('\r')).split(' ').value(1);
            const QByteArray path = target.left(target.indexOf('?') < 0 ? target.size() : target.indexOf('?'));
            serve(s, m_paths.value(path, m_default));
        }
    }

    void serve(QTcpSocket* s, const RawBehaviour& b)
    {
        switch (b.kind) {
        case RawBehaviour::Kind::Respond:
        case RawBehaviour::Kind::Truncate:
            s->write(b.response);
            s->flush();
            s->disconnectFromHost();
            return;
        case RawBehaviour::Kind::Hang:
            return;
        case RawBehaviour::Kind::Reset: {
            // SO_LINGER 0: close() sends RST instead of FIN — "connection reset by peer" on the other side.
            struct linger l {
                1, 0
            };
            ::setsockopt(int(s->socketDescriptor()), SOL_SOCKET, SO_LINGER, &l, sizeof l);
            s->abort();
            return;
        }
        case RawBehaviour::Kind::Trickle: {
            auto* timer = new QTimer(s);
            auto sent = std::make_shared<qsizetype>(0);
            const QByteArray bytes = b.response;
            QObject::connect(timer, &QTimer::timeout, s, [s, sent, bytes] {
                if (*sent < bytes.size())
                    s->write(bytes.mid((*sent)++, 1));
            });
            timer->start(150);
            return;
        }
        }
    }

    QTcpServer m_server;
    QHash<QByteArray, RawBehaviour> m_paths;
    RawBehaviour m_default = RawBehaviour::http(404, "{}");
    QHash<QTcpSocket*, QByteArray> m_buffers;
    QVector<QByteArray> m_heads;
};

/*! \brief A loopback port nothing listens on (bound, then closed): connecting is refused. */
inline quint16 closedPort()
{
    QTcpServer s;
    s.listen(QHostAddress::LocalHost, 0);
    const quint16 port = s.serverPort();
    s.close();
    return port;
}
