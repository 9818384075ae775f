// Demographic facets (the buckets LinkedIn segments followers and visitors by), the follower
// demographics and the organization object.
#include "SandboxFacets.h"
#include "SandboxData.h"
#include "SandboxHash.h"

#include <QJsonArray>

namespace pagesight::sandbox {

using namespace hashing;

namespace {

constexpr quint64 facetWeightMetric = 1000; // + facet * 256 (the key index is the hash key)

QStringList urns(const char *prefix, std::initializer_list<int> ids) {
    QStringList out;
    for (int id : ids)
        out.append(QLatin1String(prefix) + QString::number(id));
    return out;
}

QJsonObject followerCounts(qint64 organic, qint64 paid) {
    return QJsonObject{{QStringLiteral("organicFollowerCount"), organic}, {QStringLiteral("paidFollowerCount"), paid}};
}

} // namespace

QStringList urnRange(const char *prefix, int first, int last) {
    QStringList out;
    for (int id = first; id <= last; ++id)
        out.append(QLatin1String(prefix) + QString::number(id));
    return out;
}

const QStringList &staffCountRanges() {
    static const QStringList ranges = {QStringLiteral("SIZE_1"),
                                       QStringLiteral("SIZE_2_TO_10"),
                                       QStringLiteral("SIZE_11_TO_50"),
                                       QStringLiteral("SIZE_51_TO_200"),
                                       QStringLiteral("SIZE_201_TO_500"),
                                       QStringLiteral("SIZE_501_TO_1000"),
                                       QStringLiteral("SIZE_1001_TO_5000"),
                                       QStringLiteral("SIZE_5001_TO_10000"),
                                       QStringLiteral("SIZE_10001_OR_MORE")};
    return ranges;
}

const QStringList &geoCountries() {
    static const QStringList list =
        urns("urn:li:geo:", {103644278, 101165590, 101282230, 105015875, 102713980, 101174742, 100364837, 105646813,
                             106057199, 101452733, 102890719, 103350119, 101355337, 102890883});
    return list;
}

const QStringList &geoMarkets() {
    static const QStringList list = urns("urn:li:geo:", {90000084, 90000070, 90009496, 90009659, 90009706, 90009790,
                                                         90010409, 90000097, 90009553, 90009633, 90009828, 90000031});
    return list;
}

const QStringList &industries() {
    static const QStringList list =
        urns("urn:li:industry:", {4, 6, 96, 43, 11, 80, 1594, 104, 47, 68, 14, 12, 137, 3, 118, 1862});
    return list;
}

// The share of a facet's total that falls in bucket `index`: skewed weights from the seed, a little
// under 1 in sum because some members leave the field empty.
QList<double> facetShares(quint64 seed, int facetId, int buckets) {
    QList<double> weights;
    double sum = 0;
    for (int i = 0; i < buckets; ++i) {
        const double u = unit(seed, quint64(i), facetWeightMetric + quint64(facetId) * 256);
        weights.append(0.02 + u * u * u);
        sum += weights.last();
    }
    const double coverage = 0.88 + 0.1 * unit(seed, quint64(facetId), facetWeightMetric - 1);
    for (double &w : weights)
        w = w / sum * coverage;
    return weights;
}

QJsonObject SandboxData::lifetimeFollowerStatistics() const {
    const quint64 seed = m_options.seed;
    const qint64 total = m_networkSize;
    const auto facet = [&](int facetId, const char *key, const QStringList &values) {
        const QList<double> shares = facetShares(seed, facetId, int(values.size()));
        QJsonArray items;
        for (int i = 0; i < values.size(); ++i) {
            const qint64 organic = roundToInt(double(total) * shares[i]);
            // LinkedIn rolls paid followers into organicFollowerCount and answers paidFollowerCount 0.
            const qint64 paid = m_options.paidFollowersInFacets
                                    ? roundToInt(double(organic) * 0.02 *
                                                 unit(seed, quint64(i), facetWeightMetric + 7 + quint64(facetId)))
                                    : 0;
            items.append(QJsonObject{{QStringLiteral("followerCounts"), followerCounts(organic, paid)},
                                     {QLatin1String(key), values[i]}});
        }
        return items;
    };
    const qint64 employees = std::max<qint64>(1, roundToInt(double(total) * 0.015));
    const QJsonArray association{QJsonObject{{QStringLiteral("associationType"), QStringLiteral("EMPLOYEE")},
                                             {QStringLiteral("followerCounts"), followerCounts(employees, 0)}}};
    const QJsonObject element{
        {QStringLiteral("followerCountsByAssociationType"), association},
        {QStringLiteral("followerCountsBySeniority"), facet(1, "seniority", urnRange("urn:li:seniority:", 1, 10))},
        {QStringLiteral("followerCountsByIndustry"), facet(2, "industry", industries())},
        {QStringLiteral("followerCountsByFunction"), facet(3, "function", urnRange("urn:li:function:", 1, 26))},
        {QStringLiteral("followerCountsByStaffCountRange"), facet(4, "staffCountRange", staffCountRanges())},
        {QStringLiteral("followerCountsByGeoCountry"), facet(5, "geo", geoCountries())},
        {QStringLiteral("followerCountsByGeo"), facet(6, "geo", geoMarkets())},
        {QStringLiteral("organizationalEntity"), organizationUrn()},
    };
    return QJsonObject{{QStringLiteral("paging"), QJsonObject{{QStringLiteral("start"), 0},
                                                              {QStringLiteral("count"), 10},
                                                              {QStringLiteral("links"), QJsonArray()}}},
                       {QStringLiteral("elements"), QJsonArray{element}}};
}

QJsonObject SandboxData::organizationJson(qint64 id) const {
    const bool main = id == m_options.organizationId;
    if (!main && id != emptyOrganizationId())
        return {};
    const QString name = main ? m_options.organizationName : emptyOrganizationName();
    QString vanity = name.toLower();
    vanity.replace(QLatin1Char(' '), QLatin1Char('-'));
    const QJsonObject locale{{QStringLiteral("country"), QStringLiteral("US")},
                             {QStringLiteral("language"), QStringLiteral("en")}};
    const QString website = QStringLiteral("https://www.example.com/") + vanity;
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("$URN"), QStringLiteral("urn:li:organization:") + QString::number(id)},
        {QStringLiteral("localizedName"), name},
        {QStringLiteral("vanityName"), vanity},
        {QStringLiteral("name"),
         QJsonObject{{QStringLiteral("localized"), QJsonObject{{QStringLiteral("en_US"), name}}},
                     {QStringLiteral("preferredLocale"), locale}}},
        {QStringLiteral("defaultLocale"), locale},
        {QStringLiteral("primaryOrganizationType"), QStringLiteral("NONE")},
        {QStringLiteral("localizedWebsite"), website},
        {QStringLiteral("website"),
         QJsonObject{{QStringLiteral("localized"), QJsonObject{{QStringLiteral("en_US"), website}}},
                     {QStringLiteral("preferredLocale"), locale}}},
        {QStringLiteral("industries"), QJsonArray{industries().first()}},
        {QStringLiteral("staffCountRange"), main ? QStringLiteral("SIZE_51_TO_200") : QStringLiteral("SIZE_2_TO_10")},
        {QStringLiteral("locations"),
         QJsonArray{QJsonObject{
             {QStringLiteral("locationType"), QStringLiteral("HEADQUARTERS")},
             {QStringLiteral("address"), QJsonObject{{QStringLiteral("country"), QStringLiteral("PT")},
                                                     {QStringLiteral("city"), QStringLiteral("Lisbon")}}}}}},
        {QStringLiteral("versionTag"), QString::number(hash(m_options.seed, quint64(id), 77) % 4000000000ULL)},
    };
}

} // namespace pagesight::sandbox
