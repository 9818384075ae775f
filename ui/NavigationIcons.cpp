#include "NavigationIcons.h"

#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QPixmap>

namespace pagesight {

namespace {

// Every glyph is drawn on a 24 × 24 grid and scaled.
void drawGlyph(QPainter &p, NavigationGlyph glyph) {
    switch (glyph) {
    case NavigationGlyph::Sources: { // a tray receiving a downward arrow: data coming in
        p.drawLine(QPointF(12, 3), QPointF(12, 14));
        p.drawPolyline(QPolygonF({QPointF(7.5, 9.5), QPointF(12, 14), QPointF(16.5, 9.5)}));
        p.drawPolyline(QPolygonF({QPointF(3.5, 13), QPointF(3.5, 20.5), QPointF(20.5, 20.5), QPointF(20.5, 13)}));
        break;
    }
    case NavigationGlyph::Catalog: { // a database cylinder
        p.drawEllipse(QRectF(4, 3, 16, 5));
        QPainterPath body;
        body.moveTo(4, 5.5);
        body.lineTo(4, 18.5);
        body.arcTo(QRectF(4, 16, 16, 5), 180, 180);
        body.lineTo(20, 5.5);
        p.drawPath(body);
        QPainterPath middle;
        middle.moveTo(4, 12);
        middle.arcTo(QRectF(4, 9.5, 16, 5), 180, 180);
        p.drawPath(middle);
        break;
    }
    case NavigationGlyph::Dashboards: { // a bar chart on a baseline
        p.drawLine(QPointF(3, 20.5), QPointF(21, 20.5));
        p.drawRect(QRectF(5, 12, 3.5, 8.5));
        p.drawRect(QRectF(10.25, 6, 3.5, 14.5));
        p.drawRect(QRectF(15.5, 9, 3.5, 11.5));
        break;
    }
    case NavigationGlyph::Explorer: { // a magnifier
        p.drawEllipse(QRectF(3.5, 3.5, 12, 12));
        p.drawLine(QPointF(14, 14), QPointF(20.5, 20.5));
        break;
    }
    }
}

QPixmap render(NavigationGlyph glyph, const QColor &color, int size) {
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.scale(size / 24.0, size / 24.0);
    QPen pen(color, 1.8);
    pen.setCapStyle(Qt::RoundCap);
    pen.setJoinStyle(Qt::RoundJoin);
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);
    drawGlyph(painter, glyph);
    return pixmap;
}

} // namespace

QIcon navigationIcon(NavigationGlyph glyph, const QPalette &palette) {
    QIcon icon;
    for (int size : {16, 24, 32, 48}) {
        icon.addPixmap(render(glyph, palette.color(QPalette::Active, QPalette::WindowText), size), QIcon::Normal);
        icon.addPixmap(render(glyph, palette.color(QPalette::Active, QPalette::HighlightedText), size),
                       QIcon::Selected);
        icon.addPixmap(render(glyph, palette.color(QPalette::Disabled, QPalette::WindowText), size), QIcon::Disabled);
    }
    return icon;
}

} // namespace pagesight
