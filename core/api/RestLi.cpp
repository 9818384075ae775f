#include "RestLi.h"

#include <QByteArray>
#include <QUrl>

namespace pagesight::restli {

namespace {

// encodeURIComponent leaves A-Z a-z 0-9 - _ . ! ~ * ' ( ) alone; Rest.li then escapes ' ( ) as
// well because they are its structure characters. What is left unescaped is this set.
bool isUnreserved(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' ||
           c == '.' || c == '!' || c == '~' || c == '*';
}

// Rest.li writes an empty string as two single quotes so that "k:" is never ambiguous.
const QString kEmpty = QStringLiteral("''");

} // namespace

QString encode(const QString &value) {
    if (value.isEmpty())
        return kEmpty;
    static constexpr char hex[] = "0123456789ABCDEF";
    const QByteArray utf8 = value.toUtf8();
    QString out;
    out.reserve(utf8.size() * 3);
    for (const char c : utf8) {
        if (isUnreserved(c)) {
            out.append(QLatin1Char(c));
        } else {
            const auto byte = static_cast<unsigned char>(c);
            out.append(QLatin1Char('%'));
            out.append(QLatin1Char(hex[byte >> 4]));
            out.append(QLatin1Char(hex[byte & 0x0F]));
        }
    }
    return out;
}

QString list(const QStringList &encodedItems) {
    return QStringLiteral("List(") + encodedItems.join(QLatin1Char(',')) + QLatin1Char(')');
}

QString object(const QList<QPair<QString, QString>> &fields) {
    QStringList parts;
    parts.reserve(fields.size());
    for (const auto &[key, value] : fields)
        parts.append(key + QLatin1Char(':') + value);
    return QLatin1Char('(') + parts.join(QLatin1Char(',')) + QLatin1Char(')');
}

QString query(const QList<QPair<QString, QString>> &params) {
    QStringList parts;
    parts.reserve(params.size());
    for (const auto &[key, value] : params)
        parts.append(key + QLatin1Char('=') + value);
    return parts.join(QLatin1Char('&'));
}

QString decode(const QString &encoded) {
    if (encoded == kEmpty)
        return QString();
    return QUrl::fromPercentEncoding(encoded.toUtf8());
}

} // namespace pagesight::restli
