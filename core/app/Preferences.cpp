#include "Preferences.h"

#include "catalog/CatalogLocation.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace pagesight {

namespace {
const QString timeZoneKey = QStringLiteral("dashboards/timeZone");
const QString exportFolderKey = QStringLiteral("export/folder");
const QString excelKey = QStringLiteral("export/excelFriendlyCsv");
const QString catalogKey = QStringLiteral("catalog/location");
} // namespace

QTimeZone timeZoneFromId(const QByteArray &id) {
    if (id == "UTC")
        return QTimeZone::utc();
    if (!id.isEmpty() && QTimeZone::isTimeZoneIdAvailable(id))
        return QTimeZone(id);
    return QTimeZone::systemTimeZone();
}

QByteArray Preferences::timeZoneId() const {
    return m_settings ? m_settings->value(timeZoneKey).toByteArray() : QByteArray();
}

void Preferences::setTimeZoneId(const QByteArray &id) {
    if (!m_settings)
        return;
    if (id.isEmpty())
        m_settings->remove(timeZoneKey);
    else
        m_settings->setValue(timeZoneKey, id);
}

QTimeZone Preferences::timeZone() const {
    return timeZoneFromId(timeZoneId());
}

QString Preferences::exportFolder() const {
    return m_settings ? m_settings->value(exportFolderKey).toString() : QString();
}

QString Preferences::exportPath(const QString &fileName) const {
    QString folder = exportFolder();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QDir(folder).filePath(fileName);
}

void Preferences::rememberExport(const QString &path, bool excelFriendlyCsv) {
    if (!m_settings)
        return;
    m_settings->setValue(exportFolderKey, QFileInfo(path).absolutePath());
    m_settings->setValue(excelKey, excelFriendlyCsv);
}

bool Preferences::excelFriendlyCsv() const {
    return m_settings && m_settings->value(excelKey, false).toBool();
}

QString Preferences::catalogLocation() const {
    return m_settings ? m_settings->value(catalogKey).toString() : QString();
}

void Preferences::setCatalogLocation(const QString &location) {
    if (!m_settings)
        return;
    if (isServerCatalog(location) && !parseServerCatalog(location))
        return; // refused: it may hold a password, which never goes into the settings
    if (location.isEmpty())
        m_settings->remove(catalogKey);
    else
        m_settings->setValue(catalogKey, location);
}

} // namespace pagesight
