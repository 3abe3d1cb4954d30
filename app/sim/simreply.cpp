#include "simreply.h"

#include <QDateTime>
#include <QLocale>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

namespace {

QByteArray httpDate()
{
    return QLocale::c()
        .toString(QDateTime::currentDateTimeUtc(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
        .toLatin1();
}

void writeNow(QTcpSocket* socket, const SimReply& reply)
{
    switch (reply.delivery) {
    case SimReply::Delivery::Hang:
        return;
    case SimReply::Delivery::Drop:
        // Deferred: QAbstractHttpServer still uses the socket when handleRequest returns.
        QMetaObject::invokeMethod(socket, &QTcpSocket::abort, Qt::QueuedConnection);
        return;
    case SimReply::Delivery::Cut:
        socket->write(reply.serialize());
        socket->flush();
        QMetaObject::invokeMethod(socket, &QTcpSocket::disconnectFromHost, Qt::QueuedConnection);
        return;
    case SimReply::Delivery::Full:
    case SimReply::Delivery::Truncate:
        socket->write(reply.serialize());
        return;
    }
}

} // namespace

QByteArray SimReply::serialize() const
{
    const QByteArray sent = delivery == Delivery::Full ? body : body.left(body.size() / 2);
    const qsizetype declared = delivery == Delivery::Cut ? body.size() : sent.size();
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    out += "Date: " + httpDate() + "\r\n";
    out += "Server: modelpulse-sim\r\n";
    for (const auto& h : headers)
        out += h.first + ": " + h.second + "\r\n";
    // 1xx/204/304 carry no body and no length.
    if (status >= 200 && status != 204 && status != 304)
        out += "Content-Length: " + QByteArray::number(declared) + "\r\n";
    out += delivery == Delivery::Cut ? "Connection: close\r\n" : "Connection: keep-alive\r\n";
    out += "\r\n";
    if (status != 204 && status != 304 && !headOnly)
        out += sent;
    return out;
}

void SimReply::send(QTcpSocket* socket) const
{
    if (!socket)
        return;
    if (delayMs <= 0 || delivery == Delivery::Hang) {
        writeNow(socket, *this);
        return;
    }
    QPointer<QTcpSocket> guard(socket);
    const SimReply copy = *this;
    // The socket is the timer's context: a client that gives up (and closes) cancels the answer.
    QTimer::singleShot(delayMs, socket, [guard, copy] {
        if (guard && guard->state() == QAbstractSocket::ConnectedState)
            writeNow(guard, copy);
    });
}

QByteArray SimReply::reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 204:
        return "No Content";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 303:
        return "See Other";
    case 304:
        return "Not Modified";
    case 307:
        return "Temporary Redirect";
    case 308:
        return "Permanent Redirect";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 402:
        return "Payment Required";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 413:
        return "Payload Too Large";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    case 529:
        return "Site Overloaded";
    default:
        return "Status";
    }
}
