#pragma once

#include <QString>

namespace pagesight {

// A request, ready for LinkedInClient: a path under the API base (e.g. "posts") and a query that is
// already Rest.li 2.0 encoded (see RestLi.h) — parameter order kept (author before q=author).
struct ApiRequest {
    QString path;
    QString query;
};

} // namespace pagesight
