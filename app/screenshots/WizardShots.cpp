// The setup wizard's six pages, walked as a newcomer would: the Authorization page as it opens
// (signing in with LinkedIn), then "Try with sample data", whose organization the next page shows by
// name, and every later page filled in. Sample data, rather than a token pasted for the sandbox,
// keeps the sandbox's loopback address out of the Review page.
#include "Drive.h"
#include "Screenshots.h"

#include "app/AppServices.h"
#include "app/SampleData.h"
#include "source/SourceConfig.h"
#include "wizard/SetupWizard.h"

#include <QCheckBox>
#include <QLabel>
#include <QRadioButton>
#include <QTimeEdit>

namespace pagesight::screenshots {

namespace {

// "Try with sample data" on the Authorization page: the sandbox's token is checked like any other,
// and the Organization page opens on the sample organization, already named.
bool useSampleData(QWizard &wizard, const SampleData &sample) {
    if (!clickCheckable(child<QRadioButton>(&wizard, "sampleDataRadio")) ||
        !clickNext(wizard, "the sample data to be checked"))
        return false;
    auto *name = child<QLabel>(&wizard, "organizationNameLabel");
    if (!name || !waitUntil([&] { return name->text() == sample.organizationName(); }, 15000, "the organization name"))
        return false;
    // Open the "How do I find the ID?" notes: the question every new user has on this page.
    auto *help = child<QAbstractButton>(&wizard, "organizationHelpButton");
    return help && (help->isChecked() || click(help));
}

// A prefix shows every table name following it; the posts kept as a full table show the other sync
// type and the Review page naming both.
bool configureStreams(QWizard &wizard) {
    return typeOver(child<QLineEdit>(&wizard, "tablePrefixLineEdit"), QStringLiteral("acme_")) &&
           chooseByKeyboard(child<QComboBox>(&wizard, "syncTypeComboBox_organization_posts"), int(SyncType::FullTable));
}

bool fillSourceDetails(QWizard &wizard) {
    auto *time = child<QTimeEdit>(&wizard, "triggerTimeEdit");
    auto *fullSync = child<QCheckBox>(&wizard, "fullSyncCheckBox");
    if (!chooseByKeyboard(child<QComboBox>(&wizard, "triggerComboBox"), int(Trigger::Kind::Daily)) || !time ||
        !fullSync)
        return false;
    time->setTime(QTime(7, 30));
    return fullSync->isChecked() || clickCheckable(fullSync);
}

} // namespace

bool grabWizard(const AppServices &services, ShotWriter &shots) {
    SampleData *sample = services.sampleData;
    if (!sample || !sample->ensureRunning()) {
        qCritical("pagesight-screenshots: the sample sandbox did not start");
        return false;
    }
    SetupWizard wizard(services, SetupWizard::Mode::Create);
    wizard.show();
    if (!QTest::qWaitForWindowExposed(&wizard))
        return false;

    // As it opens: "Sign in with LinkedIn" chosen, with its steps in the Developer Portal.
    if (!shots.save(&wizard, QStringLiteral("01-wizard-authorization")))
        return false;
    if (!useSampleData(wizard, *sample) || !shots.save(&wizard, QStringLiteral("02-wizard-organization")))
        return false;
    if (!clickNext(wizard, "the organization page") || !shots.save(&wizard, QStringLiteral("03-wizard-streams")))
        return false;
    if (!clickNext(wizard, "the streams page") || !configureStreams(wizard) ||
        !shots.save(&wizard, QStringLiteral("04-wizard-configure-streams")))
        return false;
    if (!clickNext(wizard, "the configure streams page") || !fillSourceDetails(wizard) ||
        !shots.save(&wizard, QStringLiteral("05-wizard-source-details")))
        return false;
    if (!clickNext(wizard, "the source details page") || !shots.save(&wizard, QStringLiteral("06-wizard-review")))
        return false;
    // Nothing is saved: the main window's pictures start from an empty catalog. done(), not reject():
    // reject() asks whether to discard the changes, and nobody is there to answer.
    static_cast<QDialog &>(wizard).done(QDialog::Rejected); // public in QDialog

    return true;
}

} // namespace pagesight::screenshots
