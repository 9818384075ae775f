// Each setup wizard page's checks, driven as a person would: what it refuses, the message it shows,
// and that Next waits until the input is right.
#include "WizardTestSupport.h"

#include "streams/StreamPlan.h"
#include "wizard/OrganizationPage.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QLabel>
#include <QSpinBox>
#include <QTimeEdit>
#include <QTimer>

using namespace pagesight;
using namespace pagesight::testing;

class TestWizardPages : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_rig.start()); }
    void init();
    void cleanup() { m_wizard.reset(); }

    void organizationInput_data();
    void organizationInput();
    void organizationNotFound();
    void organizationLookupSentences();
    void administeredOrganizationsOfferedByName();
    void publicCompanyUrl();
    void startDateInTheFuture();
    void startDateBeforeTheDailyLimit();

    void postStatisticsSelectsItsParent();
    void groupSelectsItsStreams();
    void noStreamBlocksNext();
    void filterHidesStreams();

    void badTableName_data();
    void badTableName();
    void duplicateTableNames();
    void prefixAppliesToEveryName();

    void descriptionOver140Characters();
    void triggerFieldsShowWhenTheyApply();

private:
    template<typename T> T *find(const char *objectName) {
        return widget<T>(m_wizard.get(), QString::fromLatin1(objectName));
    }
    QComboBox *organizationCombo() { return find<QComboBox>("organizationIdComboBox"); }
    StreamsPage *streamsPage() { return qobject_cast<StreamsPage *>(m_wizard->page(SetupWizard::StreamsPageId)); }

    WizardRig m_rig;
    std::unique_ptr<SetupWizard> m_wizard; // authorized, on the Organization page
};

void TestWizardPages::init() {
    m_rig.sandbox->clearRequests();
    m_wizard = m_rig.open();
    m_rig.authorizeAndStartAfterIt(*m_wizard);
    QCOMPARE(currentPageName(*m_wizard), QStringLiteral("organizationPage"));
}

void TestWizardPages::organizationInput_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("id"); // 0: refused
    QTest::newRow("letters") << QStringLiteral("abc") << qint64(0);
    QTest::newRow("a member URN") << QStringLiteral("urn:li:person:1") << qint64(0);
    QTest::newRow("another site") << QStringLiteral("https://www.example.com/company/12345678/admin/") << qint64(0);
    QTest::newRow("a brand URN") << QStringLiteral("urn:li:organizationBrand:12345678") << qint64(0);
    QTest::newRow("the id") << QStringLiteral("12345678") << qint64(12345678);
    QTest::newRow("a URN") << QStringLiteral("urn:li:organization:12345678") << qint64(12345678);
    QTest::newRow("an admin URL") << QStringLiteral("https://www.linkedin.com/company/12345678/admin/analytics/")
                                  << qint64(12345678);
    QTest::newRow("spaces around") << QStringLiteral("  12345679 ") << qint64(12345679);
}

void TestWizardPages::organizationInput() {
    QFETCH(QString, text);
    QFETCH(qint64, id);
    auto *error = find<QLabel>("organizationErrorLabel");
    auto *name = find<QLabel>("organizationNameLabel");
    QTest::keyClicks(organizationCombo()->lineEdit(), text);
    if (id == 0) {
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(QStringLiteral("\"%1\" is not an organization ID").arg(text.trimmed())),
                 qPrintable(error->text()));
        QVERIFY(!isNextEnabled(*m_wizard));
        auto *lookup = m_wizard->findChild<QTimer *>(QStringLiteral("organizationLookupTimer"));
        QVERIFY(lookup);
        QVERIFY(!lookup->isActive()); // no lookup follows a refused entry
        QCOMPARE(m_rig.sandbox->requestCount(QStringLiteral("organizations/")),
                 m_rig.sandbox->requestCount(QStringLiteral("organizations/1234567"))); // only the list's names
        QCOMPARE(m_wizard->state()->source.organizationId, 0);
    } else {
        QTRY_VERIFY(isNextEnabled(*m_wizard));
        QVERIFY(!error->isVisible());
        QCOMPARE(m_wizard->state()->source.organizationId, id);
        QCOMPARE(name->text(),
                 id == 12345678 ? QStringLiteral("Acme Analytics") : QStringLiteral("Acme Analytics Labs"));
        QCOMPARE(m_wizard->state()->source.organizationName, name->text());
    }
}

void TestWizardPages::organizationNotFound() {
    QTest::keyClicks(organizationCombo()->lineEdit(), QStringLiteral("99999999"));
    auto *error = find<QLabel>("organizationErrorLabel");
    QTRY_VERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QLatin1String("LinkedIn has no organization with the ID 99999999")),
             qPrintable(error->text()));
    QVERIFY(find<QLabel>("organizationNameLabel")->text().isEmpty());
    QVERIFY(!isNextEnabled(*m_wizard));
    // Correcting it clears the message.
    typeOver(organizationCombo()->lineEdit(), QStringLiteral("12345678"));
    QTRY_VERIFY(isNextEnabled(*m_wizard));
    QVERIFY(!error->isVisible());
}

void TestWizardPages::organizationLookupSentences() {
    ApiError forbidden;
    forbidden.kind = ApiError::Kind::Forbidden;
    QVERIFY(OrganizationPage::lookupErrorText(forbidden, 42).contains(QLatin1String("not an administrator")));
    ApiError unauthorized;
    unauthorized.kind = ApiError::Kind::Unauthorized;
    QVERIFY(OrganizationPage::lookupErrorText(unauthorized, 42).contains(QLatin1String("Go back to Authorization")));
    ApiError offline;
    offline.kind = ApiError::Kind::Network;
    QVERIFY(OrganizationPage::lookupErrorText(offline, 42).contains(QLatin1String("You can go on")));

    // A token LinkedIn rejects: the message, and Next waits.
    m_wizard->state()->secrets.accessToken = QStringLiteral("wrong-token");
    QTest::keyClicks(organizationCombo()->lineEdit(), QStringLiteral("12345679"));
    QTRY_VERIFY(
        find<QLabel>("organizationErrorLabel")->text().contains(QLatin1String("did not accept the access token")));
    QVERIFY(!isNextEnabled(*m_wizard));
}

void TestWizardPages::administeredOrganizationsOfferedByName() {
    // Listed by the page itself (organizationAcls), names looked up.
    QComboBox *combo = organizationCombo();
    QTRY_COMPARE(combo->count(), 2);
    QTRY_COMPARE(combo->itemText(0), QStringLiteral("Acme Analytics (12345678)"));
    QTRY_COMPARE(combo->itemText(1), QStringLiteral("Acme Analytics Labs (12345679)"));
    QCOMPARE(m_wizard->state()->administeredOrganizations.size(), 2);
    QCOMPARE(m_wizard->state()->administeredOrganizations.at(1).name, QStringLiteral("Acme Analytics Labs"));
    QVERIFY(combo->currentText().isEmpty()); // two pages: none chosen for the user

    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Down, Qt::AltModifier); // open the list
    QTRY_VERIFY(combo->view()->isVisible());
    QTest::keyClick(combo->view(), Qt::Key_Down);
    QTest::keyClick(combo->view(), Qt::Key_Return);
    QCOMPARE(combo->currentText(), QStringLiteral("Acme Analytics Labs (12345679)"));
    QTRY_VERIFY(isNextEnabled(*m_wizard));
    QCOMPARE(m_wizard->state()->source.organizationId, 12345679);
    QCOMPARE(find<QLabel>("organizationNameLabel")->text(), QStringLiteral("Acme Analytics Labs"));

    // A list handed over without names (by the Authorization page) gets them looked up.
    auto wizard = m_rig.open();
    wizard->state()->administeredOrganizations = {{12345679, QString()}};
    m_rig.authorizeAndStartAfterIt(*wizard);
    auto *single = widget<QComboBox>(wizard.get(), QStringLiteral("organizationIdComboBox"));
    QCOMPARE(single->count(), 1);
    QTRY_COMPARE(single->itemText(0), QStringLiteral("Acme Analytics Labs (12345679)"));
    QCOMPARE(wizard->state()->source.organizationId, 12345679); // the only one: chosen
    QTRY_VERIFY(isNextEnabled(*wizard));
}

// A public page URL names the page by its vanity name: found among the administered pages (their
// lookups carry it), else a sentence that asks for the admin URL or the ID.
void TestWizardPages::publicCompanyUrl() {
    QTRY_COMPARE(organizationCombo()->itemText(1), QStringLiteral("Acme Analytics Labs (12345679)"));
    QTest::keyClicks(organizationCombo()->lineEdit(),
                     QStringLiteral("https://www.linkedin.com/company/Acme-Analytics-Labs/"));
    QTRY_VERIFY(isNextEnabled(*m_wizard));
    QCOMPARE(m_wizard->state()->source.organizationId, 12345679);
    QCOMPARE(find<QLabel>("organizationNameLabel")->text(), QStringLiteral("Acme Analytics Labs"));

    typeOver(organizationCombo()->lineEdit(), QStringLiteral("linkedin.com/company/someone-else/about/"));
    auto *error = find<QLabel>("organizationErrorLabel");
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("\"someone-else\" is not one of the pages")),
             qPrintable(error->text()));
    QVERIFY(error->text().contains(QStringLiteral("admin")));
    QVERIFY(!isNextEnabled(*m_wizard));
    QCOMPARE(m_wizard->state()->source.organizationId, 0);

    QCOMPARE(parseCompanyVanityName(QStringLiteral("https://br.linkedin.com/company/acme-anal%C3%ADtica")),
             std::optional<QString>(QStringLiteral("acme-analítica")));
    QVERIFY(!parseCompanyVanityName(QStringLiteral("https://www.linkedin.com/company/12345678/admin/")));
    QVERIFY(!parseCompanyVanityName(QStringLiteral("https://example.com/company/acme/")));
}

void TestWizardPages::startDateInTheFuture() {
    QTest::keyClicks(organizationCombo()->lineEdit(), QStringLiteral("12345678"));
    QTRY_VERIFY(isNextEnabled(*m_wizard));
    auto *date = find<QDateEdit>("startDateEdit");
    auto *error = find<QLabel>("startDateErrorLabel");
    date->setDate(kWizardToday.addDays(1));
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QLatin1String("2026-11-29 is in the future")), qPrintable(error->text()));
    QVERIFY(!isNextEnabled(*m_wizard));
    QVERIFY(!clickNext(*m_wizard));
    date->setDate(kWizardToday);
    QVERIFY(!error->isVisible());
    QVERIFY(isNextEnabled(*m_wizard));
}

void TestWizardPages::startDateBeforeTheDailyLimit() {
    auto *date = find<QDateEdit>("startDateEdit");
    auto *hint = find<QLabel>("startDateHintLabel");
    const QString earliest = earliestDailyDay(kWizardToday).toString(Qt::ISODate);
    date->setDate(QDate(2024, 3, 1));
    QVERIFY(!find<QLabel>("startDateErrorLabel")->isVisible());
    QVERIFY2(hint->text().contains(QStringLiteral("will begin on %1").arg(earliest)), qPrintable(hint->text()));
    QVERIFY(hint->text().contains(QLatin1String("Posts go back to 2024-03-01")));
    QVERIFY(hint->text().contains(QLatin1String("about 2 days before today")));
    QVERIFY(hint->text().contains(QLatin1String("2026-11-26")));
    date->setDate(QDate(2026, 6, 1));
    QVERIFY(!hint->text().contains(QLatin1String("will begin on")));
    QVERIFY(hint->text().contains(QLatin1String("about 2 days before today")));
    QTest::keyClicks(organizationCombo()->lineEdit(), QStringLiteral("12345678"));
    QTRY_VERIFY(isNextEnabled(*m_wizard)); // an early start date is accepted
}

void TestWizardPages::postStatisticsSelectsItsParent() {
    QVERIFY(WizardRig::goTo(*m_wizard, QStringLiteral("streamsPage")));
    StreamsPage *page = streamsPage();
    auto *tree = find<QTreeWidget>("streamsTree");
    const QString posts = QStringLiteral("organization_posts");
    const QString postStats = QStringLiteral("post_statistics");

    toggleWithSpace(tree, page->streamItem(posts)); // clearing the parent clears the child
    QVERIFY(!page->isStreamChecked(posts));
    QVERIFY(!page->isStreamChecked(postStats));
    QCOMPARE(page->groupItem(QStringLiteral("Posts"))->checkState(0), Qt::Unchecked);

    toggleWithSpace(tree, page->streamItem(postStats)); // choosing the child chooses the parent
    QVERIFY(page->isStreamChecked(postStats));
    QVERIFY(page->isStreamChecked(posts));
    QCOMPARE(page->groupItem(QStringLiteral("Posts"))->checkState(0), Qt::Checked);

    toggleWithSpace(tree, page->streamItem(postStats)); // the child alone may go
    QVERIFY(page->isStreamChecked(posts));
    QCOMPARE(page->groupItem(QStringLiteral("Posts"))->checkState(0), Qt::PartiallyChecked);
    QCOMPARE(page->streamItem(postStats)->parent(), page->streamItem(posts)); // shown under its parent
    QVERIFY(!page->streamItem(postStats)->text(StreamsPage::DescriptionColumn).isEmpty());
    QVERIFY(clickNext(*m_wizard));
    QVERIFY(m_wizard->state()->source.selection(posts));
    QVERIFY(!m_wizard->state()->source.selection(postStats));
}

void TestWizardPages::groupSelectsItsStreams() {
    QVERIFY(WizardRig::goTo(*m_wizard, QStringLiteral("streamsPage")));
    StreamsPage *page = streamsPage();
    auto *tree = find<QTreeWidget>("streamsTree");
    QTreeWidgetItem *statistics = page->groupItem(QStringLiteral("Statistics"));
    toggleWithSpace(tree, statistics);
    for (const char *id : {"follower_statistics", "page_statistics", "share_statistics"})
        QVERIFY(!page->isStreamChecked(QLatin1String(id)));
    QVERIFY(page->isStreamChecked(QStringLiteral("organization_posts")));
    page->setStreamChecked(QStringLiteral("page_statistics"), true);
    QCOMPARE(statistics->checkState(0), Qt::PartiallyChecked);
    toggleWithSpace(tree, statistics); // a partly chosen group: a click chooses all of it
    for (const char *id : {"follower_statistics", "page_statistics", "share_statistics"})
        QVERIFY(page->isStreamChecked(QLatin1String(id)));
}

void TestWizardPages::noStreamBlocksNext() {
    QVERIFY(WizardRig::goTo(*m_wizard, QStringLiteral("streamsPage")));
    auto *tree = find<QTreeWidget>("streamsTree");
    toggleWithSpace(tree, streamsPage()->groupItem(QStringLiteral("Statistics")));
    toggleWithSpace(tree, streamsPage()->groupItem(QStringLiteral("Posts")));
    QVERIFY(streamsPage()->checkedStreams().isEmpty());
    QVERIFY(!isNextEnabled(*m_wizard));
    QVERIFY(find<QLabel>("streamsErrorLabel")->isVisible());
    toggleWithSpace(tree, streamsPage()->streamItem(QStringLiteral("share_statistics")));
    QVERIFY(isNextEnabled(*m_wizard));
    QVERIFY(!find<QLabel>("streamsErrorLabel")->isVisible());
}

void TestWizardPages::filterHidesStreams() {
    QVERIFY(WizardRig::goTo(*m_wizard, QStringLiteral("streamsPage")));
    StreamsPage *page = streamsPage();
    auto *filter = find<QLineEdit>("streamFilterLineEdit");
    auto hidden = [page](const char *id) {
        return page->streamItem(QLatin1String(id))->isHidden();
    };

    QTest::keyClicks(filter, QStringLiteral("follower"));
    QVERIFY(!hidden("follower_statistics"));
    QVERIFY(hidden("page_statistics") && hidden("share_statistics"));
    QVERIFY(hidden("organization_posts") && hidden("post_statistics"));
    QVERIFY(page->groupItem(QStringLiteral("Posts"))->isHidden());

    typeOver(filter, QStringLiteral("post stat"));
    QVERIFY(!hidden("post_statistics"));
    QVERIFY(!hidden("organization_posts")); // it holds a match
    QVERIFY(hidden("follower_statistics") && hidden("page_statistics") && hidden("share_statistics"));
    QVERIFY(page->groupItem(QStringLiteral("Statistics"))->isHidden());

    typeOver(filter, QStringLiteral("zzz"));
    QVERIFY(find<QLabel>("streamFilterNoMatchLabel")->isVisible());
    typeOver(filter, QString());
    for (const StreamDef &stream : allStreams())
        QVERIFY(!page->streamItem(stream.id)->isHidden());
    QVERIFY(!find<QLabel>("streamFilterNoMatchLabel")->isVisible());
    QCOMPARE(page->checkedStreams().size(), 5); // filtering chooses nothing
}

void TestWizardPages::badTableName_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("message");
    const QString invalid = QStringLiteral("is not a valid table name");
    const QString reserved = QStringLiteral("is reserved");
    QTest::newRow("space") << QStringLiteral("follower stats") << invalid;
    QTest::newRow("quote") << QStringLiteral("followers'") << invalid;
    QTest::newRow("digit first") << QStringLiteral("1followers") << invalid;
    QTest::newRow("64 characters") << QString(64, QLatin1Char('a')) << invalid;
    QTest::newRow("_pagesight") << QStringLiteral("_pagesight_x") << reserved;
    QTest::newRow("sqlite_") << QStringLiteral("sqlite_x") << reserved;
    QTest::newRow("SQL keyword") << QStringLiteral("select") << reserved;
    QTest::newRow("empty") << QString() << QStringLiteral("Enter a table name for Follower Statistics");
}

void TestWizardPages::badTableName() {
    QFETCH(QString, name);
    QFETCH(QString, message);
    QVERIFY(WizardRig::goTo(*m_wizard, QStringLiteral("configureStreamsPage")));
    auto *edit = find<QLineEdit>("tableNameLineEdit_follower_statistics");
    auto *error = find<QLabel>("tableNamesErrorLabel");
    QVERIFY(isNextEnabled(*m_wizard));
    QVERIFY(!error->isVisible());
    typeOver(edit, name);
    QCOMPARE(edit->text(), name);
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(message), qPrintable(error->text()));
    QVERIFY(edit->property("invalid").toBool());
    QVERIFY(!find<QLineEdit>("tableNameLineEdit_page_statistics")->property("invalid").toBool());
    QVERIFY(!isNextEnabled(*m_wizard));
    typeOver(edit, QStringLiteral("followers"));
    QVERIFY(!error->isVisible());
    QVERIFY(!edit->property("invalid").toBool());
    QVERIFY(isNextEnabled(*m_wizard));
    QCOMPARE(m_wizard->state()->source.selection(QStringLiteral("follower_statistics"))->tableName,
             QStringLiteral("followers"));
}

void TestWizardPages::duplicateTableNames() {
    QVERIFY(WizardRig::goTo(*m_wizard, QStringLiteral("configureStreamsPage")));
    auto *pageName = find<QLineEdit>("tableNameLineEdit_page_statistics");
    typeOver(pageName, QStringLiteral("FOLLOWER_Statistics")); // SQLite compares names without case
    QVERIFY2(find<QLabel>("tableNamesErrorLabel")->text().contains(QLatin1String("Two streams would write")),
             qPrintable(find<QLabel>("tableNamesErrorLabel")->text()));
    QVERIFY(pageName->property("invalid").toBool());
    QVERIFY(find<QLineEdit>("tableNameLineEdit_follower_statistics")->property("invalid").toBool());
    QVERIFY(!isNextEnabled(*m_wizard));

    // A stream that is not chosen does not count.
    QVERIFY(clickButton(*m_wizard, QWizard::BackButton));
    streamsPage()->setStreamChecked(QStringLiteral("follower_statistics"), false);
    QVERIFY(clickNext(*m_wizard));
    QVERIFY(isNextEnabled(*m_wizard));
    QVERIFY(!pageName->property("invalid").toBool());
}

void TestWizardPages::prefixAppliesToEveryName() {
    QVERIFY(WizardRig::goTo(*m_wizard, QStringLiteral("configureStreamsPage")));
    auto *prefix = find<QLineEdit>("tablePrefixLineEdit");
    QTest::keyClicks(prefix, QStringLiteral("acme_"));
    for (const StreamDef &stream : allStreams())
        QCOMPARE(widget<QLineEdit>(m_wizard.get(), QStringLiteral("tableNameLineEdit_") + stream.id)->text(),
                 QStringLiteral("acme_") + stream.id);
    auto *posts = find<QLineEdit>("tableNameLineEdit_organization_posts");
    typeOver(posts, QStringLiteral("acme_posts")); // a hand edit keeps its own part
    typeOver(prefix, QStringLiteral("corp_"));     // the new prefix replaces the old one everywhere
    QCOMPARE(posts->text(), QStringLiteral("corp_posts"));
    QCOMPARE(find<QLineEdit>("tableNameLineEdit_share_statistics")->text(), QStringLiteral("corp_share_statistics"));
    typeOver(posts, QStringLiteral("posts")); // a name without the prefix gets it on the next change
    typeOver(prefix, QString());
    QCOMPARE(posts->text(), QStringLiteral("posts"));
    QCOMPARE(find<QLineEdit>("tableNameLineEdit_share_statistics")->text(), QStringLiteral("share_statistics"));
    QVERIFY(isNextEnabled(*m_wizard));

    typeOver(prefix, QStringLiteral("9x"));
    QVERIFY(prefix->property("invalid").toBool());
    QVERIFY2(find<QLabel>("tableNamesErrorLabel")->text().contains(QLatin1String("\"9x\" is not a valid table prefix")),
             qPrintable(find<QLabel>("tableNamesErrorLabel")->text()));
    QVERIFY(!isNextEnabled(*m_wizard));
}

void TestWizardPages::descriptionOver140Characters() {
    QVERIFY(WizardRig::goTo(*m_wizard, QStringLiteral("sourceDetailsPage")));
    auto *description = find<QLineEdit>("descriptionLineEdit");
    auto *counter = find<QLabel>("descriptionCounterLabel");
    auto *error = find<QLabel>("descriptionErrorLabel");
    QCOMPARE(description->text(), QStringLiteral("Acme Analytics \u2014 LinkedIn page"));
    QCOMPARE(counter->text(), QStringLiteral("%1/140").arg(description->text().size()));
    typeOver(description, QString(141, QLatin1Char('x')));
    QCOMPARE(counter->text(), QStringLiteral("141/140"));
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QLatin1String("141 characters long; at most 140")), qPrintable(error->text()));
    QVERIFY(!isNextEnabled(*m_wizard));
    QTest::keyClick(description, Qt::Key_Backspace);
    QCOMPARE(counter->text(), QStringLiteral("140/140"));
    QVERIFY(!error->isVisible());
    QVERIFY(isNextEnabled(*m_wizard));
    typeOver(description, QString());
    QVERIFY(!isNextEnabled(*m_wizard)); // a source needs a name in the list
    QVERIFY(error->isVisible());
}

void TestWizardPages::triggerFieldsShowWhenTheyApply() {
    QVERIFY(WizardRig::goTo(*m_wizard, QStringLiteral("sourceDetailsPage")));
    auto *trigger = find<QComboBox>("triggerComboBox");
    auto *hours = find<QSpinBox>("everyHoursSpinBox");
    auto *time = find<QTimeEdit>("triggerTimeEdit");
    auto *weekday = find<QComboBox>("weekdayComboBox");
    struct Case {
        Trigger::Kind kind;
        bool hours, time, weekday;
    };
    for (const Case &c :
         {Case{Trigger::Kind::Manual, false, false, false}, Case{Trigger::Kind::EveryHours, true, false, false},
          Case{Trigger::Kind::Daily, false, true, false}, Case{Trigger::Kind::Weekly, false, true, true}}) {
        QVERIFY(chooseByKeyboard(trigger, int(c.kind)));
        QCOMPARE(hours->isVisible(), c.hours);
        QCOMPARE(time->isVisible(), c.time);
        QCOMPARE(weekday->isVisible(), c.weekday);
        QVERIFY(m_wizard->state()->source.trigger.kind == c.kind);
    }
    QVERIFY(chooseByKeyboard(trigger, int(Trigger::Kind::EveryHours)));
    hours->setFocus();
    hours->selectAll();
    QTest::keyClicks(hours, QStringLiteral("6"));
    QCOMPARE(m_wizard->state()->source.trigger.everyHours, 6);
    auto *fullSync = find<QCheckBox>("fullSyncCheckBox");
    auto *days = find<QSpinBox>("fullSyncDaysSpinBox");
    QVERIFY(!days->isEnabled());
    QCOMPARE(m_wizard->state()->source.trigger.fullSyncEveryDays, 0);
    clickCheckable(fullSync);
    QVERIFY(days->isEnabled());
    QCOMPARE(m_wizard->state()->source.trigger.fullSyncEveryDays, 7);
}

QTEST_MAIN(TestWizardPages)
#include "tst_wizardpages.moc"
