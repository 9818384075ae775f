#pragma once

#include "auth/TokenStore.h"

#include <QCoro/QCoroTask>
#include <QString>

namespace pagesight {

// A team catalog's password in the keychain (store, not owned), under the server, user and
// database of its URL (ServerCatalog::passwordKey): the app reads it at start and hands it to
// every connection it opens. A file catalog has none.

// The password kept for location; empty for a file, or when none is kept (libpq may still find
// one in PGPASSWORD or ~/.pgpass).
QCoro::Task<QString> readCatalogPassword(TokenStore *store, QString location);

// Keeps password for location, or forgets the one kept when remember is off (or it is empty).
QCoro::Task<TokenStore::Result> keepCatalogPassword(TokenStore *store, QString location, QString password,
                                                    bool remember);

} // namespace pagesight
