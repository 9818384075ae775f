#pragma once

#include <QString>
#include <QTimeZone>
#include <functional>

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

    // Where an export is offered first: the folder of the last export (else Documents) and fileName.
    QString exportPath(const QString &fileName) const;
    // After an export: its folder, and whether a CSV was written for Excel (with a byte-order mark).
    void rememberExport(const QString &path, bool excelFriendlyCsv);
    QString exportFolder() const; // empty: no export yet
    bool excelFriendlyCsv() const;

    // The catalog the app opens (File → Open Catalog…): a file, or a server's URL, never with a
    // password (a URL that carries one is not kept). Empty: the default file.
    QString catalogLocation() const;
    void setCatalogLocation(const QString &location);

private:
    QSettings *m_settings;
};

// Asks where to save: the caption, the path offered, the filters ("PNG image (*.png);;…") and, in
// and out, the filter chosen. Empty when the user cancels. The widgets pass a QFileDialog; tests
// answer themselves.
using SaveFileAsker =
    std::function<QString(const QString &caption, const QString &path, const QString &filters, QString *selected)>;

// A zone by its IANA id ("Europe/Berlin", "UTC"); the system's for an empty or unknown id.
QTimeZone timeZoneFromId(const QByteArray &id);

} // namespace pagesight
