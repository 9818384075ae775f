#pragma once

#include "analytics/CatalogInfo.h"
#include "analytics/Reports.h"

#include <QWidget>

namespace pagesight {

// The data model of the streams' tables (allStreams()), drawn: each table with its key and join
// columns, a child stream's join to its parent (post_statistics.post_urn = organization_posts.id)
// as a solid line, and the organization URN that every table carries (its owner column:
// organization_urn, or author on posts) as dashed lines to one node. Daily statistics stack on the
// left, posts and their children on the right. Table names are the user's; a table not synced yet
// is drawn dimmed.
//
// Painted in a fixed logical size and scaled to the widget, so it stays legible at any size.
class DataModelDiagram : public QWidget {
    Q_OBJECT
public:
    struct Box {
        QString streamId;
        QString table;
        bool present = false;
        qint64 rows = -1;
        QStringList keys;  // primary key columns
        QStringList joins; // columns that join another table or the organization
        QString owner;     // the column holding the organization's URN
        QString parentId;  // the stream this one's rows belong to, or empty
        bool left = false; // daily statistics: the left column
        QRectF rect;       // logical coordinates
    };

    explicit DataModelDiagram(QWidget *parent = nullptr);

    void setTables(const TableNames &names, const QList<TableInfo> &present);
    const QList<Box> &boxes() const { return m_boxes; }
    // The joins in words, with the user's table names ("post_statistics.post_urn =
    // organization_posts.id", …): the accessible description and the tests read them.
    QStringList joins() const;

    // Every text the last paint drew, for the tests: a text that does not fit its place at the
    // diagram's size is drawn smaller (down to 9 px), and only then elided in the middle.
    struct DrawnText {
        QString text;
        QString shown; // what was drawn: the text, or its elided form
        qreal pixelSize = 0;
        bool fits = true; // drawn whole inside its place
    };
    const QList<DrawnText> &drawnTexts() const { return m_drawn; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    const Box *box(const QString &streamId) const;
    const Box *hub() const; // the posts' table, which every other table's owner column joins
    void layOut();
    QPointF columnAnchor(const Box &box, const QString &column, bool rightSide) const;
    void paintBox(QPainter &painter, const Box &box) const;
    void drawFitted(QPainter &painter, const QRectF &rect, int flags, const QString &text) const;

    QList<Box> m_boxes;
    QRectF m_organization;
    mutable QList<DrawnText> m_drawn;
};

} // namespace pagesight
