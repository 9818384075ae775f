#pragma once

#include "source/SourceConfig.h"

#include <QDialog>

class QCheckBox;

namespace pagesight {

// "Delete this source?" with the choice to drop its tables too. Cancel is the default.
class DeleteSourceDialog : public QDialog {
    Q_OBJECT
public:
    explicit DeleteSourceDialog(const SourceConfig &source, QWidget *parent = nullptr);
    bool dropTables() const;

private:
    QCheckBox *m_dropTables;
};

} // namespace pagesight
