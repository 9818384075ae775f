#pragma once

// Small helpers to drive widgets as a person would, the way the GUI tests do: widgets found by
// objectName, text typed over, buttons clicked with the mouse, and waits that keep the event loop
// turning (the network, the sandbox and the layouts all need it).

#include <QAbstractButton>
#include <QComboBox>
#include <QLineEdit>
#include <QTest>
#include <QWizard>

#include <functional>

namespace pagesight::screenshots {

// A named child, or nullptr with a line saying which one is missing (the UI was renamed).
template<typename T> T *child(const QWidget *root, const char *objectName) {
    T *found = root->findChild<T *>(QLatin1String(objectName));
    if (!found)
        qCritical("pagesight-screenshots: no widget named %s", objectName);
    return found;
}

// Keeps the event loop turning until condition holds; false (and says what) after timeoutMs.
inline bool waitUntil(const std::function<bool()> &condition, int timeoutMs, const char *what) {
    if (QTest::qWaitFor(condition, timeoutMs))
        return true;
    qCritical("pagesight-screenshots: timed out waiting for %s", what);
    return false;
}

inline bool click(QAbstractButton *button) {
    if (!button || !button->isEnabled())
        return false;
    QTest::mouseClick(button, Qt::LeftButton);
    return true;
}

// On the indicator: a check box or radio button stretched by its layout does not react to a click
// at its centre, beyond its text.
inline bool clickCheckable(QAbstractButton *button) {
    if (!button || !button->isEnabled())
        return false;
    QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(6, button->height() / 2));
    return true;
}

// Selects all and types over it, so every textChanged and validation runs as for a person.
inline bool typeOver(QLineEdit *edit, const QString &text) {
    if (!edit)
        return false;
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
    return edit->text() == text;
}

// Moves a closed combo box to the item holding value with the arrow keys.
inline bool chooseByKeyboard(QComboBox *combo, const QVariant &value) {
    const int target = combo ? combo->findData(value) : -1;
    if (target < 0)
        return false;
    combo->setFocus();
    while (combo->currentIndex() < target)
        QTest::keyClick(combo, Qt::Key_Down);
    while (combo->currentIndex() > target)
        QTest::keyClick(combo, Qt::Key_Up);
    return combo->currentIndex() == target;
}

// Clicks Next once it is enabled (pages enable it after their checks, some over the network), and
// waits for the page to change.
inline bool clickNext(QWizard &wizard, const char *from) {
    QAbstractButton *next = wizard.button(QWizard::NextButton);
    if (!waitUntil([&] { return next->isVisible() && next->isEnabled(); }, 15000, from))
        return false;
    const int page = wizard.currentId();
    click(next);
    return waitUntil([&] { return wizard.currentId() != page; }, 5000, from);
}

} // namespace pagesight::screenshots
