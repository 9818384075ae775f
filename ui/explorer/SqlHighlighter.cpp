#include "SqlHighlighter.h"

#include <QGuiApplication>
#include <QPalette>

namespace pagesight {

SqlHighlighter::SqlHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
    , m_keywords(
          QStringLiteral("\\b(SELECT|FROM|WHERE|AND|OR|NOT|NULL|IS|IN|AS|ON|JOIN|LEFT|INNER|OUTER|CROSS|GROUP|BY|ORDER|"
                         "HAVING|LIMIT|OFFSET|WITH|RECURSIVE|VALUES|UNION|ALL|DISTINCT|CASE|WHEN|THEN|ELSE|END|LIKE|"
                         "GLOB|BETWEEN|EXISTS|OVER|PARTITION|ROWS|RANGE|PRECEDING|FOLLOWING|CURRENT|ROW|UNBOUNDED|ASC|"
                         "DESC|EXPLAIN|QUERY|PLAN|CAST|COLLATE|ESCAPE|USING|INSERT|UPDATE|DELETE|DROP|CREATE|ALTER|"
                         "ATTACH|DETACH|PRAGMA|REPLACE|INTO|SET|TABLE|VACUUM|BEGIN|COMMIT|ROLLBACK)\\b"),
          QRegularExpression::CaseInsensitiveOption)
    , m_numbers(QStringLiteral("\\b\\d+(\\.\\d+)?([eE][-+]?\\d+)?\\b")) {
    const QPalette palette = QGuiApplication::palette();
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    m_keywordFormat.setForeground(dark ? QColor(0x82, 0xaa, 0xff) : QColor(0x00, 0x33, 0xb3));
    m_keywordFormat.setFontWeight(QFont::Bold);
    m_stringFormat.setForeground(dark ? QColor(0xc3, 0xe8, 0x8d) : QColor(0x06, 0x7d, 0x17));
    m_numberFormat.setForeground(dark ? QColor(0xf7, 0x8c, 0x6c) : QColor(0x17, 0x50, 0xeb));
    m_commentFormat.setForeground(palette.color(QPalette::Disabled, QPalette::Text));
    m_commentFormat.setFontItalic(true);
}

void SqlHighlighter::highlightBlock(const QString &text) {
    for (auto it = m_keywords.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        setFormat(int(match.capturedStart()), int(match.capturedLength()), m_keywordFormat);
    }
    for (auto it = m_numbers.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        setFormat(int(match.capturedStart()), int(match.capturedLength()), m_numberFormat);
    }
    // Strings and comments last, over whatever the patterns above found inside them.
    setCurrentBlockState(0);
    qsizetype i = 0;
    if (previousBlockState() == 1) {
        const qsizetype close = text.indexOf(QLatin1String("*/"));
        const qsizetype end = close < 0 ? text.size() : close + 2;
        setFormat(0, int(end), m_commentFormat);
        if (close < 0) {
            setCurrentBlockState(1);
            return;
        }
        i = end;
    }
    while (i < text.size()) {
        const QChar c = text[i];
        if (c == QLatin1Char('\'')) {
            qsizetype end = text.indexOf(QLatin1Char('\''), i + 1);
            end = end < 0 ? text.size() : end + 1;
            setFormat(int(i), int(end - i), m_stringFormat);
            i = end;
        } else if (c == QLatin1Char('-') && text.mid(i, 2) == QLatin1String("--")) {
            setFormat(int(i), int(text.size() - i), m_commentFormat);
            return;
        } else if (c == QLatin1Char('/') && text.mid(i, 2) == QLatin1String("/*")) {
            const qsizetype close = text.indexOf(QLatin1String("*/"), i + 2);
            const qsizetype end = close < 0 ? text.size() : close + 2;
            setFormat(int(i), int(end - i), m_commentFormat);
            if (close < 0) {
                setCurrentBlockState(1);
                return;
            }
            i = end;
        } else {
            ++i;
        }
    }
}

} // namespace pagesight
