#pragma once

#include "common/Cancellation.h"

#include "Labels.h"
#include "Reports.h"
#include "api/LinkedInClient.h"
#include "common/Errors.h"
#include "common/LinkedInDefaults.h"

#include <QCoro/QCoroTask>
#include <QMap>
#include <QObject>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;

namespace pagesight {

class Catalog;
class CatalogWriter;
class TokenProvider;

struct LabelRefreshOptions {
    TableNames tables; // where the geo URNs worth naming are found
    // Pinned, not DEFAULT: a name stored today must mean the same industry next year (DEFAULT moves
    // to each new taxonomy); V2_7 is the newest version docs/LINKEDIN-API.md §8 lists.
    QString industryTaxonomyVersion = QStringLiteral("V2_7");
    int pageSize = 100;                             // GET_ALL page size
    int maxQueryLength = linkedin::kMaxQueryLength; // geo BATCH_GET batches stay under LinkedIn's 4,000-character query
    // The source's client (SourceConfig::clientOptions): its base (…/rest), whose /v2 sibling is
    // tried first, its LinkedIn-Version, timeouts and retries.
    ClientOptions client;
    // Cancelled (LabelRefresher::cancel): requests in flight end at once, no other is sent, the
    // errors hold an ApiError::Cancelled and nothing is stored.
    std::shared_ptr<Cancellation> cancellation;
};

// What a refresh did. The labels it fetched are stored even when another kind failed.
struct LabelRefreshResult {
    QMap<LabelKind, int> stored;                  // labels stored, per kind fetched
    QList<std::pair<LabelKind, ApiError>> errors; // kinds that could not be fetched (describe() phrases them)
    CatalogError catalogError;                    // storing failed (nothing stored)
    QUrl standardizedDataBase;                    // the base that answered last (…/v2 or …/rest)
    int requests = 0;

    bool ok() const { return errors.isEmpty() && !catalogError.isError(); }
    int total() const;
};

// Fetches names from LinkedIn's standardized-data endpoints (docs/LINKEDIN-API.md §8) and stores them
// with storeLabels (source "linkedin"): seniorities, functions and industries of the pinned
// taxonomy by GET_ALL (paged), geo by BATCH_GET for the geo URNs present in the catalog's facet
// columns. Staff count ranges have no endpoint: the bundled names stay.
//
// Base: LinkedIn documents these resources under /v2, and whether /rest serves them is
// UNCONFIRMED, so each request tries the /v2 sibling of the configured base first and falls back
// to the configured base on 400/403/404/426; the base that answered is tried first next time.
// A 401, a daily quota or a cancel stops the refresh; other failures skip that kind.
//
// Runs on the calling thread, which must own network and catalog. The labels are stored through
// writer (the app's writer thread; catalog may then be read-only), or without one in catalog.
QCoro::Task<LabelRefreshResult> refreshLabels(QNetworkAccessManager *network, TokenProvider *tokens,
                                              LabelRefreshOptions options, Catalog *catalog,
                                              CatalogWriter *writer = nullptr);

// The /v2 sibling of a …/rest base (https://api.linkedin.com/rest → https://api.linkedin.com/v2);
// an empty URL when the base does not end in /rest.
QUrl standardizedDataSibling(const QUrl &apiBase);

// The same, for widgets: start() and one finished() per start.
//   LabelRefresher refresher(&network, tokens);
//   connect(&refresher, &LabelRefresher::finished, …);
//   refresher.start(options, catalog);
class LabelRefresher : public QObject {
    Q_OBJECT
public:
    LabelRefresher(QNetworkAccessManager *network, TokenProvider *tokens, QObject *parent = nullptr);
    ~LabelRefresher() override;

    // Ignored while a refresh runs. catalog: opened on this thread; read-write unless a writer
    // stores the labels. Neither is owned.
    void start(const LabelRefreshOptions &options, Catalog *catalog, CatalogWriter *writer = nullptr);
    // Ends the refresh now, even inside a Retry-After: finished() (with a Cancelled error, nothing
    // stored) may come before this returns.
    void cancel();
    bool isRunning() const { return m_running; }

signals:
    void finished(const pagesight::LabelRefreshResult &result);

private:
    QNetworkAccessManager *m_network;
    TokenProvider *m_tokens;
    bool m_running = false;
    std::shared_ptr<Cancellation> m_cancel;
    bool m_destroying = false;
};

} // namespace pagesight

Q_DECLARE_METATYPE(pagesight::LabelRefreshResult)
