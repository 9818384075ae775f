#pragma once

#include <QPushButton>

namespace pagesight {

// A push button a test or a screen reader can find: objectName and accessible name set.
inline QPushButton *makeButton(const QString &objectName, const QString &text, QWidget *parent) {
    auto *button = new QPushButton(text, parent);
    button->setObjectName(objectName);
    button->setAccessibleName(text);
    return button;
}

} // namespace pagesight
