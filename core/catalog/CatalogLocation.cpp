#include "CatalogLocation.h"

#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace pagesight {

namespace {
const QStringList sslModes = {QStringLiteral("disable"), QStringLiteral("allow"),     QStringLiteral("prefer"),
                              QStringLiteral("require"), QStringLiteral("verify-ca"), QStringLiteral("verify-full")};

// A schema is an identifier Pagesight quotes; it follows the table-name rule, lower case so that
// psql users can name it without quotes.
bool validSchema(const QString &schema) {
    static const QRegularExpression rule(QStringLiteral("^[a-z_][a-z0-9_]{0,62}$"));
    return rule.match(schema).hasMatch() && !schema.startsWith(QLatin1String("pg_"));
}

// The text with whatever stands between "user:" and "@" taken out, for an error to repeat: even
// a URL too broken to parse must not echo a password.
QString withoutPassword(const QString &text) {
    static const QRegularExpression userInfo(QStringLiteral("^([A-Za-z]+://[^:/@]*):[^@]*@"));
    QString shown = text.trimmed();
    shown.replace(userInfo, QStringLiteral("\\1@"));
    return shown;
}

std::optional<ServerCatalog> refuse(InputError *error, InputError::Kind kind, const QString &text) {
    if (error)
        *error = InputError{kind, withoutPassword(text)};
    return std::nullopt;
}
} // namespace

QSqlDatabase addServerConnection(const ServerCatalog &server, const QString &connectionName, const QString &password,
                                 const QString &applicationName) {
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    db.setHostName(server.host);
    db.setPort(server.port);
    db.setUserName(server.user);
    db.setDatabaseName(server.database);
    if (!password.isEmpty())
        db.setPassword(password);
    QStringList options{QStringLiteral("connect_timeout=10"), QStringLiteral("application_name=") + applicationName};
    if (!server.sslMode.isEmpty())
        options << QStringLiteral("sslmode=") + server.sslMode;
    db.setConnectOptions(options.join(QLatin1Char(';')));
    return db;
}

bool isServerCatalog(const QString &location) {
    return location.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive) ||
           location.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

QString ServerCatalog::url() const {
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(user);
    url.setHost(host);
    url.setPort(port);
    url.setPath(QLatin1Char('/') + database);
    QUrlQuery query;
    if (!sslMode.isEmpty())
        query.addQueryItem(QStringLiteral("sslmode"), sslMode);
    if (schema != QLatin1String("public"))
        query.addQueryItem(QStringLiteral("schema"), schema);
    url.setQuery(query);
    return url.toString(QUrl::FullyEncoded);
}

QString ServerCatalog::passwordKey() const {
    return QStringLiteral("postgresql://%1@%2:%3/%4").arg(user, host).arg(port).arg(database);
}

std::optional<ServerCatalog> parseServerCatalog(const QString &text, InputError *error) {
    using K = InputError::Kind;
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!isServerCatalog(text.trimmed()))
        return refuse(error, K::CatalogUrl, text);
    if (text.contains(QRegularExpression(QStringLiteral("^[A-Za-z]+://[^:/@]*:[^@]*@"))))
        return refuse(error, K::CatalogUrlPassword, text);
    if (!url.isValid())
        return refuse(error, K::CatalogUrl, text);
    ServerCatalog catalog;
    catalog.user = url.userName();
    catalog.host = url.host();
    catalog.port = url.port(5432);
    catalog.database = url.path().mid(1);
    if (catalog.user.isEmpty() || catalog.host.isEmpty() || catalog.database.isEmpty() ||
        catalog.database.contains(QLatin1Char('/')) || catalog.port <= 0 || !url.fragment().isEmpty())
        return refuse(error, K::CatalogUrl, text);
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("sslmode") && sslModes.contains(value))
            catalog.sslMode = value;
        else if (key == QLatin1String("schema") && validSchema(value))
            catalog.schema = value;
        else
            return refuse(error, K::CatalogUrl, text);
    }
    return catalog;
}

} // namespace pagesight
