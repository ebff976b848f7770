package id.tertib.ui.schedules;

import atlantafx.base.theme.Styles;
import id.tertib.app.ScheduleService;
import id.tertib.ui.common.DateFields;
import id.tertib.ui.common.UiContext;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The office's Ramadan dates, set each year like the holidays: inside them every schedule's Ramadan hours apply.
 * Choosing a row puts it in the form; saving then changes that period (the new dates may move its start).
 */
final class RamadanSection {

    private final UiContext ctx;
    private final TableView<ScheduleService.Ramadan> table = new TableView<>();
    private final DatePicker from;
    private final DatePicker to;
    private final Label message = new Label();
    private final Node root;
    private LocalDate editing;

    RamadanSection(UiContext ctx, boolean mayEdit) {
        this.ctx = ctx;
        this.from = DateFields.picker("ramadan-from", ctx.i18n());
        this.to = DateFields.picker("ramadan-to", ctx.i18n());
        table.setId("ramadan-list");
        table.setPlaceholder(new Label(ctx.t("schedule.ramadanNone")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(List.of(
                column("calendar.year", 70, r -> String.valueOf(r.from().getYear())),
                column("schedule.ramadanFrom", 120, r -> ctx.i18n().date(r.from())),
                column("schedule.ramadanTo", 120, r -> ctx.i18n().date(r.to())),
                column("schedule.ramadanDays", 90, r -> ctx.t("schedule.days", r.days()))));
        table.getSelectionModel().selectedItemProperty().addListener((o, a, r) -> {
            if (r != null) {
                editing = r.from();
                from.setValue(r.from());
                to.setValue(r.to());
                message.setText("");
            }
        });
        Label hint = new Label(ctx.t("schedule.ramadanHint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("tertib-count");
        VBox left = new VBox(8, table, hint);
        VBox.setVgrow(table, javafx.scene.layout.Priority.ALWAYS);
        left.setPadding(new Insets(12, 8, 12, 16));
        if (mayEdit) {
            SplitPane split = new SplitPane(left, form());
            split.setDividerPositions(0.55);
            root = split;
        } else {
            root = new BorderPane(left);
        }
    }

    private Node form() {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, fieldLabel("schedule.ramadanFrom"), from);
        grid.addRow(1, fieldLabel("schedule.ramadanTo"), to);
        Button add = new Button(ctx.t("schedule.ramadanNew"));
        add.setId("ramadan-new");
        add.setOnAction(e -> {
            table.getSelectionModel().clearSelection();
            editing = null;
            from.setValue(null);
            to.setValue(null);
            message.setText("");
        });
        Button save = new Button(ctx.t("action.save"));
        save.setId("ramadan-save");
        save.getStyleClass().add(Styles.ACCENT);
        save.setOnAction(e -> save());
        Button delete = new Button(ctx.t("schedule.ramadanDelete"));
        delete.setId("ramadan-delete");
        delete.getStyleClass().add(Styles.DANGER);
        delete.setOnAction(e -> delete());
        message.setId("ramadan-message");
        message.setWrapText(true);
        Label title = new Label(ctx.t("schedule.ramadanFormTitle"));
        title.getStyleClass().add("title-4");
        VBox box = new VBox(10, title, grid, new HBox(8, add, save, delete), message);
        box.setPadding(new Insets(12, 16, 16, 16));
        return box;
    }

    private TableColumn<ScheduleService.Ramadan, String> column(String key, double width,
            Function<ScheduleService.Ramadan, String> f) {
        return id.tertib.ui.common.Columns.text(ctx.t(key), width, f);
    }

    /** A form label that keeps its whole text when the form is narrow. */
    private Label fieldLabel(String key) {
        return id.tertib.ui.common.Columns.wholeLabel(ctx.t(key));
    }

    Node view() {
        return root;
    }

    void refresh() {
        ctx.tasks().run(() -> ctx.tertib().schedules().ramadan(), list -> table.getItems().setAll(list),
                e -> ctx.showFailure("schedule.loadFailed", e));
    }

    private void save() {
        if (from.getValue() == null || to.getValue() == null) {
            error(ctx.t("schedule.ramadanDatesRequired"));
            return;
        }
        ScheduleService.Ramadan r = new ScheduleService.Ramadan(from.getValue(), to.getValue());
        LocalDate replacing = editing;
        ctx.tasks().run(() -> ctx.tertib().schedules().saveRamadan(replacing, r), saved -> {
            editing = saved.from();
            refresh();
            notice(ctx.t("schedule.ramadanSaved", saved.from(), saved.to()));
        }, e -> error(ctx.describe(e)));
    }

    private void delete() {
        LocalDate start = editing;
        if (start == null || !ctx.dialogs().confirm(ctx.t("schedule.ramadanDelete"),
                ctx.t("schedule.ramadanDeleteConfirm", start))) {
            return;
        }
        ctx.tasks().run(() -> {
            ctx.tertib().schedules().deleteRamadan(start);
            return start;
        }, d -> {
            editing = null;
            from.setValue(null);
            to.setValue(null);
            refresh();
            notice(ctx.t("schedule.ramadanDeleted", d));
        }, e -> error(ctx.describe(e)));
    }

    private void notice(String text) {
        message.getStyleClass().setAll("label", "tertib-notice");
        message.setText(text);
    }

    private void error(String text) {
        message.getStyleClass().setAll("label", "tertib-field-error");
        message.setText(text);
    }
}
