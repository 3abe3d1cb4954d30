#pragma once

#include <QAbstractHttpServer>

#include <functional>

/*!
 * \brief QAbstractHttpServer that hands every parsed request and its socket to one callback.
 *
 * Qt 6.4's QAbstractHttpServer::handleRequest gets the raw QTcpSocket, so the simulator can answer
 * late, never, partially or not at all while QtHttpServer still does the HTTP parsing.
 */
class SimHttpServer : public QAbstractHttpServer {
    Q_OBJECT

public:
    using Handler = std::function<void(const QHttpServerRequest&, QTcpSocket*)>;

    explicit SimHttpServer(Handler handler, QObject* parent = nullptr);

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    Handler m_handler;
};
