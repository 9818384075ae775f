#include "RetentionDialog.h"

#include "app/SourceText.h"
#include "catalog/CatalogWriter.h"
#include "common/Clock.h"
#include "source/SourceRepository.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pagesight {

RetentionDialog::RetentionDialog(const AppServices &services, QWidget *parent)
    : QDialog(parent)
    , m_services(services) {
    setObjectName(QStringLiteral("retentionDialog"));
    setWindowTitle(tr("Data Retention"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("<p>LinkedIn's API terms limit how long its data may be kept. By a summary of its data storage "
           "requirements, page reporting data may be kept a year and organization social activity six months; "
           "check LinkedIn's current terms. <b>Keeping within them is your responsibility.</b></p>"
           "<p>Set how many days each table keeps. Rows about older days are removed after each sync; the "
           "period counts from today. Post statistics, which have no day of their own, go when they were last "
           "fetched that long ago.</p>"),
        this);
    intro->setObjectName(QStringLiteral("retentionIntroLabel"));
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::RichText);
    layout->addWidget(intro);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("retentionTable"));
    m_table->setAccessibleName(tr("Retention per table"));
    m_table->setHorizontalHeaderLabels({tr("Table"), tr("Holds"), tr("Keep"), tr("Older rows now")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("retentionErrorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(QStringLiteral("saveRetentionButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &RetentionDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    addRows();
    resize(760, 420);
}

// The tables the sources write, in their order, and any other table the setting names.
void RetentionDialog::addRows() {
    const QList<RetentionRule> saved = m_services.catalog && m_services.catalog->isOpen()
                                           ? retentionRules(m_services.catalog->reader())
                                           : QList<RetentionRule>();
    const auto daysOf = [&saved](const QString &table) {
        for (const RetentionRule &rule : saved)
            if (rule.table == table)
                return rule.days;
        return 0;
    };
    QStringList seen;
    const QList<SourceConfig> sources = m_services.sources ? m_services.sources->sources() : QList<SourceConfig>();
    for (const SourceConfig &source : sources)
        for (const StreamSelection &selection : source.streams)
            if (!seen.contains(selection.tableName)) {
                seen << selection.tableName;
                addRow(selection.tableName, selection.streamId, daysOf(selection.tableName));
            }
    for (const RetentionRule &rule : saved)
        if (!seen.contains(rule.table)) {
            seen << rule.table;
            addRow(rule.table, rule.streamId, rule.days);
        }
    if (m_rows.isEmpty())
        showError(tr("No source writes any table yet. Add a source first."));
    m_save->setEnabled(!m_rows.isEmpty());
}

void RetentionDialog::addRow(const QString &table, const QString &streamId, int days) {
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, TableColumn, new QTableWidgetItem(table));
    m_table->setItem(row, StreamColumn, new QTableWidgetItem(SourceText::streamTitle(streamId)));
    auto *spin = new QSpinBox(m_table);
    spin->setObjectName(QStringLiteral("retentionDays_%1").arg(table));
    spin->setAccessibleName(tr("Days %1 keeps").arg(table));
    spin->setRange(0, RetentionRule::kMaxDays);
    spin->setSpecialValueText(tr("Every row"));
    spin->setSuffix(tr(" days"));
    spin->setValue(days);
    m_table->setCellWidget(row, KeepColumn, spin);
    auto *older = new QTableWidgetItem;
    older->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_table->setItem(row, OlderColumn, older);
    m_rows.append({table, streamId, spin});
    connect(spin, &QSpinBox::valueChanged, this, [this, row] { updateOlder(row); });
    updateOlder(row);
}

QList<RetentionRule> RetentionDialog::rules() const {
    QList<RetentionRule> rules;
    for (const Row &row : m_rows)
        if (row.days->value() > 0)
            rules.append({row.table, row.streamId, row.days->value()});
    return rules;
}

QString RetentionDialog::errorText() const {
    return m_error->isHidden() ? QString() : m_error->text();
}

void RetentionDialog::updateOlder(int row) {
    const Row &r = m_rows.at(row);
    QTableWidgetItem *older = m_table->item(row, OlderColumn);
    if (r.days->value() == 0 || !m_services.catalog || !m_services.catalog->isOpen()) {
        older->setText(QStringLiteral("—"));
        older->setData(Qt::UserRole, 0);
        return;
    }
    const QDate today = m_services.clock ? m_services.clock->todayUtc() : QDate::currentDate();
    const qint64 count = rowsOlderThan(m_services.catalog->reader(), {r.table, r.streamId, r.days->value()}, today);
    older->setText(count < 0 ? tr("unknown") : QLocale().toString(count));
    older->setData(Qt::UserRole, std::max<qint64>(0, count));
}

qint64 RetentionDialog::olderTotal() const {
    qint64 total = 0;
    for (int row = 0; row < m_rows.size(); ++row)
        total += m_table->item(row, OlderColumn)->data(Qt::UserRole).toLongLong();
    return total;
}

void RetentionDialog::save() {
    const QList<RetentionRule> chosen = rules();
    if (const qint64 older = olderTotal(); older > 0) {
        QMessageBox confirm(QMessageBox::Warning, tr("Remove older rows?"),
                            tr("%n row(s) are older than these periods. They will be removed after the next sync "
                               "and cannot be restored, except by a full sync while LinkedIn still has them.",
                               nullptr, int(std::min<qint64>(older, INT_MAX))),
                            QMessageBox::NoButton, this);
        confirm.setObjectName(QStringLiteral("retentionConfirmBox"));
        QPushButton *remove = confirm.addButton(tr("Save and Remove Later"), QMessageBox::DestructiveRole);
        remove->setObjectName(QStringLiteral("confirmRetentionButton"));
        confirm.setDefaultButton(confirm.addButton(QMessageBox::Cancel));
        confirm.exec();
        if (confirm.clickedButton() != remove)
            return;
    }
    store(chosen);
}

void RetentionDialog::store(const QList<RetentionRule> &rules) {
    m_save->setEnabled(false);
    const auto done = [this](const CatalogError &error) {
        m_save->setEnabled(true);
        if (error.isError())
            return showError(describe(error));
        emit saved();
        accept();
    };
    if (!m_services.writer) // tests without a writer thread: the catalog they gave writes
        return done(m_services.catalog ? saveRetentionRules(*m_services.catalog, rules)
                                       : CatalogError{CatalogError::Kind::CannotOpen, {}, m_services.catalogPath});
    QCoro::connect(m_services.writer->write([rules](Catalog &catalog) { return saveRetentionRules(catalog, rules); }),
                   this, done);
}

void RetentionDialog::showError(const QString &message) {
    m_error->setText(message);
    m_error->show();
}

} // namespace pagesight
