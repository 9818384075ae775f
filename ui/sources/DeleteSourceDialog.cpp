#include "DeleteSourceDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace pagesight {

DeleteSourceDialog::DeleteSourceDialog(const SourceConfig &source, const SourceRepository::RemovalPlan &plan,
                                       QWidget *parent)
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
    text->setMinimumWidth(400); // the width the wrapped texts below are laid out to
    top->addWidget(text, 1);
    layout->addLayout(top);
    layout->setSizeConstraint(QLayout::SetFixedSize); // as tall as its wrapped texts, no gaps

    const QString organization = source.organizationName.isEmpty()
                                     ? source.organizationUrn()
                                     : tr("%1 (ID %2)").arg(source.organizationName).arg(source.organizationId);
    m_organizationRows = new QCheckBox(tr("Delete this organization's &data"), this);
    m_organizationRows->setObjectName(QStringLiteral("deleteOrganizationDataCheckBox"));
    auto *rowsDetail = new QLabel(this);
    rowsDetail->setObjectName(QStringLiteral("organizationDataLabel"));
    rowsDetail->setWordWrap(true);
    rowsDetail->setContentsMargins(24, 0, 0, 0); // under the box's text
    if (plan.isSample) {                         // sample rows never stay behind to mix with a real page's
        m_organizationRows->setChecked(true);
        m_organizationRows->setEnabled(false);
        rowsDetail->setText(tr("Sample data is always deleted with its source."));
    } else {
        rowsDetail->setText(tr("The rows of %1 in its tables. Other organizations' rows stay.").arg(organization));
    }
    auto *rows = new QVBoxLayout;
    rows->setSpacing(2);
    rows->addWidget(m_organizationRows);
    rows->addWidget(rowsDetail);
    layout->addLayout(rows);

    m_dropTables = new QCheckBox(tr("Also drop the tables only it uses"), this);
    m_dropTables->setToolTip(plan.droppable.join(QStringLiteral(", ")));
    m_dropTables->setObjectName(QStringLiteral("dropTablesCheckBox"));
    m_dropTables->setVisible(!plan.droppable.isEmpty());
    layout->addWidget(m_dropTables);
    if (!plan.droppable.isEmpty()) {
        auto *droppable = new QLabel(plan.droppable.join(QStringLiteral(", ")), this);
        droppable->setObjectName(QStringLiteral("droppableTablesLabel"));
        droppable->setWordWrap(true);
        droppable->setContentsMargins(24, 0, 0, 0);
        layout->addWidget(droppable);
    }
    if (!plan.kept.isEmpty()) {
        auto *kept = new QLabel(tr("Kept whatever you choose, because another source or organization uses them: %1")
                                    .arg(plan.kept.join(QStringLiteral(", "))),
                                this);
        kept->setObjectName(QStringLiteral("keptTablesLabel"));
        kept->setWordWrap(true);
        layout->addWidget(kept);
    }

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
}

SourceRepository::Deletion DeleteSourceDialog::deletion() const {
    return {m_organizationRows->isChecked(), !m_dropTables->isHidden() && m_dropTables->isChecked()};
}

} // namespace pagesight
