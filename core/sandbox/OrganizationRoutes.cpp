// Organizations, access control, network size and posts (docs/LINKEDIN-API.md §1, §4, §5), plus the
// LinkedIn-style error answers the routes share.
#include "RestRoutes.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QUrl>
#include <QVariantList>

#include <algorithm>

namespace pagesight::sandbox {

namespace rest {

HttpResponse invalidParameter(const QString &name, const QString &detail) {
    QString message = QStringLiteral("Parameter '%1' is invalid").arg(name);
    if (!detail.isEmpty())
        message += QStringLiteral(": ") + detail;
    return HttpResponse::linkedInError(400, message);
}

HttpResponse missingParameter(const QString &name) {
    return HttpResponse::linkedInError(400, QStringLiteral("Parameter '%1' is required").arg(name));
}

HttpResponse accessDenied(const QString &resource) {
    return HttpResponse::linkedInError(403, QStringLiteral("Not enough permissions to access: %1.GET").arg(resource),
                                       100, QStringLiteral("ACCESS_DENIED"));
}

HttpResponse notFound(const QString &message) {
    return HttpResponse::linkedInError(404, message, 0, QStringLiteral("RESOURCE_NOT_FOUND"));
}

QJsonObject pagedBody(const QJsonArray &elements) {
    return QJsonObject{{QStringLiteral("paging"), QJsonObject{{QStringLiteral("start"), 0},
                                                              {QStringLiteral("count"), 10},
                                                              {QStringLiteral("links"), QJsonArray()}}},
                       {QStringLiteral("elements"), elements}};
}

std::optional<HttpResponse> organizationParam(const RestCall &call, const QString &name, Organization *out) {
    if (!call.query.contains(name))
        return missingParameter(name);
    const QString urn = call.query.value(name);
    static const QRegularExpression pattern(QStringLiteral("^urn:li:organization:([0-9]{1,19})$"));
    const QRegularExpressionMatch match = pattern.match(urn);
    if (!match.hasMatch())
        return invalidParameter(name, QStringLiteral("'%1' is not an organization URN").arg(urn));
    out->id = match.captured(1).toLongLong();
    out->urn = urn;
    out->empty = out->id == call.data.emptyOrganizationId();
    if (out->id != call.data.options().organizationId && !out->empty)
        return accessDenied(call.resource);
    return std::nullopt;
}

std::optional<int> intParam(const QueryParams &query, const QString &name, int defaultValue) {
    if (!query.contains(name))
        return defaultValue;
    bool ok = false;
    const int value = query.value(name).toInt(&ok);
    return ok ? std::optional<int>(value) : std::nullopt;
}

} // namespace rest

namespace {

const QString personUrn = QStringLiteral("urn:li:person:SbxAdm1n42");

QString encodedUrn(const QString &urn) {
    return QString::fromLatin1(QUrl::toPercentEncoding(urn));
}

std::optional<qint64> organizationIdOfUrn(const QString &urn) {
    static const QRegularExpression pattern(QStringLiteral("^urn:li:organization:([0-9]{1,19})$"));
    const QRegularExpressionMatch match = pattern.match(urn);
    return match.hasMatch() ? std::optional<qint64>(match.captured(1).toLongLong()) : std::nullopt;
}

QJsonObject aclElement(const QString &organizationUrn) {
    return QJsonObject{{QStringLiteral("roleAssignee"), personUrn},
                       {QStringLiteral("state"), QStringLiteral("APPROVED")},
                       {QStringLiteral("role"), QStringLiteral("ADMINISTRATOR")},
                       {QStringLiteral("organization"), organizationUrn}};
}

} // namespace

HttpResponse networkSizesRoute(const RestCall &call) {
    if (call.key.isEmpty())
        return rest::notFound(QStringLiteral("networkSizes needs an organization URN in the path"));
    // Rest.li 2.0 wants the key percent-encoded; raw URNs work on LinkedIn too, so accept both.
    const QString urn = percentDecode(call.key);
    const std::optional<qint64> id = organizationIdOfUrn(urn);
    if (!id)
        return HttpResponse::linkedInError(400,
                                           QStringLiteral("Invalid key '%1': expected an organization URN").arg(urn));
    const QString edgeType = call.query.value(QStringLiteral("edgeType"));
    if (edgeType.isEmpty())
        return rest::missingParameter(QStringLiteral("edgeType"));
    if (edgeType != QLatin1String("COMPANY_FOLLOWED_BY_MEMBER")) {
        // The pre-202305 spelling CompanyFollowedByMember is what this mostly catches.
        return rest::invalidParameter(QStringLiteral("edgeType"),
                                      QStringLiteral("'%1' is not a valid value of enum EdgeType "
                                                     "(expected COMPANY_FOLLOWED_BY_MEMBER)")
                                          .arg(edgeType));
    }
    qint64 size = 0;
    if (*id == call.data.options().organizationId)
        size = call.data.networkSize();
    else if (*id != call.data.emptyOrganizationId())
        return rest::notFound(QStringLiteral("Organization %1 does not exist").arg(*id));
    return HttpResponse::json(200, QJsonObject{{QStringLiteral("firstDegreeSize"), size}});
}

HttpResponse organizationsRoute(const RestCall &call) {
    if (!call.key.isEmpty()) {
        bool ok = false;
        const qint64 id = percentDecode(call.key).toLongLong(&ok);
        if (!ok || id <= 0)
            return HttpResponse::linkedInError(
                400,
                QStringLiteral("Invalid key '%1': expected a numeric organization id").arg(percentDecode(call.key)));
        const QJsonObject organization = call.data.organizationJson(id);
        if (organization.isEmpty())
            return rest::notFound(QStringLiteral("Organization %1 does not exist").arg(id));
        return HttpResponse::json(200, organization);
    }
    // BATCH_GET: ids=List(1,2)
    if (!call.query.contains(QStringLiteral("ids")))
        return rest::missingParameter(QStringLiteral("ids"));
    const std::optional<QVariant> ids = parseRestliValue(call.query.raw(QStringLiteral("ids")));
    if (!ids || ids->userType() != QMetaType::QVariantList)
        return rest::invalidParameter(QStringLiteral("ids"));
    QJsonObject results, statuses, errors;
    for (const QVariant &item : ids->toList()) {
        const QString key = item.toString();
        const QJsonObject organization = call.data.organizationJson(key.toLongLong());
        if (organization.isEmpty()) {
            statuses.insert(key, 404);
            errors.insert(
                key, QJsonObject{{QStringLiteral("message"), QStringLiteral("Organization %1 does not exist").arg(key)},
                                 {QStringLiteral("status"), 404}});
        } else {
            statuses.insert(key, 200);
            results.insert(key, organization);
        }
    }
    return HttpResponse::json(200, QJsonObject{{QStringLiteral("results"), results},
                                               {QStringLiteral("statuses"), statuses},
                                               {QStringLiteral("errors"), errors}});
}

HttpResponse organizationAclsRoute(const RestCall &call) {
    const QString q = call.query.value(QStringLiteral("q"));
    if (q.isEmpty())
        return rest::missingParameter(QStringLiteral("q"));
    const std::optional<int> start = rest::intParam(call.query, QStringLiteral("start"), 0);
    const std::optional<int> count = rest::intParam(call.query, QStringLiteral("count"), 10);
    if (!start || *start < 0)
        return rest::invalidParameter(QStringLiteral("start"));
    if (!count || *count < 0)
        return rest::invalidParameter(QStringLiteral("count"));

    QStringList organizations;
    if (q == QLatin1String("roleAssignee")) {
        organizations = {call.data.organizationUrn(),
                         QStringLiteral("urn:li:organization:") + QString::number(call.data.emptyOrganizationId())};
    } else if (q == QLatin1String("organization")) {
        rest::Organization organization;
        if (auto error = rest::organizationParam(call, QStringLiteral("organization"), &organization))
            return *error;
        organizations = {organization.urn};
    } else {
        return rest::invalidParameter(QStringLiteral("q"),
                                      QStringLiteral("the finders are 'roleAssignee' and 'organization'"));
    }
    // The member holds one role in one state; asking for another selects nothing.
    const QString role = call.query.value(QStringLiteral("role"));
    const QString state = call.query.value(QStringLiteral("state"));
    if ((!role.isEmpty() && role != QLatin1String("ADMINISTRATOR")) ||
        (!state.isEmpty() && state != QLatin1String("APPROVED")))
        organizations.clear();

    QJsonArray elements;
    for (qsizetype i = *start; i < organizations.size() && i < qsizetype(*start) + *count; ++i)
        elements.append(aclElement(organizations[i]));
    return HttpResponse::json(
        200, QJsonObject{{QStringLiteral("paging"), QJsonObject{{QStringLiteral("start"), *start},
                                                                {QStringLiteral("count"), *count},
                                                                {QStringLiteral("links"), QJsonArray()}}},
                         {QStringLiteral("elements"), elements}});
}

HttpResponse postsRoute(const RestCall &call) {
    if (!call.key.isEmpty()) { // GET /rest/posts/{encoded URN}
        const QString urn = percentDecode(call.key);
        const SandboxPost *post = call.data.post(urn);
        if (!post)
            return rest::notFound(QStringLiteral("Post %1 does not exist").arg(urn));
        return HttpResponse::json(200, post->json);
    }
    if (!call.query.contains(QStringLiteral("q")))
        return rest::missingParameter(QStringLiteral("q"));
    if (call.query.value(QStringLiteral("q")) != QLatin1String("author"))
        return rest::invalidParameter(QStringLiteral("q"), QStringLiteral("the finder of posts is 'author'"));
    rest::Organization author;
    if (auto error = rest::organizationParam(call, QStringLiteral("author"), &author))
        return *error;
    const std::optional<int> start = rest::intParam(call.query, QStringLiteral("start"), 0);
    const std::optional<int> count = rest::intParam(call.query, QStringLiteral("count"), 10);
    if (!start || *start < 0)
        return rest::invalidParameter(QStringLiteral("start"));
    if (!count || *count < 0)
        return rest::invalidParameter(QStringLiteral("count"));
    if (*count > call.options.maxPostsCount)
        return rest::invalidParameter(
            QStringLiteral("count"),
            QStringLiteral("the maximum is %1, %2 was requested").arg(call.options.maxPostsCount).arg(*count));
    // Dark (DSC) posts are listed only when asked for: isDsc=true lists them and nothing else.
    const QString isDsc = call.query.value(QStringLiteral("isDsc"));
    if (!isDsc.isEmpty() && isDsc != QLatin1String("true") && isDsc != QLatin1String("false"))
        return rest::invalidParameter(QStringLiteral("isDsc"), QStringLiteral("expected true or false"));
    const bool dark = isDsc == QLatin1String("true");
    const QString sortBy = call.query.value(QStringLiteral("sortBy"));
    if (!sortBy.isEmpty() && sortBy != QLatin1String("LAST_MODIFIED") && sortBy != QLatin1String("CREATED"))
        return rest::invalidParameter(QStringLiteral("sortBy"), QStringLiteral("expected LAST_MODIFIED or CREATED"));

    // Deleted posts are gone from data.posts(); the empty organization has none.
    QList<const SandboxPost *> order;
    if (!author.empty) {
        order.reserve(call.data.posts().size());
        for (const SandboxPost &post : call.data.posts())
            if (post.dark == dark)
                order.append(&post);
        if (sortBy == QLatin1String("CREATED")) {
            std::stable_sort(order.begin(), order.end(),
                             [](const SandboxPost *a, const SandboxPost *b) { return a->createdAt > b->createdAt; });
        }
    }
    const qsizetype total = order.size();
    // A short page holds 1 to 3 posts fewer than asked for (never none), and the next page starts
    // after the last one it holds.
    qsizetype served = *count;
    if (call.options.shortPostsPages && *count > 3)
        served = *count - 1 - (*start / *count) % 3;
    QJsonArray elements;
    for (qsizetype i = *start; i < total && i < qsizetype(*start) + served; ++i)
        elements.append(order[i]->json);

    const auto link = [&](const char *rel, qsizetype linkStart) {
        QString href =
            QStringLiteral("/rest/posts?author=%1&count=%2&q=author").arg(encodedUrn(author.urn)).arg(*count);
        if (!isDsc.isEmpty())
            href += QStringLiteral("&isDsc=") + isDsc;
        if (!sortBy.isEmpty())
            href += QStringLiteral("&sortBy=") + sortBy;
        href += QStringLiteral("&start=") + QString::number(linkStart);
        return QJsonObject{{QStringLiteral("rel"), QLatin1String(rel)},
                           {QStringLiteral("type"), QStringLiteral("application/json")},
                           {QStringLiteral("href"), href}};
    };
    QJsonArray links;
    if (*start > 0 && *count > 0)
        links.append(link("prev", std::max<qsizetype>(0, *start - *count)));
    if (*count > 0 && *start + served < total)
        links.append(link("next", *start + served));
    const QJsonObject paging{{QStringLiteral("start"), *start},
                             {QStringLiteral("count"), *count},
                             {QStringLiteral("links"), links},
                             {QStringLiteral("total"), total}};
    return HttpResponse::json(200,
                              QJsonObject{{QStringLiteral("paging"), paging}, {QStringLiteral("elements"), elements}});
}

} // namespace pagesight::sandbox
