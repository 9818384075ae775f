#include "WizardStyle.h"

#include <QLabel>
#include <QStyle>
#include <QVariant>

namespace pagesight::wizardstyle {

namespace {
// Dark enough to read on white and on the light grey of most styles (contrast > 4.5:1).
constexpr auto kErrorColor = "#b3261e";
} // namespace

void makeMessageLabel(QLabel *label, const QString &objectName, const QString &accessibleName, Message kind) {
    label->setObjectName(objectName);
    label->setAccessibleName(accessibleName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A wrapped label may get more height than its lines need: keep the text under its field.
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    if (kind == Message::Error)
        label->setStyleSheet(QStringLiteral("color: %1;").arg(QLatin1String(kErrorColor)));
    label->setVisible(false);
}

void setMessage(QLabel *label, const QString &text) {
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

void markInvalid(QWidget *field, bool invalid, const QString &why) {
    field->setAccessibleDescription(why);
    if (field->property("invalid").toBool() == invalid)
        return;
    field->setProperty("invalid", invalid);
    // Dynamic properties in selectors are only re-read on a new polish.
    field->style()->unpolish(field);
    field->style()->polish(field);
    field->update();
}

QString invalidFieldStyleSheet() {
    return QStringLiteral("QLineEdit[invalid=\"true\"] { border: 2px solid %1; border-radius: 3px; padding: 1px; }")
        .arg(QLatin1String(kErrorColor));
}

} // namespace pagesight::wizardstyle
