#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

class QTcpSocket;

/*!
 * \brief One HTTP/1.1 response written straight to the socket, including the broken ones.
 *
 * QHttpServerResponder (6.4) can only send well-formed responses at once; a simulator also needs to
 * answer late, never, with a body shorter than its Content-Length, or by dropping the connection.
 */
struct SimReply {
    enum class Delivery {
        Full, //!< status line, headers, whole body
        Truncate, //!< first half of the body, Content-Length matching what is sent
        Cut, //!< Content-Length of the whole body, half of it sent, then the connection is closed
        Hang, //!< nothing is ever written; the client has to time out
        Drop, //!< the connection is aborted without a byte (the "offline" simulation)
    };

    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers; //!< extra headers (Content-Length/Date are added)
    QByteArray body;
    Delivery delivery = Delivery::Full;
    int delayMs = 0; //!< wait before the first byte (a timer; the event loop keeps running)
    bool headOnly = false; //!< answer to HEAD: Content-Length of `body`, no body bytes

    void addHeader(const QByteArray& name, const QByteArray& value) { headers.append({ name, value }); }

    /*! \brief Sends (now or after `delayMs`); safe if \a socket disappears meanwhile. */
    void send(QTcpSocket* socket) const;

    /*! \brief The bytes written for `Full`/`Truncate`/`Cut` (exposed for tests). */
    QByteArray serialize() const;

    static QByteArray reasonPhrase(int status);
};
