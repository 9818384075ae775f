#pragma once

#include <QString>

class QLabel;
class QWidget;

namespace pagesight::wizardstyle {

enum class Message { Error, Hint };

// A word-wrapped label for a message under a field: hidden while it has nothing to say, red for
// errors, read out by screen readers under its accessible name.
void makeMessageLabel(QLabel *label, const QString &objectName, const QString &accessibleName, Message kind);
void setMessage(QLabel *label, const QString &text);

// Marks a field as wrong (a red frame, from the page's style sheet) and says why in its accessible
// description.
void markInvalid(QWidget *field, bool invalid, const QString &why = {});
// The style sheet that draws the red frame of fields marked invalid.
QString invalidFieldStyleSheet();

} // namespace pagesight::wizardstyle
