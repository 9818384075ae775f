#include "FaultSpec.h"

#include <QRegularExpression>

namespace pagesight::sandbox {

namespace {

struct KindName {
    const char *name;
    Fault::Kind kind;
};

constexpr KindName kindTable[] = {
    {"429", Fault::Kind::Http429},         {"429ra", Fault::Kind::Http429RetryAfter},
    {"quota", Fault::Kind::Quota},         {"500", Fault::Kind::Http500},
    {"502", Fault::Kind::Http502},         {"503", Fault::Kind::Http503},
    {"401", Fault::Kind::Http401},         {"403", Fault::Kind::Http403},
    {"426", Fault::Kind::Http426},         {"truncate", Fault::Kind::Truncate},
    {"invalid", Fault::Kind::InvalidJson}, {"drop", Fault::Kind::Drop},
    {"hang", Fault::Kind::Hang},           {"badrange", Fault::Kind::RefusedRange},
    {"redirect", Fault::Kind::Redirect},   {"noelements", Fault::Kind::NoElements},
    {"firstpage", Fault::Kind::FirstPage}, {"trickle", Fault::Kind::Trickle},
    {"huge", Fault::Kind::Huge},           {"badutf8", Fault::Kind::BadUtf8},
    {"future", Fault::Kind::FuturePost},   {"oddtimes", Fault::Kind::OddTimes},
    {"bignum", Fault::Kind::BigNumbers},   {"foreign", Fault::Kind::Foreign},
};

bool fail(QString *error, const QString &message) {
    if (error)
        *error = message;
    return false;
}

bool parseItem(const QString &text, Fault *fault, QString *error) {
    // kind [*count] [+skip] [@pathSubstring], in this order; the path runs to the end of the item.
    static const QRegularExpression itemPattern(
        QStringLiteral(R"(^([A-Za-z0-9]+)(?:\*([0-9]+))?(?:\+([0-9]+))?(?:@(.*))?$)"));
    const QRegularExpressionMatch match = itemPattern.match(text);
    if (!match.hasMatch())
        return fail(error, QStringLiteral("Fault \"%1\" does not read as kind[*count][+skip][@path]").arg(text));

    const QString kindText = match.captured(1).toLower();
    const auto found = std::find_if(std::begin(kindTable), std::end(kindTable),
                                    [&](const KindName &k) { return kindText == QLatin1String(k.name); });
    if (found == std::end(kindTable))
        return fail(error, QStringLiteral("Unknown fault kind \"%1\" (expected one of %2)")
                               .arg(match.captured(1), FaultSpec::kindNames().join(QStringLiteral(", "))));
    fault->kind = found->kind;

    bool ok = true;
    if (match.hasCaptured(2)) {
        fault->count = match.captured(2).toInt(&ok);
        if (!ok)
            return fail(error, QStringLiteral("Fault count in \"%1\" is too large").arg(text));
    }
    if (match.hasCaptured(3)) {
        fault->skip = match.captured(3).toInt(&ok);
        if (!ok)
            return fail(error, QStringLiteral("Fault skip in \"%1\" is too large").arg(text));
    }
    if (match.hasCaptured(4)) {
        fault->pathSubstring = match.captured(4);
        if (fault->pathSubstring.isEmpty())
            return fail(error, QStringLiteral("Fault \"%1\" has an empty path after '@'").arg(text));
    }
    return true;
}

} // namespace

std::optional<FaultSpec> FaultSpec::parse(const QString &spec, QString *error) {
    FaultSpec result;
    const QString trimmed = spec.trimmed();
    if (trimmed.isEmpty())
        return result; // no faults: a valid, empty spec (the CLI default)

    const QStringList items = trimmed.split(QLatin1Char(','));
    for (const QString &rawItem : items) {
        const QString item = rawItem.trimmed();
        if (item.isEmpty()) {
            fail(error, QStringLiteral("Empty fault in \"%1\"").arg(spec));
            return std::nullopt;
        }
        Fault fault;
        if (!parseItem(item, &fault, error))
            return std::nullopt;
        result.m_faults.append(fault);
    }
    return result;
}

std::optional<Fault::Kind> FaultSpec::next(const QString &path, const QString &query) {
    return advance(path, query, false);
}

std::optional<Fault::Kind> FaultSpec::nextExplicit(const QString &path) {
    return advance(path, {}, true);
}

std::optional<Fault::Kind> FaultSpec::advance(const QString &path, const QString &query, bool explicitPathOnly) {
    // Every fault whose filter matches counts the request, even when an earlier fault of the list
    // takes it: "500+3" then still means "the 4th matching request or, if another fault took
    // that one, the next".
    std::optional<Fault::Kind> chosen;
    for (Fault &fault : m_faults) {
        if (fault.pathSubstring.isEmpty() ? explicitPathOnly : !path.contains(fault.pathSubstring))
            continue;
        if (fault.kind == Fault::Kind::RefusedRange && !query.contains(QLatin1String("timeIntervals")))
            continue;
        ++fault.seen;
        const bool exhausted = fault.count > 0 && fault.injected >= fault.count;
        if (!chosen && fault.seen > fault.skip && !exhausted) {
            ++fault.injected;
            chosen = fault.kind;
        }
    }
    return chosen;
}

int FaultSpec::injectedCount() const {
    int total = 0;
    for (const Fault &fault : m_faults)
        total += fault.injected;
    return total;
}

void FaultSpec::reset() {
    for (Fault &fault : m_faults) {
        fault.seen = 0;
        fault.injected = 0;
    }
}

QString FaultSpec::kindName(Fault::Kind kind) {
    for (const KindName &k : kindTable) {
        if (k.kind == kind)
            return QLatin1String(k.name);
    }
    return {};
}

QStringList FaultSpec::kindNames() {
    QStringList names;
    for (const KindName &k : kindTable)
        names.append(QLatin1String(k.name));
    return names;
}

QString FaultSpec::toString() const {
    QStringList items;
    for (const Fault &fault : m_faults) {
        QString item = kindName(fault.kind);
        if (fault.count != 1)
            item += QLatin1Char('*') + QString::number(fault.count);
        if (fault.skip != 0)
            item += QLatin1Char('+') + QString::number(fault.skip);
        if (!fault.pathSubstring.isEmpty())
            item += QLatin1Char('@') + fault.pathSubstring;
        items.append(item);
    }
    return items.join(QLatin1Char(','));
}

} // namespace pagesight::sandbox
