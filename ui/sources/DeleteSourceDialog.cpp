#include "DeleteSourceDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace pagesight {

DeleteSourceDialog::DeleteSourceDialog(const SourceConfig &source, QWidget *parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("deleteSourceDialog"));
    setWindowTitle(tr("Delete Source"));
    auto *layout = new QVBoxLayout(this);

    auto *top = new QHBoxLayout;
    auto *icon = new QLabel(this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(32, 32));
    top->addWidget(icon, 0, Qt::AlignTop);
    auto *text = new QLabel(tr("<p><b>Delete “%1”?</b></p><p>Its settings, its bookmarks and its tokens in the "
                               "keychain are removed. The run history stays.</p>")
                                .arg(source.description.toHtmlEscaped()),
                            this);
    text->setWordWrap(true);
    top->addWidget(text, 1);
    layout->addLayout(top);

    QStringList tables;
    for (const StreamSelection &selection : source.streams)
        tables.append(selection.tableName);
    m_dropTables = new QCheckBox(tr("Also drop its tables (%1)").arg(tables.join(QStringLiteral(", "))), this);
    m_dropTables->setObjectName(QStringLiteral("dropTablesCheckBox"));
    m_dropTables->setToolTip(tr("Tables that another source also writes to are kept."));
    layout->addWidget(m_dropTables);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *remove = buttons->addButton(tr("Delete"), QDialogButtonBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("confirmDeleteButton"));
    remove->setAutoDefault(false);
    // Named here rather than by Qt's qtbase catalogue, which the app does not load.
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    connect(remove, &QPushButton::clicked, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

bool DeleteSourceDialog::dropTables() const {
    return m_dropTables->isChecked();
}

} // namespace pagesight
