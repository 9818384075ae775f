#include "CatalogPassword.h"

#include "catalog/CatalogLocation.h"

namespace pagesight {

QCoro::Task<QString> readCatalogPassword(TokenStore *store, QString location) {
    const std::optional<ServerCatalog> server = parseServerCatalog(location);
    if (!server)
        co_return QString();
    co_return (co_await store->read(server->passwordKey())).value_or(QString());
}

QCoro::Task<TokenStore::Result> keepCatalogPassword(TokenStore *store, QString location, QString password,
                                                    bool remember) {
    const std::optional<ServerCatalog> server = parseServerCatalog(location);
    if (!server)
        co_return TokenStore::Result{};
    if (remember && !password.isEmpty())
        co_return co_await store->write(server->passwordKey(), password);
    co_return co_await store->remove(server->passwordKey());
}

} // namespace pagesight
