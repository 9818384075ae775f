#include "SqlHighlighter.h"

#include "analytics/SqlLexer.h"

#include <QGuiApplication>
#include <QPalette>
#include <QSet>

namespace pagesight {

namespace {
const QSet<QString> &keywords() {
    static const QSet<QString> words = [] {
        QSet<QString> set;
        for (const char *word :
             {"SELECT",    "FROM",    "WHERE",     "AND",     "OR",    "NOT",       "NULL",      "IS",      "IN",
              "AS",        "ON",      "JOIN",      "LEFT",    "INNER", "OUTER",     "CROSS",     "GROUP",   "BY",
              "ORDER",     "HAVING",  "LIMIT",     "OFFSET",  "WITH",  "RECURSIVE", "VALUES",    "UNION",   "ALL",
              "DISTINCT",  "CASE",    "WHEN",      "THEN",    "ELSE",  "END",       "LIKE",      "GLOB",    "BETWEEN",
              "EXISTS",    "OVER",    "PARTITION", "ROWS",    "RANGE", "PRECEDING", "FOLLOWING", "CURRENT", "ROW",
              "UNBOUNDED", "ASC",     "DESC",      "EXPLAIN", "QUERY", "PLAN",      "CAST",      "COLLATE", "ESCAPE",
              "USING",     "INSERT",  "UPDATE",    "DELETE",  "DROP",  "CREATE",    "ALTER",     "ATTACH",  "DETACH",
              "PRAGMA",    "REPLACE", "INTO",      "SET",     "TABLE", "VACUUM",    "BEGIN",     "COMMIT",  "ROLLBACK"})
            set.insert(QString::fromLatin1(word));
        return set;
    }();
    return words;
}
} // namespace

SqlHighlighter::SqlHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document) {
    const QPalette palette = QGuiApplication::palette();
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    m_keywordFormat.setForeground(dark ? QColor(0x82, 0xaa, 0xff) : QColor(0x00, 0x33, 0xb3));
    m_keywordFormat.setFontWeight(QFont::Bold);
    m_stringFormat.setForeground(dark ? QColor(0xc3, 0xe8, 0x8d) : QColor(0x06, 0x7d, 0x17));
    m_numberFormat.setForeground(dark ? QColor(0xf7, 0x8c, 0x6c) : QColor(0x17, 0x50, 0xeb));
    m_commentFormat.setForeground(palette.color(QPalette::Disabled, QPalette::Text));
    m_commentFormat.setFontItalic(true);
}

// The explorer's text, read by the same lexer as the read-only check. A block comment left open on
// an earlier line goes on here: the line is read as if it opened at its start.
void SqlHighlighter::highlightBlock(const QString &text) {
    const bool inComment = previousBlockState() == 1;
    const QString source = inComment ? QStringLiteral("/*") + text : text;
    const qsizetype shift = inComment ? 2 : 0;
    setCurrentBlockState(0);
    for (const SqlToken &token : sqlTokens(source)) {
        const int start = int(qMax<qsizetype>(0, token.begin - shift));
        const int length = int(token.end - shift) - start;
        switch (token.kind) {
        case SqlToken::Kind::Word:
            if (keywords().contains(upperWord(source, token)))
                setFormat(start, length, m_keywordFormat);
            break;
        case SqlToken::Kind::Number:
            setFormat(start, length, m_numberFormat);
            break;
        case SqlToken::Kind::String:
            setFormat(start, length, m_stringFormat);
            break;
        case SqlToken::Kind::Comment:
            setFormat(start, length, m_commentFormat);
            if (!token.closed)
                setCurrentBlockState(1);
            break;
        default:
            break;
        }
    }
}

} // namespace pagesight
