// The setup wizard, driven as a person would against the sandbox: every page's fields, what each
// refuses and why, and the SourceConfig that comes out.
#include "WizardTestSupport.h"

#include "auth/TokenStore.h"
#include "source/SourceRepository.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTimeEdit>
#include <QTimer>
#include <QTreeWidget>

using namespace pagesight;
using namespace pagesight::testing;

namespace {
const QDate kToday = kWizardToday;
const QString kToken = kSandboxToken;
} // namespace

class TestSetupWizard : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_rig.start()); }
    void init() { m_rig.sandbox->clearRequests(); }

    void fullWalkWithPastedToken();
    void sampleDataPath();
    void editModeIsPrefilledAndRevisitable();
    void firstPageAndModes();
    void pastedTokenThroughTheAuthorizationPage();
    void sampleDataThroughTheAuthorizationPage();
    void reauthorizeFinishesOnItsOnlyPage();
    void overlapIsExplainedBeforeSaving();
    void escapeAsksBeforeLosingChanges();
    void screenshots();

private:
    WizardRig m_rig;
};

void TestSetupWizard::fullWalkWithPastedToken() {
    auto wizard = m_rig.open();
    m_rig.authorizeAndStartAfterIt(*wizard);
    QCOMPARE(currentPageName(*wizard), QStringLiteral("organizationPage"));
    const QString generatedId = wizard->state()->source.id;
    QVERIFY(!generatedId.isEmpty());

    // Organization: typed, looked up, named.
    auto *combo = widget<QComboBox>(wizard.get(), QStringLiteral("organizationIdComboBox"));
    auto *nameLabel = widget<QLabel>(wizard.get(), QStringLiteral("organizationNameLabel"));
    QVERIFY(combo && nameLabel);
    QTest::keyClicks(combo->lineEdit(), QStringLiteral("12345678"));
    QTRY_COMPARE(nameLabel->text(), QStringLiteral("Acme Analytics"));
    QTRY_VERIFY(isNextEnabled(*wizard));
    // Debounced: nothing was asked for the ids on the way to the full one ("1", "12", …).
    for (const sandbox::RecordedRequest &request : m_rig.sandbox->requests())
        QVERIFY2(!request.path.startsWith(QLatin1String("/rest/organizations/1234567")) ||
                     request.path == QLatin1String("/rest/organizations/12345678") ||
                     request.path == QLatin1String("/rest/organizations/12345679"),
                 qPrintable(request.path));

    auto *startDate = widget<QDateEdit>(wizard.get(), QStringLiteral("startDateEdit"));
    QCOMPARE(startDate->date(), kToday.addYears(-1)); // the default
    QVERIFY(startDate->calendarPopup());
    startDate->setFocus();
    startDate->setDate(QDate(2025, 6, 1));
    QVERIFY(clickNext(*wizard));

    // Streams: everything but Share Statistics.
    QCOMPARE(currentPageName(*wizard), QStringLiteral("streamsPage"));
    auto *streamsPage = qobject_cast<StreamsPage *>(wizard->currentPage());
    auto *tree = widget<QTreeWidget>(wizard.get(), QStringLiteral("streamsTree"));
    toggleWithSpace(tree, streamsPage->streamItem(QStringLiteral("share_statistics")));
    QVERIFY(!streamsPage->isStreamChecked(QStringLiteral("share_statistics")));
    QVERIFY(clickNext(*wizard));

    // Configure: a prefix for all, one name edited by hand, FULL_TABLE for the posts.
    QCOMPARE(currentPageName(*wizard), QStringLiteral("configureStreamsPage"));
    QVERIFY(!widget<QLineEdit>(wizard.get(), QStringLiteral("tableNameLineEdit_share_statistics"))->isVisible());
    auto *prefix = widget<QLineEdit>(wizard.get(), QStringLiteral("tablePrefixLineEdit"));
    typeOver(prefix, QStringLiteral("acme_"));
    auto *postStatsName = widget<QLineEdit>(wizard.get(), QStringLiteral("tableNameLineEdit_post_statistics"));
    QCOMPARE(postStatsName->text(), QStringLiteral("acme_post_statistics"));
    typeOver(postStatsName, QStringLiteral("acme_post_stats"));
    QVERIFY(chooseByKeyboard(widget<QComboBox>(wizard.get(), QStringLiteral("syncTypeComboBox_organization_posts")),
                             int(SyncType::FullTable)));
    QVERIFY(clickNext(*wizard));

    // Details: own description, daily at 07:30, a weekly full sync.
    QCOMPARE(currentPageName(*wizard), QStringLiteral("sourceDetailsPage"));
    auto *description = widget<QLineEdit>(wizard.get(), QStringLiteral("descriptionLineEdit"));
    QCOMPARE(description->text(), QStringLiteral("Acme Analytics \u2014 LinkedIn page"));
    typeOver(description, QStringLiteral("Acme company page"));
    QCOMPARE(widget<QLabel>(wizard.get(), QStringLiteral("descriptionCounterLabel"))->text(), QStringLiteral("17/140"));
    QVERIFY(chooseByKeyboard(widget<QComboBox>(wizard.get(), QStringLiteral("triggerComboBox")),
                             int(Trigger::Kind::Daily)));
    auto *time = widget<QTimeEdit>(wizard.get(), QStringLiteral("triggerTimeEdit"));
    QVERIFY(time->isVisible());
    time->setTime(QTime(7, 30));
    clickCheckable(widget<QCheckBox>(wizard.get(), QStringLiteral("fullSyncCheckBox")));
    auto *fullSyncDays = widget<QSpinBox>(wizard.get(), QStringLiteral("fullSyncDaysSpinBox"));
    QVERIFY(fullSyncDays->isEnabled());
    QCOMPARE(fullSyncDays->value(), 7);
    QVERIFY(clickNext(*wizard));

    // Review: what was chosen, in words.
    QCOMPARE(currentPageName(*wizard), QStringLiteral("reviewPage"));
    const QString summary = widget<QTextBrowser>(wizard.get(), QStringLiteral("summaryBrowser"))->toPlainText();
    for (const char *expected : {"Acme company page", "Pasted access token", "expires on 2027-01-27, in 60 days",
                                 "Acme Analytics (ID 12345678)", "2025-06-01", "acme_post_stats", "FULL_TABLE",
                                 "Daily at 07:30.", "full sync every 7 days"})
        QVERIFY2(summary.contains(QLatin1String(expected)), expected);
    QVERIFY(!summary.contains(QLatin1String("acme_share_statistics")));
    QVERIFY(widget<QCheckBox>(wizard.get(), QStringLiteral("syncNowCheckBox"))->isChecked());
    QVERIFY(clickButton(*wizard, QWizard::FinishButton));
    QCOMPARE(wizard->result(), int(QDialog::Accepted));

    const SourceConfig source = wizard->source();
    QCOMPARE(source.id, generatedId);
    QCOMPARE(source.description, QStringLiteral("Acme company page"));
    QCOMPARE(source.organizationId, 12345678);
    QCOMPARE(source.organizationName, QStringLiteral("Acme Analytics"));
    QCOMPARE(source.startDate, QDate(2025, 6, 1));
    QCOMPARE(source.streams.size(), 4);
    const QList<std::tuple<QString, QString, SyncType>> expectedStreams = {
        {QStringLiteral("follower_statistics"), QStringLiteral("acme_follower_statistics"), SyncType::Incremental},
        {QStringLiteral("page_statistics"), QStringLiteral("acme_page_statistics"), SyncType::Incremental},
        {QStringLiteral("organization_posts"), QStringLiteral("acme_organization_posts"), SyncType::FullTable},
        {QStringLiteral("post_statistics"), QStringLiteral("acme_post_stats"), SyncType::Incremental},
    };
    for (int i = 0; i < expectedStreams.size(); ++i) {
        QCOMPARE(source.streams.at(i).streamId, std::get<0>(expectedStreams.at(i)));
        QCOMPARE(source.streams.at(i).tableName, std::get<1>(expectedStreams.at(i)));
        QVERIFY(source.streams.at(i).syncType == std::get<2>(expectedStreams.at(i)));
    }
    QVERIFY(source.trigger.kind == Trigger::Kind::Daily);
    QCOMPARE(source.trigger.at, QTime(7, 30));
    QCOMPARE(source.trigger.fullSyncEveryDays, 7);
    QCOMPARE(source.apiBaseUrl, m_rig.sandbox->apiBaseUrl());
    QCOMPARE(source.apiVersion, QString::fromLatin1(SourceConfig::defaultApiVersion));
    QVERIFY(source.authMethod == SourceConfig::AuthMethod::PastedToken);
    QCOMPARE(source.accessTokenExpiresAt, m_rig.clock.nowUtc().addDays(60));
    QVERIFY(!source.needsReauthorization);
    QVERIFY(!source.validate(kToday).isError());
    QCOMPARE(wizard->secrets().accessToken, kToken);
    QVERIFY(wizard->syncNow());
}

void TestSetupWizard::sampleDataPath() {
    QVERIFY(m_rig.sampleData->ensureRunning());
    auto wizard = m_rig.open();
    WizardState *state = wizard->state();
    // What the Authorization page does for "Try with sample data".
    state->source = m_rig.sampleData->sampleSource(kToday);
    state->secrets.accessToken = m_rig.sampleData->accessToken();
    state->credentialVerified = true;
    WizardRig::startAfterAuthorization(*wizard);

    // The sample organization: an id LinkedIn never issues, and its own name.
    auto *combo = widget<QComboBox>(wizard.get(), QStringLiteral("organizationIdComboBox"));
    QCOMPARE(combo->currentText(), QString::number(kSampleOrganizationId));
    QCOMPARE(widget<QLabel>(wizard.get(), QStringLiteral("organizationNameLabel"))->text(),
             QStringLiteral("Sample organization"));
    QVERIFY(isNextEnabled(*wizard));
    QVERIFY(WizardRig::goTo(*wizard, QStringLiteral("sourceDetailsPage")));
    QCOMPARE(widget<QLineEdit>(wizard.get(), QStringLiteral("descriptionLineEdit"))->text(),
             QStringLiteral("Sample data"));
    QVERIFY(clickNext(*wizard));
    QVERIFY(widget<QTextBrowser>(wizard.get(), QStringLiteral("summaryBrowser"))
                ->toPlainText()
                .contains(QLatin1String("Sample data (the built-in simulated LinkedIn API)")));
    QVERIFY(clickButton(*wizard, QWizard::FinishButton));
    QCOMPARE(wizard->result(), int(QDialog::Accepted));

    const SourceConfig source = wizard->source();
    QVERIFY(!source.id.isEmpty()); // sampleSource has none: the wizard's own id stays
    QVERIFY(source.authMethod == SourceConfig::AuthMethod::SampleData);
    QCOMPARE(source.organizationId, kSampleOrganizationId);
    QCOMPARE(source.startDate, kToday.addYears(-1));
    QCOMPARE(source.streams.size(), 5);
    for (const StreamSelection &s : source.streams) {
        QCOMPARE(s.tableName, s.streamId);
        QVERIFY(s.syncType == SyncType::Incremental);
    }
    QVERIFY(source.trigger.kind == Trigger::Kind::Manual);
    QCOMPARE(source.apiBaseUrl, m_rig.sampleData->apiBaseUrl());
    QVERIFY(!source.validate(kToday).isError());
}

void TestSetupWizard::editModeIsPrefilledAndRevisitable() {
    SourceConfig existing;
    existing.id = QStringLiteral("source-1");
    existing.description = QStringLiteral("Existing source");
    existing.organizationId = 12345678;
    existing.organizationName = QStringLiteral("Acme Analytics");
    existing.startDate = QDate(2026, 1, 15);
    existing.streams = {
        {QStringLiteral("follower_statistics"), QStringLiteral("li_follower_statistics"), SyncType::Incremental},
        {QStringLiteral("organization_posts"), QStringLiteral("li_organization_posts"), SyncType::FullTable},
        {QStringLiteral("post_statistics"), QStringLiteral("li_post_stats"), SyncType::Incremental}};
    existing.trigger = {Trigger::Kind::Weekly, 24, QTime(8, 15), Qt::Wednesday, 30};
    existing.apiBaseUrl = m_rig.sandbox->apiBaseUrl();
    existing.accessTokenExpiresAt = m_rig.clock.nowUtc().addDays(20);

    // The source's token is in the keychain; the wizard reads it for its lookups.
    MemoryTokenStore keychain;
    SourceRepository repository(nullptr, &keychain);
    QVERIFY(QCoro::waitFor(repository.saveSecrets(existing.id, {kToken, {}, {}})).ok);
    AppServices services = m_rig.services();
    services.sources = &repository;
    auto wizard = std::make_unique<SetupWizard>(services, SetupWizard::Mode::Edit, existing);
    wizard->show();
    QVERIFY(QTest::qWaitForWindowExposed(wizard.get()));
    QCOMPARE(wizard->windowTitle(), QStringLiteral("Edit source"));
    QCOMPARE(currentPageName(*wizard), QStringLiteral("authorizationPage"));
    QVERIFY(wizard->state()->credentialVerified);
    QTRY_COMPARE(wizard->state()->secrets.accessToken, kToken);
    QVERIFY(clickNext(*wizard)); // the saved credential is kept

    // Each page shows the source's values.
    QCOMPARE(widget<QComboBox>(wizard.get(), QStringLiteral("organizationIdComboBox"))->currentText(),
             QStringLiteral("12345678"));
    QCOMPARE(widget<QLabel>(wizard.get(), QStringLiteral("organizationNameLabel"))->text(),
             QStringLiteral("Acme Analytics"));
    QCOMPARE(widget<QDateEdit>(wizard.get(), QStringLiteral("startDateEdit"))->date(), QDate(2026, 1, 15));
    QVERIFY(isNextEnabled(*wizard));
    QCOMPARE(m_rig.sandbox->requestCount(QStringLiteral("organizations/12345678")), 0); // the name is known
    // Another organization is looked up with the saved token; back to the first, nothing changed.
    auto *organization = widget<QComboBox>(wizard.get(), QStringLiteral("organizationIdComboBox"))->lineEdit();
    typeOver(organization, QStringLiteral("12345679"));
    QTRY_COMPARE(widget<QLabel>(wizard.get(), QStringLiteral("organizationNameLabel"))->text(),
                 QStringLiteral("Acme Analytics Labs"));
    typeOver(organization, QStringLiteral("12345678"));
    QTRY_VERIFY(isNextEnabled(*wizard));
    QVERIFY(clickNext(*wizard));
    auto *streamsPage = qobject_cast<StreamsPage *>(wizard->currentPage());
    QCOMPARE(streamsPage->checkedStreams(),
             QStringList({QStringLiteral("follower_statistics"), QStringLiteral("organization_posts"),
                          QStringLiteral("post_statistics")}));
    QVERIFY(clickNext(*wizard));
    QCOMPARE(widget<QLineEdit>(wizard.get(), QStringLiteral("tablePrefixLineEdit"))->text(), QStringLiteral("li_"));
    QCOMPARE(widget<QLineEdit>(wizard.get(), QStringLiteral("tableNameLineEdit_post_statistics"))->text(),
             QStringLiteral("li_post_stats"));
    QCOMPARE(widget<QComboBox>(wizard.get(), QStringLiteral("syncTypeComboBox_organization_posts"))->currentText(),
             QStringLiteral("FULL_TABLE"));
    QVERIFY(clickNext(*wizard));
    QCOMPARE(widget<QLineEdit>(wizard.get(), QStringLiteral("descriptionLineEdit"))->text(),
             QStringLiteral("Existing source"));
    QCOMPARE(widget<QComboBox>(wizard.get(), QStringLiteral("triggerComboBox"))->currentData().toInt(),
             int(Trigger::Kind::Weekly));
    QCOMPARE(widget<QComboBox>(wizard.get(), QStringLiteral("weekdayComboBox"))->currentData().toInt(),
             int(Qt::Wednesday));
    QCOMPARE(widget<QTimeEdit>(wizard.get(), QStringLiteral("triggerTimeEdit"))->time(), QTime(8, 15));
    QVERIFY(widget<QCheckBox>(wizard.get(), QStringLiteral("fullSyncCheckBox"))->isChecked());
    QCOMPARE(widget<QSpinBox>(wizard.get(), QStringLiteral("fullSyncDaysSpinBox"))->value(), 30);
    QVERIFY(!widget<QSpinBox>(wizard.get(), QStringLiteral("everyHoursSpinBox"))->isVisible());

    // Back to the streams: add Page Statistics; its row appears with the prefix, the others keep theirs.
    QVERIFY(clickButton(*wizard, QWizard::BackButton));
    QVERIFY(clickButton(*wizard, QWizard::BackButton));
    QCOMPARE(currentPageName(*wizard), QStringLiteral("streamsPage"));
    streamsPage->setStreamChecked(QStringLiteral("page_statistics"), true);
    QVERIFY(clickNext(*wizard));
    QCOMPARE(widget<QLineEdit>(wizard.get(), QStringLiteral("tableNameLineEdit_page_statistics"))->text(),
             QStringLiteral("li_page_statistics"));
    QCOMPARE(widget<QLineEdit>(wizard.get(), QStringLiteral("tableNameLineEdit_post_statistics"))->text(),
             QStringLiteral("li_post_stats"));
    QVERIFY(WizardRig::goTo(*wizard, QStringLiteral("reviewPage")));
    QVERIFY(clickButton(*wizard, QWizard::FinishButton));
    QCOMPARE(wizard->result(), int(QDialog::Accepted));

    // Everything else is as it was; no lookup was needed for a known organization.
    SourceConfig expected = existing;
    expected.streams.insert(
        1, {QStringLiteral("page_statistics"), QStringLiteral("li_page_statistics"), SyncType::Incremental});
    QCOMPARE(wizard->source().toJson(), expected.toJson());
    QCOMPARE(wizard->secrets().accessToken, kToken); // handed back as read: saving them changes nothing
}

void TestSetupWizard::firstPageAndModes() {
    auto create = m_rig.open();
    QCOMPARE(create->windowTitle(), QStringLiteral("Set up a LinkedIn source"));
    QCOMPARE(currentPageName(*create), QStringLiteral("authorizationPage"));
    QCOMPARE(create->pageIds(), QList<int>({SetupWizard::AuthorizationPageId, SetupWizard::OrganizationPageId,
                                            SetupWizard::StreamsPageId, SetupWizard::ConfigureStreamsPageId,
                                            SetupWizard::SourceDetailsPageId, SetupWizard::ReviewPageId}));
    QVERIFY(create->minimumWidth() >= 760 && create->minimumHeight() >= 560);
    QVERIFY(create->wizardStyle() == QWizard::ModernStyle);

    SourceConfig existing;
    existing.id = QStringLiteral("source-2");
    existing.organizationId = 12345678;
    existing.needsReauthorization = true;
    auto reauthorize = m_rig.open(SetupWizard::Mode::Reauthorize, existing);
    QCOMPARE(reauthorize->windowTitle(), QStringLiteral("Re-authorize"));
    QCOMPARE(reauthorize->pageIds(), QList<int>({SetupWizard::AuthorizationPageId}));
    QVERIFY(!reauthorize->state()->credentialVerified);
    QVERIFY(reauthorize->button(QWizard::FinishButton)->isVisible());
    QVERIFY(!reauthorize->button(QWizard::NextButton)->isVisible());
    // Re-authorizing a real page offers its ways to sign in, not the sample data.
    QVERIFY(widget<QRadioButton>(reauthorize.get(), QStringLiteral("sampleDataRadio"))->isHidden());
    QVERIFY(!widget<QRadioButton>(create.get(), QStringLiteral("sampleDataRadio"))->isHidden());
}

// The same two ways in, through the Authorization page's own widgets.
void TestSetupWizard::pastedTokenThroughTheAuthorizationPage() {
    auto wizard = m_rig.open();
    clickCheckable(widget<QRadioButton>(wizard.get(), QStringLiteral("pasteTokenRadio")));
    if (auto *advanced = widget<QAbstractButton>(wizard.get(), QStringLiteral("advancedToggleButton"));
        advanced && !advanced->isChecked())
        QTest::mouseClick(advanced, Qt::LeftButton);
    typeOver(widget<QLineEdit>(wizard.get(), QStringLiteral("apiBaseLineEdit")),
             m_rig.sandbox->apiBaseUrl().toString());
    QTest::keyClicks(widget<QLineEdit>(wizard.get(), QStringLiteral("accessTokenLineEdit")), kToken);
    QTest::mouseClick(widget<QAbstractButton>(wizard.get(), QStringLiteral("verifyButton")), Qt::LeftButton);
    QTRY_VERIFY2(isNextEnabled(*wizard),
                 qPrintable(widget<QLabel>(wizard.get(), QStringLiteral("authorizationStatusLabel"))->text()));
    QVERIFY(clickNext(*wizard));
    QCOMPARE(currentPageName(*wizard), QStringLiteral("organizationPage"));

    // The pages the token administers, named by the Organization page.
    auto *combo = widget<QComboBox>(wizard.get(), QStringLiteral("organizationIdComboBox"));
    QCOMPARE(combo->count(), 2);
    QTRY_COMPARE(combo->itemText(0), QStringLiteral("Acme Analytics (12345678)"));
    QTest::keyClicks(combo->lineEdit(), QStringLiteral("urn:li:organization:12345678"));
    QTRY_COMPARE(widget<QLabel>(wizard.get(), QStringLiteral("organizationNameLabel"))->text(),
                 QStringLiteral("Acme Analytics"));
    QVERIFY(WizardRig::goTo(*wizard, QStringLiteral("reviewPage")));
    QVERIFY(clickButton(*wizard, QWizard::FinishButton));
    QCOMPARE(wizard->result(), int(QDialog::Accepted));
    const SourceConfig source = wizard->source();
    QVERIFY(source.authMethod == SourceConfig::AuthMethod::PastedToken);
    QCOMPARE(source.apiBaseUrl, m_rig.sandbox->apiBaseUrl());
    QCOMPARE(source.organizationId, 12345678);
    QCOMPARE(source.organizationName, QStringLiteral("Acme Analytics"));
    QCOMPARE(source.description, QStringLiteral("Acme Analytics \u2014 LinkedIn page"));
    QCOMPARE(source.streams.size(), int(allStreams().size()));
    for (const StreamSelection &selection : source.streams)
        QCOMPARE(selection.tableName, selection.streamId);
    QVERIFY(!source.id.isEmpty());
    QCOMPARE(wizard->secrets().accessToken, kToken);
}

void TestSetupWizard::sampleDataThroughTheAuthorizationPage() {
    auto wizard = m_rig.open();
    const QString id = wizard->state()->source.id;
    clickCheckable(widget<QRadioButton>(wizard.get(), QStringLiteral("sampleDataRadio")));
    QTRY_VERIFY2(isNextEnabled(*wizard),
                 qPrintable(widget<QLabel>(wizard.get(), QStringLiteral("authorizationStatusLabel"))->text()));
    QVERIFY(clickNext(*wizard));
    QCOMPARE(widget<QComboBox>(wizard.get(), QStringLiteral("organizationIdComboBox"))->currentText(),
             QString::number(kSampleOrganizationId));
    QCOMPARE(widget<QLabel>(wizard.get(), QStringLiteral("organizationNameLabel"))->text(),
             QStringLiteral("Sample organization"));
    QVERIFY(WizardRig::goTo(*wizard, QStringLiteral("reviewPage")));
    QVERIFY(clickButton(*wizard, QWizard::FinishButton));
    QCOMPARE(wizard->result(), int(QDialog::Accepted));
    const SourceConfig source = wizard->source();
    QCOMPARE(source.id, id);
    QVERIFY(source.authMethod == SourceConfig::AuthMethod::SampleData);
    QCOMPARE(source.description, QStringLiteral("Sample data"));
    QCOMPARE(source.apiBaseUrl, m_rig.sampleData->apiBaseUrl());
    QCOMPARE(wizard->secrets().accessToken, m_rig.sampleData->accessToken());
    QVERIFY(!source.validate(kToday).isError());
}

void TestSetupWizard::reauthorizeFinishesOnItsOnlyPage() {
    SourceConfig existing;
    existing.id = QStringLiteral("source-3");
    existing.description = QStringLiteral("Rejected token");
    existing.organizationId = 12345678;
    existing.organizationName = QStringLiteral("Acme Analytics");
    existing.startDate = QDate(2026, 1, 1);
    existing.streams = defaultStreamSelections(QStringLiteral("x_"));
    existing.apiBaseUrl = m_rig.sandbox->apiBaseUrl();
    existing.needsReauthorization = true;
    auto wizard = m_rig.open(SetupWizard::Mode::Reauthorize, existing);
    QVERIFY(!wizard->button(QWizard::FinishButton)->isEnabled());
    auto *token = widget<QLineEdit>(wizard.get(), QStringLiteral("accessTokenLineEdit"));
    QVERIFY(token->isVisible()); // a pasted-token source is re-authorized by pasting
    QTest::keyClicks(token, kToken);
    QTest::mouseClick(widget<QAbstractButton>(wizard.get(), QStringLiteral("verifyButton")), Qt::LeftButton);
    QTRY_VERIFY(wizard->button(QWizard::FinishButton)->isEnabled());
    QVERIFY(clickButton(*wizard, QWizard::FinishButton));
    QCOMPARE(wizard->result(), int(QDialog::Accepted));

    SourceConfig expected = existing;
    expected.needsReauthorization = false;
    QCOMPARE(wizard->source().toJson(), expected.toJson());
    QCOMPARE(wizard->secrets().accessToken, kToken);
}

// Every page offscreen, for a person to look at (set PAGESIGHT_SCREENSHOTS to a folder).
// A new source for the organization and tables another source syncs would continue from that
// source's bookmarks: the wizard says so before saving, and offers a prefix of its own.
void TestSetupWizard::overlapIsExplainedBeforeSaving() {
    QTemporaryDir dir;
    Catalog catalog(QStringLiteral("overlap"));
    QVERIFY(!catalog.open(dir.filePath(QStringLiteral("catalog.sqlite"))).isError());
    MemoryTokenStore keychain;
    SourceRepository repository(&catalog, &keychain);
    SourceConfig existing;
    existing.id = QStringLiteral("existing");
    existing.description = QStringLiteral("Acme main page");
    existing.organizationId = 12345678;
    existing.startDate = kToday.addDays(-30);
    existing.streams = defaultStreamSelections();
    QVERIFY(!QCoro::waitFor(repository.save(existing)).isError());
    AppServices services = m_rig.services();
    services.catalog = &catalog;
    services.sources = &repository;
    SetupWizard wizard(services, SetupWizard::Mode::Create);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    m_rig.authorizeAndStartAfterIt(wizard);
    QVERIFY(WizardRig::goTo(wizard, QStringLiteral("configureStreamsPage")));

    auto *overlap = widget<QLabel>(&wizard, QStringLiteral("overlapLabel"));
    auto *usePrefix = widget<QPushButton>(&wizard, QStringLiteral("usePrefixButton"));
    QVERIFY(overlap->isVisible());
    QVERIFY2(overlap->text().contains(QLatin1String("Acme main page")) &&
                 overlap->text().contains(QLatin1String("will continue from that source's data")),
             qPrintable(overlap->text()));
    QVERIFY(usePrefix->isVisible());
    QVERIFY(isNextEnabled(wizard)); // said, not refused: continuing may be what the user wants
    if (const QString folder = qEnvironmentVariable("PAGESIGHT_SCREENSHOT_DIR"); !folder.isEmpty())
        wizard.grab().save(folder + QStringLiteral("/wizard-3-configure-overlap.png"));

    QTest::mouseClick(usePrefix, Qt::LeftButton);
    QVERIFY(!overlap->isVisible());
    QVERIFY(!usePrefix->isVisible());
    for (const StreamSelection &selection : wizard.state()->source.streams)
        QCOMPARE(selection.tableName, QStringLiteral("set2_") + selection.streamId);
}

// Esc on an untouched wizard closes it; once something was typed it asks, Esc (or Keep Editing)
// keeps the wizard open, Discard closes it.
void TestSetupWizard::escapeAsksBeforeLosingChanges() {
    auto untouched = m_rig.open();
    QVERIFY(!untouched->hasChanges());
    QTest::keyClick(untouched.get(), Qt::Key_Escape);
    QVERIFY(untouched->isHidden());
    QCOMPARE(untouched->result(), int(QDialog::Rejected));

    auto wizard = m_rig.open();
    clickCheckable(widget<QRadioButton>(wizard.get(), QStringLiteral("pasteTokenRadio")));
    QTest::keyClicks(widget<QLineEdit>(wizard.get(), QStringLiteral("accessTokenLineEdit")), kToken);
    QVERIFY(wizard->hasChanges());
    const auto answer = [this](const QString &button, QString *asked) {
        QTimer::singleShot(0, this, [button, asked] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            QCOMPARE(box->objectName(), QStringLiteral("discardChangesBox"));
            *asked = box->text();
            if (button.isEmpty())
                QTest::keyClick(box, Qt::Key_Escape);
            else
                QTest::mouseClick(box->findChild<QPushButton *>(button), Qt::LeftButton);
        });
    };
    QString asked;
    answer({}, &asked); // Esc on the question: back to the wizard
    QTest::keyClick(wizard.get(), Qt::Key_Escape);
    QCOMPARE(asked, QStringLiteral("Discard this new source?"));
    QVERIFY(!wizard->isHidden());
    asked.clear();
    answer(QStringLiteral("keepEditingButton"), &asked);
    wizard->button(QWizard::CancelButton)->click();
    QVERIFY(!asked.isEmpty());
    QVERIFY(!wizard->isHidden());
    answer(QStringLiteral("discardChangesButton"), &asked);
    QTest::keyClick(wizard.get(), Qt::Key_Escape);
    QVERIFY(wizard->isHidden());
    QCOMPARE(wizard->result(), int(QDialog::Rejected));
}

void TestSetupWizard::screenshots() {
    auto save = [](QWidget *window, const QString &path) {
        QTest::qWait(50); // let pending layout requests run, as a screen would before painting
        QVERIFY(window->grab().save(path));
    };
    const QString folder = qEnvironmentVariable("PAGESIGHT_SCREENSHOTS");
    if (folder.isEmpty())
        QSKIP("PAGESIGHT_SCREENSHOTS is not set");
    auto wizard = m_rig.open();
    save(wizard.get(), folder + QStringLiteral("/wizard-0-authorization.png"));
    m_rig.authorizeAndStartAfterIt(*wizard);
    auto *combo = widget<QComboBox>(wizard.get(), QStringLiteral("organizationIdComboBox"));
    QTest::keyClicks(combo->lineEdit(), QStringLiteral("12345678"));
    QTRY_VERIFY(isNextEnabled(*wizard));
    widget<QDateEdit>(wizard.get(), QStringLiteral("startDateEdit"))->setDate(QDate(2025, 6, 1));
    QTest::mouseClick(widget<QAbstractButton>(wizard.get(), QStringLiteral("organizationHelpButton")), Qt::LeftButton);
    save(wizard.get(), folder + QStringLiteral("/wizard-1-organization.png"));
    typeOver(combo->lineEdit(), QStringLiteral("https://example.com/company/1"));
    save(wizard.get(), folder + QStringLiteral("/wizard-1-organization-error.png"));
    typeOver(combo->lineEdit(), QStringLiteral("12345678"));
    QTRY_VERIFY(isNextEnabled(*wizard));
    QVERIFY(clickNext(*wizard));
    auto *streams = qobject_cast<StreamsPage *>(wizard->currentPage());
    streams->setStreamChecked(QStringLiteral("share_statistics"), false);
    save(wizard.get(), folder + QStringLiteral("/wizard-2-streams.png"));
    QVERIFY(clickNext(*wizard));
    typeOver(widget<QLineEdit>(wizard.get(), QStringLiteral("tablePrefixLineEdit")), QStringLiteral("acme_"));
    save(wizard.get(), folder + QStringLiteral("/wizard-3-configure.png"));
    auto *pageName = widget<QLineEdit>(wizard.get(), QStringLiteral("tableNameLineEdit_page_statistics"));
    typeOver(pageName, QStringLiteral("acme_follower_statistics"));
    save(wizard.get(), folder + QStringLiteral("/wizard-3-configure-error.png"));
    typeOver(pageName, QStringLiteral("acme_page_statistics"));
    QVERIFY(clickNext(*wizard));
    chooseByKeyboard(widget<QComboBox>(wizard.get(), QStringLiteral("triggerComboBox")), int(Trigger::Kind::Weekly));
    clickCheckable(widget<QCheckBox>(wizard.get(), QStringLiteral("fullSyncCheckBox")));
    save(wizard.get(), folder + QStringLiteral("/wizard-4-details.png"));
    QVERIFY(clickNext(*wizard));
    save(wizard.get(), folder + QStringLiteral("/wizard-5-review.png"));
}

QTEST_MAIN(TestSetupWizard)
#include "tst_setupwizard.moc"
