#pragma once

#include "DashboardTab.h"

#include <QUrl>

#include <functional>

class QLabel;
class QSortFilterProxyModel;

namespace pagesight {

class ContentTypeModel;
class PostEngagementModel;
class TopPostsModel;

// Post engagement: a scatter of the posts (impressions against engagement rate) over the table of
// posts (all of them, or the best and worst five), and the engagement by content type.
// Double-clicking a post opens it on LinkedIn.
class PostEngagementTab : public DashboardTab {
    Q_OBJECT
public:
    explicit PostEngagementTab(QWidget *parent = nullptr);

    QString title() const override { return tr("Post engagement"); }
    QList<std::pair<QString, QString>> tablesNeeded(const TableNames &tables) const override;
    void load(const QSqlDatabase &database, const DashboardFilter &filter) override;
    QList<std::pair<QString, QAbstractItemModel *>> exportTables() const override;

    // How a post is opened on LinkedIn (default QDesktopServices::openUrl): false when no browser
    // took it, and the tab then says so with the address to copy. Tests catch it.
    void setUrlOpener(std::function<bool(const QUrl &)> opener) { m_openUrl = std::move(opener); }
    TopPostsModel *topPostsModel() const { return m_top; }
    QString openErrorText() const; // the "no browser" sentence; empty when hidden
    PostEngagementModel *postsModel() const { return m_posts; }
    ContentTypeModel *contentTypeModel() const { return m_types; }

private:
    void openPost(int row);
    void openUrl(const QUrl &url);
    QWidget *makePostTables(QWidget *parent);
    // Posts, impressions and engagements of the period, each against the period before.
    QString headline(const QSqlDatabase &database, const DashboardFilter &filter) const;

    std::function<bool(const QUrl &)> m_openUrl;
    PostEngagementModel *m_posts;
    TopPostsModel *m_top;
    QLabel *m_openError = nullptr;
    QSortFilterProxyModel *m_sortedPosts;
    ContentTypeModel *m_types;
    QLabel *m_summary = nullptr;
};

} // namespace pagesight
