#pragma once

#include <QObject>
#include <QString>

#include <optional>

namespace pagesight {

namespace states {
Q_NAMESPACE

// Where a run, or one stream of it, is, or how it ended. The engine, the app and the widgets use
// the type; text appears only at the edges — the catalog's run history, --json, the CLI's lines —
// with the spelling of docs/SPEC.md §5 ("waiting", "running", "succeeded", "partial", "failed",
// "cancelled"). Waiting is for a stream's progress only: a stored run is never waiting.
enum class RunStatus { Waiting, Running, Succeeded, Partial, Failed, Cancelled };
Q_ENUM_NS(RunStatus)

// The post statistics stream's bookmark is a sentinel, not a time: Complete says that the last run
// refreshed every known post once, so later incremental runs refresh only recent posts.
enum class StatisticsBookmark { None, Complete };
Q_ENUM_NS(StatisticsBookmark)
} // namespace states

using states::RunStatus;
using states::StatisticsBookmark;

QString statusText(RunStatus status);
// Text from the catalog or JSON; nullopt for anything else.
std::optional<RunStatus> statusFromText(const QString &text);
// Ended (not waiting or running).
bool isFinished(RunStatus status);

QString bookmarkText(StatisticsBookmark mark);
StatisticsBookmark statisticsBookmarkFrom(const QString &text);

} // namespace pagesight
