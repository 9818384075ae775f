#pragma once

#include "HttpMessage.h"

#include <QObject>

#include <functional>

class QTcpSocket;

namespace pagesight::sandbox {

// One client connection: reads requests one after the other (keep-alive, several per connection)
// and writes each response before reading the next, so responses stay in request order even when
// a client pipelines. A request is "in progress" from the moment it is handed out until respond()
// — which may be much later (latency timers) or never (hang).
//
//   idle ──request parsed──► in progress ──respond()──► idle (keep-alive) or closing
//                                 │
//                                 └──hang()──► stays in progress until the client goes away
class HttpConnection : public QObject {
    Q_OBJECT
public:
    using RequestHandler = std::function<void(HttpConnection *, const HttpRequest &)>;

    HttpConnection(QTcpSocket *socket, RequestHandler handler, QObject *parent = nullptr);
    ~HttpConnection() override;

    enum class Delivery {
        Normal,  // the whole response
        Drop,    // headers promise the full Content-Length, half the body is written, then the socket closes
        Trickle, // the headers, then one byte of the body every trickleIntervalMs
    };
    void respond(const HttpResponse &response, Delivery delivery = Delivery::Normal, int trickleIntervalMs = 2000);
    // Never answers the request in progress; the socket stays open until the client closes it.
    void hang();
    void close();

signals:
    void closed();

private:
    void onReadyRead();
    void processBuffer();

    QTcpSocket *m_socket = nullptr;
    RequestHandler m_handler;
    QByteArray m_buffer;
    HttpRequestParser m_parser;
    bool m_inProgress = false;
    bool m_keepAlive = true;
    bool m_closing = false;
    bool m_continueSent = false;
    QByteArray m_trickle; // what is left to trickle
};

} // namespace pagesight::sandbox
