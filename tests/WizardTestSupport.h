#pragma once

// Drives the setup wizard as a person would: widgets found by objectName, keys typed, Next clicked.

#include "app/SampleData.h"
#include "common/Clock.h"
#include "sandbox/SandboxServer.h"
#include "wizard/SetupWizard.h"
#include "wizard/StreamsPage.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QStandardPaths>
#include <QTest>
#include <QTreeWidget>

#include <memory>

namespace pagesight::testing {

inline const QDate kWizardToday(2026, 11, 28);
inline const QString kSandboxToken = QStringLiteral("sandbox-access-token");

template<typename T> T *widget(const QWidget *root, const QString &objectName) {
    return root->findChild<T *>(objectName);
}

inline QString currentPageName(const QWizard &wizard) {
    return wizard.currentPage() ? wizard.currentPage()->objectName() : QString();
}

// Clicks Next (or Finish on the last page) with the mouse; true when the button was enabled.
inline bool clickButton(QWizard &wizard, QWizard::WizardButton which) {
    QAbstractButton *button = wizard.button(which);
    if (!button || !button->isVisible() || !button->isEnabled())
        return false;
    QTest::mouseClick(button, Qt::LeftButton);
    return true;
}

inline bool clickNext(QWizard &wizard) {
    return clickButton(wizard, QWizard::NextButton);
}

inline bool isNextEnabled(const QWizard &wizard) {
    return wizard.button(QWizard::NextButton)->isEnabled();
}

// Clicks a check box or radio button on its indicator: a click at the centre of one stretched by
// its layout lands beyond its text, where it does not react.
inline void clickCheckable(QAbstractButton *button) {
    QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(6, button->height() / 2));
}

// Replaces a field's text by typing, as a person selecting all and typing over it.
inline void typeOver(QLineEdit *edit, const QString &text) {
    edit->setFocus();
    edit->selectAll();
    if (text.isEmpty())
        QTest::keyClick(edit, Qt::Key_Backspace);
    else
        QTest::keyClicks(edit, text);
}

// Chooses the item whose data is value with the arrow keys, as on a closed combo box.
inline bool chooseByKeyboard(QComboBox *combo, const QVariant &value) {
    const int target = combo->findData(value);
    if (target < 0)
        return false;
    combo->setFocus();
    while (combo->currentIndex() < target)
        QTest::keyClick(combo, Qt::Key_Down);
    while (combo->currentIndex() > target)
        QTest::keyClick(combo, Qt::Key_Up);
    return combo->currentIndex() == target;
}

// Toggles a tree item's check box with the space bar.
inline void toggleWithSpace(QTreeWidget *tree, QTreeWidgetItem *item) {
    tree->setFocus();
    tree->setCurrentItem(item, StreamsPage::TitleColumn);
    QTest::keyClick(tree, Qt::Key_Space);
}

// The app's services for a wizard under test: a sandbox on the loopback, a fixed clock, sample data.
struct WizardRig {
    FixedClock clock{QDateTime(kWizardToday, QTime(10, 0), Qt::UTC)};
    std::unique_ptr<QNetworkAccessManager> network;
    std::unique_ptr<sandbox::SandboxServer> sandbox;
    std::unique_ptr<SampleData> sampleData;

    bool start() {
        QStandardPaths::setTestModeEnabled(true);
        network = std::make_unique<QNetworkAccessManager>();
        sandbox::GeneratorOptions data;
        data.posts = 20;
        data.days = 30;
        data.today = kWizardToday;
        sandbox = std::make_unique<sandbox::SandboxServer>(data);
        sampleData = std::make_unique<SampleData>();
        return sandbox->listen();
    }

    AppServices services() {
        AppServices services;
        services.network = network.get();
        services.clock = &clock;
        services.sampleData = sampleData.get();
        return services;
    }

    std::unique_ptr<SetupWizard> open(SetupWizard::Mode mode = SetupWizard::Mode::Create,
                                      const std::optional<SourceConfig> &existing = std::nullopt) {
        auto wizard = std::make_unique<SetupWizard>(services(), mode, existing);
        wizard->show();
        if (!QTest::qWaitForWindowExposed(wizard.get()))
            qWarning("the wizard was not exposed");
        return wizard;
    }

    // The Authorization page's part, set on the state (a pasted, verified sandbox token); then the
    // wizard restarts on the Organization page.
    void authorizeAndStartAfterIt(SetupWizard &wizard) {
        WizardState *state = wizard.state();
        state->source.authMethod = SourceConfig::AuthMethod::PastedToken;
        state->source.apiBaseUrl = sandbox->apiBaseUrl();
        state->source.oauthBaseUrl = sandbox->oauthBaseUrl();
        state->source.accessTokenExpiresAt = clock.nowUtc().addDays(60);
        state->secrets.accessToken = kSandboxToken;
        state->credentialVerified = true;
        startAfterAuthorization(wizard);
    }

    static void startAfterAuthorization(SetupWizard &wizard) {
        wizard.setStartId(SetupWizard::OrganizationPageId);
        wizard.restart();
    }

    // Fills the Organization page with the sandbox organization when it is empty, then clicks Next
    // until pageName shows; false when Next was disabled on the way.
    static bool goTo(SetupWizard &wizard, const QString &pageName) {
        auto *combo = widget<QComboBox>(&wizard, QStringLiteral("organizationIdComboBox"));
        if (currentPageName(wizard) == QLatin1String("organizationPage") && combo->currentText().isEmpty())
            QTest::keyClicks(combo->lineEdit(), QStringLiteral("12345678"));
        while (currentPageName(wizard) != pageName) {
            if (!QTest::qWaitFor([&] { return isNextEnabled(wizard); }, 5000) || !clickNext(wizard))
                return false;
        }
        return true;
    }
};

} // namespace pagesight::testing
