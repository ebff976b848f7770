package id.tertib.ui.fairness;

import id.tertib.app.FairnessService;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;

/** Peta panas: trips per person per month, so a run of months in which the same people went shows at once. */
final class HeatFigure extends Figure {

    private final HeatMap map = new HeatMap();
    private final Label note = note("fairness-figure-note");

    HeatFigure(FairnessFormat texts) {
        super(texts, "fairness-heat-figure");
        map.setId("fairness-heat");
        note.setId("fairness-heat-note");
        figure.getChildren().addAll(note, map);
    }

    @Override
    String fileStem() {
        return t("fairness.view.file.heat");
    }

    HeatMap map() {
        return map;
    }

    void show(FairnessService.Report report, String scopeText) {
        title.setText(t("fairness.view.heat.title"));
        scope.setText(scopeText);
        List<FairnessService.Row> rows = BarsFigure.shown(report.rows(), Measure.TRIPS);
        List<HeatMap.Line> lines = rows.stream().map(r -> new HeatMap.Line(r.employee().name().full(),
                r.outcome().flagged(), r.perMonth())).toList();
        List<String> months = new ArrayList<>();
        report.months().forEach(m -> months.add(texts.month(m)));
        map.show(months, lines, t("fairness.view.heat.total"));
        String capped = rows.size() < report.rows().size()
                ? " " + t("fairness.view.bars.capped", rows.size(), report.rows().size()) : "";
        note.setText(t("fairness.view.heat.note", map.maxPerMonth()) + capped);
    }
}
