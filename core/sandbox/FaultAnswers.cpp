// The faults' answers: LinkedIn's error bodies, and the hostile answers a reliability probe sent
// (redirects, shapes without elements, endless paging, oversized bodies, broken text, impossible
// timestamps and numbers, posts of another organization).
#include "FaultAnswers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace pagesight::sandbox {

namespace {

HttpResponse statusAnswer(int status) {
    return HttpResponse::linkedInError(status, QString::fromLatin1(reasonPhrase(status)));
}

// A body of about `bytes` bytes that is valid JSON, so only its size is wrong.
HttpResponse hugeAnswer(qint64 bytes) {
    HttpResponse response;
    response.setHeader("Content-Type", "application/json");
    const QByteArray head = R"({"paging":{"start":0,"count":10,"links":[]},"elements":[)";
    const QByteArray tail = "]}";
    response.body.reserve(bytes);
    response.body.append(head);
    response.body.append(QByteArray(qMax<qint64>(0, bytes - head.size() - tail.size()), ' '));
    response.body.append(tail);
    return response;
}

// Parses the answer's JSON, lets edit change it, and writes it back.
void editJson(HttpResponse &response, const std::function<void(QJsonObject &)> &edit) {
    QJsonObject json = QJsonDocument::fromJson(response.body).object();
    if (json.isEmpty())
        return;
    edit(json);
    response.body = QJsonDocument(json).toJson(QJsonDocument::Compact);
}

void editElements(HttpResponse &response, const std::function<void(QJsonArray &)> &edit) {
    editJson(response, [&edit](QJsonObject &json) {
        QJsonArray elements = json.value(QLatin1String("elements")).toArray();
        edit(elements);
        json.insert(QStringLiteral("elements"), elements);
    });
}

bool isPost(const QJsonObject &element) {
    return element.contains(QLatin1String("lastModifiedAt"));
}

} // namespace

HttpResponse expiredTokenAnswer() {
    return HttpResponse::linkedInError(401, QStringLiteral("The token used in the request has expired"), 65602,
                                       QStringLiteral("EXPIRED_ACCESS_TOKEN"));
}

HttpResponse inactiveVersionAnswer(const QString &version) {
    return HttpResponse::linkedInError(426, QStringLiteral("Requested version %1 is not active").arg(version), 0,
                                       QStringLiteral("NONEXISTENT_VERSION"));
}

bool replacesAnswer(Fault::Kind kind) {
    switch (kind) {
    case Fault::Kind::Truncate:
    case Fault::Kind::Drop:
    case Fault::Kind::Hang:
    case Fault::Kind::FirstPage:
    case Fault::Kind::Trickle:
    case Fault::Kind::BadUtf8:
    case Fault::Kind::FuturePost:
    case Fault::Kind::OddTimes:
    case Fault::Kind::BigNumbers:
    case Fault::Kind::Foreign:
        return false;
    default:
        return true;
    }
}

HttpResponse replacementAnswer(Fault::Kind kind, const HttpRequest &request, const QUrl &serverBase,
                               const ServerOptions &options) {
    switch (kind) {
    case Fault::Kind::Http429:
        return HttpResponse::linkedInError(429, QStringLiteral("Too Many Requests"));
    case Fault::Kind::Http429RetryAfter: {
        HttpResponse response = HttpResponse::linkedInError(429, QStringLiteral("Too Many Requests"));
        response.setHeader("Retry-After", QByteArray::number(options.retryAfterSeconds));
        return response;
    }
    case Fault::Kind::Quota:
        return HttpResponse::linkedInError(
            429, QStringLiteral("Resource level throttle APPLICATION DAY limit for calls to this resource is reached."),
            101);
    case Fault::Kind::Http500:
        return statusAnswer(500);
    case Fault::Kind::Http502:
        return statusAnswer(502);
    case Fault::Kind::Http503:
        return statusAnswer(503);
    case Fault::Kind::Http401:
        return expiredTokenAnswer();
    case Fault::Kind::Http403:
        return HttpResponse::linkedInError(
            403,
            QStringLiteral("Not enough permissions to access: %1").arg(request.path.section(QLatin1Char('/'), 2, 2)),
            100, QStringLiteral("ACCESS_DENIED"));
    case Fault::Kind::Http426: {
        const QString version = QString::fromLatin1(request.header("linkedin-version"));
        return inactiveVersionAnswer(version.isEmpty() ? QStringLiteral("(none)") : version);
    }
    case Fault::Kind::RefusedRange:
        // LinkedIn's answer to a time range it will not serve, as corradio/polynomial#119 recorded it.
        return HttpResponse::linkedInError(
            400, QStringLiteral("Invalid timeIntervals parameter [{timeGranularityType=DAY, timeRange={start="
                                "1451606400000, end=1683504000000}}]. Start time and end time must be less than "
                                "14 months apart."));
    case Fault::Kind::InvalidJson:
        // What a proxy or an outage page answers: 200, but HTML.
        return HttpResponse::html(200, QStringLiteral("LinkedIn"),
                                  QStringLiteral("We're working on it. Please try again in a few minutes."));
    case Fault::Kind::Redirect: {
        // The same resource on another host name ("localhost" for "127.0.0.1"): a client that follows
        // it would carry the Authorization header there.
        QUrl elsewhere = serverBase;
        elsewhere.setHost(serverBase.host() == QLatin1String("localhost") ? QStringLiteral("127.0.0.1")
                                                                          : QStringLiteral("localhost"));
        elsewhere.setPath(request.path);
        elsewhere.setQuery(request.rawQuery, QUrl::StrictMode);
        return HttpResponse::redirect(elsewhere);
    }
    case Fault::Kind::NoElements:
        return HttpResponse::json(
            200, QJsonObject{{QStringLiteral("paging"), QJsonObject{{QStringLiteral("start"), 0},
                                                                    {QStringLiteral("count"), 10},
                                                                    {QStringLiteral("links"), QJsonArray()}}}});
    case Fault::Kind::Huge:
        return hugeAnswer(options.hugeBodyBytes);
    default:
        break;
    }
    return statusAnswer(500);
}

QString rewriteQuery(Fault::Kind kind, const QString &rawQuery) {
    if (kind != Fault::Kind::FirstPage)
        return rawQuery;
    static const QRegularExpression start(QStringLiteral("(^|&)start=[0-9]*"));
    QString query = rawQuery;
    return query.replace(start, QStringLiteral("\\1start=0"));
}

void mangle(Fault::Kind kind, HttpResponse &response) {
    switch (kind) {
    case Fault::Kind::Truncate:
        response.body.truncate(response.body.size() / 2); // a complete response whose JSON stops halfway
        return;
    case Fault::Kind::BadUtf8: {
        // Two bytes that are never UTF-8, inside the first post's commentary.
        const QByteArray marker = "\"commentary\":\"";
        const qsizetype at = response.body.indexOf(marker);
        if (at >= 0)
            response.body.insert(at + marker.size(), "\xff\xfe broken ");
        return;
    }
    case Fault::Kind::FuturePost:
        editElements(response, [](QJsonArray &elements) {
            if (elements.isEmpty() || !isPost(elements.first().toObject()))
                return;
            QJsonObject post = elements.first().toObject();
            post.insert(QStringLiteral("lastModifiedAt"), Q_INT64_C(32503680000000)); // 3000-01-01
            elements.replace(0, post);
        });
        return;
    case Fault::Kind::OddTimes:
        // Each post in turn: dates as numeric strings, null, or beyond any representable time.
        editElements(response, [](QJsonArray &elements) {
            for (qsizetype i = 0; i < elements.size(); ++i) {
                QJsonObject post = elements.at(i).toObject();
                if (!isPost(post))
                    continue;
                for (const char *field : {"createdAt", "publishedAt", "lastModifiedAt"}) {
                    const QString name = QLatin1String(field);
                    if (i % 3 == 0)
                        post.insert(name, QString::number(post.value(name).toInteger()));
                    else if (i % 3 == 1)
                        post.insert(name, QJsonValue::Null);
                    else
                        post.insert(name, 1e20);
                }
                elements.replace(i, post);
            }
        });
        return;
    case Fault::Kind::BigNumbers:
        editElements(response, [](QJsonArray &elements) {
            if (elements.isEmpty())
                return;
            QJsonObject element = elements.first().toObject();
            QJsonObject statistics = element.value(QLatin1String("totalShareStatistics")).toObject();
            statistics.insert(QStringLiteral("likeCount"), 9223372036854775808.0); // 2^63
            statistics.insert(QStringLiteral("impressionCount"), 1e308);
            statistics.insert(QStringLiteral("engagement"), QStringLiteral("NaN"));
            element.insert(QStringLiteral("totalShareStatistics"), statistics);
            elements.replace(0, element);
        });
        return;
    case Fault::Kind::Foreign:
        editElements(response, [](QJsonArray &elements) {
            if (elements.isEmpty())
                return;
            QJsonObject copy = elements.first().toObject();
            const bool perPost = copy.contains(QLatin1String("share")) || copy.contains(QLatin1String("ugcPost"));
            if (!isPost(copy) && !perPost)
                return;         // an organization's own statistics: nothing to add
            if (isPost(copy)) { // a post by another organization in our listing
                copy.insert(QStringLiteral("id"), QStringLiteral("urn:li:share:6999999999999999999"));
                copy.insert(QStringLiteral("author"), QStringLiteral("urn:li:organization:999"));
            } else { // statistics of a post nobody asked for
                copy.remove(QStringLiteral("ugcPost"));
                copy.insert(QStringLiteral("share"), QStringLiteral("urn:li:share:6999999999999999999"));
            }
            elements.append(copy);
        });
        return;
    default:
        return;
    }
}

} // namespace pagesight::sandbox
