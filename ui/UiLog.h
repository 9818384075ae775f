#pragma once

#include <QLoggingCategory>

// The widgets' logging category (pagesight.ui). Never log a token or a secret.
Q_DECLARE_LOGGING_CATEGORY(lcUi)
