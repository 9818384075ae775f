#pragma once

#include "app/Preferences.h"

#include <QFileDialog>
#include <QPointer>

namespace pagesight {

// The SaveFileAsker of the widgets: Qt's save dialog over parent, asking before it replaces a file.
inline SaveFileAsker saveFileDialog(QWidget *parent) {
    return [guard = QPointer<QWidget>(parent)](const QString &caption, const QString &path, const QString &filters,
                                               QString *selected) {
        return QFileDialog::getSaveFileName(guard, caption, path, filters, selected);
    };
}

} // namespace pagesight
