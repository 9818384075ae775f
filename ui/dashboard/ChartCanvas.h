#pragma once

#include <QColor>
#include <QPointer>
#include <QWidget>

#include <memory>

class QAbstractItemModel;

namespace pagesight {

// One series of a chart: the model column of its values, how it is drawn, and its colour.
struct ChartSeries {
    enum class Kind { Bar, StackedBar, Line, Scatter };
    Kind kind = Kind::Bar;
    int column = 0;
    QString name;               // legend; empty = the model's header of the column
    QColor color;               // invalid = the next colour of chartPalette()
    bool secondaryAxis = false; // on a value axis at the right (a line over bars of another scale)
    bool dashed = false;        // a line for comparison (the previous period)
};

// What to draw from a model's columns. The chart reads Qt::DisplayRole numbers (and the x column's
// QDate, text or number) and, on hover, the row's Qt::ToolTipRole.
struct ChartSpec {
    enum class XAxis {
        Dates,      // x column holds QDates: one slot per calendar day from the first to the last
        Categories, // x column holds names: one bar group per row (long names elided)
        Values      // x column holds numbers (scatter)
    };
    XAxis x = XAxis::Categories;
    int xColumn = 0;
    int categoryRole = Qt::DisplayRole; // the role of the x column's names (Categories)
    int dimmedRole = 0; // Categories: a row whose x cell is true in this role has its bars greyed; 0 = none
    QList<ChartSeries> series;
    // >= 0: instead of series, a line for each model column from this one on, however many the
    // model has at each reset (a column per facet value, say).
    int linesFromColumn = -1;
    bool horizontal = false; // categories top to bottom (the first row on top), values along x
    // 0 = every row; else, with more than maxCategories + 2 rows, the maxCategories - 1 largest (by
    // their largest value in any series) and "Other" summed
    int maxCategories = 0;
    int maxPoints = 0;        // scatter: the first maxPoints rows; 0 = all
    bool valueLabels = false; // each bar's value on it
    QString valueSuffix;      // after values on bars and the value axis (" %")
    int valueDecimals = 0;
    QString xTitle;
    QString yTitle;
    QString y2Title;
    QString dateFormat = QStringLiteral("d MMM"); // date axis labels
};

// Distinct colours for series, in order (colour-blind-safe first four).
const QList<QColor> &chartPalette();

// The dashboards' one chart widget: a thin layer over the chart backend (Qt Charts, in
// ChartCanvas.cpp only), so the rest of the dashboard code never includes a backend header and the
// backend can be swapped. It draws a model's columns as bars, stacked bars, lines or a scatter, with
// a date, category or value x axis and hover tooltips, and redraws when the model is reset.
class ChartCanvas : public QWidget {
    Q_OBJECT
public:
    explicit ChartCanvas(QWidget *parent = nullptr);
    ~ChartCanvas() override;

    void setModel(QAbstractItemModel *model, const ChartSpec &spec);
    void setSpec(const ChartSpec &spec); // same model, other columns or axes
    const ChartSpec &spec() const { return m_spec; }
    void setTitle(const QString &title);
    QString title() const { return m_title; }

    // What is drawn, for tests: series in order, and their values (bars per slot, lines/scatter y).
    int seriesCount() const;
    QList<double> seriesValues(int series) const;
    QStringList categories() const; // the category or date labels of the x axis, as drawn
    QStringList texts() const;
    QString slotToolTip(int slot) const; // what hovering the slot's bar or point shows (the row's tooltip) // every
                                         // text of the chart as drawn (axes, labels, legend)
    QStringList drawingOrder() const;    // bottom to top: a line's name, or "bars" for the bars
    QList<int> dimmedSlots() const;      // the x slots whose bars are greyed
    QList<std::pair<double, double>> valueRanges() const; // (min, max) of each value axis, left to right

public slots:
    void redraw();

signals:
    void rowActivated(int row); // a bar or a point clicked: the model row (-1 for "Other")

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    int valueTicksForWidth() const; // a horizontal chart's value ticks: as many as fit its width
    QString rowToolTip(int row) const;

    class Backend;
    std::unique_ptr<Backend> d;
    QPointer<QAbstractItemModel> m_model;
    ChartSpec m_spec;
    QString m_title;
    int m_valueTicks = 0; // of the last drawing of a horizontal chart
    QList<QMetaObject::Connection> m_connections;
};

} // namespace pagesight
