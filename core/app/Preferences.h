#pragma once

#include <QString>
#include <QTimeZone>

class QSettings;

namespace pagesight {

// What the user sets once and the app remembers (Tools → Preferences…, the last CSV folder), kept
// in QSettings. Never a secret: those live in the keychain. A null settings object (tests, the
// command line) reads the defaults and writes nothing.
class Preferences {
public:
    explicit Preferences(QSettings *settings = nullptr)
        : m_settings(settings) {}

    // The time zone of the Insights' weekdays and hours: empty id = the system's (the default).
    QByteArray timeZoneId() const;
    void setTimeZoneId(const QByteArray &id);
    QTimeZone timeZone() const; // the zone to use: the one chosen, else the system's

    // Where the last CSV export was saved (empty: none yet), and whether it had a byte-order mark.
    QString csvFolder() const;
    void setCsvFolder(const QString &folder);
    bool excelFriendlyCsv() const;
    void setExcelFriendlyCsv(bool on);

private:
    QSettings *m_settings;
};

// A zone by its IANA id ("Europe/Berlin", "UTC"); the system's for an empty or unknown id.
QTimeZone timeZoneFromId(const QByteArray &id);

} // namespace pagesight
