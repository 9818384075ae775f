// Default severities: warnings and up. The CLI's progress and summary are its own output; enable
// more with QT_LOGGING_RULES="pagesight.*.info=true" (or .debug).
#include "Log.h"

Q_LOGGING_CATEGORY(lcApi, "pagesight.api", QtWarningMsg)
Q_LOGGING_CATEGORY(lcAuth, "pagesight.auth", QtWarningMsg)
Q_LOGGING_CATEGORY(lcCatalog, "pagesight.catalog", QtWarningMsg)
Q_LOGGING_CATEGORY(lcStreams, "pagesight.streams", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSync, "pagesight.sync", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSandbox, "pagesight.sandbox", QtWarningMsg)
Q_LOGGING_CATEGORY(lcAnalytics, "pagesight.analytics", QtWarningMsg)
Q_LOGGING_CATEGORY(lcCli, "pagesight.cli", QtInfoMsg)
Q_LOGGING_CATEGORY(lcApp, "pagesight.app", QtWarningMsg)
