package id.tertib.ui.fairness;

import id.tertib.domain.fairness.LorenzPoint;
import java.util.List;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;

/**
 * The Lorenz curve against the line of equality, both axes 0-100%: the further the curve sags below the diagonal,
 * the more the travel is held by few people (the Gini coefficient is twice the area between them).
 */
final class LorenzChart extends LineChart<Number, Number> {

    LorenzChart(String populationAxis, String shareAxis) {
        super(axis(populationAxis), axis(shareAxis));
        getStyleClass().add("fairness-lorenz");
        setAnimated(false);
        setCreateSymbols(false);
        setLegendVisible(true);
        setLegendSide(javafx.geometry.Side.TOP); // below the axis title it would fall out of a short window
    }

    private static NumberAxis axis(String label) {
        NumberAxis axis = new NumberAxis(label, 0, 100, 10);
        axis.setMinorTickVisible(false);
        axis.setTickLabelFormatter(new NumberAxis.DefaultFormatter(axis, null, "%"));
        return axis;
    }

    /** {@code points} as fractions 0..1; a curve not starting at (0, 0) is given that start. */
    void show(List<LorenzPoint> points, String curveName, String equalityName) {
        getData().clear();
        XYChart.Series<Number, Number> curve = new XYChart.Series<>();
        curve.setName(curveName);
        if (points.isEmpty() || points.get(0).population() > 0) {
            curve.getData().add(new XYChart.Data<>(0, 0));
        }
        for (LorenzPoint p : points) {
            curve.getData().add(new XYChart.Data<>(p.population() * 100, p.share() * 100));
        }
        XYChart.Series<Number, Number> equality = new XYChart.Series<>();
        equality.setName(equalityName);
        equality.getData().add(new XYChart.Data<>(0, 0));
        equality.getData().add(new XYChart.Data<>(100, 100));
        getData().add(curve);
        getData().add(equality);
    }
}
