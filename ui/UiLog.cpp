#include "UiLog.h"

Q_LOGGING_CATEGORY(lcUi, "pagesight.ui", QtWarningMsg)
