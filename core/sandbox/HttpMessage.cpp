#include "HttpMessage.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QLocale>
#include <QVariantList>
#include <QVariantMap>

namespace pagesight::sandbox {

QByteArray HttpRequest::header(const QByteArray &lowerCaseName) const {
    for (const auto &h : headers) {
        if (h.first == lowerCaseName)
            return h.second;
    }
    return {};
}

bool HttpRequest::hasHeader(const QByteArray &lowerCaseName) const {
    for (const auto &h : headers) {
        if (h.first == lowerCaseName)
            return true;
    }
    return false;
}

bool HttpRequest::keepAlive() const {
    const QByteArray connection = header("connection").toLower();
    if (version == "HTTP/1.0")
        return connection.contains("keep-alive");
    return !connection.contains("close");
}

HttpRequestParser::Status HttpRequestParser::fail(int status, const QString &message) {
    m_errorStatus = status;
    m_errorMessage = message;
    return Status::Invalid;
}

HttpRequestParser::Status HttpRequestParser::parse(QByteArray &buffer, HttpRequest &request) {
    // A client may send empty lines between requests (RFC 9112 §2.2).
    qsizetype skip = 0;
    while (skip + 1 < buffer.size() && buffer[skip] == '\r' && buffer[skip + 1] == '\n')
        skip += 2;
    if (skip > 0)
        buffer.remove(0, skip);

    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0) {
        if (buffer.size() > maxHeaderBytes)
            return fail(431, QStringLiteral("Request header fields too large"));
        return Status::NeedMore;
    }
    if (headerEnd > maxHeaderBytes)
        return fail(431, QStringLiteral("Request header fields too large"));

    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    if (requestLine.size() != 3 || requestLine[0].isEmpty() || !requestLine[1].startsWith('/') ||
        !requestLine[2].startsWith("HTTP/1."))
        return fail(400, QStringLiteral("Malformed request line"));

    HttpRequest parsed;
    parsed.method = requestLine[0];
    parsed.target = requestLine[1];
    parsed.version = requestLine[2];
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].endsWith('\r') ? lines[i].chopped(1) : lines[i];
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || line.left(colon).contains(' ') || line.left(colon).contains('\t'))
            return fail(400, QStringLiteral("Malformed header line"));
        parsed.headers.append({line.left(colon).toLower(), line.mid(colon + 1).trimmed()});
    }

    const QByteArray transferEncoding = parsed.header("transfer-encoding").toLower();
    if (!transferEncoding.isEmpty() && transferEncoding != "identity")
        return fail(501,
                    QStringLiteral("Transfer-Encoding %1 is not supported").arg(QString::fromLatin1(transferEncoding)));

    qint64 contentLength = 0;
    if (parsed.hasHeader("content-length")) {
        bool ok = false;
        contentLength = parsed.header("content-length").toLongLong(&ok);
        if (!ok || contentLength < 0)
            return fail(400, QStringLiteral("Invalid Content-Length"));
        if (contentLength > maxBodyBytes)
            return fail(413, QStringLiteral("Request body too large"));
    }
    const qsizetype total = headerEnd + 4 + qsizetype(contentLength);
    if (buffer.size() < total) {
        m_expectsContinue = parsed.header("expect").toLower() == "100-continue";
        return Status::NeedMore;
    }
    m_expectsContinue = false;

    parsed.body = buffer.mid(headerEnd + 4, qsizetype(contentLength));
    buffer.remove(0, total);

    const QString target = QString::fromLatin1(parsed.target);
    const qsizetype question = target.indexOf(QLatin1Char('?'));
    parsed.path = question < 0 ? target : target.left(question);
    parsed.rawQuery = question < 0 ? QString() : target.mid(question + 1);
    request = std::move(parsed);
    return Status::Complete;
}

void HttpResponse::setHeader(const QByteArray &name, const QByteArray &value) {
    for (auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
            h.second = value;
            return;
        }
    }
    headers.append({name, value});
}

QByteArray HttpResponse::header(const QByteArray &name) const {
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

QByteArray HttpResponse::head(qint64 contentLength, bool keepAlive) const {
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    const QString date =
        QLocale::c().toString(QDateTime::currentDateTimeUtc(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"));
    out += "Date: " + date.toLatin1() + "\r\n";
    for (const auto &h : headers)
        out += h.first + ": " + h.second + "\r\n";
    out += "Content-Length: " + QByteArray::number(contentLength) + "\r\n";
    out += keepAlive ? "Connection: keep-alive\r\n" : "Connection: close\r\n";
    out += "\r\n";
    return out;
}

HttpResponse HttpResponse::json(int status, const QJsonObject &body) {
    HttpResponse response;
    response.status = status;
    response.setHeader("Content-Type", "application/json");
    response.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return response;
}

HttpResponse HttpResponse::linkedInError(int status, const QString &message, int serviceErrorCode,
                                         const QString &code) {
    QJsonObject body{{QStringLiteral("message"), message}, {QStringLiteral("status"), status}};
    if (serviceErrorCode != 0)
        body.insert(QStringLiteral("serviceErrorCode"), serviceErrorCode);
    if (!code.isEmpty())
        body.insert(QStringLiteral("code"), code);
    return json(status, body);
}

HttpResponse HttpResponse::oauthError(int status, const QString &error, const QString &description) {
    HttpResponse response =
        json(status, QJsonObject{{QStringLiteral("error"), error}, {QStringLiteral("error_description"), description}});
    response.setHeader("Cache-Control", "no-store");
    return response;
}

HttpResponse HttpResponse::html(int status, const QString &title, const QString &text) {
    HttpResponse response;
    response.status = status;
    response.setHeader("Content-Type", "text/html; charset=utf-8");
    response.body = QStringLiteral("<!DOCTYPE html>\n<html><head><title>%1</title></head>"
                                   "<body><h1>%1</h1><p>%2</p></body></html>\n")
                        .arg(title.toHtmlEscaped(), text.toHtmlEscaped())
                        .toUtf8();
    return response;
}

HttpResponse HttpResponse::redirect(const QUrl &location) {
    HttpResponse response;
    response.status = 302;
    response.setHeader("Location", location.toEncoded());
    response.setHeader("Cache-Control", "no-store");
    return response;
}

QByteArray reasonPhrase(int status) {
    switch (status) {
    case 200:
        return "OK";
    case 302:
        return "Found";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 413:
        return "Payload Too Large";
    case 426:
        return "Upgrade Required";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

QString percentDecode(const QString &encoded, bool plusIsSpace) {
    QByteArray bytes = encoded.toUtf8();
    if (plusIsSpace)
        bytes.replace('+', ' ');
    return QUrl::fromPercentEncoding(bytes);
}

QueryParams QueryParams::parse(const QString &raw, bool plusIsSpace) {
    QueryParams params;
    params.m_plusIsSpace = plusIsSpace;
    const QStringList parts = raw.split(QLatin1Char('&'), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const qsizetype equals = part.indexOf(QLatin1Char('='));
        const QString name = equals < 0 ? part : part.left(equals);
        const QString value = equals < 0 ? QString() : part.mid(equals + 1);
        params.m_items.append({percentDecode(name, plusIsSpace), value});
    }
    return params;
}

bool QueryParams::contains(const QString &name) const {
    return count(name) > 0;
}

int QueryParams::count(const QString &name) const {
    int n = 0;
    for (const auto &item : m_items)
        n += item.first == name ? 1 : 0;
    return n;
}

QString QueryParams::raw(const QString &name) const {
    for (const auto &item : m_items) {
        if (item.first == name)
            return item.second;
    }
    return {};
}

QString QueryParams::value(const QString &name) const {
    return percentDecode(raw(name), m_plusIsSpace);
}

QStringList QueryParams::names() const {
    QStringList out;
    for (const auto &item : m_items)
        out.append(item.first);
    return out;
}

bool QueryParams::hasPrefix(const QString &prefix) const {
    for (const auto &item : m_items) {
        if (item.first.startsWith(prefix))
            return true;
    }
    return false;
}

namespace {

// A recursive-descent reader for Rest.li 2.0 values.
class RestliReader {
public:
    explicit RestliReader(const QString &text)
        : m_text(text) {}

    std::optional<QVariant> read() {
        std::optional<QVariant> value = readValue();
        if (!value || m_pos != m_text.size())
            return std::nullopt;
        return value;
    }

private:
    bool at(QLatin1String token) const { return QStringView(m_text).mid(m_pos).startsWith(token); }
    bool atChar(char c) const { return m_pos < m_text.size() && m_text[m_pos] == QLatin1Char(c); }

    std::optional<QVariant> readValue() {
        if (at(QLatin1String("List("))) {
            m_pos += 5;
            return readList();
        }
        if (atChar('(')) {
            ++m_pos;
            return readObject();
        }
        return readLeaf();
    }

    std::optional<QVariant> readList() {
        QVariantList items;
        if (atChar(')')) {
            ++m_pos;
            return items;
        }
        for (;;) {
            std::optional<QVariant> item = readValue();
            if (!item)
                return std::nullopt;
            items.append(*item);
            if (atChar(',')) {
                ++m_pos;
                continue;
            }
            if (atChar(')')) {
                ++m_pos;
                return items;
            }
            return std::nullopt;
        }
    }

    std::optional<QVariant> readObject() {
        QVariantMap fields;
        if (atChar(')')) {
            ++m_pos;
            return fields;
        }
        for (;;) {
            const qsizetype colon = m_text.indexOf(QLatin1Char(':'), m_pos);
            if (colon <= m_pos)
                return std::nullopt;
            const QString key = m_text.mid(m_pos, colon - m_pos);
            if (key.contains(QLatin1Char(',')) || key.contains(QLatin1Char('(')) || key.contains(QLatin1Char(')')))
                return std::nullopt;
            m_pos = colon + 1;
            std::optional<QVariant> value = readValue();
            if (!value || fields.contains(key))
                return std::nullopt;
            fields.insert(percentDecode(key), *value);
            if (atChar(',')) {
                ++m_pos;
                continue;
            }
            if (atChar(')')) {
                ++m_pos;
                return fields;
            }
            return std::nullopt;
        }
    }

    std::optional<QVariant> readLeaf() {
        const qsizetype start = m_pos;
        while (m_pos < m_text.size() && !atChar(',') && !atChar('(') && !atChar(')'))
            ++m_pos;
        const QString leaf = m_text.mid(start, m_pos - start);
        if (leaf.isEmpty())
            return std::nullopt;
        if (leaf == QLatin1String("''"))
            return QVariant(QString(QLatin1String("")));
        return QVariant(percentDecode(leaf));
    }

    const QString &m_text;
    qsizetype m_pos = 0;
};

} // namespace

std::optional<QVariant> parseRestliValue(const QString &raw) {
    const auto isStructured = [](const QString &s) {
        return s.startsWith(QLatin1String("List(")) || s.startsWith(QLatin1Char('('));
    };
    QString text = raw;
    if (!isStructured(text)) {
        const QString decoded = percentDecode(text);
        if (!isStructured(decoded))
            return text.isEmpty() ? std::nullopt : std::optional<QVariant>(QVariant(decoded));
        text = decoded;
    }
    return RestliReader(text).read();
}

} // namespace pagesight::sandbox
