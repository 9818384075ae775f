#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace pagesight::sandbox {

// Faults the sandbox injects, parsed from a spec string (CLI --faults, tests):
//   item  := kind [ "*" count ] [ "+" skip ] [ "@" pathSubstring ]
//   spec  := item { "," item }
// kind: 429 (no Retry-After), 429ra (Retry-After: 1), quota (daily-quota 429), 500, 502, 503,
//       401, 426, truncate (JSON cut in half), invalid (not JSON), drop (connection closed
//       mid-body), hang (no reply ever)
// count: how many matching requests get the fault (default 1; 0 = every one)
// skip: how many matching requests pass before the first fault (default 0)
// Example: "429*2@posts,500+3,drop@organizationalEntityShareStatistics"
struct Fault {
    enum class Kind { Http429, Http429RetryAfter, Quota, Http500, Http502, Http503, Http401, Http426, Truncate,
                      InvalidJson, Drop, Hang };
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
    // The fault to inject for this request path, if any (advances counters).
    std::optional<Fault::Kind> next(const QString &path);
    QList<Fault> &faults() { return m_faults; }

private:
    QList<Fault> m_faults;
};

} // namespace pagesight::sandbox
