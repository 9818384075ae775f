#pragma once

#include <QList>
#include <QString>

namespace pagesight {

// SQL split the way SQLite reads it — the one lexer behind the explorer's read-only check, its
// highlighter and the dashboards' parameter names. Strings, quoted names and comments are single
// tokens, so a ';', a keyword or a ":name" inside them counts for nothing. A quote or block comment
// left open runs to the end of the text (SQLite reports it; the highlighter carries it on).
struct SqlToken {
    enum class Kind {
        Word,       // a keyword or a bare name; SQLite takes non-ASCII letters as name characters
        String,     // 'text', a doubled quote standing for itself
        QuotedName, // "name", `name` or [name]
        Number,     // 12, 3.5, 1e-3, 0x1F
        Parameter,  // :name, @name or $name
        Comment,    // -- to the end of the line, or /* … */
        Semicolon,
        OpenParen,
        CloseParen,
        Other, // an operator or anything else: one character
    };
    Kind kind = Kind::Other;
    qsizetype begin = 0;
    qsizetype end = 0;  // one past the last character
    bool closed = true; // false for a quote or block comment the text ends inside
};

// Blanks are dropped; every other character belongs to one token.
QList<SqlToken> sqlTokens(const QString &sql);
// A Word token's text in upper case (for keyword checks).
QString upperWord(const QString &sql, const SqlToken &token);

} // namespace pagesight
