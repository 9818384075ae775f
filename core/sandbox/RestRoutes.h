#pragma once

#include "HttpMessage.h"
#include "SandboxData.h"
#include "SandboxServer.h"

#include <optional>

namespace pagesight::sandbox {

// One /rest (or /v2) call that passed the common checks (token, LinkedIn-Version on /rest, protocol header).
struct RestCall {
    const HttpRequest &request;
    const QueryParams &query;
    QString resource; // "posts", "networkSizes"
    QString key;      // what follows "/rest/<resource>/" (or "/v2/<resource>/"), still encoded ("" when none)
    SandboxData &data;
    const ServerOptions &options;
};

// Statistics (StatisticsRoutes.cpp).
HttpResponse followerStatisticsRoute(const RestCall &call);
HttpResponse pageStatisticsRoute(const RestCall &call);
HttpResponse shareStatisticsRoute(const RestCall &call);

// Organizations and posts (OrganizationRoutes.cpp).
HttpResponse networkSizesRoute(const RestCall &call);
HttpResponse organizationsRoute(const RestCall &call);
HttpResponse organizationAclsRoute(const RestCall &call);
HttpResponse postsRoute(const RestCall &call);

// Standardized data (StandardizedRoutes.cpp): seniorities, functions, industryTaxonomyVersions, geo.
bool isStandardizedDataResource(const QString &resource);
HttpResponse standardizedDataRoute(const RestCall &call);

// LinkedIn-style 400/403/404 answers shared by the routes.
namespace rest {
HttpResponse invalidParameter(const QString &name, const QString &detail = {}); // "Parameter 'x' is invalid"
HttpResponse missingParameter(const QString &name);
HttpResponse accessDenied(const QString &resource);
HttpResponse notFound(const QString &message);
// {"paging":{start,count,links:[]},"elements":[…]}: the single page the statistics finders return.
QJsonObject pagedBody(const QJsonArray &elements);

// The organization named by a finder parameter: the sandbox organization, the empty one, or an
// error answer (missing, not an organization URN, not administered).
struct Organization {
    qint64 id = 0;
    bool empty = false; // the second, data-less organization
    QString urn;
};
std::optional<HttpResponse> organizationParam(const RestCall &call, const QString &name, Organization *out);

std::optional<int> intParam(const QueryParams &query, const QString &name, int defaultValue);
} // namespace rest

} // namespace pagesight::sandbox
