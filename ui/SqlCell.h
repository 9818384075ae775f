#pragma once

#include <QFont>
#include <QGuiApplication>
#include <QPalette>
#include <QString>
#include <QVariant>

namespace pagesight {

// How a grid shows a value read from SQLite (the explorer's results, the catalog browser's rows):
// numbers right-aligned as numbers, NULL as a dimmed italic "NULL" apart from the empty string,
// long text cut to one line with the whole of it (up to a limit) in the tooltip.
namespace sqlcell {

inline constexpr int displayLength = 200; // raw_json and long commentary stay readable in a cell
inline constexpr int toolTipLength = 2000;

inline bool isNumber(const QVariant &value) {
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::Double:
        return true;
    default:
        return false;
    }
}

// The value for one of the display roles; an invalid QVariant for the others.
inline QVariant data(const QVariant &value, int role) {
    switch (role) {
    case Qt::DisplayRole: {
        if (value.isNull())
            return QStringLiteral("NULL");
        if (isNumber(value))
            return value;
        QString text = value.toString();
        if (text.size() > displayLength)
            text = text.left(displayLength) + QStringLiteral("…");
        return text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    }
    case Qt::ToolTipRole: {
        const QString text = value.isNull() || isNumber(value) ? QString() : value.toString();
        if (text.size() <= 40)
            return {};
        return text.size() > toolTipLength ? text.left(toolTipLength) + QStringLiteral("…") : text;
    }
    case Qt::TextAlignmentRole:
        return isNumber(value) ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ForegroundRole:
        return value.isNull() ? QVariant(QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text))
                              : QVariant();
    case Qt::FontRole: {
        if (!value.isNull())
            return {};
        QFont font;
        font.setItalic(true);
        return font;
    }
    default:
        return {};
    }
}

} // namespace sqlcell
} // namespace pagesight
