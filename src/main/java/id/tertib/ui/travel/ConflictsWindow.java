package id.tertib.ui.travel;

import id.tertib.app.TravelService;
import id.tertib.ui.common.Columns;
import id.tertib.ui.common.DateFields;
import id.tertib.ui.common.UiContext;
import java.time.LocalDate;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Rekonsiliasi: every conflict of the active letters touching a period, one row each with what it is in words:
 * the check an auditor makes (double trips, trips over leave or sickness, punches at the office during a trip,
 * travel days over the year's cap).
 */
final class ConflictsWindow {

    private final UiContext ctx;
    private final ConflictTexts texts;
    private final TravelFormat travelTexts;
    private final DatePicker from;
    private final DatePicker to;
    private final TableView<TravelService.ConflictEntry> table = new TableView<>();
    private final Label count = new Label();
    private final Label problem = new Label();
    private final Stage stage = new Stage();

    ConflictsWindow(UiContext ctx) {
        this.ctx = ctx;
        this.texts = new ConflictTexts(ctx.i18n());
        this.travelTexts = new TravelFormat(ctx.i18n());
        from = DateFields.picker("travel-conflicts-from", ctx.i18n());
        to = DateFields.picker("travel-conflicts-to", ctx.i18n());
        Button show = new Button(ctx.t("travel.conflicts.show"), new FontIcon(Feather.SEARCH));
        show.setId("travel-conflicts-show");
        show.getStyleClass().add("accent");
        show.setDefaultButton(true);
        show.setOnAction(e -> load());
        HBox period = new HBox(8, Columns.wholeLabel(ctx.t("travel.conflicts.from")), from,
                Columns.wholeLabel(ctx.t("travel.conflicts.to")), to, show);
        period.setAlignment(Pos.CENTER_LEFT);
        Label hint = new Label(ctx.t("travel.conflicts.hint"));
        hint.getStyleClass().add("text-muted");
        hint.setWrapText(true);

        table.setId("travel-conflicts-table");
        table.setPlaceholder(new Label(ctx.t("travel.conflicts.none")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<TravelService.ConflictEntry, String> number = Columns.text(ctx.t("travel.conflicts.number"), 165,
                c -> c.conflict().tripNumber());
        TableColumn<TravelService.ConflictEntry, String> person = Columns.text(ctx.t("travel.col.name"), 190,
                c -> c.employee() == null ? "" : c.employee().name().full());
        TableColumn<TravelService.ConflictEntry, String> kind = Columns.text(ctx.t("travel.conflicts.kind"), 130,
                c -> texts.kindName(c.conflict().kind()));
        TableColumn<TravelService.ConflictEntry, String> when = Columns.text(ctx.t("travel.conflicts.when"), 150,
                c -> travelTexts.range(c.conflict().from(), c.conflict().to()));
        TableColumn<TravelService.ConflictEntry, String> what = WrappedColumn.of(ctx.t("travel.conflicts.what"), 380,
                texts::describe);
        table.getColumns().setAll(List.of(number, person, kind, when, what));
        table.setRowFactory(t -> new javafx.scene.control.TableRow<>() {
            @Override
            protected void updateItem(TravelService.ConflictEntry c, boolean empty) {
                super.updateItem(c, empty);
                setTooltip(empty || c == null ? null : new Tooltip(texts.describe(c)));
            }
        });
        count.setId("travel-conflicts-count");
        count.getStyleClass().add("tertib-count");
        problem.setId("travel-conflicts-problem");
        problem.getStyleClass().add("tertib-field-error");
        problem.setWrapText(true);
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        Button close = new Button(ctx.t("action.close"));
        close.setId("travel-conflicts-close");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bottom = new HBox(10, count, spacer, close);
        bottom.setAlignment(Pos.CENTER_LEFT);
        Label title = new Label(ctx.t("travel.conflicts.title"));
        title.getStyleClass().add("title-3");
        VBox top = new VBox(8, title, hint, period, problem);
        BorderPane root = new BorderPane(table, top, null, bottom, null);
        BorderPane.setMargin(table, new Insets(10, 0, 10, 0));
        root.setPadding(new Insets(16));
        root.setId("travel-conflicts-window");
        root.getStylesheets().add(ConflictsWindow.class.getResource("/id/tertib/ui/tertib.css").toExternalForm());
        stage.setTitle(ctx.t("travel.conflicts.title"));
        stage.setScene(new Scene(root, 1120, 640));
    }

    /** Opens for {@code from..to} and lists its conflicts at once. */
    void open(Window owner, LocalDate start, LocalDate end) {
        from.setValue(start);
        to.setValue(end);
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.show();
        load();
    }

    private void load() {
        LocalDate f = from.getValue();
        LocalDate t = to.getValue();
        if (f == null || t == null || t.isBefore(f)) {
            problem.setText(ctx.t("travel.conflicts.badPeriod"));
            return;
        }
        problem.setText("");
        ctx.tasks().run(() -> ctx.tertib().travel().conflicts(f, t), list -> {
            table.getItems().setAll(list);
            count.setText(ctx.t("travel.conflicts.count", list.size(), travelTexts.range(f, t)));
        }, e -> problem.setText(ctx.describe(e)));
    }
}
