#include "RunStatus.h"

namespace pagesight {

namespace {
struct Spelling {
    RunStatus status;
    const char *text;
};
constexpr Spelling spellings[] = {
    {RunStatus::Waiting, "waiting"}, {RunStatus::Running, "running"}, {RunStatus::Succeeded, "succeeded"},
    {RunStatus::Partial, "partial"}, {RunStatus::Failed, "failed"},   {RunStatus::Cancelled, "cancelled"},
};
} // namespace

QString statusText(RunStatus status) {
    for (const Spelling &spelling : spellings)
        if (spelling.status == status)
            return QString::fromLatin1(spelling.text);
    return {};
}

std::optional<RunStatus> statusFromText(const QString &text) {
    for (const Spelling &spelling : spellings)
        if (text == QLatin1String(spelling.text))
            return spelling.status;
    return std::nullopt;
}

bool isFinished(RunStatus status) {
    return status != RunStatus::Waiting && status != RunStatus::Running;
}

QString bookmarkText(StatisticsBookmark mark) {
    return mark == StatisticsBookmark::Complete ? QStringLiteral("complete") : QString();
}

StatisticsBookmark statisticsBookmarkFrom(const QString &text) {
    return text == QLatin1String("complete") ? StatisticsBookmark::Complete : StatisticsBookmark::None;
}

} // namespace pagesight
