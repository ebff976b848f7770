package id.tertib.ui.fairness;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.shape.Line;
import javafx.scene.text.Text;

/**
 * One horizontal bar per person (names read level, the longest list scrolls down), each bar's value written at its
 * end, and the equal share drawn as a dashed line across all bars. The line and the values live among the plot's own
 * children and are placed in {@link #layoutPlotChildren()}, in the axis' display coordinates, so they stay in place
 * when the chart is resized and appear in a snapshot.
 */
final class PersonBars extends BarChart<Number, String> {

    /** One bar: the category label (unique), the value, whether the person is flagged, and the bar's tooltip. */
    record Bar(String label, double value, boolean flagged, String tip) {
    }

    static final double ROW_HEIGHT = 24;

    private final Line equalLine = new Line();
    private final List<Text> values = new ArrayList<>();
    private double equal;

    PersonBars() {
        super(new NumberAxis(), new CategoryAxis());
        getStyleClass().add("fairness-bars");
        setLegendVisible(false);
        setAnimated(false);
        setCategoryGap(6);
        setBarGap(0);
        equalLine.getStyleClass().add("fairness-equal-line");
        equalLine.setManaged(false);
        getXAxis().setTickLabelFont(javafx.scene.text.Font.font(11));
        ((NumberAxis) getXAxis()).setMinorTickVisible(false);
        ((NumberAxis) getXAxis()).setForceZeroInRange(true);
    }

    /**
     * Shows {@code bars} top to bottom and the equal share {@code equal} (the figure's legend names it);
     * {@code number} writes a value.
     */
    void show(List<Bar> bars, double equal, java.util.function.DoubleFunction<String> number) {
        this.equal = equal;
        getData().clear();
        getPlotChildren().removeAll(values);
        getPlotChildren().remove(equalLine);
        values.clear();
        XYChart.Series<Number, String> series = new XYChart.Series<>();
        // A vertical category axis starts at the bottom: add the last bar first so the first one is on top.
        List<String> categories = new ArrayList<>();
        for (int i = bars.size() - 1; i >= 0; i--) {
            Bar bar = bars.get(i);
            series.getData().add(new XYChart.Data<>(bar.value(), bar.label()));
            categories.add(bar.label());
        }
        ((CategoryAxis) getYAxis()).setCategories(javafx.collections.FXCollections.observableArrayList(categories));
        NumberAxis x = (NumberAxis) getXAxis();
        double max = Math.max(equal, bars.stream().mapToDouble(Bar::value).max().orElse(0));
        x.setAutoRanging(false);
        x.setLowerBound(0);
        x.setUpperBound(Math.max(1, Math.ceil(max * 1.12)));
        x.setTickUnit(niceTick(x.getUpperBound()));
        getData().add(series);
        for (int i = 0; i < series.getData().size(); i++) {
            XYChart.Data<Number, String> d = series.getData().get(i);
            Bar bar = bars.get(bars.size() - 1 - i);
            Node node = d.getNode();
            node.getStyleClass().add(bar.flagged() ? "fairness-bar-flagged" : "fairness-bar");
            javafx.scene.control.Tooltip.install(node, new javafx.scene.control.Tooltip(bar.tip()));
            Text value = new Text(number.apply(bar.value()));
            value.getStyleClass().add(bar.flagged() ? "fairness-bar-value-flagged" : "fairness-bar-value");
            value.setManaged(false);
            value.setUserData(d);
            values.add(value);
        }
        getPlotChildren().addAll(values);
        getPlotChildren().add(equalLine);
        setPrefHeight(bars.size() * ROW_HEIGHT + 70);
        setMinHeight(getPrefHeight());
        requestLayout();
    }

    /** About five to ten ticks, on whole numbers. */
    static double niceTick(double upper) {
        double raw = upper / 8;
        if (raw <= 1) {
            return 1;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double step : new double[] {1, 2, 5, 10}) {
            if (raw <= step * magnitude) {
                return step * magnitude;
            }
        }
        return 10 * magnitude;
    }

    @Override
    protected void layoutPlotChildren() {
        super.layoutPlotChildren();
        for (Text value : values) {
            @SuppressWarnings("unchecked")
            XYChart.Data<Number, String> d = (XYChart.Data<Number, String>) value.getUserData();
            Node bar = d.getNode();
            if (bar == null) {
                continue;
            }
            var b = bar.getBoundsInParent();
            value.setX(b.getMaxX() + 4);
            value.setY(b.getMinY() + b.getHeight() / 2 + 4);
        }
        double x = Math.round(getXAxis().getDisplayPosition(equal)) + 0.5;
        double height = getYAxis().getHeight();
        equalLine.setStartX(x);
        equalLine.setEndX(x);
        equalLine.setStartY(0);
        equalLine.setEndY(height);
        equalLine.toFront();
    }
}
