// The refresh of the label tables from LinkedIn's standardized-data endpoints.
#include "LabelRefresher.h"

#include "api/RestLi.h"
#include "catalog/CatalogWriter.h"
#include "common/Log.h"

#include <QJsonArray>

namespace pagesight {

namespace {

// Made outside the coroutine that uses it: clang-tidy takes a lambda inside a coroutine for one.
CatalogWriter::Work labelStore(const QList<Label> &labels) {
    return [labels](Catalog &target) {
        return storeLabels(target, labels, nullptr);
    };
}

// How many GET_ALL pages a kind may take: industries are ~450, so far more than enough; a server
// that keeps saying "more" must not keep the refresh running forever.
constexpr int maxPages = 50;

bool triesAnotherBase(const ApiError &error) {
    using K = ApiError::Kind;
    return error.kind == K::NotFound || error.kind == K::BadRequest || error.kind == K::Forbidden ||
           error.kind == K::VersionInactive;
}

bool stopsTheRefresh(const ApiError &error) {
    using K = ApiError::Kind;
    return error.kind == K::Unauthorized || error.kind == K::QuotaExhausted || error.kind == K::Cancelled;
}

ApiError invalidResponse(const QString &endpoint, const QString &detail) {
    ApiError error;
    error.kind = ApiError::Kind::InvalidResponse;
    error.endpoint = endpoint;
    error.serverMessage = detail;
    return error;
}

// A MultiLocaleString ({"localized":{"en_US":…}}): en_US, else any English, else the first.
QString localizedName(const QJsonObject &multiLocale) {
    const QJsonObject localized = multiLocale.value(QStringLiteral("localized")).toObject();
    if (const QString en = localized.value(QStringLiteral("en_US")).toString(); !en.isEmpty())
        return en;
    for (auto it = localized.begin(); it != localized.end(); ++it)
        if (it.key().startsWith(QLatin1String("en_")) && !it.value().toString().isEmpty())
            return it.value().toString();
    return localized.isEmpty() ? QString() : localized.begin().value().toString();
}

// One element of seniorities/functions/industries (name) or geo (defaultLocalizedName).
std::optional<Label> labelOf(const QJsonObject &element, LabelKind kind, const QString &urnPrefix) {
    QString key = element.value(QStringLiteral("$URN")).toString();
    if (!key.startsWith(urnPrefix)) {
        const QJsonValue id = element.value(QStringLiteral("id"));
        if (!id.isDouble() && !id.isString())
            return std::nullopt;
        key = urnPrefix + (id.isDouble() ? QString::number(qint64(id.toDouble())) : id.toString());
    }
    QString name = localizedName(element.value(QStringLiteral("name")).toObject());
    if (name.isEmpty())
        name =
            element.value(QStringLiteral("defaultLocalizedName")).toObject().value(QStringLiteral("value")).toString();
    if (name.isEmpty())
        name = element.value(QStringLiteral("localizedName")).toString();
    if (name.trimmed().isEmpty())
        return std::nullopt;
    return Label{key, kind, name.trimmed()};
}

// Requests and lists are built outside the coroutines: GCC 12 mishandles initializer lists and
// temporaries that live inside a coroutine body.
ApiRequest pageRequest(const QString &path, int start, int count) {
    return ApiRequest{path, restli::query({{QStringLiteral("start"), QString::number(start)},
                                           {QStringLiteral("count"), QString::number(count)}})};
}

ApiRequest geoRequest(const QStringList &encodedIds) {
    return ApiRequest{QStringLiteral("geo"),
                      restli::query({{QStringLiteral("ids"), restli::list(encodedIds)},
                                     {QStringLiteral("locale"), QStringLiteral("(language:en,country:US)")}})};
}

// The longest "ids=List(…)&locale=…" a batch of ids may make.
QStringList takeGeoBatch(QStringList &ids, int maxQueryLength) {
    QStringList batch;
    qsizetype length = geoRequest({}).query.size();
    while (!ids.isEmpty() && (batch.isEmpty() || length + ids.first().size() + 1 <= maxQueryLength)) {
        length += ids.first().size() + 1;
        batch.append(restli::encode(ids.takeFirst()));
    }
    return batch;
}

struct Collection {
    LabelKind kind;
    QString path;
    QString urnPrefix;
};

QList<Collection> collections(const QString &taxonomyVersion) {
    return {
        {LabelKind::Seniority, QStringLiteral("seniorities"), QStringLiteral("urn:li:seniority:")},
        {LabelKind::Function, QStringLiteral("functions"), QStringLiteral("urn:li:function:")},
        {LabelKind::Industry,
         QStringLiteral("industryTaxonomyVersions/%1/industries").arg(restli::encode(taxonomyVersion)),
         QStringLiteral("urn:li:industry:")},
    };
}

QStringList geoIdsOf(const QSqlDatabase &database, const TableNames &tables) {
    QStringList ids;
    const QString prefix = QStringLiteral("urn:li:geo:");
    for (const QString &key : catalogFacetKeys(database, tables, LabelKind::Geo))
        if (key.startsWith(prefix))
            ids.append(key.mid(prefix.size()));
    return ids;
}

ApiResponse cancelledResponse(const QString &endpoint) {
    ApiResponse cancelled;
    cancelled.error.kind = ApiError::Kind::Cancelled;
    cancelled.error.endpoint = endpoint;
    return cancelled;
}

class Refresh {
public:
    Refresh(QNetworkAccessManager *network, TokenProvider *tokens, const LabelRefreshOptions &options)
        : m_options(options) {
        QList<QUrl> bases;
        if (const QUrl v2 = standardizedDataSibling(options.client.apiBase); v2.isValid())
            bases.append(v2);
        bases.append(options.client.apiBase);
        for (const QUrl &base : bases) {
            ClientOptions client = options.client;
            client.apiBase = base;
            m_clients.push_back(std::make_shared<LinkedInClient>(network, tokens, client));
        }
        if (m_options.cancellation)
            m_cancelHook = m_options.cancellation->onCancel([this] {
                // Aborting a reply resumes the refresh at once, which may end it and destroy this
                // object: the clients are held here until each has cancelled.
                const auto clients = m_clients;
                for (const auto &client : clients)
                    client->cancel();
            });
    }
    ~Refresh() {
        if (m_options.cancellation)
            m_options.cancellation->remove(m_cancelHook);
    }
    Refresh(const Refresh &) = delete;
    Refresh &operator=(const Refresh &) = delete;
    bool cancelled() const { return m_options.cancellation && m_options.cancellation->isCancelled(); }

    int requests() const {
        int sent = 0;
        for (const auto &client : m_clients)
            sent += client->requestsSent();
        return sent;
    }
    QUrl lastBase() const { return m_clients[m_preferred]->options().apiBase; }

    // One GET, on the base that answered last, then the others while the error says "not here".
    QCoro::Task<ApiResponse> get(ApiRequest request) {
        ApiResponse first;
        const int count = int(m_clients.size());
        for (int i = 0; i < count; ++i) {
            const int index = (m_preferred + i) % count;
            if (cancelled())
                co_return cancelledResponse(request.path);
            ApiResponse response = co_await m_clients[index]->get(request);
            if (response.ok()) {
                m_preferred = index;
                co_return response;
            }
            qCDebug(lcAnalytics) << request.path << "on" << m_clients[index]->options().apiBase << "failed with"
                                 << response.error.httpStatus;
            if (i == 0 || first.error.kind == ApiError::Kind::NotFound)
                first = response; // the most telling error: a 403 says more than a later 404
            if (!triesAnotherBase(response.error))
                co_return response;
        }
        co_return first;
    }

    // GET_ALL, page by page, until a short or empty page.
    QCoro::Task<std::pair<QList<Label>, ApiError>> getAll(QString path, LabelKind kind, QString urnPrefix) {
        QList<Label> labels;
        const int count = std::max(1, m_options.pageSize);
        for (int page = 0, start = 0; page < maxPages; ++page) {
            const ApiRequest request = pageRequest(path, start, count);
            const ApiResponse response = co_await get(request);
            if (!response.ok())
                co_return std::pair<QList<Label>, ApiError>(labels, response.error);
            const QJsonValue elements = response.json.value(QStringLiteral("elements"));
            if (!elements.isArray())
                co_return std::pair<QList<Label>, ApiError>(labels,
                                                            invalidResponse(path, QStringLiteral("no elements")));
            const QJsonArray array = elements.toArray();
            for (const QJsonValue &element : array)
                if (const std::optional<Label> label = labelOf(element.toObject(), kind, urnPrefix))
                    labels.append(*label);
            start += int(array.size());
            const int total =
                response.json.value(QStringLiteral("paging")).toObject().value(QStringLiteral("total")).toInt(-1);
            if (array.size() < count || (total >= 0 && start >= total))
                break;
        }
        co_return std::pair<QList<Label>, ApiError>(labels, ApiError());
    }

    // BATCH_GET geo?ids=List(…) in batches whose query stays under the length limit.
    QCoro::Task<std::pair<QList<Label>, ApiError>> getGeo(QStringList ids) {
        const QString path = QStringLiteral("geo");
        QList<Label> labels;
        while (!ids.isEmpty()) {
            const ApiRequest request = geoRequest(takeGeoBatch(ids, m_options.maxQueryLength));
            const ApiResponse response = co_await get(request);
            if (!response.ok())
                co_return std::pair<QList<Label>, ApiError>(labels, response.error);
            const QJsonValue results = response.json.value(QStringLiteral("results"));
            if (!results.isObject())
                co_return std::pair<QList<Label>, ApiError>(labels,
                                                            invalidResponse(path, QStringLiteral("no results")));
            const QJsonObject byId = results.toObject();
            for (auto it = byId.begin(); it != byId.end(); ++it) {
                QJsonObject element = it.value().toObject();
                if (!element.contains(QStringLiteral("id")))
                    element.insert(QStringLiteral("id"), it.key());
                if (const std::optional<Label> label = labelOf(element, LabelKind::Geo, QStringLiteral("urn:li:geo:")))
                    labels.append(*label);
            }
            // Ids in "errors" (unknown to LinkedIn) keep showing as their URN.
        }
        co_return std::pair<QList<Label>, ApiError>(labels, ApiError());
    }

private:
    LabelRefreshOptions m_options;
    std::vector<std::shared_ptr<LinkedInClient>> m_clients;
    int m_preferred = 0;
    int m_cancelHook = 0;
};

} // namespace

int LabelRefreshResult::total() const {
    int sum = 0;
    for (int n : stored)
        sum += n;
    return sum;
}

QUrl standardizedDataSibling(const QUrl &apiBase) {
    QString path = apiBase.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    if (!path.endsWith(QLatin1String("/rest")))
        return {};
    QUrl sibling = apiBase;
    sibling.setPath(path.left(path.size() - 4) + QStringLiteral("v2"));
    return sibling;
}

QCoro::Task<LabelRefreshResult> refreshLabels(QNetworkAccessManager *network, TokenProvider *tokens,
                                              LabelRefreshOptions options, Catalog *catalog, CatalogWriter *writer) {
    LabelRefreshResult result;
    // Nothing is asked of LinkedIn for a catalog that could not keep the answers.
    if (!catalog->isOpen() || (!writer && catalog->mode() == Catalog::Mode::ReadOnly)) {
        result.catalogError = {catalog->isOpen() ? CatalogError::Kind::ReadOnly : CatalogError::Kind::Query,
                               QStringLiteral("labels"), catalog->path()};
        co_return result;
    }
    // The geo URNs are read before any request: a catalog that cannot be read fails fast.
    const QStringList geoIds = geoIdsOf(catalog->reader(), options.tables);

    Refresh refresh(network, tokens, options);
    QList<Label> fetched;
    const QList<Collection> all = collections(options.industryTaxonomyVersion);
    bool stopped = false;
    for (const Collection &collection : all) {
        const std::pair<QList<Label>, ApiError> got =
            co_await refresh.getAll(collection.path, collection.kind, collection.urnPrefix);
        const QList<Label> &labels = got.first;
        const ApiError &error = got.second;
        if (error.isError()) {
            result.errors.append({collection.kind, error});
            if (stopsTheRefresh(error)) {
                stopped = true;
                break;
            }
            continue; // a partial GET_ALL is not stored: a half table would look complete
        }
        result.stored.insert(collection.kind, int(labels.size()));
        fetched += labels;
    }
    if (!stopped && !geoIds.isEmpty()) {
        const std::pair<QList<Label>, ApiError> got = co_await refresh.getGeo(geoIds);
        const QList<Label> &labels = got.first;
        const ApiError &error = got.second;
        if (error.isError())
            result.errors.append({LabelKind::Geo, error});
        // Geo batches are independent: what arrived is worth keeping.
        if (!labels.isEmpty() || !error.isError())
            result.stored.insert(LabelKind::Geo, int(labels.size()));
        fetched += labels;
    }
    result.requests = refresh.requests();
    result.standardizedDataBase = refresh.lastBase();

    if (refresh.cancelled()) {
        result.stored.clear();
        co_return result;
    }
    if (!fetched.isEmpty()) {
        // A named task: GCC 12 mishandles temporaries (the lambda, its std::function) that live
        // across a co_await inside one expression.
        CatalogWriter sameThread(catalog);
        QCoro::Task<CatalogError> stored = (writer ? writer : &sameThread)->write(labelStore(fetched));
        result.catalogError = co_await stored;
        if (result.catalogError.isError())
            result.stored.clear();
    }
    qCInfo(lcAnalytics) << "labels refreshed:" << result.total() << "stored," << result.errors.size() << "kinds failed,"
                        << result.requests << "requests";
    co_return result;
}

LabelRefresher::LabelRefresher(QNetworkAccessManager *network, TokenProvider *tokens, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_tokens(tokens) {
    qRegisterMetaType<LabelRefreshResult>();
}

LabelRefresher::~LabelRefresher() {
    m_destroying = true; // the refresh ends inside cancel(): no finished() from a dying object
    cancel();
}

void LabelRefresher::start(const LabelRefreshOptions &options, Catalog *catalog, CatalogWriter *writer) {
    if (m_running)
        return;
    m_running = true;
    m_cancel = std::make_shared<Cancellation>();
    LabelRefreshOptions withCancel = options;
    withCancel.cancellation = m_cancel;
    QCoro::connect(refreshLabels(m_network, m_tokens, withCancel, catalog, writer), this,
                   [this](const LabelRefreshResult &result) {
                       m_running = false;
                       if (!m_destroying)
                           emit finished(result);
                   });
}

void LabelRefresher::cancel() {
    if (m_cancel)
        m_cancel->cancel();
}

} // namespace pagesight
