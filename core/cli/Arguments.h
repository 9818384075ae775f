#pragma once

#include "common/Errors.h"

#include <QHash>
#include <QSet>
#include <QStringList>

namespace pagesight::cli {

// A small, strict parser: --name value, --name=value, flags, and positionals. Unknown options are
// errors, so a typo never silently changes what a sync does.
class Arguments {
public:
    Arguments(const QStringList &arguments, const QSet<QString> &valueOptions, const QSet<QString> &flags);

    InputError error() const { return m_error; }
    bool has(const QString &name) const { return m_values.contains(name) || m_flags.contains(name); }
    QString value(const QString &name, const QString &fallback = {}) const { return m_values.value(name, fallback); }
    QStringList positionals() const { return m_positionals; }

private:
    QHash<QString, QString> m_values;
    QSet<QString> m_flags;
    QStringList m_positionals;
    InputError m_error;
};

} // namespace pagesight::cli
