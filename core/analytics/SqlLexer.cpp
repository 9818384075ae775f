#include "SqlLexer.h"

namespace pagesight {

namespace {

bool isWordStart(QChar c) {
    return c.isLetter() || c == u'_' || c.unicode() >= 0x80;
}

bool isWordPart(QChar c) {
    return isWordStart(c) || c.isDigit() || c == u'$';
}

// The end of a token quoted by close that starts at from (the opening quote); a doubled closing
// quote stands for itself, except in [names]. Unterminated: the end of the text.
qsizetype quotedEnd(const QString &sql, qsizetype from, QChar close, bool *closed) {
    for (qsizetype i = from + 1; i < sql.size(); ++i) {
        if (sql[i] != close)
            continue;
        if (close != u']' && i + 1 < sql.size() && sql[i + 1] == close) {
            ++i;
            continue;
        }
        *closed = true;
        return i + 1;
    }
    *closed = false;
    return sql.size();
}

qsizetype numberEnd(const QString &sql, qsizetype i) {
    const qsizetype n = sql.size();
    if (sql[i] == u'0' && i + 1 < n && (sql[i + 1] == u'x' || sql[i + 1] == u'X')) {
        i += 2;
        while (i < n && (sql[i].isDigit() || QStringLiteral("abcdefABCDEF").contains(sql[i])))
            ++i;
        return i;
    }
    while (i < n && sql[i].isDigit())
        ++i;
    if (i < n && sql[i] == u'.')
        for (++i; i < n && sql[i].isDigit();)
            ++i;
    if (i < n && (sql[i] == u'e' || sql[i] == u'E')) {
        qsizetype j = i + 1;
        if (j < n && (sql[j] == u'+' || sql[j] == u'-'))
            ++j;
        if (j < n && sql[j].isDigit()) {
            for (i = j; i < n && sql[i].isDigit();)
                ++i;
        }
    }
    return i;
}

} // namespace

QList<SqlToken> sqlTokens(const QString &sql) {
    using K = SqlToken::Kind;
    QList<SqlToken> tokens;
    const qsizetype n = sql.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = sql[i];
        const QChar next = i + 1 < n ? sql[i + 1] : QChar();
        SqlToken token{K::Other, i, i + 1, true};
        if (c.isSpace()) {
            ++i;
            continue;
        }
        if (c == u'-' && next == u'-') {
            const qsizetype newline = sql.indexOf(u'\n', i);
            token = {K::Comment, i, newline < 0 ? n : newline, true};
        } else if (c == u'/' && next == u'*') {
            const qsizetype close = sql.indexOf(QLatin1String("*/"), i + 2);
            token = {K::Comment, i, close < 0 ? n : close + 2, close >= 0};
        } else if (c == u'\'' || c == u'"' || c == u'`' || c == u'[') {
            bool closed = true;
            const qsizetype end = quotedEnd(sql, i, c == u'[' ? QChar(u']') : c, &closed);
            token = {c == u'\'' ? K::String : K::QuotedName, i, end, closed};
        } else if (c.isDigit() || (c == u'.' && next.isDigit())) {
            token = {K::Number, i, numberEnd(sql, i), true};
        } else if ((c == u':' || c == u'@' || c == u'$') && i + 1 < n && isWordStart(next)) {
            qsizetype end = i + 2;
            while (end < n && isWordPart(sql[end]))
                ++end;
            token = {K::Parameter, i, end, true};
        } else if (isWordStart(c)) {
            qsizetype end = i + 1;
            while (end < n && isWordPart(sql[end]))
                ++end;
            token = {K::Word, i, end, true};
        } else if (c == u';') {
            token.kind = K::Semicolon;
        } else if (c == u'(') {
            token.kind = K::OpenParen;
        } else if (c == u')') {
            token.kind = K::CloseParen;
        }
        tokens.append(token);
        i = token.end;
    }
    return tokens;
}

QString upperWord(const QString &sql, const SqlToken &token) {
    return sql.mid(token.begin, token.end - token.begin).toUpper();
}

} // namespace pagesight
