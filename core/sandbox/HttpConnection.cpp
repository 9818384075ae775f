#include "HttpConnection.h"

#include "common/Log.h"

#include <QTcpSocket>
#include <QTimer>

namespace pagesight::sandbox {

HttpConnection::HttpConnection(QTcpSocket *socket, RequestHandler handler, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_handler(std::move(handler)) {
    m_socket->setParent(this);
    // Answers go out as written: without this, Nagle's algorithm holds a response's last segment
    // back until the client's delayed ACK, adding ~40 ms to some answers.
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(m_socket, &QTcpSocket::disconnected, this, &HttpConnection::closed);
    // Bytes may have arrived before the signal was connected.
    if (m_socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(this, &HttpConnection::onReadyRead, Qt::QueuedConnection);
}

HttpConnection::~HttpConnection() {
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

void HttpConnection::onReadyRead() {
    m_buffer += m_socket->readAll();
    processBuffer();
}

void HttpConnection::processBuffer() {
    if (m_inProgress || m_closing)
        return;
    HttpRequest request;
    switch (m_parser.parse(m_buffer, request)) {
    case HttpRequestParser::Status::NeedMore:
        // curl asks before sending a body over 1 KB; without an answer it waits a second.
        if (m_parser.expectsContinue() && !m_continueSent) {
            m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
            m_continueSent = true;
        }
        return;
    case HttpRequestParser::Status::Invalid:
        // The stream can no longer be trusted to be in step: answer and close.
        qCDebug(lcSandbox) << "malformed request:" << m_parser.errorMessage();
        m_inProgress = true;
        m_keepAlive = false;
        respond(HttpResponse::linkedInError(m_parser.errorStatus(), m_parser.errorMessage()));
        return;
    case HttpRequestParser::Status::Complete:
        m_continueSent = false;
        m_inProgress = true;
        m_keepAlive = request.keepAlive();
        m_handler(this, request);
        return;
    }
}

void HttpConnection::respond(const HttpResponse &response, Delivery delivery, int trickleIntervalMs) {
    if (!m_inProgress || m_closing)
        return;
    if (delivery == Delivery::Trickle) {
        // The request stays in progress while its body goes out a byte at a time; the connection
        // closes after the last one.
        m_keepAlive = false;
        m_socket->write(response.head(response.body.size(), false));
        m_trickle = response.body;
        auto *timer = new QTimer(this);
        connect(timer, &QTimer::timeout, this, [this, timer] {
            if (m_trickle.isEmpty() || m_closing) {
                timer->deleteLater();
                m_closing = true;
                m_socket->disconnectFromHost();
                return;
            }
            m_socket->write(m_trickle.left(1));
            m_trickle.remove(0, 1);
        });
        timer->start(qMax(1, trickleIntervalMs));
        return;
    }
    m_inProgress = false;
    if (delivery == Delivery::Drop) {
        // Promise the whole body, deliver half of it, then hang up: the client sees the
        // connection end mid-body.
        m_socket->write(response.head(response.body.size(), true));
        m_socket->write(response.body.left(response.body.size() / 2));
        m_closing = true;
        m_socket->disconnectFromHost();
        return;
    }
    m_socket->write(response.head(response.body.size(), m_keepAlive));
    m_socket->write(response.body);
    if (!m_keepAlive) {
        m_closing = true;
        m_socket->disconnectFromHost(); // after the pending bytes are written
        return;
    }
    // The next request may already be buffered; read it from the event loop, not from inside
    // whatever called respond().
    QMetaObject::invokeMethod(this, &HttpConnection::processBuffer, Qt::QueuedConnection);
}

void HttpConnection::hang() {
    // Nothing to do: the request stays in progress, so nothing more is read or written.
}

void HttpConnection::close() {
    m_closing = true;
    m_socket->abort();
}

} // namespace pagesight::sandbox
