// The one place that knows the chart backend (Qt Charts). Swapping it means rewriting this file.
#include "ChartCanvas.h"

#include <QAbstractItemModel>
#include <QCursor>
#include <QDate>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QToolTip>
#include <QVBoxLayout>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QCategoryAxis>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QHorizontalBarSeries>
#include <QtCharts/QHorizontalStackedBarSeries>
#include <QtCharts/QLegend>
#include <QtCharts/QLineSeries>
#include <QtCharts/QScatterSeries>
#include <QtCharts/QStackedBarSeries>
#include <QtCharts/QValueAxis>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace pagesight {

const QList<QColor> &chartPalette() {
    // Okabe–Ito: told apart with the common colour-vision deficiencies.
    static const QList<QColor> colors = {QColor(0x00, 0x72, 0xB2), QColor(0xE6, 0x9F, 0x00), QColor(0x00, 0x9E, 0x73),
                                         QColor(0xD5, 0x5E, 0x00), QColor(0xCC, 0x79, 0xA7), QColor(0x56, 0xB4, 0xE9),
                                         QColor(0x99, 0x99, 0x99), QColor(0x33, 0x33, 0x33)};
    return colors;
}

class ChartCanvas::Backend {
public:
    // A new chart for every drawing: Qt Charts deletes a removed axis's items later (deleteLater),
    // so a reused chart painted before the event loop runs would show the old axes over the new.
    void renew(const QString &title) {
        QChart *old = chart;
        chart = new QChart;
        chart->setMargins(QMargins(4, 4, 4, 4));
        chart->setBackgroundRoundness(0);
        chart->legend()->setAlignment(Qt::AlignBottom);
        // Axis and bar labels in the user's locale ("4,05 %" in Portuguese), as the tables are.
        chart->setLocalizeNumbers(true);
        chart->setLocale(QLocale());
        QFont font = chart->titleFont();
        font.setBold(true);
        chart->setTitleFont(font);
        chart->setTitle(title);
        view->setChart(chart);
        delete old;
    }

    QChart *chart = nullptr;
    QChartView *view = nullptr;
    QList<QList<double>> values; // per series spec
    QStringList categories;
    QList<int> slotRows;         // x slot → model row (-1: none, or "Other")
    QList<QList<int>> pointRows; // scatter: per series, the row of each point
};

namespace {

// The values an axis must show, 0 included (bars grow from 0; a share or a count is read from 0).
struct Extent {
    double low = 0;
    double high = 0;
    void add(double value) {
        low = qMin(low, value);
        high = qMax(high, value);
    }
    void apply(QValueAxis *axis, double headroom = 1.0) const {
        axis->setRange(low * headroom, high > low ? high * headroom : low + 1);
        axis->applyNiceNumbers();
    }
};

// Two value axes side by side (nice numbers applied) share their ticks: each keeps its step, both
// get as many steps below and above zero as the one that needs most, so zero is one gridline.
void alignZeros(QValueAxis *a, QValueAxis *b) {
    const auto stepOf = [](const QValueAxis *axis) {
        return (axis->max() - axis->min()) / (axis->tickCount() - 1);
    };
    const double stepA = stepOf(a), stepB = stepOf(b);
    if (stepA <= 0 || stepB <= 0)
        return;
    const int below = int(std::max(std::round(-a->min() / stepA), std::round(-b->min() / stepB)));
    const int above = int(std::max(std::round(a->max() / stepA), std::round(b->max() / stepB)));
    for (const auto &[axis, step] : {std::pair{a, stepA}, std::pair{b, stepB}}) {
        axis->setRange(-below * step, above * step);
        axis->setTickCount(below + above + 1);
    }
}

QString elided(const QString &text, int length = 28) {
    return text.size() <= length ? text : text.left(length - 1).trimmed() + QChar(0x2026);
}

// The format of a value axis. The charts localize their numbers, and then Qt Charts puts the
// number in place of "%.1f" and keeps the rest as it is: a "%" in the suffix is not doubled.
QString axisFormat(int decimals, const QString &suffix) {
    return QStringLiteral("%.%1f").arg(decimals) + suffix;
}

void styleAxis(QAbstractAxis *axis, const QString &title) {
    QFont font = axis->labelsFont();
    font.setPointSizeF(font.pointSizeF() * 0.9);
    axis->setLabelsFont(font);
    if (!title.isEmpty()) {
        axis->setTitleText(title);
        axis->setTitleFont(font);
    }
}

} // namespace

ChartCanvas::ChartCanvas(QWidget *parent)
    : QWidget(parent)
    , d(std::make_unique<Backend>()) {
    d->view = new QChartView(this);
    d->view->setRenderHint(QPainter::Antialiasing);
    d->view->setObjectName(QStringLiteral("chartView"));
    d->renew(QString());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(d->view);
    setMinimumHeight(200);
}

ChartCanvas::~ChartCanvas() = default;

QString ChartCanvas::rowToolTip(int row) const {
    return m_model && row >= 0 ? m_model->index(row, 0).data(Qt::ToolTipRole).toString() : QString();
}

QString ChartCanvas::slotToolTip(int slot) const {
    return slot >= 0 && slot < d->slotRows.size() ? rowToolTip(d->slotRows.at(slot)) : QString();
}

QStringList ChartCanvas::texts() const {
    QStringList texts;
    for (QGraphicsItem *item : d->view->scene()->items()) {
        if (const auto *rich = dynamic_cast<QGraphicsTextItem *>(item); rich && item->isVisible())
            texts.append(rich->toPlainText());
        else if (const auto *plain = dynamic_cast<QGraphicsSimpleTextItem *>(item); plain && item->isVisible())
            texts.append(plain->text());
    }
    return texts;
}

int ChartCanvas::valueTicksForWidth() const {
    return std::clamp(width() / 100, 2, 4) + 1;
}

void ChartCanvas::resizeEvent(QResizeEvent *event) {
    QWidget::resizeEvent(event);
    if (m_spec.horizontal && m_spec.x == ChartSpec::XAxis::Categories && m_valueTicks != valueTicksForWidth())
        redraw();
}

void ChartCanvas::setModel(QAbstractItemModel *model, const ChartSpec &spec) {
    for (const QMetaObject::Connection &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    m_model = model;
    m_spec = spec;
    if (model) {
        m_connections.append(connect(model, &QAbstractItemModel::modelReset, this, &ChartCanvas::redraw));
        m_connections.append(connect(model, &QAbstractItemModel::layoutChanged, this, &ChartCanvas::redraw));
    }
    redraw();
}

void ChartCanvas::setSpec(const ChartSpec &spec) {
    m_spec = spec;
    redraw();
}

void ChartCanvas::setTitle(const QString &title) {
    m_title = title;
    d->chart->setTitle(title);
}

int ChartCanvas::seriesCount() const {
    return int(d->values.size());
}

QList<double> ChartCanvas::seriesValues(int series) const {
    return d->values.value(series);
}

QStringList ChartCanvas::categories() const {
    return d->categories;
}

QList<int> ChartCanvas::dimmedSlots() const {
    QList<int> dimmed;
    const bool horizontal = m_spec.horizontal && m_spec.x == ChartSpec::XAxis::Categories;
    for (const QAbstractSeries *series : d->chart->series())
        if (const auto *bars = qobject_cast<const QAbstractBarSeries *>(series); bars && !bars->barSets().isEmpty()) {
            const int count = int(bars->barSets().first()->count());
            for (const int index : bars->barSets().first()->selectedBars())
                dimmed.append(horizontal ? count - 1 - index : index);
        }
    std::sort(dimmed.begin(), dimmed.end());
    return dimmed;
}

QStringList ChartCanvas::drawingOrder() const {
    QStringList order;
    for (const QAbstractSeries *series : d->chart->series())
        order << (series->type() == QAbstractSeries::SeriesTypeLine ? series->name() : QStringLiteral("bars"));
    return order;
}

QList<std::pair<double, double>> ChartCanvas::valueRanges() const {
    QList<std::pair<double, double>> ranges;
    const bool horizontal = m_spec.horizontal && m_spec.x == ChartSpec::XAxis::Categories;
    for (const QAbstractAxis *axis : d->chart->axes(Qt::Vertical | Qt::Horizontal))
        if (const auto *value = qobject_cast<const QValueAxis *>(axis);
            value && axis->orientation() == (horizontal ? Qt::Horizontal : Qt::Vertical))
            ranges.append({value->min(), value->max()});
    return ranges;
}

void ChartCanvas::redraw() {
    d->renew(m_title);
    d->values.clear();
    d->categories.clear();
    d->slotRows.clear();
    d->pointRows.clear();
    const QAbstractItemModel *model = m_model;
    const int rows = model ? model->rowCount() : 0;
    QList<ChartSeries> seriesList = m_spec.series;
    if (model && m_spec.linesFromColumn >= 0) {
        seriesList.clear();
        for (int column = m_spec.linesFromColumn; column < model->columnCount(); ++column)
            seriesList.append({ChartSeries::Kind::Line, column});
    }
    if (rows == 0 || seriesList.isEmpty())
        return;
    const auto number = [model](int row, int column) {
        return model->index(row, column).data().toDouble();
    };
    const auto nameOf = [model](const ChartSeries &s) {
        return s.name.isEmpty() ? model->headerData(s.column, Qt::Horizontal).toString() : s.name;
    };
    const auto colorOf = [](const ChartSeries &s, int i) {
        return s.color.isValid() ? s.color : chartPalette().at(i % chartPalette().size());
    };
    const auto showTip = [this](int row) {
        if (m_model && row >= 0)
            QToolTip::showText(QCursor::pos(), rowToolTip(row), d->view);
    };

    // The x slotCount: every day of the span, each row, or (scatter) none.
    QList<QDate> days;
    QList<int> otherRows; // the categories summed as "Other"
    if (m_spec.x == ChartSpec::XAxis::Dates) {
        QDate first, last;
        for (int row = 0; row < rows; ++row) {
            const QDate day = model->index(row, m_spec.xColumn).data().toDate();
            first = !first.isValid() || day < first ? day : first;
            last = !last.isValid() || day > last ? day : last;
        }
        const int slotCount = int(first.daysTo(last)) + 1;
        d->slotRows = QList<int>(slotCount, -1);
        for (int row = 0; row < rows; ++row)
            d->slotRows[first.daysTo(model->index(row, m_spec.xColumn).data().toDate())] = row;
        for (int i = 0; i < slotCount; ++i) {
            days.append(first.addDays(i));
            d->categories.append(QLocale().toString(days.last(), m_spec.dateFormat));
        }
    } else if (m_spec.x == ChartSpec::XAxis::Categories) {
        // Every row in the model's order; or, past maxCategories (and a tail of more than two), the
        // rows with the largest value in any series drawn, largest first, and the rest as "Other".
        const bool other = m_spec.maxCategories > 0 && rows > m_spec.maxCategories + 2;
        QList<int> shown(rows);
        std::iota(shown.begin(), shown.end(), 0);
        if (other) {
            const auto rank = [&](int row) {
                double largest = 0;
                for (const ChartSeries &s : std::as_const(seriesList))
                    largest = std::max(largest, number(row, s.column));
                return largest;
            };
            std::stable_sort(shown.begin(), shown.end(), [&](int a, int b) { return rank(a) > rank(b); });
            otherRows = shown.mid(m_spec.maxCategories - 1);
            shown.resize(m_spec.maxCategories - 1);
        }
        for (const int row : std::as_const(shown)) {
            QString name = elided(model->index(row, m_spec.xColumn).data(m_spec.categoryRole).toString());
            while (d->categories.contains(name)) // the axis needs distinct names
                name += QChar(0x200B);
            d->categories.append(name);
            d->slotRows.append(row);
        }
        if (other) {
            d->categories.append(tr("Other"));
            d->slotRows.append(-1);
        }
    }
    const int slotCount = int(d->slotRows.size());
    const auto slotValue = [&](int slot, int column) {
        const int row = d->slotRows.at(slot);
        if (row >= 0)
            return number(row, column);
        double sum = 0; // "Other": the rows not shown (Dates: a day without a row, 0)
        for (const int r : std::as_const(otherRows))
            sum += number(r, column);
        return sum;
    };

    // Axes.
    QAbstractAxis *xAxis = nullptr;
    auto *valueAxis = new QValueAxis;
    valueAxis->setLabelFormat(axisFormat(m_spec.valueDecimals, m_spec.valueSuffix));
    QValueAxis *secondAxis = nullptr;
    // Days, and many categories side by side, get an axis of slot numbers labelled every few slots:
    // a label then has the width of several slots and is not elided.
    const bool indexAxis = m_spec.x == ChartSpec::XAxis::Dates ||
                           (m_spec.x == ChartSpec::XAxis::Categories && !m_spec.horizontal && slotCount > 12);
    if (indexAxis) {
        auto *axis = new QCategoryAxis;
        axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
        const int step = qMax(1, int(std::ceil(slotCount / 7.0)));
        for (int i = 0; i < slotCount; i += step)
            axis->append(d->categories.at(i), i);
        xAxis = axis;
    } else if (m_spec.x == ChartSpec::XAxis::Categories) {
        auto *axis = new QBarCategoryAxis;
        QStringList names = d->categories;
        if (m_spec.horizontal)
            std::reverse(names.begin(), names.end()); // the first row on top
        axis->append(names);
        xAxis = axis;
    } else {
        auto *axis = new QValueAxis;
        axis->setLabelFormat(QStringLiteral("%.0f"));
        xAxis = axis;
    }
    styleAxis(xAxis, m_spec.xTitle);
    styleAxis(valueAxis, m_spec.yTitle);
    const bool horizontal = m_spec.horizontal && m_spec.x == ChartSpec::XAxis::Categories;
    if (horizontal) {
        // Values along the bottom: as many ticks as their labels have room for ("8.0 %" cut to
        // "8.0..." otherwise). Names down the side: each needs a line of text, or Qt Charts cuts
        // all of them to "...", so the chart asks for that height.
        m_valueTicks = valueTicksForWidth();
        valueAxis->setTickCount(m_valueTicks);
        setMinimumHeight(std::max(200, slotCount * (fontMetrics().height() + 12) + 110));
    }
    d->chart->addAxis(xAxis, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    d->chart->addAxis(valueAxis, horizontal ? Qt::AlignBottom : Qt::AlignLeft);

    bool stacked = false;
    bool anyBars = false;
    for (const ChartSeries &s : std::as_const(seriesList)) {
        stacked = stacked || s.kind == ChartSeries::Kind::StackedBar;
        anyBars = anyBars || s.kind == ChartSeries::Kind::Bar || s.kind == ChartSeries::Kind::StackedBar;
    }
    QAbstractBarSeries *bars = nullptr;
    if (anyBars) {
        if (horizontal)
            bars =
                stacked ? static_cast<QAbstractBarSeries *>(new QHorizontalStackedBarSeries) : new QHorizontalBarSeries;
        else
            bars = stacked ? static_cast<QAbstractBarSeries *>(new QStackedBarSeries) : new QBarSeries;
        bars->setBarWidth(m_spec.x == ChartSpec::XAxis::Dates ? 0.9 : 0.75);
        bars->setLabelsVisible(m_spec.valueLabels);
        bars->setLabelsFormat(QStringLiteral("@value") + m_spec.valueSuffix);
        bars->setLabelsPrecision(6);
        bars->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    }
    Extent primary, secondary, xExtent;
    QList<std::pair<QLineSeries *, QValueAxis *>> lines; // added after the bars, to be drawn over them
    QList<double> stackUp(slotCount, 0), stackDown(slotCount, 0);
    for (int i = 0; i < seriesList.size(); ++i) {
        const ChartSeries &s = seriesList.at(i);
        QList<double> values;
        if (s.kind == ChartSeries::Kind::Scatter) {
            auto *scatter = new QScatterSeries;
            scatter->setName(nameOf(s));
            QColor color = colorOf(s, i);
            color.setAlpha(170);
            scatter->setColor(color);
            scatter->setBorderColor(color);
            scatter->setMarkerSize(8);
            const int points = m_spec.maxPoints > 0 ? qMin(rows, m_spec.maxPoints) : rows;
            QList<QPointF> xy;
            QList<int> pointRows;
            for (int row = 0; row < points; ++row) {
                xy.append({number(row, m_spec.xColumn), number(row, s.column)});
                xExtent.add(xy.last().x());
                values.append(xy.last().y());
                pointRows.append(row);
            }
            scatter->replace(xy);
            d->chart->addSeries(scatter);
            scatter->attachAxis(xAxis);
            scatter->attachAxis(valueAxis);
            const int index = int(d->pointRows.size());
            d->pointRows.append(pointRows);
            const auto rowAt = [this, scatter, index](const QPointF &point) {
                const QList<QPointF> all = scatter->points();
                int best = -1;
                double bestDistance = 0;
                for (int p = 0; p < all.size(); ++p) {
                    const double distance = std::hypot(all.at(p).x() - point.x(), all.at(p).y() - point.y());
                    if (best < 0 || distance < bestDistance) {
                        best = p;
                        bestDistance = distance;
                    }
                }
                return best < 0 ? -1 : d->pointRows.at(index).at(best);
            };
            connect(scatter, &QScatterSeries::hovered, this, [showTip, rowAt](const QPointF &point, bool state) {
                state ? showTip(rowAt(point)) : QToolTip::hideText();
            });
            connect(scatter, &QScatterSeries::clicked, this,
                    [this, rowAt](const QPointF &point) { emit rowActivated(rowAt(point)); });
        } else if (s.kind == ChartSeries::Kind::Line) {
            auto *line = new QLineSeries;
            line->setName(nameOf(s));
            QPen pen(colorOf(s, i));
            pen.setWidthF(2);
            if (s.dashed)
                pen.setStyle(Qt::DashLine);
            line->setPen(pen);
            QList<QPointF> xy;
            for (int slot = 0; slot < slotCount; ++slot) {
                values.append(slotValue(slot, s.column));
                if (d->slotRows.at(slot) >= 0)
                    xy.append({double(slot), values.last()});
            }
            line->replace(xy);
            line->setPointsVisible(xy.size() < 40); // a lone snapshot is a dot, not nothing
            if (s.secondaryAxis && !secondAxis) {
                secondAxis = new QValueAxis;
                secondAxis->setLabelFormat(QStringLiteral("%.0f"));
                styleAxis(secondAxis, m_spec.y2Title);
                d->chart->addAxis(secondAxis, Qt::AlignRight);
            }
            lines.append({line, s.secondaryAxis ? secondAxis : valueAxis});
            connect(line, &QLineSeries::hovered, this, [this, showTip](const QPointF &point, bool state) {
                const int slot = qRound(point.x());
                state &&slot >= 0 && slot < d->slotRows.size() ? showTip(d->slotRows.at(slot)) : QToolTip::hideText();
            });
        } else {
            auto *set = new QBarSet(nameOf(s));
            set->setColor(colorOf(s, i));
            set->setBorderColor(colorOf(s, i));
            set->setLabelColor(palette().color(QPalette::WindowText));
            for (int slot = 0; slot < slotCount; ++slot)
                values.append(slotValue(slot, s.column));
            QList<double> drawn = values;
            if (horizontal)
                std::reverse(drawn.begin(), drawn.end());
            set->append(drawn);
            // Greyed bars (too little behind them): Qt Charts draws "selected" bars in their own colour.
            if (m_spec.dimmedRole > 0) {
                set->setSelectedColor(QColor(0xBB, 0xBB, 0xBB));
                for (int slot = 0; slot < slotCount; ++slot) {
                    const int row = d->slotRows.at(slot);
                    if (row >= 0 && model->index(row, m_spec.xColumn).data(m_spec.dimmedRole).toBool())
                        set->selectBar(horizontal ? slotCount - 1 - slot : slot);
                }
            }
            bars->append(set);
            const auto rowOfBar = [this, horizontal](int index) {
                const int slot = horizontal ? int(d->slotRows.size()) - 1 - index : index;
                return slot >= 0 && slot < d->slotRows.size() ? d->slotRows.at(slot) : -1;
            };
            connect(set, &QBarSet::hovered, this, [showTip, rowOfBar](bool status, int index) {
                status ? showTip(rowOfBar(index)) : QToolTip::hideText();
            });
            connect(set, &QBarSet::clicked, this, [this, rowOfBar](int index) { emit rowActivated(rowOfBar(index)); });
        }
        for (int v = 0; v < values.size(); ++v) {
            if (s.kind == ChartSeries::Kind::StackedBar) {
                (values.at(v) >= 0 ? stackUp[v] : stackDown[v]) += values.at(v);
                primary.add(stackUp.at(v));
                primary.add(stackDown.at(v));
            } else {
                (s.secondaryAxis ? secondary : primary).add(values.at(v));
            }
        }
        d->values.append(values);
    }
    // Drawn in the order added: bars first, lines over them.
    if (bars) {
        d->chart->addSeries(bars);
        bars->attachAxis(xAxis);
        bars->attachAxis(valueAxis);
    }
    for (const auto &[line, axis] : std::as_const(lines)) {
        d->chart->addSeries(line);
        line->attachAxis(xAxis);
        line->attachAxis(axis);
    }
    if (indexAxis)
        xAxis->setRange(-0.5, slotCount - 0.5);
    primary.apply(valueAxis, m_spec.valueLabels ? 1.18 : 1.0); // room for the labels past the longest bar
    if (horizontal && valueAxis->tickCount() > 1) { // whole steps need no decimals: "10 %" fits where "10.0 %" is cut
        const double step = (valueAxis->max() - valueAxis->min()) / (valueAxis->tickCount() - 1);
        if (std::abs(step - std::round(step)) < 1e-9)
            valueAxis->setLabelFormat(axisFormat(0, m_spec.valueSuffix));
    }
    if (m_spec.x == ChartSpec::XAxis::Values)
        xExtent.apply(static_cast<QValueAxis *>(xAxis));
    if (secondAxis) {
        secondary.apply(secondAxis);
        alignZeros(valueAxis, secondAxis);
    }
    d->chart->legend()->setVisible(seriesList.size() > 1);
    if (seriesList.size() > 4) // many names: a column at the right, not elided in a row
        d->chart->legend()->setAlignment(Qt::AlignRight);
}

} // namespace pagesight
