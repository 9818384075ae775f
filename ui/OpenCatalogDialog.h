#pragma once

#include <QDialog>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTabWidget;

namespace pagesight {

// File → Open Catalog…: a catalog file on this computer, or a team's catalog on a PostgreSQL
// server (host, port, database, user, schema, SSL mode, and a password the keychain may keep).
// Open tries the catalog before the dialog closes: a catalog that cannot be used says why in
// the dialog, and everything typed stays.
class OpenCatalogDialog : public QDialog {
    Q_OBJECT
public:
    // Tries a catalog (a path or a URL, and the password typed): empty when it can be used, else
    // the sentence that says why not.
    using Tryer = std::function<QString(const QString &location, const QString &password)>;

    // current: the catalog open now (a path or a URL), shown first.
    OpenCatalogDialog(const QString &current, Tryer tryer, QWidget *parent = nullptr);

    QString location() const; // the path, or the server's URL (never with a password)
    QString password() const; // typed in the server tab; empty for a file
    bool rememberPassword() const;
    bool serverChosen() const;

    void accept() override;

private:
    QWidget *makeFileTab();
    QWidget *makeServerTab();
    void updateUrl();
    void browse();
    void showError(const QString &message);
    // Why the fields name no catalog (a required one empty, a URL that does not parse); empty
    // when they do.
    QString fieldError() const;

    Tryer m_tryer;
    QTabWidget *m_tabs;
    QLineEdit *m_path;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QLineEdit *m_schema;
    QComboBox *m_sslMode;
    QLineEdit *m_password;
    QCheckBox *m_remember;
    QLabel *m_url;
    QLabel *m_error;
};

} // namespace pagesight
