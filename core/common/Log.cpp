#include "Log.h"

Q_LOGGING_CATEGORY(lcApi, "pagesight.api", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAuth, "pagesight.auth", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCatalog, "pagesight.catalog", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStreams, "pagesight.streams", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSync, "pagesight.sync", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSandbox, "pagesight.sandbox", QtWarningMsg)
Q_LOGGING_CATEGORY(lcCli, "pagesight.cli", QtInfoMsg)
