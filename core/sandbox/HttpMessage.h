#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>
#include <QVariant>

#include <optional>

namespace pagesight::sandbox {

using HttpHeaders = QList<QPair<QByteArray, QByteArray>>;

struct HttpRequest {
    QByteArray method;   // "GET"
    QByteArray target;   // as on the request line: "/rest/posts?author=…"
    QString path;        // target before '?', still percent-encoded
    QString rawQuery;    // target after '?', still percent-encoded
    QByteArray version;  // "HTTP/1.1"
    HttpHeaders headers; // names lower-cased, values trimmed
    QByteArray body;

    QByteArray header(const QByteArray &lowerCaseName) const;
    bool hasHeader(const QByteArray &lowerCaseName) const;
    // HTTP/1.1 keeps the connection unless "Connection: close"; HTTP/1.0 only with keep-alive.
    bool keepAlive() const;
};

// Reads requests from a connection's byte stream, one at a time. Bodies are Content-Length only:
// chunked request bodies are refused (QNetworkAccessManager sends a length for in-memory data).
class HttpRequestParser {
public:
    enum class Status { NeedMore, Complete, Invalid };
    // Takes one complete request off the front of buffer into request.
    Status parse(QByteArray &buffer, HttpRequest &request);
    int errorStatus() const { return m_errorStatus; } // 400, 413, 431, 501 after Invalid
    QString errorMessage() const { return m_errorMessage; }
    // After NeedMore: the headers are in and ask for "Expect: 100-continue" before the body.
    bool expectsContinue() const { return m_expectsContinue; }

    static constexpr qsizetype maxHeaderBytes = 64 * 1024;
    static constexpr qsizetype maxBodyBytes = 4 * 1024 * 1024;

private:
    Status fail(int status, const QString &message);
    int m_errorStatus = 0;
    QString m_errorMessage;
    bool m_expectsContinue = false;
};

struct HttpResponse {
    int status = 200;
    HttpHeaders headers;
    QByteArray body;

    void setHeader(const QByteArray &name, const QByteArray &value);
    QByteArray header(const QByteArray &name) const; // case-insensitive
    // Status line and headers, with Content-Length and Connection added; ends with the blank line.
    QByteArray head(qint64 contentLength, bool keepAlive) const;

    static HttpResponse json(int status, const QJsonObject &body);
    // LinkedIn's error body: {"message", "status"[, "serviceErrorCode"][, "code"]}.
    static HttpResponse linkedInError(int status, const QString &message, int serviceErrorCode = 0,
                                      const QString &code = {});
    // OAuth endpoints' error body: {"error", "error_description"}.
    static HttpResponse oauthError(int status, const QString &error, const QString &description);
    static HttpResponse html(int status, const QString &title, const QString &text);
    static HttpResponse redirect(const QUrl &location);
};

QByteArray reasonPhrase(int status);

// Percent-decoding of one value; '+' means a space only in form bodies and browser queries.
QString percentDecode(const QString &encoded, bool plusIsSpace = false);

// A query string (or a form body) split into parameters, in order, values kept as received.
class QueryParams {
public:
    static QueryParams parse(const QString &raw, bool plusIsSpace = false);

    bool contains(const QString &name) const;
    int count(const QString &name) const;
    QString raw(const QString &name) const;   // first value, still encoded
    QString value(const QString &name) const; // first value, decoded
    QStringList names() const;
    bool hasPrefix(const QString &prefix) const; // any parameter named prefix…

private:
    QList<QPair<QString, QString>> m_items; // decoded name, raw value
    bool m_plusIsSpace = false;
};

// Rest.li 2.0 values: "List(a,b)", "(key:value,key2:(…))" or a leaf. Leaves are percent-decoded;
// the structure characters may arrive percent-encoded too (some clients encode everything), in
// which case the whole value is decoded once first. nullopt when the text is not well formed.
// Lists become QVariantList, objects QVariantMap, leaves QString.
std::optional<QVariant> parseRestliValue(const QString &raw);

} // namespace pagesight::sandbox
