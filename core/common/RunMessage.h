#pragma once

#include "Errors.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace pagesight {

// What a run, or one of its streams, had to say, kept as codes and arguments rather than as a
// sentence: the run history is read in the language of whoever looks at it, which need not be
// the language of whoever ran the sync (a server's nightly `pagesight sync` writes in English).
// text() makes the sentences of the current language; toJson() is what the catalog stores.
class RunMessage {
public:
    void add(const ApiError &error);
    void add(const CatalogError &error);
    void add(const DataWarnings &warnings); // nothing when there is nothing to say
    void addSynced(qint64 rows);
    void addWarnedStreams(); // the run succeeded, but some stream could not keep all it was sent
    void addLeftoverStaging(int tables);
    void addVersionReplaced(const QString &refused, const QString &used);

    bool isEmpty() const { return m_parts.isEmpty(); }
    QString text() const;
    QByteArray toJson() const;
    // nullopt for what this release cannot read: a part or a kind a newer Pagesight wrote.
    static std::optional<RunMessage> fromJson(const QByteArray &json);
    // The stored message in the current language, or storedText when json is empty or unreadable
    // (a run recorded before messages were kept as codes, or by a newer release).
    static QString textOf(const QByteArray &json, const QString &storedText);

    enum class Code { Api, Catalog, Warnings, Synced, WarnedStreams, LeftoverStaging, VersionReplaced };
    struct Part {
        Code code = Code::Synced;
        ApiError api;
        CatalogError catalog;
        DataWarnings warnings;
        qint64 count = 0;
        QString refusedVersion;
        QString usedVersion;
    };

private:
    QList<Part> m_parts;
};

} // namespace pagesight
