#pragma once

#include "source/SourceRepository.h"

#include <QDialog>

class QCheckBox;

namespace pagesight {

// "Delete this source?" with the choices of what goes with it: the organization's rows in the
// source's tables, and the tables that hold nothing else (a table another source or organization
// uses is never offered, and the dialog says why). Cancel is the default.
class DeleteSourceDialog : public QDialog {
    Q_OBJECT
public:
    DeleteSourceDialog(const SourceConfig &source, const SourceRepository::RemovalPlan &plan,
                       QWidget *parent = nullptr);
    SourceRepository::Deletion deletion() const;

private:
    QCheckBox *m_organizationRows;
    QCheckBox *m_dropTables;
};

} // namespace pagesight
