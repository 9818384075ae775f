#pragma once

#include "SandboxData.h"

namespace pagesight::sandbox {

struct PostGeneratorInput {
    const GeneratorOptions &options;
    QDate today;
    double scale = 1; // organization size: scales impressions
};

// The organization's posts, newest lastModifiedAt first. Post i is built from its own hash stream
// (seed, i), so generating is linear and cheap: 10,000 posts take a few tens of milliseconds.
QList<SandboxPost> generatePosts(const PostGeneratorInput &input);

// The order /rest/posts serves: lastModifiedAt descending, then URN, so ties are stable.
bool servedBefore(const SandboxPost &a, const SandboxPost &b);

// The commentary after an edit (touchPost).
QString editedCommentary(const QString &commentary);

} // namespace pagesight::sandbox
