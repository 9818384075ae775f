#pragma once

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace pagesight {

// Keywords, strings, numbers and comments of SQLite SQL (read by the shared SqlLexer), coloured
// from the palette so it reads in light and dark themes. Block comments spanning lines keep their colour (block state 1
// = inside).
class SqlHighlighter : public QSyntaxHighlighter {
    Q_OBJECT
public:
    explicit SqlHighlighter(QTextDocument *document);

protected:
    void highlightBlock(const QString &text) override;

private:
    QTextCharFormat m_keywordFormat;
    QTextCharFormat m_stringFormat;
    QTextCharFormat m_numberFormat;
    QTextCharFormat m_commentFormat;
};

} // namespace pagesight
