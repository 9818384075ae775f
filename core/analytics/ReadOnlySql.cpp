#include "ReadOnlySql.h"

#include "SqlLexer.h"

#include "common/Errors.h"

#include <QCoreApplication>
#include <QList>

namespace pagesight {

namespace {

constexpr int offendingLength = 60;

struct Token {
    enum class Kind { Word, Quoted, Semicolon, OpenParen, CloseParen, Other };
    Kind kind = Kind::Other;
    qsizetype begin = 0;
    qsizetype end = 0; // one past the last character
    QString word;      // Word: upper case; Other: the character(s) as written
};

Token::Kind kindOf(SqlToken::Kind kind) {
    switch (kind) {
    case SqlToken::Kind::Word:
        return Token::Kind::Word;
    case SqlToken::Kind::String:
    case SqlToken::Kind::QuotedName:
        return Token::Kind::Quoted;
    case SqlToken::Kind::Semicolon:
        return Token::Kind::Semicolon;
    case SqlToken::Kind::OpenParen:
        return Token::Kind::OpenParen;
    case SqlToken::Kind::CloseParen:
        return Token::Kind::CloseParen;
    default:
        return Token::Kind::Other;
    }
}

// The shared lexer's tokens, comments dropped, words in upper case.
QList<Token> tokenize(const QString &sql) {
    QList<Token> tokens;
    for (const SqlToken &token : sqlTokens(sql))
        if (token.kind != SqlToken::Kind::Comment)
            tokens.append({kindOf(token.kind), token.begin, token.end,
                           token.kind == SqlToken::Kind::Word    ? upperWord(sql, token)
                           : token.kind == SqlToken::Kind::Other ? sql.mid(token.begin, token.end - token.begin)
                                                                 : QString()});
    return tokens;
}

bool isWord(const Token &token, const char *word) {
    return token.kind == Token::Kind::Word && token.word == QLatin1String(word);
}

// The words an SQLite statement starts with (https://www.sqlite.org/lang.html).
bool startsAStatement(const Token &token) {
    static const QStringList words = {
        QStringLiteral("ALTER"),    QStringLiteral("ANALYZE"),   QStringLiteral("ATTACH"),  QStringLiteral("BEGIN"),
        QStringLiteral("COMMIT"),   QStringLiteral("CREATE"),    QStringLiteral("DELETE"),  QStringLiteral("DETACH"),
        QStringLiteral("DROP"),     QStringLiteral("END"),       QStringLiteral("EXPLAIN"), QStringLiteral("INSERT"),
        QStringLiteral("PRAGMA"),   QStringLiteral("REINDEX"),   QStringLiteral("RELEASE"), QStringLiteral("REPLACE"),
        QStringLiteral("ROLLBACK"), QStringLiteral("SAVEPOINT"), QStringLiteral("SELECT"),  QStringLiteral("UPDATE"),
        QStringLiteral("VACUUM"),   QStringLiteral("VALUES"),    QStringLiteral("WITH")};
    return token.kind == Token::Kind::Word && words.contains(token.word);
}

// PRAGMA [schema.]name(argument), for the PRAGMAs that only describe a table or its indexes.
bool describingPragma(const QList<Token> &tokens, qsizetype from, qsizetype to) {
    static const QStringList names = {QStringLiteral("TABLE_INFO"),      QStringLiteral("TABLE_XINFO"),
                                      QStringLiteral("TABLE_LIST"),      QStringLiteral("INDEX_LIST"),
                                      QStringLiteral("INDEX_INFO"),      QStringLiteral("INDEX_XINFO"),
                                      QStringLiteral("FOREIGN_KEY_LIST")};
    qsizetype i = from + 1;
    if (i + 2 < to && tokens[i + 1].kind == Token::Kind::Other &&
        tokens[i + 1].word == QLatin1String(".")) // schema.name
        i += 2;
    return i + 4 == to && tokens[i].kind == Token::Kind::Word && names.contains(tokens[i].word) &&
           tokens[i + 1].kind == Token::Kind::OpenParen && tokens[i + 3].kind == Token::Kind::CloseParen &&
           (tokens[i + 2].kind == Token::Kind::Word || tokens[i + 2].kind == Token::Kind::Quoted);
}

// Whether the statement made of tokens[from, to) only reads.
bool statementReads(const QList<Token> &tokens, qsizetype from, qsizetype to) {
    if (from >= to)
        return false;
    const Token &first = tokens[from];
    if (isWord(first, "SELECT") || isWord(first, "VALUES"))
        return true;
    if (isWord(first, "PRAGMA"))
        return describingPragma(tokens, from, to);
    if (isWord(first, "EXPLAIN")) {
        qsizetype next = from + 1;
        if (next + 1 < to && isWord(tokens[next], "QUERY") && isWord(tokens[next + 1], "PLAN"))
            next += 2;
        return statementReads(tokens, next, to);
    }
    if (!isWord(first, "WITH"))
        return false;
    // WITH [RECURSIVE] name [(columns)] AS [NOT] [MATERIALIZED] (select) [, …] main-statement: at
    // depth 0 only the names and those keywords come before the main statement's first keyword.
    int depth = 0;
    for (qsizetype i = from + 1; i < to; ++i) {
        const Token &token = tokens[i];
        if (token.kind == Token::Kind::OpenParen) {
            ++depth;
        } else if (token.kind == Token::Kind::CloseParen) {
            --depth;
        } else if (depth == 0 && token.kind == Token::Kind::Word) {
            if (token.word == QLatin1String("SELECT") || token.word == QLatin1String("VALUES"))
                return true;
            if (token.word == QLatin1String("INSERT") || token.word == QLatin1String("UPDATE") ||
                token.word == QLatin1String("DELETE") || token.word == QLatin1String("REPLACE"))
                return false;
        }
    }
    return false;
}

QString shortened(const QString &text) {
    const QString simple = text.simplified();
    if (simple.size() <= offendingLength)
        return simple;
    return simple.left(offendingLength) + QStringLiteral("…");
}

} // namespace

ReadOnlyStatement checkReadOnlyStatement(const QString &sql) {
    const QList<Token> tokens = tokenize(sql);
    struct Span {
        qsizetype from; // token indexes
        qsizetype to;
    };
    QList<Span> statements;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= tokens.size(); ++i) {
        if (i < tokens.size() && tokens[i].kind != Token::Kind::Semicolon)
            continue;
        if (i > start)
            statements.append({start, i});
        start = i + 1;
    }
    ReadOnlyStatement result;
    if (statements.isEmpty())
        return result;

    // The first statement that does not read is named, wherever it stands.
    for (const Span &span : statements) {
        if (statementReads(tokens, span.from, span.to))
            continue;
        if (!startsAStatement(tokens[span.from])) {
            result.verdict = ReadOnlyStatement::Verdict::Unknown;
            const Token &first = tokens[span.from];
            result.offending = shortened(sql.mid(first.begin, first.end - first.begin));
            return result;
        }
        result.verdict = ReadOnlyStatement::Verdict::Writes;
        // A lone statement is named as written, leading comments included (they may hide it).
        const qsizetype begin = statements.size() == 1 ? 0 : tokens[span.from].begin;
        result.offending = shortened(sql.mid(begin, tokens[span.to - 1].end - begin));
        return result;
    }
    if (statements.size() > 1) {
        result.verdict = ReadOnlyStatement::Verdict::Multiple;
        return result;
    }
    result.verdict = ReadOnlyStatement::Verdict::Reads;
    // From the start (leading comments are harmless) to the last token: no trailing ';' or comment,
    // which the driver would take for a second statement.
    result.statement = sql.left(tokens[statements.first().to - 1].end);
    return result;
}

QString readOnlyRefusal(const ReadOnlyStatement &check, const QString &sql) {
    switch (check.verdict) {
    case ReadOnlyStatement::Verdict::Reads:
        return {};
    case ReadOnlyStatement::Verdict::Empty:
        return describe(CatalogError{CatalogError::Kind::ReadOnly, shortened(sql), {}});
    case ReadOnlyStatement::Verdict::Writes:
        return describe(CatalogError{CatalogError::Kind::ReadOnly, check.offending, {}});
    case ReadOnlyStatement::Verdict::Unknown:
        return QCoreApplication::translate("Reports", "This is not an SQL statement: no statement starts with "
                                                      "\"%1\". A query starts with SELECT, WITH, VALUES or EXPLAIN.")
            .arg(check.offending);
    case ReadOnlyStatement::Verdict::Multiple:
        return QCoreApplication::translate("Reports", "Run one statement at a time: this text holds several statements "
                                                      "separated by ';'. Remove all but one and run it again.");
    }
    return {};
}

QString sqliteMessage(const QSqlError &error) {
    const QString own = error.databaseText().trimmed();
    return own.isEmpty() ? error.text() : own;
}

} // namespace pagesight
