#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace pagesight::sandbox {

// Faults the sandbox injects, parsed from a spec string (CLI --faults, tests):
//   item  := kind [ "*" count ] [ "+" skip ] [ "@" pathSubstring ]
//   spec  := item { "," item }
// kind: 429 (no Retry-After), 429ra (Retry-After: 1), quota (daily-quota 429), 500, 502, 503,
//       401, 403 (ACCESS_DENIED), 426, truncate (JSON cut in half), invalid (not JSON), drop (connection closed
//       mid-body), hang (no reply ever), badrange (400 for a refused time range; only
//       requests with timeIntervals match it), and the hostile answers of FaultAnswers.h:
//       redirect, noelements, firstpage, trickle, huge, badutf8, future, oddtimes, bignum,
//       foreign
// count: how many matching requests get the fault (default 1; 0 = every one)
// skip: how many matching requests pass before the first fault (default 0)
// Example: "429*2@posts,500+3,drop@organizationalEntityShareStatistics"
//
// Matching: a fault without a path matches every request it is asked about (the server asks about
// /rest calls only); a fault with a path matches requests whose path contains it — the only way to
// reach the OAuth endpoints ("500@accessToken"). Each fault counts every matching request (seen);
// the first fault of the list that is due takes the request, a later one that was due too waits
// for the next matching request. An empty spec is valid and injects nothing.
struct Fault {
    enum class Kind {
        Http429,
        Http429RetryAfter,
        Quota,
        Http500,
        Http502,
        Http503,
        Http401,
        Http403,
        Http426,
        Truncate,
        InvalidJson,
        Drop,
        Hang,
        RefusedRange,
        // Answers LinkedIn never gives (FaultAnswers.h).
        Redirect,   // 302 to the same path on another host name
        NoElements, // 200 whose body has no "elements" array
        FirstPage,  // a posts listing answers its first page whatever start was asked
        Trickle,    // the real answer, one byte every ServerOptions::trickleIntervalMs
        Huge,       // 200 with a body of ServerOptions::hugeBodyBytes
        BadUtf8,    // invalid UTF-8 bytes inside a post's commentary
        FuturePost, // a post last modified in the year 3000
        OddTimes,   // posts whose timestamps are strings, null or out of range
        BigNumbers, // statistics of 2^63, 1e308 and "NaN"
        Foreign,    // a post by another organization; statistics of a post nobody asked for
    };
    Kind kind = Kind::Http500;
    int count = 1;
    int skip = 0;
    QString pathSubstring;
    int seen = 0;     // matching requests seen so far
    int injected = 0; // faults injected so far
};

class FaultSpec {
public:
    static std::optional<FaultSpec> parse(const QString &spec, QString *error = nullptr);
    bool isEmpty() const { return m_faults.isEmpty(); }
    // The fault to inject for this request path, if any (advances counters). The query decides
    // only for the faults of one kind of call (badrange: time-bound statistics).
    std::optional<Fault::Kind> next(const QString &path, const QString &query = {});
    // Same, but only faults that name a path take part (used for the OAuth endpoints).
    std::optional<Fault::Kind> nextExplicit(const QString &path);
    QList<Fault> &faults() { return m_faults; }
    const QList<Fault> &faults() const { return m_faults; }

    int injectedCount() const; // faults injected so far, all kinds
    void reset();              // counters back to zero
    QString toString() const;  // the spec in canonical form
    static QString kindName(Fault::Kind kind);
    static QStringList kindNames();

private:
    std::optional<Fault::Kind> advance(const QString &path, const QString &query, bool explicitPathOnly);
    QList<Fault> m_faults;
};

} // namespace pagesight::sandbox
