#include "DataModelDiagram.h"

#include "streams/StreamDef.h"

#include <QFontMetricsF>
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
    m_boxes.clear();
    for (const StreamDef &stream : allStreams()) {
        Box box;
        box.streamId = stream.id;
        box.table = names.table(stream.id);
        if (box.table.isEmpty())
            box.table = stream.defaultTable();
        box.keys = stream.primaryKey;
        box.owner = stream.ownerColumn;
        box.joins = {stream.ownerColumn};
        box.parentId = stream.parentId;
        box.left = stream.kind == StreamKind::DailyStatistics;
        for (const TableInfo &table : present) {
            if (table.name.compare(box.table, Qt::CaseInsensitive) == 0) {
                box.present = true;
                box.rows = table.rows;
            }
        }
        m_boxes.append(box);
    }
    layOut();
    setAccessibleDescription(joins().join(QStringLiteral("; ")));
    update();
}

// Each column's boxes spread evenly over the height; the organization sits in the middle.
void DataModelDiagram::layOut() {
    for (const bool left : {true, false}) {
        QList<Box *> column;
        qreal total = 0;
        for (Box &b : m_boxes)
            if (b.left == left) {
                column.append(&b);
                total += boxHeight(int(listedColumns(b).size()));
            }
        const qreal gap = qMax<qreal>(10, (logicalHeight - total) / (column.size() + 1));
        // Room on the right for the parent join's curve.
        const qreal x = left ? 10 : logicalWidth - boxWidth - 90;
        qreal y = gap;
        for (Box *b : std::as_const(column)) {
            const qreal height = boxHeight(int(listedColumns(*b).size()));
            b->rect = QRectF(x, y, boxWidth, height);
            y += height + gap;
        }
    }
    m_organization = QRectF(logicalWidth / 2 - 125, logicalHeight / 2 - 38, 170, 76);
}

const DataModelDiagram::Box *DataModelDiagram::hub() const {
    for (const Box &b : m_boxes)
        if (const StreamDef *stream = findStream(b.streamId); stream && stream->kind == StreamKind::Posts)
            return &b;
    return nullptr;
}

QStringList DataModelDiagram::joins() const {
    QStringList lines;
    for (const Box &b : m_boxes)
        if (const Box *parent = b.parentId.isEmpty() ? nullptr : box(b.parentId))
            lines.append(
                QStringLiteral("%1.%2 = %3.%4").arg(b.table, b.keys.value(0), parent->table, parent->keys.value(0)));
    if (const Box *posts = hub())
        for (const Box &b : m_boxes)
            if (&b != posts)
                lines.append(QStringLiteral("%1.%2 = %3.%4").arg(b.table, b.owner, posts->table, posts->owner));
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

void DataModelDiagram::drawFitted(QPainter &painter, const QRectF &rect, int flags, const QString &text) const {
    constexpr int smallest = 9;
    constexpr qreal slack = 0.5; // rounding of the metrics
    QFont font = painter.font();
    const auto fitsAt = [&](const QFont &f) {
        const QRectF needed = QFontMetricsF(f).boundingRect(rect, flags, text);
        return needed.width() <= rect.width() + slack && needed.height() <= rect.height() + slack;
    };
    bool fits = fitsAt(font);
    while (!fits && font.pixelSize() > smallest) {
        font.setPixelSize(font.pixelSize() - 1);
        fits = fitsAt(font);
    }
    QString shown = text;
    if (!fits && !text.contains(QLatin1Char('\n')) && !(flags & Qt::TextWordWrap))
        shown = QFontMetricsF(font).elidedText(text, Qt::ElideMiddle, rect.width());
    painter.save();
    painter.setFont(font);
    painter.drawText(rect, flags, shown);
    painter.restore();
    m_drawn.append(DrawnText{text, shown, qreal(font.pixelSize()), fits});
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
    drawFitted(painter, title.adjusted(padding, 2, -padding, -18), Qt::AlignLeft | Qt::AlignVCenter, b.table);
    font.setBold(false);
    font.setPixelSize(11);
    painter.setFont(font);
    const QString rows = b.present ? tr("%Ln row(s)", nullptr, int(b.rows)) : tr("not synced yet");
    drawFitted(painter, title.adjusted(padding, 18, -padding, 0), Qt::AlignLeft | Qt::AlignVCenter, rows);

    const QStringList listed = listedColumns(b);
    font.setPixelSize(13);
    for (int i = 0; i < listed.size(); ++i) {
        const bool key = b.keys.contains(listed[i]);
        font.setBold(key);
        font.setItalic(!key);
        painter.setFont(font);
        const QRectF line(b.rect.left() + padding, b.rect.top() + titleHeight + i * lineHeight,
                          b.rect.width() - 2 * padding, lineHeight);
        if (key) {
            const QString pk = tr("PK");
            const qreal pkWidth = QFontMetricsF(font).horizontalAdvance(pk) + padding;
            drawFitted(painter, line.adjusted(0, 0, -pkWidth, 0), Qt::AlignLeft | Qt::AlignVCenter, listed[i]);
            painter.drawText(line, Qt::AlignRight | Qt::AlignVCenter, pk);
        } else {
            drawFitted(painter, line, Qt::AlignLeft | Qt::AlignVCenter, listed[i]);
        }
    }
}

void DataModelDiagram::paintEvent(QPaintEvent *) {
    m_drawn.clear();
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
        const QPointF from = columnAnchor(b, b.owner, !right);
        const QPointF to(right ? m_organization.right() : m_organization.left(), m_organization.center().y());
        QPainterPath path(from);
        const qreal bend = (to.x() - from.x()) / 2;
        path.cubicTo(from + QPointF(bend, 0), to - QPointF(bend, 0), to);
        painter.drawPath(path);
    }

    // Solid: a child stream's rows join their parent's (a post's statistics, the post).
    QFont font = painter.font();
    font.setPixelSize(12);
    for (const Box &child : std::as_const(m_boxes)) {
        const Box *parent = child.parentId.isEmpty() ? nullptr : box(child.parentId);
        if (!parent)
            continue;
        const QString childKey = child.keys.value(0);
        const QString parentKey = parent->keys.value(0);
        const QPointF from = columnAnchor(child, childKey, true);
        const QPointF to = columnAnchor(*parent, parentKey, true);
        QPainterPath join(from);
        join.cubicTo(from + QPointF(60, 0), to + QPointF(60, 0), to);
        painter.setPen(QPen(pal.color(QPalette::Highlight), 2.5));
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(join);
        painter.setBrush(pal.color(QPalette::Highlight));
        painter.drawEllipse(from, 3.5, 3.5);
        painter.drawEllipse(to, 3.5, 3.5);
        painter.setFont(font);
        painter.setPen(pal.color(QPalette::Text));
        // The caption takes the gap between the two boxes, wrapped to the boxes' width.
        const qreal top = qMin(parent->rect.bottom(), child.rect.bottom());
        const qreal bottom = qMax(parent->rect.top(), child.rect.top());
        const QRectF label(parent->rect.left(), top + 4, parent->rect.width(), bottom - top - 8);
        //: %1 = %2 is the join, e.g. post_urn = id
        drawFitted(painter, label, Qt::AlignCenter | Qt::TextWordWrap,
                   tr("%1 = %2\n(one row of statistics per post)").arg(childKey, parentKey));
    }

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
    drawFitted(painter, m_organization.adjusted(6, 8, -6, -m_organization.height() / 2), Qt::AlignCenter,
               tr("Organization"));
    font.setBold(false);
    font.setPixelSize(11);
    painter.setFont(font);
    drawFitted(painter, m_organization.adjusted(6, m_organization.height() / 2 - 6, -6, -6), Qt::AlignCenter,
               tr("urn:li:organization:…\norganization_urn / author"));
}

} // namespace pagesight
