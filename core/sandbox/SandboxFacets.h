#pragma once

#include <QList>
#include <QStringList>

// The buckets of the demographic facets, shared by the follower and page statistics.
namespace pagesight::sandbox {

const QStringList &staffCountRanges(); // SIZE_1 … SIZE_10001_OR_MORE
const QStringList &geoCountries();     // urn:li:geo:… of countries
const QStringList &geoMarkets();       // urn:li:geo:… of market areas
const QStringList &industries();       // urn:li:industry:…
QStringList urnRange(const char *prefix, int first, int last);

// The share of a facet's total in each of its buckets: skewed weights from the seed, summing to a
// little under 1 because some members leave the field empty.
QList<double> facetShares(quint64 seed, int facetId, int buckets);

} // namespace pagesight::sandbox
