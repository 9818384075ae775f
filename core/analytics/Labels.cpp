#include "Labels.h"

#include "Reports.h"
#include "catalog/Catalog.h"
#include "common/Clock.h"
#include "common/Log.h"

#include <QFile>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace pagesight {

namespace {

constexpr LabelKind allKinds[] = {LabelKind::Seniority, LabelKind::Function, LabelKind::Industry, LabelKind::Geo,
                                  LabelKind::StaffCountRange};

const QString bundledSource = QStringLiteral("bundled");
const QString linkedInSource = QStringLiteral("linkedin");

// One resources/labels/<kind>.tsv: "key<TAB>name" lines, '#' comments. A malformed line is skipped
// with a warning rather than failing the app: labels only decorate data that is shown anyway.
QList<Label> readBundled(LabelKind kind) {
    const QString path = QStringLiteral(":/labels/%1.tsv").arg(labelKindName(kind));
    QFile file(path);
    QList<Label> labels;
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        qCWarning(lcAnalytics) << "the bundled label table" << path << "is missing";
        return labels;
    }
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const qsizetype tab = line.indexOf(QLatin1Char('\t'));
        const QString key = line.left(tab).trimmed();
        const QString name = tab < 0 ? QString() : line.mid(tab + 1).trimmed();
        if (key.isEmpty() || name.isEmpty()) {
            qCWarning(lcAnalytics) << "skipping a malformed line of" << path;
            continue;
        }
        labels.append(Label{key, kind, name});
    }
    return labels;
}

QString timeText(const Clock *clock) {
    const QDateTime now = clock ? clock->nowUtc() : QDateTime::currentDateTimeUtc();
    return now.toUTC().toString(Qt::ISODateWithMs);
}

CatalogError queryError(const Catalog &catalog, const QSqlQuery &query) {
    return {CatalogError::Kind::Query, query.lastError().text(), catalog.path()};
}

// Writes the labels in one transaction (Catalog::write) with the given upsert statement (bound: key, kind, name,
// source, updated_at).
CatalogError writeLabels(Catalog &catalog, const QList<Label> &labels, const QString &source, const QString &sql,
                         const Clock *clock) {
    const QString now = timeText(clock);
    return catalog.write(QStringLiteral("labels"), [&](const QSqlDatabase &db) -> CatalogError {
        QSqlQuery query(db);
        if (!query.prepare(sql))
            return queryError(catalog, query);
        for (const Label &label : labels) {
            query.bindValue(0, label.key);
            query.bindValue(1, labelKindName(label.kind));
            query.bindValue(2, label.name);
            query.bindValue(3, source);
            query.bindValue(4, now);
            if (!query.exec())
                return queryError(catalog, query);
        }
        return {};
    });
}

} // namespace

QString labelKindName(LabelKind kind) {
    switch (kind) {
    case LabelKind::Seniority:
        return QStringLiteral("seniority");
    case LabelKind::Function:
        return QStringLiteral("function");
    case LabelKind::Industry:
        return QStringLiteral("industry");
    case LabelKind::Geo:
        return QStringLiteral("geo");
    case LabelKind::StaffCountRange:
        return QStringLiteral("staff_count_range");
    }
    return {};
}

std::optional<LabelKind> labelKindFromName(const QString &name) {
    for (LabelKind kind : allKinds)
        if (labelKindName(kind) == name)
            return kind;
    return std::nullopt;
}

std::optional<LabelKind> labelKindOfKey(const QString &key) {
    static const QList<std::pair<QString, LabelKind>> prefixes = {
        {QStringLiteral("urn:li:seniority:"), LabelKind::Seniority},
        {QStringLiteral("urn:li:function:"), LabelKind::Function},
        {QStringLiteral("urn:li:industry:"), LabelKind::Industry},
        {QStringLiteral("urn:li:geo:"), LabelKind::Geo},
        {QStringLiteral("SIZE_"), LabelKind::StaffCountRange},
    };
    for (const auto &[prefix, kind] : prefixes)
        if (key.startsWith(prefix) && key.size() > prefix.size())
            return kind;
    return std::nullopt;
}

const QList<Label> &bundledLabels() {
    static const QList<Label> labels = [] {
        QList<Label> all;
        for (LabelKind kind : allKinds)
            all += readBundled(kind);
        return all;
    }();
    return labels;
}

CatalogError installBundledLabels(Catalog &catalog, const Clock *clock) {
    // A key the catalog already has from LinkedIn keeps that name; an older bundled name is
    // brought up to date with the tables of this build. Only what differs is written, so the usual
    // start of the app reads the table and writes nothing (and never waits for a sync's lock).
    QHash<QString, StoredLabel> stored;
    if (catalog.isOpen())
        for (const StoredLabel &label : storedLabels(catalog.reader()))
            stored.insert(label.label.key, label);
    QList<Label> changed;
    for (const Label &label : bundledLabels()) {
        const auto it = stored.constFind(label.key);
        if (it == stored.cend() ||
            (it->source == bundledSource && (it->label.name != label.name || it->label.kind != label.kind)))
            changed.append(label);
    }
    if (changed.isEmpty() && catalog.isOpen())
        return {};
    return writeLabels(catalog, changed, bundledSource,
                       QStringLiteral("INSERT INTO _pagesight_labels (key, kind, name, source, updated_at) "
                                      "VALUES (?, ?, ?, ?, ?) "
                                      "ON CONFLICT (key) DO UPDATE SET kind = excluded.kind, name = excluded.name, "
                                      "updated_at = excluded.updated_at "
                                      "WHERE _pagesight_labels.source = excluded.source"),
                       clock);
}

CatalogError storeLabels(Catalog &catalog, const QList<Label> &labels, const Clock *clock) {
    return writeLabels(catalog, labels, linkedInSource,
                       QStringLiteral("INSERT INTO _pagesight_labels (key, kind, name, source, updated_at) "
                                      "VALUES (?, ?, ?, ?, ?) "
                                      "ON CONFLICT (key) DO UPDATE SET kind = excluded.kind, name = excluded.name, "
                                      "source = excluded.source, updated_at = excluded.updated_at"),
                       clock);
}

QList<StoredLabel> storedLabels(const QSqlDatabase &database) {
    QList<StoredLabel> out;
    QSqlQuery query(database);
    if (!query.exec(QStringLiteral("SELECT key, kind, name, source, updated_at FROM _pagesight_labels "
                                   "ORDER BY kind, key")))
        return out; // a catalog from before the labels migration (opened read-only) has none
    while (query.next()) {
        StoredLabel stored;
        stored.label.key = query.value(0).toString();
        stored.label.kind = labelKindFromName(query.value(1).toString()).value_or(LabelKind::Seniority);
        stored.label.name = query.value(2).toString();
        stored.source = query.value(3).toString();
        stored.updatedAt = QDateTime::fromString(query.value(4).toString(), Qt::ISODateWithMs);
        out.append(stored);
    }
    return out;
}

QStringList catalogFacetKeys(const QSqlDatabase &database, const TableNames &tables, std::optional<LabelKind> kind) {
    const auto kindOf = [](DemographicFacet facet) {
        switch (facet) {
        case DemographicFacet::Seniority:
            return LabelKind::Seniority;
        case DemographicFacet::Function:
            return LabelKind::Function;
        case DemographicFacet::Industry:
            return LabelKind::Industry;
        case DemographicFacet::Country:
        case DemographicFacet::Region:
            return LabelKind::Geo;
        case DemographicFacet::CompanySize:
            return LabelKind::StaffCountRange;
        }
        return LabelKind::Seniority;
    };
    // The demographic facets of both statistics tables (docs/SPEC.md §3); the association-type
    // and targeted-content facets carry no label.
    QSet<QString> keys;
    const auto collect = [&](const QString &tableName, const QString &columnName, const QString &field) {
        const QString table = Catalog::quoted(tableName);
        const QString column = Catalog::quoted(columnName);
        const SqlBackend backend = dialect::backendOf(database);
        QSqlQuery query(database);
        query.setForwardOnly(true);
        query.prepare(
            QStringLiteral("SELECT DISTINCT %1 FROM %2, %3 WHERE %4")
                .arg(dialect::elementText(backend, QStringLiteral("item"), field), table,
                     dialect::jsonElements(backend, table + QLatin1Char('.') + column, QStringLiteral("item")),
                     dialect::isJsonArray(backend, table + QLatin1Char('.') + column)));
        if (!query.exec())
            return; // the table or column is not there: nothing synced into it
        while (query.next())
            if (const QString key = query.value(0).toString(); !key.isEmpty())
                keys.insert(key);
    };
    for (const DemographicFacetInfo &facet : demographicFacets()) {
        if (kind && *kind != kindOf(facet.facet))
            continue;
        collect(tables.followerStatistics, facet.followerColumn, facet.followerKey);
        collect(tables.pageStatistics, facet.pageColumn, facet.pageKey);
    }
    QStringList sorted(keys.begin(), keys.end());
    sorted.sort();
    return sorted;
}

LabelResolver::LabelResolver() {
    for (const Label &label : bundledLabels())
        m_names.insert(label.key, label.name);
}

LabelResolver::LabelResolver(const QSqlDatabase &database)
    : LabelResolver() {
    QSqlQuery query(database);
    if (!query.exec(QStringLiteral("SELECT key, name FROM _pagesight_labels")))
        return; // not migrated yet (a read-only open of an old catalog): the bundled names
    while (query.next())
        m_names.insert(query.value(0).toString(), query.value(1).toString());
}

QString LabelResolver::name(const QString &key) const {
    return m_names.value(key, key);
}

bool LabelResolver::has(const QString &key) const {
    return m_names.contains(key);
}

} // namespace pagesight
