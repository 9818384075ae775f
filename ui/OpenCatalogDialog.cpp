#include "OpenCatalogDialog.h"

#include "catalog/CatalogLocation.h"
#include "common/Errors.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace pagesight {

namespace {
enum Tab { FileTab, ServerTab };
} // namespace

OpenCatalogDialog::OpenCatalogDialog(const QString &current, Tryer tryer, QWidget *parent)
    : QDialog(parent)
    , m_tryer(std::move(tryer)) {
    setObjectName(QStringLiteral("openCatalogDialog"));
    setWindowTitle(tr("Open Catalog"));
    auto *layout = new QVBoxLayout(this);
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(makeFileTab(), tr("File on this computer"));
    m_tabs->addTab(makeServerTab(), tr("PostgreSQL server"));
    layout->addWidget(m_tabs);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("openCatalogError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this);
    // Qt's own words for these are not translated where its translations are not installed.
    buttons->button(QDialogButtonBox::Open)->setText(tr("Open"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &OpenCatalogDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    if (const std::optional<ServerCatalog> server = parseServerCatalog(current)) {
        m_host->setText(server->host);
        m_port->setValue(server->port);
        m_database->setText(server->database);
        m_user->setText(server->user);
        m_schema->setText(server->schema);
        m_sslMode->setCurrentIndex(qMax(0, m_sslMode->findData(server->sslMode)));
        m_tabs->setCurrentIndex(ServerTab);
    } else {
        m_path->setText(QDir::toNativeSeparators(current));
    }
    updateUrl();
    resize(qMax(sizeHint().width(), 560), sizeHint().height());
}

QWidget *OpenCatalogDialog::makeFileTab() {
    auto *tab = new QWidget(this);
    auto *form = new QVBoxLayout(tab);
    auto *row = new QHBoxLayout;
    m_path = new QLineEdit(tab);
    m_path->setObjectName(QStringLiteral("catalogFilePath"));
    m_path->setAccessibleName(tr("Catalog file"));
    m_path->setClearButtonEnabled(true);
    auto *browse = new QPushButton(tr("Browse…"), tab);
    connect(browse, &QPushButton::clicked, this, &OpenCatalogDialog::browse);
    row->addWidget(m_path, 1);
    row->addWidget(browse);
    auto *label = new QLabel(tr("&Catalog file:"), tab);
    label->setBuddy(m_path);
    form->addWidget(label);
    form->addLayout(row);
    auto *note = new QLabel(tr("An SQLite file only this computer uses. A new catalog is made if the file does "
                               "not exist."),
                            tab);
    note->setWordWrap(true);
    form->addWidget(note);
    form->addStretch();
    return tab;
}

QWidget *OpenCatalogDialog::makeServerTab() {
    auto *tab = new QWidget(this);
    auto *outer = new QVBoxLayout(tab);
    auto *intro = new QLabel(tr("A catalog a team shares: a scheduled <tt>pagesight sync</tt> writes it, and every "
                                "analyst's app reads the same dashboards."),
                             tab);
    intro->setWordWrap(true);
    outer->addWidget(intro);
    auto *form = new QFormLayout;
    const auto line = [&](const QString &name, const QString &placeholder) {
        auto *edit = new QLineEdit(tab);
        edit->setObjectName(name);
        edit->setPlaceholderText(placeholder);
        connect(edit, &QLineEdit::textChanged, this, &OpenCatalogDialog::updateUrl);
        return edit;
    };
    m_host = line(QStringLiteral("serverHost"), QStringLiteral("db.example.com"));
    m_port = new QSpinBox(tab);
    m_port->setObjectName(QStringLiteral("serverPort"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    connect(m_port, &QSpinBox::valueChanged, this, &OpenCatalogDialog::updateUrl);
    m_database = line(QStringLiteral("serverDatabase"), QStringLiteral("analytics"));
    m_user = line(QStringLiteral("serverUser"), QStringLiteral("pagesight"));
    m_schema = line(QStringLiteral("serverSchema"), QStringLiteral("public"));
    m_schema->setToolTip(tr("Lower-case letters, digits and underscores. Made on the server if it does not exist."));
    m_sslMode = new QComboBox(tab);
    m_sslMode->setObjectName(QStringLiteral("serverSslMode"));
    m_sslMode->addItem(tr("Prefer encryption (default)"), QString());
    m_sslMode->addItem(tr("Require encryption"), QStringLiteral("require"));
    m_sslMode->addItem(tr("Require, and check the certificate authority"), QStringLiteral("verify-ca"));
    m_sslMode->addItem(tr("Require, and check the server's name"), QStringLiteral("verify-full"));
    m_sslMode->addItem(tr("Never encrypt"), QStringLiteral("disable"));
    connect(m_sslMode, &QComboBox::currentIndexChanged, this, &OpenCatalogDialog::updateUrl);
    m_password = new QLineEdit(tab);
    m_password->setObjectName(QStringLiteral("serverPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("empty: from PGPASSWORD or ~/.pgpass"));
    m_remember = new QCheckBox(tr("Keep the password in the system keychain"), tab);
    m_remember->setObjectName(QStringLiteral("serverRememberPassword"));
    m_remember->setChecked(true);
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("P&ort:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("&Schema:"), m_schema);
    form->addRow(tr("&Encryption:"), m_sslMode);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(QString(), m_remember);
    outer->addLayout(form);
    m_url = new QLabel(tab);
    m_url->setObjectName(QStringLiteral("serverUrl"));
    m_url->setWordWrap(true);
    m_url->setTextInteractionFlags(Qt::TextSelectableByMouse);
    outer->addWidget(m_url);
    outer->addStretch();
    return tab;
}

bool OpenCatalogDialog::serverChosen() const {
    return m_tabs->currentIndex() == ServerTab;
}

QString OpenCatalogDialog::location() const {
    if (!serverChosen())
        return QDir::fromNativeSeparators(m_path->text().trimmed());
    ServerCatalog server;
    server.host = m_host->text().trimmed();
    server.port = m_port->value();
    server.database = m_database->text().trimmed();
    server.user = m_user->text().trimmed();
    if (const QString schema = m_schema->text().trimmed(); !schema.isEmpty())
        server.schema = schema;
    server.sslMode = m_sslMode->currentData().toString();
    return server.url();
}

QString OpenCatalogDialog::password() const {
    return serverChosen() ? m_password->text() : QString();
}

bool OpenCatalogDialog::rememberPassword() const {
    return serverChosen() && m_remember->isChecked();
}

void OpenCatalogDialog::updateUrl() {
    // What the command line takes: the same catalog for `pagesight sync --catalog …`.
    const QString url = location();
    m_url->setText(fieldError().isEmpty()
                       ? tr("The command line reaches the same catalog with:") +
                             QStringLiteral("<br><tt><span style=\"white-space:nowrap\">--catalog</span> %1</tt>")
                                 .arg(url.toHtmlEscaped())
                       : QString());
}

QString OpenCatalogDialog::fieldError() const {
    if (!serverChosen())
        return m_path->text().trimmed().isEmpty() ? tr("Choose a catalog file.") : QString();
    if (m_host->text().trimmed().isEmpty() || m_database->text().trimmed().isEmpty() ||
        m_user->text().trimmed().isEmpty())
        return tr("Fill in the host, the database and the user.");
    InputError error;
    if (!parseServerCatalog(location(), &error))
        return describe(error);
    return {};
}

void OpenCatalogDialog::browse() {
    const QString current = m_path->text().trimmed();
    const QString folder = current.isEmpty() ? QDir::homePath() : QFileInfo(current).absolutePath();
    const QString chosen = QFileDialog::getSaveFileName(this, tr("Choose a Catalog File"), folder,
                                                        tr("Catalogs (*.sqlite *.db);;All files (*)"), nullptr,
                                                        QFileDialog::DontConfirmOverwrite);
    if (!chosen.isEmpty())
        m_path->setText(QDir::toNativeSeparators(chosen));
}

void OpenCatalogDialog::showError(const QString &message) {
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
    // Room for the sentence below the fields, which keep their height.
    if (layout())
        layout()->activate();
    resize(width(), qMax(height(), sizeHint().height()));
}

void OpenCatalogDialog::accept() {
    if (const QString error = fieldError(); !error.isEmpty())
        return showError(error);
    showError({});
    setEnabled(false); // a server may take a few seconds to answer
    setCursor(Qt::WaitCursor);
    const QString error = m_tryer ? m_tryer(location(), password()) : QString();
    unsetCursor();
    setEnabled(true);
    if (!error.isEmpty())
        return showError(error);
    QDialog::accept();
}

} // namespace pagesight
