#pragma once

#include <QDialog>

class QComboBox;
class QSettings;

namespace pagesight {

// Tools → Preferences…: the time zone in which the Insights count weekdays and hours. The system's
// zone is the default, UTC (LinkedIn's own) and every IANA zone can be chosen. OK keeps the
// choice in settings (core/app/Preferences); the lead applies it to the dashboards.
class PreferencesDialog : public QDialog {
    Q_OBJECT
public:
    explicit PreferencesDialog(QSettings *settings, QWidget *parent = nullptr);

    QByteArray chosenTimeZoneId() const; // empty = the system's
    void chooseTimeZoneId(const QByteArray &id);

    void accept() override; // saves, then closes

private:
    QSettings *m_settings;
    QComboBox *m_timeZones;
};

} // namespace pagesight
