#include "Preferences.h"

#include <QSettings>

namespace pagesight {

namespace {
const QString timeZoneKey = QStringLiteral("dashboards/timeZone");
const QString csvFolderKey = QStringLiteral("export/csvFolder");
const QString excelKey = QStringLiteral("export/excelFriendlyCsv");
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

QString Preferences::csvFolder() const {
    return m_settings ? m_settings->value(csvFolderKey).toString() : QString();
}

void Preferences::setCsvFolder(const QString &folder) {
    if (m_settings)
        m_settings->setValue(csvFolderKey, folder);
}

bool Preferences::excelFriendlyCsv() const {
    return m_settings && m_settings->value(excelKey, false).toBool();
}

void Preferences::setExcelFriendlyCsv(bool on) {
    if (m_settings)
        m_settings->setValue(excelKey, on);
}

} // namespace pagesight
