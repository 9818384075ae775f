// Several sources in one catalog, through the app's real parts (the Sources page, the dashboards,
// the writer thread, two sandboxes and the sample data): each source keeps its own history under
// any description, a delete can take one organization's rows and nothing else, and sample data
// leaves nothing behind.
#include "AppTestSupport.h"
#include "SyncTestSupport.h"

#include "AppCatalog.h"
#include "analytics/DashboardFollowerGrowth.h"
#include "app/AppRuntime.h"
#include "app/SampleData.h"
#include "app/SourceText.h"
#include "app/SyncController.h"
#include "auth/TokenStore.h"
#include "catalog/CatalogWriter.h"
#include "dashboard/DashboardsPage.h"
#include "explorer/ExplorerPage.h"
#include "explorer/QueryResultModel.h"
#include "settings/RetentionDialog.h"
#include "source/SourceRepository.h"
#include "sources/DeleteSourceDialog.h"
#include "sources/RunHistoryModel.h"
#include "sources/SourceListModel.h"
#include "sources/SourcesPage.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace pagesight;
using namespace pagesight::testing;

namespace {

const qint64 acmeId = 12345678;
const qint64 globexId = 87654321;

sandbox::GeneratorOptions organization(qint64 id, quint64 seed) {
    sandbox::GeneratorOptions options;
    options.organizationId = id;
    options.seed = seed;
    options.posts = 30;
    options.days = 120; // today: the current UTC day, as the sample data's
    return options;
}

// The app as main.cpp makes it, over two sandboxed organizations.
struct App : AppRig {
    explicit App(const QString &path)
        : AppRig(path)
        , acme(organization(acmeId, 3))
        , globex(organization(globexId, 5)) {
        listening = acme.listen() && globex.listen();
    }
    // A source of a sandboxed organization, saved with its token as the wizard's caller does.
    SourceConfig add(sandbox::SandboxServer &server, qint64 id, const QString &description,
                     const QString &organizationName = {}, const QString &tablePrefix = {}) {
        SourceConfig source = sourceFor(server, QDate::currentDate().addDays(-90));
        source.id = SourceRepository::newId();
        source.organizationId = id;
        source.organizationName = organizationName;
        source.description = description;
        if (!tablePrefix.isEmpty())
            source.streams = defaultStreamSelections(tablePrefix);
        if (QCoro::waitFor(repository.save(source)).isError())
            return {};
        SourceSecrets secrets;
        secrets.accessToken = server.options().accessToken;
        if (!QCoro::waitFor(repository.saveSecrets(source.id, secrets)).ok)
            return {};
        return source;
    }
    bool sync(const QString &sourceId) {
        SyncController *controller = services.syncs;
        QSignalSpy finished(controller, &SyncController::finished);
        if (!controller->sync(sourceId) || !finished.wait(60000))
            return false;
        return finished.last().at(1).value<RunReport>().status == RunStatus::Succeeded;
    }
    qint64 count(const QString &sql) const {
        QSqlQuery query(catalog.reader());
        return query.exec(sql) && query.next() ? query.value(0).toLongLong() : -1;
    }
    qint64 rowsOf(qint64 id) const {
        qint64 rows = 0;
        for (const StreamDef &stream : allStreams())
            rows += count(QStringLiteral("SELECT count(*) FROM %1 WHERE %2 = 'urn:li:organization:%3'")
                              .arg(stream.defaultTable(), stream.ownerColumn)
                              .arg(id));
        return rows;
    }

    sandbox::SandboxServer acme;
    sandbox::SandboxServer globex;
    bool listening = false;
};

// Answers the delete confirmation (modal: from the event loop it runs) with these choices.
void answerDelete(QObject *context, bool organizationRows, bool dropTables, QStringList *kept) {
    QTimer::singleShot(0, context, [=] {
        auto *dialog = qobject_cast<DeleteSourceDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        auto *rows = dialog->findChild<QCheckBox *>(QStringLiteral("deleteOrganizationDataCheckBox"));
        auto *drop = dialog->findChild<QCheckBox *>(QStringLiteral("dropTablesCheckBox"));
        QVERIFY(rows && drop);
        if (rows->isEnabled())
            rows->setChecked(organizationRows);
        drop->setChecked(dropTables);
        if (auto *label = dialog->findChild<QLabel *>(QStringLiteral("keptTablesLabel")))
            *kept = QStringList{label->text()};
        if (const QString dir = qEnvironmentVariable("PAGESIGHT_SCREENSHOT_DIR"); !dir.isEmpty())
            dialog->grab().save(QDir(dir).filePath(QStringLiteral("delete-source-%1.png").arg(rows->isEnabled())));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("confirmDeleteButton")), Qt::LeftButton);
    });
}

// The follower-growth report's total_gained, summed: what the dashboard's total must be.
qint64 gainedIn(const QSqlDatabase &db, const TableNames &tables, const QString &organizationUrn) {
    const QueryResult result = runReport(db, QStringLiteral("follower-growth"), tables, organizationUrn);
    const qsizetype column = result.columns.indexOf(QStringLiteral("total_gained"));
    qint64 sum = 0;
    for (const QList<QVariant> &row : result.rows)
        sum += row.value(column).toLongLong();
    return sum;
}

QStringList itemTexts(const QComboBox *box) {
    QStringList texts;
    for (int i = 0; i < box->count(); ++i)
        texts << box->itemText(i);
    return texts;
}

} // namespace

class TestSeveralSources : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    QString newCatalogPath() { return m_dir.filePath(QStringLiteral("catalog-%1.sqlite").arg(++m_counter)); }

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    // Two sources called "Acme" keep two histories, and a rename keeps its own.
    void sameDescriptionAndRenameKeepEachHistory() {
        App app(newCatalogPath());
        QVERIFY(app.listening && !app.openError.isError());
        const SourceConfig first = app.add(app.acme, acmeId, QStringLiteral("Acme"));
        const SourceConfig second = app.add(app.globex, globexId, QStringLiteral("Acme"));
        QVERIFY(!first.id.isEmpty() && !second.id.isEmpty());
        QVERIFY(app.sync(first.id));
        QVERIFY(app.sync(second.id));
        QVERIFY(app.sync(second.id));

        SourcesPage page(app.services);
        page.show();
        page.selectSource(first.id);
        QTRY_COMPARE(page.runHistoryModel()->rowCount(), 1);
        page.selectSource(second.id);
        QTRY_COMPARE(page.runHistoryModel()->rowCount(), 2);
        // The list shows what is stored for each source's organization, not what the last run wrote.
        for (const auto &[source, id] : {std::pair{first, acmeId}, std::pair{second, globexId}}) {
            const QModelIndex rows =
                page.sourceModel()->index(page.sourceModel()->rowOf(source.id), SourceListModel::Rows);
            QCOMPARE(rows.data().toString(), QLocale().toString(app.rowsOf(id)));
        }

        // Renamed with Edit: still its history, not "Never synced".
        SourceConfig renamed = first;
        renamed.description = QStringLiteral("Acme (main page)");
        QVERIFY(!QCoro::waitFor(app.repository.save(renamed)).isError());
        page.refresh();
        page.selectSource(first.id);
        QTRY_COMPARE(page.runHistoryModel()->rowCount(), 1);
        const QList<RunRecord> runs = RunHistory(app.catalog).runsOfSource(first.id);
        QCOMPARE(runs.size(), 1);
        QCOMPARE(runs.first().sourceName, QStringLiteral("Acme")); // as it was called when it ran
    }

    // "Delete this organization's data" takes Globex's rows out of the shared tables and leaves
    // Acme's as they were; the shared tables are not offered for dropping.
    void deleteOneOrganizationsData() {
        App app(newCatalogPath());
        QVERIFY(app.listening && !app.openError.isError());
        const SourceConfig acme = app.add(app.acme, acmeId, QStringLiteral("Acme"));
        const SourceConfig globex = app.add(app.globex, globexId, QStringLiteral("Globex"));
        QVERIFY(app.sync(acme.id));
        QVERIFY(app.sync(globex.id));
        const qint64 acmeRows = app.rowsOf(acmeId);
        QVERIFY(acmeRows > 100);
        QVERIFY(app.rowsOf(globexId) > 100);
        const QMap<QString, QStringList> before = dumpTables(app.catalog.reader());

        SourcesPage page(app.services);
        page.show();
        page.selectSource(globex.id);
        QStringList kept;
        answerDelete(this, true, true, &kept);
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("deleteButton")), Qt::LeftButton);
        QTRY_COMPARE(app.repository.sources().size(), 1);
        QCOMPARE(kept.size(), 1);
        QVERIFY2(kept.first().contains(QLatin1String("organization_posts")), qPrintable(kept.first()));

        QCOMPARE(app.rowsOf(globexId), 0);
        QCOMPARE(app.rowsOf(acmeId), acmeRows);
        QCOMPARE(app.catalog.userTables().size(), 5); // nothing dropped: Acme uses every table
        // Acme's rows are exactly as they were: only rows naming Globex went.
        const QMap<QString, QStringList> after = dumpTables(app.catalog.reader());
        for (auto it = before.cbegin(); it != before.cend(); ++it) {
            QStringList expected;
            for (const QString &row : it.value())
                if (!row.contains(QString::number(globexId)))
                    expected << row;
            QCOMPARE(after.value(it.key()), expected);
        }
        QCOMPARE(app.count(QStringLiteral("SELECT count(*) FROM _pagesight_bookmarks WHERE organization_urn = "
                                          "'urn:li:organization:%1'")
                               .arg(globexId)),
                 0);
    }

    // Sample data beside a real page: "All organizations" adds both up; removing the sample source
    // removes its rows, and the totals are the real page's alone. The dashboards start on the real
    // organization.
    void sampleDataLeavesNothingBehind() {
        App app(newCatalogPath());
        QVERIFY(app.listening && !app.openError.isError());
        const SourceConfig acme = app.add(app.acme, acmeId, QStringLiteral("Acme"));
        SourceConfig sample = app.sampleData.sampleSource(QDate::currentDate());
        sample.id = SourceRepository::newId();
        sample.startDate = QDate::currentDate().addDays(-90);
        QVERIFY(!QCoro::waitFor(app.repository.save(sample)).isError());
        QVERIFY(app.sync(acme.id));
        QVERIFY(app.sync(sample.id));
        QVERIFY(app.rowsOf(kSampleOrganizationId) > 100);

        DashboardsPage dashboards(app.services);
        dashboards.setRange(DashboardsPage::Range::AllTime);
        QCOMPARE(dashboards.filter().organizationUrn, acme.organizationUrn()); // the real page first
        const qint64 acmeGained = dashboards.followerGrowthModel()->totalGained();
        QVERIFY(dashboards.selectOrganization(sample.organizationUrn()));
        const qint64 sampleGained = dashboards.followerGrowthModel()->totalGained();
        QVERIFY(dashboards.selectOrganization(QString())); // All organizations
        QCOMPARE(dashboards.followerGrowthModel()->totalGained(), acmeGained + sampleGained);

        SourcesPage page(app.services);
        page.show();
        page.selectSource(sample.id);
        QStringList kept;
        answerDelete(this, false, false, &kept); // its rows go even so
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("deleteButton")), Qt::LeftButton);
        QTRY_COMPARE(app.repository.sources().size(), 1);
        QCOMPARE(app.rowsOf(kSampleOrganizationId), 0);

        dashboards.reload();
        QCOMPARE(dashboards.filter().organizationUrn, acme.organizationUrn());
        QCOMPARE(dashboards.followerGrowthModel()->totalGained(), acmeGained);
        QCOMPARE(app.count(QStringLiteral("SELECT count(DISTINCT organization_urn) FROM follower_statistics")), 1);
    }

    // Each organization once in the dashboards' picker, with its name and id, however many sources
    // sync it. A second set of tables is a choice of its own, and "All organizations" adds up the
    // organizations of the set chosen.
    void organizationPickerListsEachOnce() {
        App app(newCatalogPath());
        QVERIFY(app.listening && !app.openError.isError());
        const QString acmeName = QStringLiteral("Acme Corp"), globexName = QStringLiteral("Globex Ltd");
        const SourceConfig acme = app.add(app.acme, acmeId, QStringLiteral("Acme daily"), acmeName);
        const SourceConfig copy = app.add(app.acme, acmeId, QStringLiteral("Acme weekly"), acmeName);
        const SourceConfig archive =
            app.add(app.acme, acmeId, QStringLiteral("Acme archive"), acmeName, QStringLiteral("set2_"));
        const SourceConfig globex = app.add(app.globex, globexId, QStringLiteral("Globex"), globexName);
        for (const SourceConfig &source : {acme, copy, archive, globex})
            QVERIFY(app.sync(source.id));
        const TableNames standard, set2 = TableNames::withPrefix(QStringLiteral("set2_"));
        const qint64 acmeGained = gainedIn(app.catalog.reader(), standard, acme.organizationUrn());
        const qint64 globexGained = gainedIn(app.catalog.reader(), standard, globex.organizationUrn());
        QVERIFY(acmeGained > 0 && globexGained > 0 && acmeGained != globexGained);

        DashboardsPage dashboards(app.services);
        dashboards.resize(1400, 800);
        dashboards.setRange(DashboardsPage::Range::AllTime);
        auto *organizations = dashboards.findChild<QComboBox *>(QStringLiteral("organizationComboBox"));
        auto *tableSets = dashboards.findChild<QComboBox *>(QStringLiteral("tableSetComboBox"));
        QVERIFY(organizations && tableSets);
        QCOMPARE(itemTexts(organizations),
                 (QStringList{QStringLiteral("All organizations"), QStringLiteral("Acme Corp (%1)").arg(acmeId),
                              QStringLiteral("Globex Ltd (%1)").arg(globexId)}));
        QVERIFY(!tableSets->isHidden());

        QVERIFY(dashboards.selectOrganization(acme.organizationUrn()));
        QCOMPARE(itemTexts(tableSets),
                 (QStringList{QStringLiteral("Standard tables"), QStringLiteral("Tables with prefix set2_")}));
        QVERIFY(tableSets->isEnabled());
        QCOMPARE(dashboards.filter().tables, standard);
        QCOMPARE(dashboards.followerGrowthModel()->totalGained(), acmeGained);
        QVERIFY(dashboards.selectTableSet(set2));
        QCOMPARE(dashboards.filter().tables, set2);
        QCOMPARE(dashboards.followerGrowthModel()->totalGained(),
                 gainedIn(app.catalog.reader(), set2, acme.organizationUrn()));
        if (const QString dir = qEnvironmentVariable("PAGESIGHT_SCREENSHOT_DIR"); !dir.isEmpty())
            dashboards.grab().save(QDir(dir).filePath(QStringLiteral("dashboards-table-sets.png")));

        QVERIFY(dashboards.selectOrganization(globex.organizationUrn())); // Globex is in one set only
        QCOMPARE(itemTexts(tableSets), QStringList{QStringLiteral("Standard tables")});
        QVERIFY(!tableSets->isEnabled());
        QCOMPARE(dashboards.followerGrowthModel()->totalGained(), globexGained);

        QVERIFY(dashboards.selectOrganization(QString()));
        QVERIFY(dashboards.selectTableSet(standard));
        QCOMPARE(dashboards.followerGrowthModel()->totalGained(), acmeGained + globexGained);
    }

    // The explorer's starting points: a heading per organization, and under it the reports over
    // that organization's rows alone.
    void explorerStartingPointsFollowTheirOrganization() {
        App app(newCatalogPath());
        QVERIFY(app.listening && !app.openError.isError());
        const SourceConfig acme = app.add(app.acme, acmeId, QStringLiteral("Acme"), QStringLiteral("Acme Corp"));
        const SourceConfig globex =
            app.add(app.globex, globexId, QStringLiteral("Globex"), QStringLiteral("Globex Ltd"));
        QVERIFY(app.sync(acme.id));
        QVERIFY(app.sync(globex.id));

        ExplorerPage page(app.services);
        page.resize(1200, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *list = page.findChild<QListWidget *>(QStringLiteral("startingPointsList"));
        QVERIFY(list);
        QCOMPARE(list->count(), 2 + 2 * reportDefinitions().size());
        QStringList headings;
        int globexGrowth = -1;
        for (int i = 0; i < list->count(); ++i) {
            if (!(list->item(i)->flags() & Qt::ItemIsSelectable))
                headings << list->item(i)->text();
            else if (headings.size() == 2 &&
                     list->item(i)->data(ExplorerPage::StartingPointReportRole) == QStringLiteral("follower-growth"))
                globexGrowth = i;
        }
        QCOMPARE(headings, (QStringList{QStringLiteral("Acme Corp (%1)").arg(acmeId),
                                        QStringLiteral("Globex Ltd (%1)").arg(globexId)}));
        QVERIFY(globexGrowth > 0);

        QSignalSpy finished(&page, &ExplorerPage::queryFinished);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(list->item(0)).center());
        QCoreApplication::processEvents();
        QCOMPARE(finished.size(), 0); // a heading runs nothing
        QListWidgetItem *item = list->item(globexGrowth);
        list->scrollToItem(item);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(item).center());
        QVERIFY(finished.wait(20000));
        const QueryResult expected =
            runReport(app.catalog.reader(), QStringLiteral("follower-growth"), {}, globex.organizationUrn());
        QVERIFY(!expected.rows.isEmpty());
        QCOMPARE(page.resultModel()->rows(), expected.rows);
        const QueryResult everyone = runReport(app.catalog.reader(), QStringLiteral("follower-growth"));
        QVERIFY(page.resultModel()->rows() != everyone.rows);
        QVERIFY(page.query().contains(globex.organizationUrn()));
        if (const QString dir = qEnvironmentVariable("PAGESIGHT_SCREENSHOT_DIR"); !dir.isEmpty())
            page.grab().save(QDir(dir).filePath(QStringLiteral("explorer-per-organization.png")));
    }

    // Tools → Data Retention: each table once, however many sources write it, with what a period
    // would remove; saved through the writer thread, and applied after the next sync of any source
    // to every organization's rows.
    void retentionSetInTheAppAppliesAfterTheNextSync() {
        App app(newCatalogPath());
        QVERIFY(app.listening && !app.openError.isError());
        const SourceConfig acme = app.add(app.acme, acmeId, QStringLiteral("Acme"), QStringLiteral("Acme Corp"));
        const SourceConfig globex =
            app.add(app.globex, globexId, QStringLiteral("Globex"), QStringLiteral("Globex Ltd"));
        QVERIFY(app.sync(acme.id));
        QVERIFY(app.sync(globex.id));
        const QString cutoff = QDateTime::currentDateTimeUtc().date().addDays(-30).toString(Qt::ISODate);
        const QString older = QStringLiteral("SELECT count(*) FROM follower_statistics WHERE date < '%1'").arg(cutoff);
        const QString newer = QStringLiteral("SELECT count(*) FROM follower_statistics WHERE date >= '%1'").arg(cutoff);
        const qint64 olderRows = app.count(older), newerRows = app.count(newer);
        QVERIFY(olderRows > 0 && newerRows > 0);
        QCOMPARE(app.count(older + QStringLiteral(" AND organization_urn = '%1'").arg(globex.organizationUrn())) > 0,
                 true);

        RetentionDialog dialog(app.services);
        dialog.show();
        auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("retentionTable"));
        auto *days = dialog.findChild<QSpinBox *>(QStringLiteral("retentionDays_follower_statistics"));
        QVERIFY(table && days);
        QCOMPARE(table->rowCount(), 5);
        QCOMPARE(days->value(), 0); // off by default
        QCOMPARE(table->item(0, RetentionDialog::OlderColumn)->text(), QStringLiteral("—"));
        days->setValue(30);
        QCOMPARE(table->item(0, RetentionDialog::TableColumn)->text(), QStringLiteral("follower_statistics"));
        QCOMPARE(table->item(0, RetentionDialog::OlderColumn)->text(), QLocale().toString(olderRows));
        if (const QString dir = qEnvironmentVariable("PAGESIGHT_SCREENSHOT_DIR"); !dir.isEmpty())
            dialog.grab().save(QDir(dir).filePath(QStringLiteral("retention-dialog.png")));

        QString asked;
        QTimer::singleShot(0, this, [&asked] {
            auto *confirm = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(confirm);
            asked = confirm->text();
            QTest::mouseClick(confirm->findChild<QPushButton *>(QStringLiteral("confirmRetentionButton")),
                              Qt::LeftButton);
        });
        QSignalSpy saved(&dialog, &RetentionDialog::saved);
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("saveRetentionButton")), Qt::LeftButton);
        QTRY_COMPARE(saved.size(), 1);
        QVERIFY2(asked.contains(QLocale().toString(olderRows)), qPrintable(asked));
        const QList<RetentionRule> expected{
            {QStringLiteral("follower_statistics"), QStringLiteral("follower_statistics"), 30}};
        QCOMPARE(retentionRules(app.catalog.reader()), expected);
        QCOMPARE(app.count(older), olderRows); // nothing goes before a sync

        // One source's sync applies it to the whole catalog: Globex's old rows go too.
        QSignalSpy finished(app.services.syncs, &SyncController::finished);
        QVERIFY(app.services.syncs->sync(acme.id));
        QVERIFY(finished.wait(60000));
        const RunReport report = finished.last().at(1).value<RunReport>();
        QCOMPARE(report.status, RunStatus::Succeeded);
        const QList<std::pair<QString, qint64>> removed{{QStringLiteral("follower_statistics"), olderRows}};
        QCOMPARE(report.retentionRemoved, removed);
        QCOMPARE(app.count(older), 0);
        QCOMPARE(app.count(newer), newerRows);
        QVERIFY(SourceText::retention(report).contains(QLocale().toString(olderRows)));
    }
};

QTEST_MAIN(TestSeveralSources)
#include "tst_severalsources.moc"
