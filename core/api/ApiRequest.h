#pragma once

#include <QString>

#include <functional>

namespace pagesight {

// A request, ready for LinkedInClient: a path under the API base (e.g. "posts") and a query that is
// already Rest.li 2.0 encoded (see RestLi.h) — parameter order kept (author before q=author).
struct ApiRequest {
    QString path;
    QString query;
    // Called before each wait between tries (Retry-After or backoff): how long, and the HTTP status
    // that made it wait (0: no answer). The sync's progress shows "retrying in N s".
    std::function<void(int ms, int httpStatus)> onRetryWait;
};

} // namespace pagesight
