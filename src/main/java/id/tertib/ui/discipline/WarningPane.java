package id.tertib.ui.discipline;

import id.tertib.app.DisciplineRow;
import id.tertib.ui.common.UiContext;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;

/**
 * Peringatan dini: everyone at a threshold or within the office's warning distance of the next one, by unit, with how
 * far the next threshold is and the latest days that counted, so a superior can act before the next rung.
 */
final class WarningPane {

    private final UiContext ctx;
    private final DisciplineTexts texts;
    private final TableView<DisciplineRow> table = new TableView<>();
    private final Label intro = new Label();
    private final BorderPane root;

    WarningPane(UiContext ctx, DisciplineTexts texts) {
        this.ctx = ctx;
        this.texts = texts;
        table.setId("warning-table");
        table.setPlaceholder(new Label(ctx.t("discipline.warning.none")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(List.of(
                column("discipline.view.col.unit", 140, DisciplineRow::unitName),
                column("discipline.view.col.name", 170, r -> r.person().name().full()),
                column("discipline.view.col.total", 60, r -> String.valueOf(r.assessment().totalDays())),
                column("discipline.view.col.run", 60, r -> String.valueOf(r.assessment().run().length())),
                column("discipline.warning.now", 190, r -> texts.rung(r.assessment().rung())),
                column("discipline.warning.next", 220, r -> texts.next(r.assessment())),
                column("discipline.warning.latest", 200, r -> r.latestIncidents(3).stream()
                        .map(ctx.i18n()::date).collect(Collectors.joining(", ")))));
        intro.setWrapText(true);
        intro.setId("warning-intro");
        root = new BorderPane(table);
        root.setTop(intro);
        BorderPane.setMargin(intro, new Insets(0, 0, 8, 0));
        root.setPadding(new Insets(8, 16, 12, 16));
    }

    Node view() {
        return root;
    }

    void load(int year, Long unitId) {
        ctx.tasks().run(() -> new Loaded(ctx.tertib().discipline().earlyWarning(year, unitId),
                ctx.tertib().discipline().rules().warningDays()), l -> {
                    table.getItems().setAll(l.rows());
                    intro.setText(ctx.t("discipline.warning.intro", l.within(), l.rows().size()));
                }, e -> ctx.showFailure("discipline.view.loadFailed", e));
    }

    private record Loaded(List<DisciplineRow> rows, int within) {
    }

    private TableColumn<DisciplineRow, String> column(String key, double width, Function<DisciplineRow, String> v) {
        TableColumn<DisciplineRow, String> c = new TableColumn<>(ctx.t(key));
        c.setPrefWidth(width);
        c.setCellValueFactory(x -> new ReadOnlyObjectWrapper<>(v.apply(x.getValue())));
        return c;
    }
}
