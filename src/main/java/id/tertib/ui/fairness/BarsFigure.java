package id.tertib.ui.fairness;

import id.tertib.app.FairnessService;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.shape.Line;

/**
 * Grafik: trips (or days) per person, most first, flagged people in the warning colour and the equal share as a
 * dashed line. Large groups show the {@value #SHOWN_MAX} people with the most, always including everyone flagged,
 * and say so.
 */
final class BarsFigure extends Figure {

    static final int SHOWN_MAX = 60;

    private final PersonBars chart = new PersonBars();
    private final Label equalText = new Label();
    private final Label note = note("fairness-figure-note");

    BarsFigure(FairnessFormat texts) {
        super(texts, "fairness-bars-figure");
        chart.setId("fairness-bars");
        note.setId("fairness-bars-note");
        note.managedProperty().bind(note.visibleProperty());
        figure.getChildren().addAll(legend(), note, chart);
    }

    private Node legend() {
        Line dash = new Line(0, 0, 0, 14);
        dash.getStyleClass().add("fairness-equal-line");
        HBox legend = new HBox(8, swatch("fairness-swatch"), new Label(t("fairness.view.legend.bar")), gap(),
                swatch("fairness-swatch-flagged"), new Label(t("fairness.view.legend.flagged")), gap(), dash, equalText);
        legend.setAlignment(Pos.CENTER_LEFT);
        return legend;
    }

    private static Region swatch(String style) {
        Region r = new Region();
        r.getStyleClass().add(style);
        r.setMinSize(14, 14);
        r.setMaxSize(14, 14);
        return r;
    }

    private static Region gap() {
        Region r = new Region();
        r.setMinWidth(10);
        return r;
    }

    @Override
    String fileStem() {
        return t("fairness.view.file.bars");
    }

    PersonBars chart() {
        return chart;
    }

    void show(FairnessService.Report report, Measure measure, String scopeText) {
        boolean days = measure == Measure.DAYS;
        title.setText(t(days ? "fairness.view.bars.titleDays" : "fairness.view.bars.titleTrips"));
        scope.setText(scopeText);
        double equal = measure.equalShare(report.result().summary());
        equalText.setText(t(days ? "fairness.view.legend.equalDays" : "fairness.view.legend.equalTrips",
                texts.decimal(equal)));
        List<FairnessService.Row> shown = shown(report.rows(), measure);
        note.setText(t("fairness.view.bars.capped", shown.size(), report.rows().size()));
        note.setVisible(shown.size() < report.rows().size());
        chart.show(bars(shown, measure), equal, v -> texts.count(Math.round(v)));
    }

    /** Most first; when there are too many, the top ones and every flagged person, still most first. */
    static List<FairnessService.Row> shown(List<FairnessService.Row> rows, Measure measure) {
        List<FairnessService.Row> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparingDouble((FairnessService.Row r) -> -measure.of(r))
                .thenComparing(r -> r.employee().name().full()));
        if (sorted.size() <= SHOWN_MAX) {
            return sorted;
        }
        long flaggedBeyond = sorted.subList(SHOWN_MAX, sorted.size()).stream().filter(r -> r.outcome().flagged())
                .count();
        int top = (int) Math.max(0, SHOWN_MAX - flaggedBeyond);
        List<FairnessService.Row> out = new ArrayList<>(sorted.subList(0, top));
        sorted.subList(top, sorted.size()).stream().filter(r -> r.outcome().flagged()).forEach(out::add);
        return out;
    }

    private List<PersonBars.Bar> bars(List<FairnessService.Row> rows, Measure measure) {
        Map<String, Integer> seen = new HashMap<>();
        List<PersonBars.Bar> bars = new ArrayList<>();
        for (FairnessService.Row r : rows) {
            String name = r.employee().name().full();
            // Category labels must differ: a second "Siti Aminah" is told apart by the end of her NIP.
            String label = seen.merge(name, 1, Integer::sum) == 1 ? name
                    : name + " (…" + r.employee().number().substring(Math.max(0, r.employee().number().length() - 4))
                            + ")";
            String tip = t("fairness.view.bars.tip", name, r.outcome().trips(), r.outcome().days(),
                    texts.decimal(r.outcome().expected()))
                    + (r.explanation() == null || r.explanation().isBlank() ? "" : "\n" + r.explanation());
            bars.add(new PersonBars.Bar(label, measure.of(r), r.outcome().flagged(), tip));
        }
        return bars;
    }
}
