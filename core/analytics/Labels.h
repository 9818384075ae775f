#pragma once

#include "common/Errors.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace pagesight {

class Catalog;
class Clock;
struct TableNames;

// The facets LinkedIn breaks statistics down by, whose values need names for people.
enum class LabelKind { Seniority, Function, Industry, Geo, StaffCountRange };

// One label: a URN (urn:li:seniority:5, urn:li:geo:103644278, …) or, for staff count ranges, the
// enum value LinkedIn sends (SIZE_51_TO_200), and its English name.
struct Label {
    QString key;
    LabelKind kind = LabelKind::Seniority;
    QString name;
};

QString labelKindName(LabelKind kind); // "seniority", "function", "industry", "geo", "staff_count_range"
std::optional<LabelKind> labelKindFromName(const QString &name);
// The kind a key belongs to by its prefix (urn:li:seniority:…, SIZE_…); nullopt for other URNs.
std::optional<LabelKind> labelKindOfKey(const QString &key);

// The lookup tables that ship with the app (resources/labels, compiled in).
const QList<Label> &bundledLabels();

// The catalog's label table, _pagesight_labels (key, kind, name, source, updated_at): the bundled
// labels are written where the catalog has none for a key yet, so a refreshed label is never
// replaced by an older bundled one.
// Call after opening a catalog read-write (the app, the CLI's sync and report). A read-only catalog
// gives CatalogError::ReadOnly, which the caller may ignore: the resolver falls back to the bundled
// tables. clock: the time of updated_at; nullptr = the system clock.
[[nodiscard]] CatalogError installBundledLabels(Catalog &catalog, const Clock *clock = nullptr);
// Labels fetched from LinkedIn (source "linkedin"): replace whatever the catalog had for those keys.
[[nodiscard]] CatalogError storeLabels(Catalog &catalog, const QList<Label> &labels, const Clock *clock = nullptr);

// The catalog's label table as stored (for listing, e.g. `pagesight labels`), ordered by kind and
// key; empty when the catalog has no label table.
struct StoredLabel {
    Label label;
    QString source; // "bundled" or "linkedin"
    QDateTime updatedAt;
};
QList<StoredLabel> storedLabels(const QSqlDatabase &database);

// Every distinct facet key (seniority, function, industry, geo URNs and staff count ranges) in the
// follower and page statistics facet JSON columns of the given tables, sorted; kind = only that
// kind. Tables or columns that do not exist are skipped (nothing synced yet).
QStringList catalogFacetKeys(const QSqlDatabase &database, const TableNames &tables,
                             std::optional<LabelKind> kind = std::nullopt);

// Names for URNs: the catalog's table over the bundled ones. A key without a label is its own name:
// nothing is ever dropped for lack of a label.
class LabelResolver {
public:
    LabelResolver(); // the bundled labels only
    explicit LabelResolver(const QSqlDatabase &database);

    QString name(const QString &key) const; // the label, or the key itself when there is none
    bool has(const QString &key) const;
    int size() const { return m_names.size(); }

private:
    QHash<QString, QString> m_names;
};

} // namespace pagesight
