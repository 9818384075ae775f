// LinkedIn's standardized data (docs/LINKEDIN-API.md §8): seniorities and functions (GET, GET_ALL),
// industries of a taxonomy version (GET, GET_ALL) and geo (GET, BATCH_GET), with a name for every
// URN the sandbox's facets and posts use. Served under ServerOptions::standardizedDataBases.
#include "RestRoutes.h"
#include "SandboxFacets.h"

#include <QJsonArray>
#include <QVariantList>

namespace pagesight::sandbox {

namespace {

const QStringList taxonomyVersions = {QStringLiteral("V1_0"), QStringLiteral("V2_5"), QStringLiteral("V2_6"),
                                      QStringLiteral("V2_7"), QStringLiteral("DEFAULT")};

using Names = QList<std::pair<qint64, QString>>;

const Names &seniorityNames() {
    static const Names names = {{1, QStringLiteral("Unpaid")},  {2, QStringLiteral("Training")},
                                {3, QStringLiteral("Entry")},   {4, QStringLiteral("Senior")},
                                {5, QStringLiteral("Manager")}, {6, QStringLiteral("Director")},
                                {7, QStringLiteral("VP")},      {8, QStringLiteral("CXO")},
                                {9, QStringLiteral("Partner")}, {10, QStringLiteral("Owner")}};
    return names;
}

// The app's bundled table says "Support" for 26: the sandbox deliberately answers differently, so a
// test can tell a refreshed name from a bundled one.
const Names &functionNames() {
    static const Names names = {{1, QStringLiteral("Accounting")},
                                {2, QStringLiteral("Administrative")},
                                {3, QStringLiteral("Arts and Design")},
                                {4, QStringLiteral("Business Development")},
                                {5, QStringLiteral("Community and Social Services")},
                                {6, QStringLiteral("Consulting")},
                                {7, QStringLiteral("Education")},
                                {8, QStringLiteral("Engineering")},
                                {9, QStringLiteral("Entrepreneurship")},
                                {10, QStringLiteral("Finance")},
                                {11, QStringLiteral("Healthcare Services")},
                                {12, QStringLiteral("Human Resources")},
                                {13, QStringLiteral("Information Technology")},
                                {14, QStringLiteral("Legal")},
                                {15, QStringLiteral("Marketing")},
                                {16, QStringLiteral("Media and Communication")},
                                {17, QStringLiteral("Military and Protective Services")},
                                {18, QStringLiteral("Operations")},
                                {19, QStringLiteral("Product Management")},
                                {20, QStringLiteral("Program and Project Management")},
                                {21, QStringLiteral("Purchasing")},
                                {22, QStringLiteral("Quality Assurance")},
                                {23, QStringLiteral("Real Estate")},
                                {24, QStringLiteral("Research")},
                                {25, QStringLiteral("Sales")},
                                {26, QStringLiteral("Customer Success and Support")}};
    return names;
}

const Names &industryNames() {
    static const Names names = {{3, QStringLiteral("Computer Hardware Manufacturing")},
                                {4, QStringLiteral("Software Development")},
                                {6, QStringLiteral("Technology, Information and Internet")},
                                {11, QStringLiteral("Business Consulting and Services")},
                                {12, QStringLiteral("Biotechnology Research")},
                                {14, QStringLiteral("Hospitals and Health Care")},
                                {43, QStringLiteral("Financial Services")},
                                {47, QStringLiteral("Accounting")},
                                {68, QStringLiteral("Higher Education")},
                                {80, QStringLiteral("Advertising Services")},
                                {96, QStringLiteral("IT Services and IT Consulting")},
                                {104, QStringLiteral("Staffing and Recruiting")},
                                {118, QStringLiteral("Computer and Network Security")},
                                {137, QStringLiteral("Human Resources Services")},
                                {1594, QStringLiteral("Technology, Information and Media")},
                                {1862, QStringLiteral("Marketing Services")}};
    return names;
}

const Names &geoNames() {
    static const Names names = {{103644278, QStringLiteral("United States")},
                                {101165590, QStringLiteral("United Kingdom")},
                                {101282230, QStringLiteral("Germany")},
                                {105015875, QStringLiteral("France")},
                                {102713980, QStringLiteral("India")},
                                {101174742, QStringLiteral("Canada")},
                                {100364837, QStringLiteral("Portugal")},
                                {105646813, QStringLiteral("Spain")},
                                {106057199, QStringLiteral("Brazil")},
                                {101452733, QStringLiteral("Australia")},
                                {102890719, QStringLiteral("Netherlands")},
                                {103350119, QStringLiteral("Italy")},
                                {101355337, QStringLiteral("Japan")},
                                {102890883, QStringLiteral("China")},
                                {90000084, QStringLiteral("San Francisco Bay Area")},
                                {90000070, QStringLiteral("New York City Metropolitan Area")},
                                {90009496, QStringLiteral("London Area, United Kingdom")},
                                {90009659, QStringLiteral("Greater Paris Metropolitan Region")},
                                {90009706, QStringLiteral("Greater Madrid Metropolitan Area")},
                                {90009790, QStringLiteral("Berlin Metropolitan Area")},
                                {90010409, QStringLiteral("Lisbon Metropolitan Area")},
                                {90000097, QStringLiteral("Greater Seattle Area")},
                                {90009553, QStringLiteral("Amsterdam Area")},
                                {90009633, QStringLiteral("Munich Metropolitan Area")},
                                {90009828, QStringLiteral("Porto Metropolitan Area")},
                                {90000031, QStringLiteral("Greater Chicago Area")}};
    return names;
}

QJsonObject localized(const QString &name) {
    return QJsonObject{
        {QStringLiteral("localized"), QJsonObject{{QStringLiteral("en_US"), name}}},
        {QStringLiteral("preferredLocale"), QJsonObject{{QStringLiteral("country"), QStringLiteral("US")},
                                                        {QStringLiteral("language"), QStringLiteral("en")}}}};
}

// {"name":{"localized":{"en_US":…}},"id":N,"$URN":"urn:li:<type>:N"} as the seniorities sample.
QJsonObject namedElement(const QString &urnType, qint64 id, const QString &name) {
    return QJsonObject{{QStringLiteral("name"), localized(name)},
                       {QStringLiteral("id"), id},
                       {QStringLiteral("$URN"), QStringLiteral("urn:li:%1:%2").arg(urnType).arg(id)}};
}

// {"defaultLocalizedName":{"locale":{…},"value":…},"id":N} as the geo sample.
QJsonObject geoElement(qint64 id, const QString &name) {
    return QJsonObject{
        {QStringLiteral("defaultLocalizedName"),
         QJsonObject{{QStringLiteral("locale"), QJsonObject{{QStringLiteral("country"), QStringLiteral("US")},
                                                            {QStringLiteral("language"), QStringLiteral("en")}}},
                     {QStringLiteral("value"), name}}},
        {QStringLiteral("id"), id}};
}

const QString *nameOf(const Names &names, qint64 id) {
    for (const auto &[known, name] : names)
        if (known == id)
            return &name;
    return nullptr;
}

// GET_ALL: pages of `count` (default 10) from `start`, with paging.total and a "next" link while
// more remain; or, with a key, GET of one element.
HttpResponse namedCollection(const RestCall &call, const QString &urnType, const Names &names, const QString &key) {
    if (!key.isEmpty()) {
        bool ok = false;
        const qint64 id = key.toLongLong(&ok);
        const QString *name = ok ? nameOf(names, id) : nullptr;
        if (!name)
            return rest::notFound(QStringLiteral("%1 %2 does not exist").arg(urnType, key));
        return HttpResponse::json(200, namedElement(urnType, id, *name));
    }
    const std::optional<int> start = rest::intParam(call.query, QStringLiteral("start"), 0);
    const std::optional<int> count = rest::intParam(call.query, QStringLiteral("count"), 10);
    if (!start || *start < 0)
        return rest::invalidParameter(QStringLiteral("start"));
    if (!count || *count < 1 || *count > 1000)
        return rest::invalidParameter(QStringLiteral("count"));
    QJsonArray elements;
    for (int i = *start; i < std::min(int(names.size()), *start + *count); ++i)
        elements.append(namedElement(urnType, names[i].first, names[i].second));
    QJsonArray links;
    if (*start + *count < names.size())
        links.append(
            QJsonObject{{QStringLiteral("rel"), QStringLiteral("next")},
                        {QStringLiteral("type"), QStringLiteral("application/json")},
                        {QStringLiteral("href"),
                         QStringLiteral("/%1?start=%2&count=%3").arg(call.resource).arg(*start + *count).arg(*count)}});
    const QJsonObject paging{{QStringLiteral("start"), *start},
                             {QStringLiteral("count"), *count},
                             {QStringLiteral("total"), int(names.size())},
                             {QStringLiteral("links"), links}};
    return HttpResponse::json(200,
                              QJsonObject{{QStringLiteral("paging"), paging}, {QStringLiteral("elements"), elements}});
}

// geo?ids=List(1,2) → {"results":{"1":{…}},"statuses":{"1":200},"errors":{"3":{…404…}}}; geo/{id} → one.
HttpResponse geoRoute(const RestCall &call) {
    if (!call.key.isEmpty()) {
        bool ok = false;
        const qint64 id = call.key.toLongLong(&ok);
        const QString *name = ok ? nameOf(geoNames(), id) : nullptr;
        if (!name)
            return rest::notFound(QStringLiteral("geo %1 does not exist").arg(call.key));
        return HttpResponse::json(200, geoElement(id, *name));
    }
    if (!call.query.contains(QStringLiteral("ids")))
        return rest::missingParameter(QStringLiteral("ids"));
    const std::optional<QVariant> ids = parseRestliValue(call.query.raw(QStringLiteral("ids")));
    if (!ids || ids->typeId() != QMetaType::QVariantList)
        return rest::invalidParameter(QStringLiteral("ids"), QStringLiteral("expected List(…)"));
    QJsonObject results;
    QJsonObject statuses;
    QJsonObject errors;
    for (const QVariant &item : ids->toList()) {
        const QString text = item.toString();
        bool ok = false;
        const qint64 id = text.toLongLong(&ok);
        if (!ok)
            return rest::invalidParameter(QStringLiteral("ids"), QStringLiteral("'%1' is not a geo id").arg(text));
        if (const QString *name = nameOf(geoNames(), id)) {
            results.insert(text, geoElement(id, *name));
            statuses.insert(text, 200);
        } else {
            statuses.insert(text, 404);
            errors.insert(text, QJsonObject{{QStringLiteral("status"), 404},
                                            {QStringLiteral("message"), QStringLiteral("Not Found")}});
        }
    }
    return HttpResponse::json(200, QJsonObject{{QStringLiteral("results"), results},
                                               {QStringLiteral("statuses"), statuses},
                                               {QStringLiteral("errors"), errors}});
}

// industryTaxonomyVersions/{version}/industries[/{id}]
HttpResponse industriesRoute(const RestCall &call) {
    const QStringList parts = call.key.split(QLatin1Char('/'));
    if (parts.size() < 2 || parts[1] != QLatin1String("industries") || parts.size() > 3)
        return rest::notFound(
            QStringLiteral("No virtual resource found for industryTaxonomyVersions/%1").arg(call.key));
    if (!taxonomyVersions.contains(parts[0]))
        return rest::notFound(QStringLiteral("Industry taxonomy version %1 does not exist").arg(parts[0]));
    return namedCollection(call, QStringLiteral("industry"), industryNames(), parts.value(2));
}

} // namespace

bool isStandardizedDataResource(const QString &resource) {
    return resource == QLatin1String("seniorities") || resource == QLatin1String("functions") ||
           resource == QLatin1String("industryTaxonomyVersions") || resource == QLatin1String("geo");
}

HttpResponse standardizedDataRoute(const RestCall &call) {
    if (call.resource == QLatin1String("seniorities"))
        return namedCollection(call, QStringLiteral("seniority"), seniorityNames(), call.key);
    if (call.resource == QLatin1String("functions"))
        return namedCollection(call, QStringLiteral("function"), functionNames(), call.key);
    if (call.resource == QLatin1String("industryTaxonomyVersions"))
        return industriesRoute(call);
    if (call.resource == QLatin1String("geo"))
        return geoRoute(call);
    return rest::notFound(QStringLiteral("No virtual resource found for %1").arg(call.resource));
}

} // namespace pagesight::sandbox
