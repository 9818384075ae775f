#include "DataModelDiagram.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>

namespace pagesight {

namespace {
constexpr qreal logicalWidth = 820;
constexpr qreal logicalHeight = 470;
constexpr qreal boxWidth = 230;
constexpr qreal titleHeight = 40;
constexpr qreal lineHeight = 20;
constexpr qreal padding = 8;

qreal boxHeight(int lines) {
    return titleHeight + lines * lineHeight + padding;
}

// Key columns first, then the join columns that are not keys.
QStringList listedColumns(const DataModelDiagram::Box &box) {
    QStringList listed = box.keys;
    for (const QString &join : box.joins)
        if (!listed.contains(join))
            listed.append(join);
    return listed;
}
} // namespace

DataModelDiagram::DataModelDiagram(QWidget *parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("dataModelDiagram"));
    setAccessibleName(tr("Data model diagram"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setTables(TableNames{}, {});
}

void DataModelDiagram::setTables(const TableNames &names, const QList<TableInfo> &present) {
    const QStringList statisticsKey = {QStringLiteral("organization_urn"), QStringLiteral("report_type"),
                                       QStringLiteral("date")};
    m_boxes = {
        {QStringLiteral("follower_statistics"),
         names.followerStatistics,
         false,
         -1,
         statisticsKey,
         {QStringLiteral("organization_urn")},
         {}},
        {QStringLiteral("page_statistics"),
         names.pageStatistics,
         false,
         -1,
         statisticsKey,
         {QStringLiteral("organization_urn")},
         {}},
        {QStringLiteral("share_statistics"),
         names.shareStatistics,
         false,
         -1,
         statisticsKey,
         {QStringLiteral("organization_urn")},
         {}},
        {QStringLiteral("organization_posts"),
         names.organizationPosts,
         false,
         -1,
         {QStringLiteral("id")},
         {QStringLiteral("id"), QStringLiteral("author")},
         {}},
        {QStringLiteral("post_statistics"),
         names.postStatistics,
         false,
         -1,
         {QStringLiteral("post_urn")},
         {QStringLiteral("post_urn"), QStringLiteral("organization_urn")},
         {}},
    };
    for (Box &box : m_boxes) {
        for (const TableInfo &table : present) {
            if (table.name.compare(box.table, Qt::CaseInsensitive) == 0) {
                box.present = true;
                box.rows = table.rows;
            }
        }
    }
    // Statistics on the left, the organization in the middle, posts and their statistics right.
    const qreal statsHeight = boxHeight(3);
    for (int i = 0; i < 3; ++i)
        m_boxes[i].rect = QRectF(10, 10 + i * (statsHeight + 22), boxWidth, statsHeight);
    // Room on the right for the post join's curve.
    m_boxes[3].rect = QRectF(logicalWidth - boxWidth - 90, 30, boxWidth, boxHeight(2));
    m_boxes[4].rect = QRectF(logicalWidth - boxWidth - 90, 280, boxWidth, boxHeight(2));
    m_organization = QRectF(logicalWidth / 2 - 125, logicalHeight / 2 - 38, 170, 76);
    setAccessibleDescription(joins().join(QStringLiteral("; ")));
    update();
}

QStringList DataModelDiagram::joins() const {
    const Box *posts = box(QStringLiteral("organization_posts"));
    const Box *postStats = box(QStringLiteral("post_statistics"));
    QStringList lines = {
        QStringLiteral("%1.post_urn = %2.id").arg(postStats->table, posts->table),
        QStringLiteral("%1.author = %2.organization_urn").arg(posts->table, postStats->table),
    };
    for (const Box &b : m_boxes)
        if (b.streamId.endsWith(QLatin1String("_statistics")) && b.streamId != QLatin1String("post_statistics"))
            lines.append(QStringLiteral("%1.organization_urn = %2.author").arg(b.table, posts->table));
    return lines;
}

const DataModelDiagram::Box *DataModelDiagram::box(const QString &streamId) const {
    for (const Box &b : m_boxes)
        if (b.streamId == streamId)
            return &b;
    return nullptr;
}

QSize DataModelDiagram::sizeHint() const {
    return QSize(int(logicalWidth), int(logicalHeight));
}

QSize DataModelDiagram::minimumSizeHint() const {
    return QSize(int(logicalWidth / 2), int(logicalHeight / 2));
}

QPointF DataModelDiagram::columnAnchor(const Box &b, const QString &column, bool rightSide) const {
    const qsizetype index = qMax<qsizetype>(0, listedColumns(b).indexOf(column));
    const qreal y = b.rect.top() + titleHeight + index * lineHeight + lineHeight / 2;
    return QPointF(rightSide ? b.rect.right() : b.rect.left(), y);
}

void DataModelDiagram::paintBox(QPainter &painter, const Box &b) const {
    const QPalette pal = palette();
    const QColor border = b.present ? pal.color(QPalette::Highlight) : pal.color(QPalette::Mid);
    painter.setPen(QPen(border, 1.5));
    painter.setBrush(pal.color(QPalette::Base));
    painter.drawRoundedRect(b.rect, 6, 6);
    QRectF title(b.rect.left(), b.rect.top(), b.rect.width(), titleHeight - 4);
    QColor titleFill = border;
    titleFill.setAlpha(b.present ? 40 : 25);
    painter.setPen(Qt::NoPen);
    painter.setBrush(titleFill);
    painter.drawRoundedRect(title, 6, 6);

    QFont font = painter.font();
    font.setPixelSize(14);
    font.setBold(true);
    font.setItalic(false);
    painter.setFont(font);
    painter.setPen(b.present ? pal.color(QPalette::Text) : pal.color(QPalette::Disabled, QPalette::Text));
    painter.drawText(title.adjusted(padding, 2, -padding, -18), Qt::AlignLeft | Qt::AlignVCenter, b.table);
    font.setBold(false);
    font.setPixelSize(11);
    painter.setFont(font);
    const QString rows = b.present ? tr("%Ln row(s)", nullptr, int(b.rows)) : tr("not synced yet");
    painter.drawText(title.adjusted(padding, 18, -padding, 0), Qt::AlignLeft | Qt::AlignVCenter, rows);

    const QStringList listed = listedColumns(b);
    font.setPixelSize(13);
    for (int i = 0; i < listed.size(); ++i) {
        const bool key = b.keys.contains(listed[i]);
        font.setBold(key);
        font.setItalic(!key);
        painter.setFont(font);
        const QRectF line(b.rect.left() + padding, b.rect.top() + titleHeight + i * lineHeight,
                          b.rect.width() - 2 * padding, lineHeight);
        painter.drawText(line, Qt::AlignLeft | Qt::AlignVCenter, listed[i]);
        if (key)
            painter.drawText(line, Qt::AlignRight | Qt::AlignVCenter, tr("PK"));
    }
}

void DataModelDiagram::paintEvent(QPaintEvent *) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal scale = qMin(width() / logicalWidth, height() / logicalHeight);
    painter.translate((width() - logicalWidth * scale) / 2, (height() - logicalHeight * scale) / 2);
    painter.scale(scale, scale);
    const QPalette pal = palette();

    // Dashed: the organization URN every table carries.
    painter.setPen(QPen(pal.color(QPalette::Mid), 1.5, Qt::DashLine));
    painter.setBrush(Qt::NoBrush);
    for (const Box &b : m_boxes) {
        const bool right = b.rect.center().x() > m_organization.center().x();
        const QString column = b.streamId == QLatin1String("organization_posts") ? QStringLiteral("author")
                                                                                 : QStringLiteral("organization_urn");
        const QPointF from = columnAnchor(b, column, !right);
        const QPointF to(right ? m_organization.right() : m_organization.left(), m_organization.center().y());
        QPainterPath path(from);
        const qreal bend = (to.x() - from.x()) / 2;
        path.cubicTo(from + QPointF(bend, 0), to - QPointF(bend, 0), to);
        painter.drawPath(path);
    }

    // Solid: a post's statistics join the post.
    const Box *posts = box(QStringLiteral("organization_posts"));
    const Box *postStats = box(QStringLiteral("post_statistics"));
    const QPointF from = columnAnchor(*postStats, QStringLiteral("post_urn"), true);
    const QPointF to = columnAnchor(*posts, QStringLiteral("id"), true);
    QPainterPath join(from);
    join.cubicTo(from + QPointF(60, 0), to + QPointF(60, 0), to);
    painter.setPen(QPen(pal.color(QPalette::Highlight), 2.5));
    painter.drawPath(join);
    painter.setBrush(pal.color(QPalette::Highlight));
    painter.drawEllipse(from, 3.5, 3.5);
    painter.drawEllipse(to, 3.5, 3.5);
    QFont font = painter.font();
    font.setPixelSize(12);
    painter.setFont(font);
    painter.setPen(pal.color(QPalette::Text));
    const QRectF label(posts->rect.left(), (posts->rect.bottom() + postStats->rect.top()) / 2 - 20, posts->rect.width(),
                       40);
    painter.drawText(label, Qt::AlignCenter, tr("post_urn = id\n(one row of statistics per post)"));

    for (const Box &b : m_boxes)
        paintBox(painter, b);

    // The organization node.
    painter.setPen(QPen(pal.color(QPalette::Mid), 1.5));
    painter.setBrush(pal.color(QPalette::AlternateBase));
    painter.drawRoundedRect(m_organization, 30, 30);
    font.setPixelSize(14);
    font.setBold(true);
    painter.setFont(font);
    painter.setPen(pal.color(QPalette::Text));
    painter.drawText(m_organization.adjusted(0, 8, 0, -m_organization.height() / 2), Qt::AlignCenter,
                     tr("Organization"));
    font.setBold(false);
    font.setPixelSize(11);
    painter.setFont(font);
    painter.drawText(m_organization.adjusted(6, m_organization.height() / 2 - 6, -6, -6), Qt::AlignCenter,
                     tr("urn:li:organization:…\norganization_urn / author"));
}

} // namespace pagesight
