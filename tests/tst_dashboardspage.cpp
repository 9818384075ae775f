// The Dashboards page, offscreen: empty states that say what to sync, then, on a catalog synced from
// the sandbox, charts that draw the models' numbers, the filter bar, opening a post, and
// with PAGESIGHT_SCREENSHOT_DIR set, pictures of each dashboard there.
#include "SyncTestSupport.h"

#include "analytics/DashboardDemographics.h"
#include "analytics/DashboardFollowerGrowth.h"
#include "analytics/DashboardPosts.h"
#include "analytics/DashboardTopPosts.h"
#include "analytics/InsightsDemographicHistory.h"
#include "analytics/InsightsPostingTime.h"
#include "analytics/Labels.h"
#include "app/Preferences.h"
#include "auth/TokenStore.h"
#include "dashboard/ChartCanvas.h"
#include "dashboard/DashboardsPage.h"
#include "source/SourceRepository.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QLabel>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSettings>
#include <QStandardItemModel>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace pagesight;
using namespace pagesight::testing;

class TestDashboardsPage : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<sandbox::SandboxServer> m_server;
    QString m_syncedPath;
    SourceConfig m_source;
    FixedClock m_clock{QDateTime(sandboxToday, QTime(12, 0), Qt::UTC)};
    MemoryTokenStore m_tokens;

    // The GUI side of a catalog: its connection, the sources saved in it, the page's services.
    struct Gui {
        Gui(const QString &path, const Clock *clock, TokenStore *tokens)
            : catalog(QStringLiteral("gui-") + QUuid::createUuid().toString(QUuid::Id128))
            , repository(&catalog, tokens) {
            openError = catalog.open(path);
            services.catalog = &catalog;
            services.catalogPath = path;
            services.sources = &repository;
            services.clock = clock;
        }
        Catalog catalog;
        SourceRepository repository;
        AppServices services;
        CatalogError openError;
    };

    void sync(const QString &path) {
        StaticTokenProvider tokens(m_server->options().accessToken);
        EngineRig rig(path, &tokens, m_server->apiBaseUrl());
        QVERIFY(!rig.openError.isError());
        QCOMPARE(rig.run(m_source).status, RunStatus::Succeeded);
        QVERIFY(!installBundledLabels(rig.catalog).isError());
    }

    // Keeps a picture of the page when PAGESIGHT_SCREENSHOT_DIR is set.
    static void screenshot(QWidget *page, const QString &name) {
        const QString dir = qEnvironmentVariable("PAGESIGHT_SCREENSHOT_DIR");
        if (!dir.isEmpty() && QDir().mkpath(dir))
            QVERIFY(page->grab().save(QDir(dir).filePath(name + QStringLiteral(".png"))));
    }

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_server = std::make_unique<sandbox::SandboxServer>(generatorOptions(150, 400));
        QVERIFY(m_server->listen());
        m_source = sourceFor(*m_server, sandboxToday.addDays(-400));
        m_source.organizationName = QStringLiteral("Sandbox Corp");
        m_syncedPath = m_dir.filePath(QStringLiteral("synced.sqlite"));
        sync(m_syncedPath);
    }

    void emptyCatalogExplainsWhatToSync() {
        Gui gui(m_dir.filePath(QStringLiteral("empty.sqlite")), &m_clock, &m_tokens);
        QVERIFY(!gui.openError.isError());
        DashboardsPage page(gui.services);
        page.resize(1280, 800);
        for (int d = 0; d < DashboardsPage::DashboardCount; ++d) {
            page.showDashboard(d);
            QVERIFY(page.isEmptyStateShown(DashboardsPage::Dashboard(d)));
            QVERIFY2(page.emptyStateText(DashboardsPage::Dashboard(d)).contains(QLatin1String("No source yet")),
                     qPrintable(page.emptyStateText(DashboardsPage::Dashboard(d))));
        }
        screenshot(&page, QStringLiteral("dashboards-empty"));

        // A source saved but not synced yet; then synced: reload() draws it.
        QVERIFY(!QCoro::waitFor(gui.repository.save(m_source)).isError());
        page.showDashboard(DashboardsPage::FollowerGrowth);
        page.reload();
        QVERIFY(page.emptyStateText(DashboardsPage::FollowerGrowth).contains(QLatin1String("has not been synced")));
        sync(gui.services.catalogPath);
        QSignalSpy loaded(&page, &DashboardsPage::dashboardLoaded);
        page.reload();
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(loaded.first().first().toInt(), int(DashboardsPage::FollowerGrowth));
        QVERIFY(!page.isEmptyStateShown(DashboardsPage::FollowerGrowth));
    }

    void streamNotSelected() {
        Gui gui(m_syncedPath, &m_clock, &m_tokens);
        SourceConfig source = m_source;
        source.streams.removeIf(
            [](const StreamSelection &s) { return s.streamId == QLatin1String("organization_posts"); });
        QVERIFY(!QCoro::waitFor(gui.repository.save(source)).isError());
        DashboardsPage page(gui.services);
        page.showDashboard(DashboardsPage::PostEngagement);
        QVERIFY(page.isEmptyStateShown(DashboardsPage::PostEngagement));
        QVERIFY2(page.emptyStateText(DashboardsPage::PostEngagement).contains(QLatin1String("organization_posts")),
                 qPrintable(page.emptyStateText(DashboardsPage::PostEngagement)));
        page.showDashboard(DashboardsPage::FollowerGrowth);
        QVERIFY(!page.isEmptyStateShown(DashboardsPage::FollowerGrowth));
    }

    void chartsDrawTheModels() {
        Gui gui(m_syncedPath, &m_clock, &m_tokens);
        QVERIFY(!QCoro::waitFor(gui.repository.save(m_source)).isError());
        DashboardsPage page(gui.services);
        QList<QUrl> opened;
        bool browser = true;
        page.setUrlOpener([&opened, &browser](const QUrl &url) {
            opened.append(url);
            return browser;
        });
        page.resize(1280, 800);
        page.show();

        // Last 30 days (the default): 28 days of statistics (LinkedIn is two days behind).
        QCOMPARE(page.filter().from, sandboxToday.addDays(-29));
        QCOMPARE(page.filter().organizationUrn, m_source.organizationUrn());
        QVERIFY(!page.isEmptyStateShown(DashboardsPage::FollowerGrowth));
        FollowerGrowthModel *growth = page.followerGrowthModel();
        QCOMPARE(growth->rowCount(), 28);
        auto *chart = page.findChild<ChartCanvas *>(QStringLiteral("followerGrowthChart"));
        QVERIFY(chart);
        QCOMPARE(chart->seriesCount(), 5); // with the previous period's cumulative growth (periodComparison)
        QCOMPARE(chart->seriesValues(3).last(), double(growth->totalGained()));
        QCOMPARE(chart->seriesValues(0).first(), growth->index(0, FollowerGrowthModel::Organic).data().toDouble());
        QVERIFY(chart->categories().size() == 28);
        // The lines are drawn over the bars; both value axes put zero at the same height (below).
        QCOMPARE(chart->drawingOrder().first(), QStringLiteral("bars"));
        QCOMPARE(chart->drawingOrder().size(), 4);
        auto *summary = page.findChild<QLabel *>(QStringLiteral("followerGrowthSummary"));
        QVERIFY(summary->text().contains(QLocale().toString(m_server->data().networkSize())));

        // All time: the whole report; a custom range before any data: the empty state says so.
        page.setRange(DashboardsPage::Range::AllTime);
        QCOMPARE(growth->rowCount(), runReport(gui.catalog.reader(), QStringLiteral("follower-growth")).rows.size());
        const QList<std::pair<double, double>> ranges = chart->valueRanges();
        QCOMPARE(ranges.size(), 2);
        QVERIFY(ranges.at(0).first < 0); // a day of net loss: zero is not at the bottom
        const auto zeroAt = [](const std::pair<double, double> &r) {
            return -r.first / (r.second - r.first);
        };
        QVERIFY2(qAbs(zeroAt(ranges.at(0)) - zeroAt(ranges.at(1))) < 1e-9,
                 qPrintable(QStringLiteral("%1 .. %2 and %3 .. %4")
                                .arg(ranges.at(0).first)
                                .arg(ranges.at(0).second)
                                .arg(ranges.at(1).first)
                                .arg(ranges.at(1).second)));
        QSignalSpy loaded(&page, &DashboardsPage::dashboardLoaded);
        page.setCustomRange(QDate(2020, 1, 1), QDate(2020, 1, 31));
        QCOMPARE(loaded.size(), 1); // loaded once
        QVERIFY(page.isEmptyStateShown(DashboardsPage::FollowerGrowth));
        QVERIFY(page.emptyStateText(DashboardsPage::FollowerGrowth).contains(QLatin1String("between")));
        page.setRange(DashboardsPage::Range::Last365Days);

        // Custom, picked by hand, starts as the period shown; a reversed period says so.
        page.setRange(DashboardsPage::Range::Last90Days);
        const DashboardFilter shown = page.filter();
        const qint64 gained = growth->totalGained();
        auto *range = page.findChild<QComboBox *>(QStringLiteral("dateRangeComboBox"));
        range->setCurrentIndex(range->findData(int(DashboardsPage::Range::Custom)));
        QCOMPARE(page.filter().from, shown.from);
        QCOMPARE(page.filter().to, shown.to);
        QVERIFY(!page.isEmptyStateShown(DashboardsPage::FollowerGrowth));
        QCOMPARE(growth->totalGained(), gained);
        auto *from = page.findChild<QDateEdit *>(QStringLiteral("fromDateEdit"));
        from->setDate(shown.to.addDays(1));
        QVERIFY(page.isEmptyStateShown(DashboardsPage::FollowerGrowth));
        QVERIFY2(page.emptyStateText(DashboardsPage::FollowerGrowth).contains(QLatin1String("ends before it starts")),
                 qPrintable(page.emptyStateText(DashboardsPage::FollowerGrowth)));
        page.setRange(DashboardsPage::Range::Last365Days);

        // Posts: the top post opens on LinkedIn; the table sorts.
        page.showDashboard(DashboardsPage::PostEngagement);
        QVERIFY(!page.isEmptyStateShown(DashboardsPage::PostEngagement));
        auto *table = page.findChild<QTableView *>(QStringLiteral("postEngagementTable"));
        QVERIFY(table);
        const QString top = page.postEngagementModel()->index(0, PostEngagementModel::PostId).data().toString();
        QCOMPARE(table->model()->index(0, PostEngagementModel::PostId).data().toString(), top);
        emit table->doubleClicked(table->model()->index(0, PostEngagementModel::Preview));
        QCOMPARE(opened, QList<QUrl>{PostEngagementModel::linkedInPostUrl(top)});
        table->sortByColumn(PostEngagementModel::Likes, Qt::DescendingOrder);
        const qint64 mostLikes = table->model()->index(0, PostEngagementModel::Likes).data().toLongLong();
        for (int row = 0; row < page.postEngagementModel()->rowCount(); ++row)
            QVERIFY(page.postEngagementModel()->index(row, PostEngagementModel::Likes).data().toLongLong() <=
                    mostLikes);
        auto *types = page.findChild<ChartCanvas *>(QStringLiteral("contentTypeChart"));
        QCOMPARE(types->categories().size(), page.contentTypeModel()->rowCount());
        // The best and worst posts open too; without a browser, the address is given to copy.
        auto *bestAndWorst = page.findChild<QTableView *>(QStringLiteral("topPostsTable"));
        QVERIFY(bestAndWorst && bestAndWorst->model()->rowCount() > 0);
        const QUrl bestUrl = bestAndWorst->model()->index(0, 0).data(TopPostsModel::UrlRole).toUrl();
        emit bestAndWorst->doubleClicked(bestAndWorst->model()->index(0, TopPostsModel::FirstLine));
        QCOMPARE(opened.last(), bestUrl);
        auto *noBrowser = page.findChild<QLabel *>(QStringLiteral("openPostErrorLabel"));
        QVERIFY(noBrowser->isHidden());
        browser = false;
        emit bestAndWorst->doubleClicked(bestAndWorst->model()->index(1, TopPostsModel::FirstLine));
        QVERIFY(!noBrowser->isHidden());
        QVERIFY2(noBrowser->text().contains(
                     bestAndWorst->model()->index(1, 0).data(TopPostsModel::UrlRole).toUrl().toString()),
                 qPrintable(noBrowser->text()));
        browser = true;
        emit bestAndWorst->doubleClicked(bestAndWorst->model()->index(0, TopPostsModel::FirstLine));
        QVERIFY(noBrowser->isHidden());

        // Demographics: labels, not URNs, and the report's percentages.
        page.showDashboard(DashboardsPage::VisitorDemographics);
        QVERIFY(!page.isEmptyStateShown(DashboardsPage::VisitorDemographics));
        auto *bars = page.findChild<ChartCanvas *>(QStringLiteral("demographicsChart"));
        QVERIFY(bars->categories().contains(QStringLiteral("Manager")));
        QVERIFY(!page.findChild<QLabel *>(QStringLiteral("demographicsSummary"))
                     ->text()
                     .contains(QLatin1String("publishes in English"))); // in English there is nothing to say
        for (const QString &category : bars->categories())
            QVERIFY2(!category.startsWith(QLatin1String("urn:")), qPrintable(category));
        const QueryResult report = runReport(gui.catalog.reader(), QStringLiteral("visitor-demographics"));
        QCOMPARE(bars->seriesValues(0).first(), report.rows.first().at(3).toDouble());
        auto *facet = page.findChild<QComboBox *>(QStringLiteral("facetComboBox"));
        facet->setCurrentIndex(int(DemographicFacet::Country));
        QCOMPARE(page.demographicsModel()->facet(), DemographicFacet::Country);
        const int countries = page.demographicsModel()->rowCount();
        QCOMPARE(bars->categories().size(), countries > 12 ? 10 : countries);

        // Insights: the note and the best time.
        page.showDashboard(DashboardsPage::Insights);
        QVERIFY(!page.isEmptyStateShown(DashboardsPage::Insights));
        QVERIFY(
            page.findChild<QLabel *>(QStringLiteral("pageAnalyticsNote"))->text().contains(QLatin1String("negative")));
        const int best = page.weekdayModel()->bestRow();
        QVERIFY(best >= 0);
        // Hours with fewer than three posts are greyed, and never the best.
        QList<int> sparse;
        for (int row = 0; row < page.hourModel()->rowCount(); ++row)
            if (page.hourModel()->index(row, PostingTimeModel::Posts).data().toInt() < 3)
                sparse << row;
        QVERIFY(!sparse.isEmpty());
        QCOMPARE(page.findChild<ChartCanvas *>(QStringLiteral("hourChart"))->dimmedSlots(), sparse);
        QVERIFY(!sparse.contains(page.hourModel()->bestRow()));
        QVERIFY(page.findChild<QLabel *>(QStringLiteral("bestPostingTime"))
                    ->text()
                    .contains(page.weekdayModel()->slotName(best)));

        // Another audience reloads the history alone; its chart draws a line per column.
        auto *history = page.findChild<ChartCanvas *>(QStringLiteral("demographicHistoryChart"));
        QCOMPARE(history->seriesCount(), page.demographicHistoryModel()->columnCount() - 1);
        QSignalSpy weekdaysReset(page.weekdayModel(), &QAbstractItemModel::modelReset);
        QSignalSpy historyReset(page.demographicHistoryModel(), &QAbstractItemModel::modelReset);
        auto *audience = page.findChild<QComboBox *>(QStringLiteral("historyAudienceComboBox"));
        audience->setCurrentIndex(1);
        QCOMPARE(historyReset.size(), 1);
        QCOMPARE(weekdaysReset.size(), 0);
        QVERIFY(page.demographicHistoryModel()->rowCount() > 0);
        QCOMPARE(history->seriesCount(), page.demographicHistoryModel()->columnCount() - 1);
    }

    void darkPostsOnlyWhenTheSwitchSaysSo() {
        Gui gui(m_syncedPath, &m_clock, &m_tokens);
        QVERIFY(!QCoro::waitFor(gui.repository.save(m_source)).isError());
        DashboardsPage page(gui.services);
        page.resize(1280, 800);
        page.show();
        page.showDashboard(DashboardsPage::PostEngagement);
        auto *range = page.findChild<QComboBox *>(QStringLiteral("dateRangeComboBox"));
        range->setCurrentIndex(range->findText(QStringLiteral("All time")));
        int organic = 0, dark = 0;
        for (const sandbox::SandboxPost &post : m_server->data().posts())
            (post.dark ? dark : organic) +=
                post.publishedAt >= m_source.startDate.startOfDay(Qt::UTC).toMSecsSinceEpoch();
        QVERIFY(dark > 0);
        auto *includeDark = page.findChild<QCheckBox *>(QStringLiteral("includeDarkPostsCheckBox"));
        QVERIFY(includeDark && !includeDark->isChecked()); // organic is the default view
        QCOMPARE(page.postEngagementModel()->rowCount(), organic);
        includeDark->click();
        QVERIFY(page.filter().includeDark);
        QCOMPARE(page.postEngagementModel()->rowCount(), organic + dark);
    }

    // The headlines set each figure against the same-length period before, from the report's rows
    // summed here by date; the follower chart overlays that period's cumulative growth.
    void periodComparison() {
        Gui gui(m_syncedPath, &m_clock, &m_tokens);
        QVERIFY(!QCoro::waitFor(gui.repository.save(m_source)).isError());
        DashboardsPage page(gui.services);
        page.resize(1280, 800);
        page.show();
        const DashboardFilter shown = page.filter(); // the last 30 days
        const QDate previousFrom = shown.from.addDays(-30), previousTo = shown.from.addDays(-1);
        qint64 now = 0, before = 0;
        int previousDays = 0;
        QList<qint64> previousCumulative;
        QList<QList<QVariant>> days = runReport(gui.catalog.reader(), QStringLiteral("follower-growth")).rows;
        std::reverse(days.begin(), days.end()); // the report lists the newest day first
        for (const QList<QVariant> &row : std::as_const(days)) {
            const QDate day = row.at(0).toDate();
            if (day >= shown.from && day <= shown.to)
                now += row.at(3).toLongLong();
            if (day >= previousFrom && day <= previousTo) {
                before += row.at(3).toLongLong();
                previousCumulative.append(before);
                ++previousDays;
            }
        }
        QCOMPARE(previousDays, 30);
        QVERIFY(before != 0);
        FollowerGrowthModel *growth = page.followerGrowthModel();
        QCOMPARE(growth->totalGained(), now);
        QCOMPARE(growth->previousGained(), std::optional<qint64>(before));
        const QLocale locale;
        const double pct = std::round((double(now) - double(before)) / std::abs(double(before)) * 1000.0) / 10.0;
        const QString change = (pct > 0   ? QStringLiteral("+")
                                : pct < 0 ? QStringLiteral("\u2212")
                                          : QString()) +
                               locale.toString(std::abs(pct), 'f', 1) + QStringLiteral(" %");
        auto *summary = page.findChild<QLabel *>(QStringLiteral("followerGrowthSummary"));
        QVERIFY2(summary->text().contains(change), qPrintable(summary->text() + QStringLiteral(" lacks ") + change));
        QVERIFY(summary->text().contains(pct > 0 ? QStringLiteral("\u25B2") : QStringLiteral("\u25BC")));
        QVERIFY(summary->text().contains(QStringLiteral("before: %1").arg(locale.toString(before))));
        QVERIFY(summary->text().contains(locale.toString(previousFrom, QLocale::ShortFormat)));
        auto *chart = page.findChild<ChartCanvas *>(QStringLiteral("followerGrowthChart"));
        QCOMPARE(chart->seriesCount(), 5);
        const QList<double> overlay = chart->seriesValues(4);
        for (int day = 0; day < overlay.size(); ++day) // day 1 of this period beside day 1 of the previous
            QCOMPARE(overlay.at(day), double(previousCumulative.at(day)));
        auto *overlayBox = page.findChild<QCheckBox *>(QStringLiteral("previousPeriodCheckBox"));
        QVERIFY(overlayBox->isVisible() && overlayBox->isChecked());
        overlayBox->click();
        QCOMPARE(chart->seriesCount(), 4);
        overlayBox->click();

        // Posts: counted by publication day, organic only, as the dashboard shows them.
        page.showDashboard(DashboardsPage::PostEngagement);
        qint64 postsNow = 0, postsBefore = 0;
        for (const QList<QVariant> &row : runReport(gui.catalog.reader(), QStringLiteral("post-engagement")).rows) {
            const QDate day =
                QDate::fromString(row.at(PostEngagementModel::PublishedDate).toString().left(10), Qt::ISODate);
            postsNow += day >= shown.from && day <= shown.to;
            postsBefore += day >= previousFrom && day <= previousTo;
        }
        QVERIFY(postsNow > 0 && postsBefore > 0);
        auto *posts = page.findChild<QLabel *>(QStringLiteral("postEngagementSummary"));
        QVERIFY2(posts->text().contains(QStringLiteral("Posts: <b>%1</b>").arg(locale.toString(postsNow))),
                 qPrintable(posts->text()));
        QVERIFY(posts->text().contains(QStringLiteral("(before: %1)").arg(locale.toString(postsBefore))));

        // All time has nothing before it; a period before the first synced day has no whole previous one.
        page.setRange(DashboardsPage::Range::AllTime);
        QVERIFY(!posts->text().contains(QStringLiteral("before:")));
        page.showDashboard(DashboardsPage::FollowerGrowth);
        QVERIFY(!summary->text().contains(QStringLiteral("before:")));
        QVERIFY(!overlayBox->isVisible());
        QCOMPARE(chart->seriesCount(), 4);
        const QDate first = growth->index(0, FollowerGrowthModel::Date).data().toDate();
        page.setCustomRange(first, first.addDays(6));
        QVERIFY(!growth->previousGained());
        QVERIFY2(summary->text().contains(QStringLiteral("does not hold the whole previous period")),
                 qPrintable(summary->text()));
        screenshot(&page, QStringLiteral("dashboard-follower-growth-no-comparison"));
    }

    // File > Export Dashboard: the format the filter names (or the suffix typed), the folder of the
    // last export offered next time, and the Excel form's byte-order mark.
    void exportWithTheDialog() {
        Gui gui(m_syncedPath, &m_clock, &m_tokens);
        QVERIFY(!QCoro::waitFor(gui.repository.save(m_source)).isError());
        QSettings settings(m_dir.filePath(QStringLiteral("export-settings.ini")), QSettings::IniFormat);
        gui.services.settings = &settings;
        DashboardsPage page(gui.services);
        page.resize(1280, 800);
        page.show();
        QDir folder(m_dir.filePath(QStringLiteral("exports")));
        QVERIFY(folder.mkpath(QStringLiteral(".")));
        QString offered, answer;
        int filter = 0;
        page.setSaveFileAsker([&](const QString &, const QString &path, const QString &filters, QString *selected) {
            offered = path;
            *selected = filters.split(QStringLiteral(";;")).at(filter);
            return answer;
        });
        QSignalSpy finished(&page, &DashboardsPage::exportFinished);

        answer = folder.filePath(QStringLiteral("deck")); // no suffix: the PDF filter's
        filter = 1;
        page.exportWithDialog();
        QCOMPARE(finished.size(), 1);
        QVERIFY2(finished.last().at(0).toBool(), qPrintable(finished.last().at(1).toString()));
        QFile pdf(folder.filePath(QStringLiteral("deck.pdf")));
        QVERIFY(pdf.open(QIODevice::ReadOnly) && pdf.read(5) == "%PDF-");
        QVERIFY(!offered.startsWith(folder.path())); // first time: Documents

        page.showDashboard(DashboardsPage::PostEngagement);
        answer = folder.filePath(QStringLiteral("posts.csv"));
        filter = 3; // CSV for Excel
        page.exportWithDialog();
        QCOMPARE(QFileInfo(offered).absolutePath(), folder.absolutePath()); // the last export's folder
        QCOMPARE(QFileInfo(offered).fileName(), QStringLiteral("post-engagement.pdf"));
        QVERIFY2(finished.last().at(0).toBool(), qPrintable(finished.last().at(1).toString()));
        QFile excel(folder.filePath(QStringLiteral("posts-posts.csv")));
        QVERIFY(excel.open(QIODevice::ReadOnly));
        QCOMPARE(excel.read(3), QByteArray("\xEF\xBB\xBF"));
        QVERIFY(excel.readLine().startsWith("Post,"));
        QFile types(folder.filePath(QStringLiteral("posts-content-types.csv")));
        QVERIFY(types.open(QIODevice::ReadOnly));
        QCOMPARE(types.read(3), QByteArray("\xEF\xBB\xBF"));
        // One record per content type, as the table shows them.
        QCOMPARE(types.readAll().count("\r\n"), page.contentTypeModel()->rowCount() + 1);
        QVERIFY(Preferences(&settings).excelFriendlyCsv());

        answer = folder.filePath(QStringLiteral("plain.csv"));
        filter = 2;
        page.showDashboard(DashboardsPage::FollowerGrowth);
        page.exportWithDialog();
        QFile plain(folder.filePath(QStringLiteral("plain.csv"))); // one table: the name given
        QVERIFY(plain.open(QIODevice::ReadOnly));
        QVERIFY(plain.read(4) == "Date");
        QCOMPARE(plain.readAll().count("\r\n"), page.followerGrowthModel()->rowCount() + 1);

        const qsizetype before = finished.size();
        answer.clear(); // cancelled
        page.exportWithDialog();
        QCOMPARE(finished.size(), before);
        answer = m_dir.filePath(QStringLiteral("no-such-folder/x.png"));
        filter = 0;
        page.exportWithDialog();
        QVERIFY(!finished.last().at(0).toBool());
        QVERIFY2(finished.last().at(1).toString().contains(QLatin1String("Could not write")),
                 qPrintable(finished.last().at(1).toString()));
    }

    // Chart numbers follow the locale as the tables do: "4,5 %" in Portuguese, not "4.5 %".
    void chartNumbersFollowTheLocale() {
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::Portuguese, QLocale::Brazil));
        const auto restore = qScopeGuard([&before] { QLocale::setDefault(before); });
        Gui gui(m_syncedPath, &m_clock, &m_tokens);
        QVERIFY(!QCoro::waitFor(gui.repository.save(m_source)).isError());
        DashboardsPage page(gui.services);
        page.resize(1280, 800);
        page.show();
        page.showDashboard(DashboardsPage::PostEngagement);
        (void)page.grab();
        // Seniority names are LinkedIn's English ones: the summary says so in another language.
        page.showDashboard(DashboardsPage::VisitorDemographics);
        QVERIFY(page.findChild<QLabel *>(QStringLiteral("demographicsSummary"))
                    ->text()
                    .contains(QLatin1String("publishes in English")));
        // The tables group thousands as the summary does ("20.270"). The view hands its delegate
        // a locale that omits the separators; the dashboards' delegate puts them back.
        auto *table = page.findChild<QTableView *>(QStringLiteral("demographicsTable"));
        QLocale viewLocale = table->locale();
        viewLocale.setNumberOptions(QLocale::OmitGroupSeparator);
        const auto *delegate = qobject_cast<const QStyledItemDelegate *>(table->itemDelegate());
        QVERIFY(delegate);
        int grouped = 0;
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            for (const int column : {int(DemographicsModel::Views), int(DemographicsModel::Followers)}) {
                const QVariant value = table->model()->index(row, column).data();
                const QString shown = delegate->displayText(value, viewLocale);
                QCOMPARE(shown, QLocale().toString(value.toLongLong()));
                grouped += value.toLongLong() >= 1000 && shown.contains(QLatin1Char('.')) ? 1 : 0;
            }
        }
        QVERIFY(grouped > 3);
        page.showDashboard(DashboardsPage::PostEngagement);
        auto *types = page.findChild<ChartCanvas *>(QStringLiteral("contentTypeChart"));
        const QStringList texts = types->texts();
        const QRegularExpression decimalComma(QStringLiteral("^\\d+,\\d+ %$")),
            decimalPoint(QStringLiteral("\\d\\.\\d"));
        QVERIFY2(std::any_of(texts.cbegin(), texts.cend(),
                             [&](const QString &t) { return decimalComma.match(t).hasMatch(); }),
                 qPrintable(texts.join(QStringLiteral(" | "))));
        for (const QString &text : texts) {
            QVERIFY2(!decimalPoint.match(text).hasMatch(), qPrintable(text));
            QVERIFY2(!text.contains(QLatin1String("%%")), qPrintable(text)); // one percent sign
        }
    }

    void everyDashboardDrawsAfterReload() {
        Gui gui(m_syncedPath, &m_clock, &m_tokens);
        QVERIFY(!QCoro::waitFor(gui.repository.save(m_source)).isError());
        DashboardsPage page(gui.services);
        page.resize(1280, 800);
        page.show();
        page.setRange(DashboardsPage::Range::Last90Days);
        static const char *const names[] = {"follower-growth", "post-engagement", "visitor-demographics", "insights"};
        for (int d = 0; d < DashboardsPage::DashboardCount; ++d) {
            page.showDashboard(d);
            page.reload();
            // Qt Charts lays its scene out on posted events: "drawn" is after they ran.
            QCoreApplication::processEvents();
            QVERIFY(!page.isEmptyStateShown(DashboardsPage::Dashboard(d)));
            screenshot(&page, QStringLiteral("dashboard-") + QLatin1String(names[d]));
        }
    }

    // Past ten groups the bars keep the nine largest by either measure, largest first, and sum only
    // the rest as "Other"; a tail of one or two groups is drawn as itself.
    // Two industries whose names share their first 28 characters: the axis keeps them apart, both
    // cut the same way, and hovering either shows its whole name and URN (the model's tooltip).
    void collidingNamesKeepTheirFullNameOnHover() {
        QStandardItemModel model(0, 2);
        const QString common = QStringLiteral("Information Technology and Services");
        for (const auto &[suffix, urn] :
             {std::pair{QStringLiteral(" (Europe)"), QStringLiteral("urn:li:industry:96")},
              std::pair{QStringLiteral(" (Americas)"), QStringLiteral("urn:li:industry:4")}}) {
            auto *name = new QStandardItem(common + suffix);
            name->setToolTip(QStringLiteral("%1 (%2)").arg(common + suffix, urn));
            model.appendRow({name, new QStandardItem(QStringLiteral("5"))});
        }
        ChartCanvas chart;
        ChartSpec spec;
        spec.x = ChartSpec::XAxis::Categories;
        spec.xColumn = 0;
        spec.series = {{ChartSeries::Kind::Bar, 1, QStringLiteral("views")}};
        spec.horizontal = true;
        chart.setModel(&model, spec);
        const QStringList names = chart.categories();
        QCOMPARE(names.size(), 2);
        QVERIFY(names.at(0) != names.at(1)); // the axis needs them distinct
        QVERIFY(names.at(0).size() < common.size() && names.at(1).startsWith(names.at(0).left(27)));
        QCOMPARE(chart.slotToolTip(0), QStringLiteral("%1 (Europe) (urn:li:industry:96)").arg(common));
        QCOMPARE(chart.slotToolTip(1), QStringLiteral("%1 (Americas) (urn:li:industry:4)").arg(common));
    }

    void barsKeepTheLargestGroups() {
        QStandardItemModel model(0, 3);
        // Label, % of page views, % of followers: a group large by one measure only must stay.
        const QList<std::tuple<QString, double, double>> groups = {
            {QStringLiteral("A"), 1, 1},  {QStringLiteral("B"), 2, 30}, {QStringLiteral("C"), 3, 1},
            {QStringLiteral("D"), 24, 1}, {QStringLiteral("E"), 5, 1},  {QStringLiteral("F"), 6, 1},
            {QStringLiteral("G"), 7, 1},  {QStringLiteral("H"), 8, 1},  {QStringLiteral("I"), 9, 1},
            {QStringLiteral("J"), 10, 1}, {QStringLiteral("K"), 11, 1}, {QStringLiteral("L"), 12, 1},
            {QStringLiteral("M"), 0.5, 2}};
        for (const auto &[label, views, followers] : groups)
            model.appendRow({new QStandardItem(label), new QStandardItem(QString::number(views)),
                             new QStandardItem(QString::number(followers))});
        ChartCanvas chart;
        ChartSpec spec;
        spec.x = ChartSpec::XAxis::Categories;
        spec.xColumn = 0;
        spec.series = {{ChartSeries::Kind::Bar, 1, QStringLiteral("views")},
                       {ChartSeries::Kind::Bar, 2, QStringLiteral("followers")}};
        spec.horizontal = true;
        spec.maxCategories = 10;
        chart.setModel(&model, spec);
        chart.redraw();
        QCOMPARE(chart.categories(),
                 (QStringList{QStringLiteral("B"), QStringLiteral("D"), QStringLiteral("L"), QStringLiteral("K"),
                              QStringLiteral("J"), QStringLiteral("I"), QStringLiteral("H"), QStringLiteral("G"),
                              QStringLiteral("F"), QStringLiteral("Other")}));
        // "Other" is A, C, E and M: 1 + 3 + 5 + 0.5 of the views, 1 + 1 + 1 + 2 of the followers.
        QCOMPARE(chart.seriesValues(0).last(), 9.5);
        QCOMPARE(chart.seriesValues(1).last(), 5.0);

        model.removeRows(10, 3); // ten groups: every one drawn, in the model's order
        chart.redraw();
        QCOMPARE(chart.categories().size(), 10);
        QCOMPARE(chart.categories().first(), QStringLiteral("A"));
        model.appendRow({new QStandardItem(QStringLiteral("X")), new QStandardItem(QStringLiteral("1")),
                         new QStandardItem(QStringLiteral("1"))});
        model.appendRow({new QStandardItem(QStringLiteral("Y")), new QStandardItem(QStringLiteral("1")),
                         new QStandardItem(QStringLiteral("1"))});
        chart.redraw(); // twelve: no "Other" for a tail of two
        QCOMPARE(chart.categories().size(), 12);
        QVERIFY(!chart.categories().contains(QStringLiteral("Other")));
    }
};

QTEST_MAIN(TestDashboardsPage)
#include "tst_dashboardspage.moc"
