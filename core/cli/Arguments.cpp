#include "Arguments.h"

namespace pagesight::cli {

Arguments::Arguments(const QStringList &arguments, const QSet<QString> &valueOptions, const QSet<QString> &flags) {
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments[i];
        if (!argument.startsWith(QLatin1String("--")) || argument == QLatin1String("--")) {
            m_positionals.append(argument);
            continue;
        }
        QString name = argument.mid(2);
        QString value;
        const qsizetype equals = name.indexOf(QLatin1Char('='));
        const bool inlineValue = equals >= 0;
        if (inlineValue) {
            value = name.mid(equals + 1);
            name = name.left(equals);
        }
        if (m_values.contains(name) || m_flags.contains(name)) { // which one would win is anybody's guess
            m_error = {InputError::Kind::DuplicateArgument, QStringLiteral("--") + name};
            return;
        }
        if (flags.contains(name) && !inlineValue) {
            m_flags.insert(name);
        } else if (valueOptions.contains(name)) {
            if (!inlineValue) {
                if (i + 1 >= arguments.size()) {
                    m_error = {InputError::Kind::MissingArgument, QStringLiteral("a value for --%1").arg(name)};
                    return;
                }
                value = arguments[++i];
            }
            m_values.insert(name, value);
        } else {
            m_error = {InputError::Kind::UnknownArgument, argument};
            return;
        }
    }
}

} // namespace pagesight::cli
