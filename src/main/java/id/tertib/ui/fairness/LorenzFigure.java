package id.tertib.ui.fairness;

import id.tertib.app.FairnessService;
import javafx.scene.control.Label;

/** Kurva Lorenz: the curve of trips (or days) against the line of equality, with a sentence on how to read it. */
final class LorenzFigure extends Figure {

    private final LorenzChart chart;
    private final Label note = note("fairness-figure-note");

    LorenzFigure(FairnessFormat texts) {
        super(texts, "fairness-lorenz-figure");
        chart = new LorenzChart(t("fairness.view.lorenz.population"), t("fairness.view.lorenz.share"));
        chart.setId("fairness-lorenz");
        chart.setPrefSize(540, 345);
        chart.setMinSize(400, 300);
        note.setPrefWidth(320);
        note.setMinWidth(240);
        javafx.scene.layout.HBox body = new javafx.scene.layout.HBox(16, chart, note);
        body.setAlignment(javafx.geometry.Pos.TOP_LEFT);
        javafx.scene.layout.HBox.setMargin(note, new javafx.geometry.Insets(24, 0, 0, 0));
        figure.getChildren().add(body);
    }

    @Override
    String fileStem() {
        return t("fairness.view.file.lorenz");
    }

    LorenzChart chart() {
        return chart;
    }

    void show(FairnessService.Report report, Measure measure, String scopeText) {
        boolean days = measure == Measure.DAYS;
        title.setText(t(days ? "fairness.view.lorenz.titleDays" : "fairness.view.lorenz.titleTrips"));
        scope.setText(scopeText);
        double gini = measure.gini(report.result().summary());
        note.setText(t("fairness.view.lorenz.note", texts.gini(gini), texts.percent(measure.top20(report.result()
                .summary()))));
        chart.show(measure.lorenz(report.result().summary()),
                t(days ? "fairness.view.lorenz.curveDays" : "fairness.view.lorenz.curveTrips"),
                t("fairness.view.lorenz.equality"));
    }
}
