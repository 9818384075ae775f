#pragma once

#include <QSqlError>
#include <QString>

namespace pagesight {

// The SQL explorer's statement check. It gives a clear message before anything runs; the lock is
// the connection (Catalog::Mode::ReadOnly, PRAGMA query_only), which refuses whatever slips past.
//
// The text is split into tokens the way SQLite reads it (strings, quoted identifiers and comments
// are single tokens, so a ';' or a keyword inside them counts for nothing), then into statements
// at top-level ';'. Exactly one statement may remain, and it must read: SELECT, VALUES, WITH whose
// main statement is a SELECT or VALUES (not WITH … DELETE), or EXPLAIN [QUERY PLAN] of such a
// statement, or one of the PRAGMAs that describe a table (PRAGMA table_info(name) and its kin, with
// the argument in parentheses). Other PRAGMAs, ATTACH, DDL, DML and transaction control are refused;
// text that starts with no statement keyword at all is not taken for a write but named as not SQL.
struct ReadOnlyStatement {
    enum class Verdict {
        Reads,    // statement holds the one reading statement, without the trailing ';'
        Empty,    // nothing but blanks, comments and ';'
        Writes,   // a statement that is not a read; offending holds its text
        Multiple, // more than one statement, each of which reads
        Unknown,  // starts with a word no SQLite statement starts with (a typo); offending: that word
    };
    Verdict verdict = Verdict::Empty;
    QString statement; // Reads: the text to prepare (leading comments kept, trailing ';' and comments cut)
    QString offending; // Writes: the refused statement's text, shortened for a message

    bool reads() const { return verdict == Verdict::Reads; }
};

ReadOnlyStatement checkReadOnlyStatement(const QString &sql);

// The sentence for a refused statement (empty when it reads): ErrorText's read-only sentence for
// a write, the Reports context's sentence for several statements.
QString readOnlyRefusal(const ReadOnlyStatement &check, const QString &sql);

// SQLite's own words for a failed query, without the driver's suffix ("Unable to execute
// statement"), for "The query failed: …".
QString sqliteMessage(const QSqlError &error);

} // namespace pagesight
