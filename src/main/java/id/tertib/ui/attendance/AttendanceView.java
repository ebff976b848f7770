package id.tertib.ui.attendance;

import id.tertib.app.MonthSheet;
import id.tertib.domain.Unit;
import id.tertib.domain.attendance.AttendanceCodes;
import id.tertib.ui.common.ScreenHeader;
import id.tertib.ui.common.UiContext;
import id.tertib.ui.common.UnitChoices;
import id.tertib.ui.shell.Screen;
import java.time.YearMonth;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Kehadiran: a unit's month as a grid, people by days, with totals per person. Everyone who may see the unit reads
 * it; administrators, HR officers and the unit's section head change codes (the sheet says who may). The view only
 * arranges controls; {@link AttendanceGridModel} holds the state and does the work.
 */
public final class AttendanceView implements Screen {

    private final UiContext ctx;
    private final AttendanceGridModel model;
    private final AttendanceGrid grid;
    private final ComboBox<Unit> unit = new ComboBox<>();
    private final MonthChooser month;
    private final HBox actions = new HBox(8);
    private final Label banner = new Label();
    private final CodeLegend legend;
    private final Label cellInfo = new Label();
    private final Label message = new Label();
    private final Label reason = new Label();
    private final HBox reasonBox;
    private final Button setCode;
    private final Button undo;
    private final BorderPane root = new BorderPane();
    private boolean filling;
    private boolean shownOnce;

    public AttendanceView(UiContext ctx) {
        this.ctx = ctx;
        this.model = new AttendanceGridModel(ctx);
        this.grid = new AttendanceGrid(model, ctx.i18n());
        this.month = new MonthChooser(ctx.i18n(), YearMonth.from(ctx.tertib().attendance().today()));
        grid.setId("attendance-grid");

        setCode = new Button(ctx.t("attendance.grid.setCode"), new FontIcon(Feather.EDIT_3));
        setCode.setId("attendance-set-code");
        setCode.setTooltip(new Tooltip(ctx.t("attendance.grid.setCodeHint")));
        setCode.setOnAction(e -> {
            model.setCodeOnSelection();
            grid.requestFocus();
        });
        undo = new Button(ctx.t("attendance.grid.undo"), new FontIcon(Feather.ROTATE_CCW));
        undo.setId("attendance-undo");
        undo.setTooltip(new Tooltip(ctx.t("attendance.grid.undoHint")));
        undo.disableProperty().bind(model.canUndoProperty().not());
        undo.setOnAction(e -> {
            model.undo();
            grid.requestFocus();
        });
        actions.setId("attendance-actions");
        actions.setAlignment(Pos.CENTER_LEFT);
        actions.getChildren().add(exportButton());
        if (id.tertib.ui.common.Permissions.of(ctx).mayEditStaffData()) {
            actions.getChildren().add(0, importButton());
        }
        reasonBox = reasonBox();
        HBox header = ScreenHeader.bar(ctx.t("nav.attendance"), reasonBox, actions, setCode, undo);

        unit.setId("attendance-unit");
        unit.setPrefWidth(380);
        unit.valueProperty().addListener((o, a, b) -> {
            if (!filling) {
                load();
            }
        });
        month.valueProperty().addListener((o, a, b) -> load());
        HBox choose = new HBox(10, fixed(new Label(ctx.t("attendance.grid.unit"))), unit, gap(),
                fixed(new Label(ctx.t("attendance.grid.month"))), month);
        choose.setAlignment(Pos.CENTER_LEFT);

        banner.setId("attendance-banner");
        banner.getStyleClass().add("attendance-banner");
        banner.setWrapText(true);
        banner.setMaxWidth(Double.MAX_VALUE);
        banner.managedProperty().bind(banner.visibleProperty());
        banner.setVisible(false);

        legend = new CodeLegend(ctx.i18n());
        VBox top = new VBox(10, header, choose, legend.view(), banner);
        top.setPadding(new Insets(16, 16, 10, 16));
        root.setTop(top);
        BorderPane gridArea = new BorderPane(grid);
        gridArea.getStyleClass().add("attendance-grid-frame");
        // The old month stays readable, dimmed, until the new one arrives.
        gridArea.opacityProperty().bind(javafx.beans.binding.Bindings.when(model.loadingProperty()).then(0.55)
                .otherwise(1.0));
        BorderPane.setMargin(gridArea, new Insets(0, 16, 0, 16));
        root.setCenter(gridArea);
        root.setBottom(statusLine());

        model.revisionProperty().addListener((o, a, b) -> {
            cellInfo.setText(model.focusSummary());
            showLegend();
        });
        model.sheetProperty().addListener((o, a, s) -> showSheet(s));
        model.messageProperty().addListener((o, a, m) -> {
            message.setText(m.text());
            message.getStyleClass().setAll("label", m.error() ? "attendance-error" : "attendance-notice");
        });
        model.reasonProperty().addListener((o, a, r) -> showReason(r));
        showReason("");
        showSheet(null);
    }

    /** Where other features put their buttons for this month ("Ekspor rekap", "Impor mesin"). */
    public HBox actions() {
        return actions;
    }

    /** The unit and month on screen, once loaded; buttons in {@link #actions()} read it. */
    public ReadOnlyObjectProperty<MonthSheet> sheetProperty() {
        return model.sheetProperty();
    }

    public AttendanceGridModel model() {
        return model;
    }

    public AttendanceGrid grid() {
        return grid;
    }

    private HBox reasonBox() {
        reason.setId("attendance-reason");
        reason.getStyleClass().add("attendance-reason");
        reason.setMaxWidth(260);
        reason.setTextOverrun(OverrunStyle.ELLIPSIS);
        Hyperlink change = new Hyperlink(ctx.t("attendance.grid.changeReason"));
        change.setId("attendance-reason-change");
        change.setOnAction(e -> {
            model.changeReason();
            grid.requestFocus();
        });
        change.setMinWidth(Region.USE_PREF_SIZE);
        HBox box = new HBox(6, fixed(new Label(ctx.t("attendance.grid.reasonShort"))), reason, change);
        box.setAlignment(Pos.CENTER_LEFT);
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private Node statusLine() {
        cellInfo.setId("attendance-cell-info");
        cellInfo.getStyleClass().add("attendance-cell-info");
        cellInfo.setMinWidth(0);
        cellInfo.setTextOverrun(OverrunStyle.ELLIPSIS);
        HBox.setHgrow(cellInfo, Priority.ALWAYS);
        cellInfo.setMaxWidth(Double.MAX_VALUE);
        message.setId("attendance-message");
        message.setWrapText(true);
        message.setMaxWidth(620);
        message.setMinWidth(220);
        HBox line = new HBox(16, cellInfo, message);
        line.setAlignment(Pos.CENTER_LEFT);
        line.setPadding(new Insets(6, 16, 8, 16));
        line.setMinHeight(34);
        return line;
    }

    private static Label fixed(Label label) {
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static Region gap() {
        Region gap = new Region();
        gap.setMinWidth(8);
        return gap;
    }

    private void showReason(String r) {
        boolean none = r == null || r.isBlank();
        reason.setText(none ? ctx.t("attendance.grid.reasonNone") : r);
        reason.setTooltip(none ? null : new Tooltip(r));
        reason.getStyleClass().setAll("label", "attendance-reason", none ? "attendance-reason-none" : "attendance-reason-set");
    }

    private void showLegend() {
        MonthSheet s = model.sheetProperty().get();
        legend.show(model.codesInUse(), s == null ? AttendanceCodes.defaults() : s.codes(), model::codeName);
    }

    private void showSheet(MonthSheet s) {
        boolean editable = s != null && model.editable();
        setCode.setVisible(editable);
        setCode.setManaged(editable);
        undo.setVisible(editable);
        undo.setManaged(editable);
        reasonBox.setVisible(editable);
        String note = s == null ? "" : !s.calendarSet()
                ? ctx.t("attendance.grid.calendarNotSet", String.valueOf(s.month().getYear()))
                : ctx.tertib().isReadOnly() ? ctx.t("attendance.grid.databaseReadOnly")
                : !s.editable() ? ctx.t("attendance.grid.readOnly") : "";
        banner.setText(note);
        banner.setVisible(!note.isEmpty());
        cellInfo.setText(model.focusSummary());
        showLegend();
        if (s != null && !shownOnce) {
            shownOnce = true;
            grid.requestFocus(); // the screen opens ready for arrows and codes
        }
    }

    /** Machine files hold the whole office: administrators and HR officers import them. */
    private Button importButton() {
        Button b = new Button(ctx.t("attendance.grid.importMachine"), new FontIcon(Feather.DOWNLOAD));
        b.setId("punch-import");
        b.setOnAction(e -> id.tertib.ui.importing.PunchImportDialog.open(ctx, root.getScene().getWindow(), this::load));
        return b;
    }

    /** The month on screen, for the unit chosen, as the offices file it (XLSX) or as CSV. */
    private Button exportButton() {
        Button b = new Button(ctx.t("attendance.grid.exportRecap"), new FontIcon(Feather.FILE_TEXT));
        b.setId("recap-export");
        b.disableProperty().bind(model.sheetProperty().isNull());
        b.setOnAction(e -> {
            MonthSheet s = model.sheetProperty().get();
            String name = "rekap-" + s.unit().code() + "-" + s.month() + ".xlsx";
            ctx.dialogs().chooseSaveFile(ctx.t("attendance.grid.exportRecap"), name, ctx.t("attendance.grid.recapFilter"),
                    "*.xlsx", "*.csv").ifPresent(file -> ctx.tasks().run(
                            () -> ctx.tertib().recap().export(s.unit().id(), s.month(), file),
                            r -> ctx.dialogs().info(ctx.t("attendance.grid.exportRecap"),
                                    ctx.t("attendance.grid.recapDone", r.rows().size(), file)),
                            err -> ctx.showFailure("attendance.grid.recapFailed", err)));
        });
        return b;
    }

    private void load() {
        Unit chosen = unit.getValue();
        if (chosen != null && month.valueProperty().get() != null) {
            model.load(chosen.id(), month.valueProperty().get());
        }
    }

    @Override
    public Node view() {
        return root;
    }

    @Override
    public void refresh() {
        ctx.tasks().run(() -> ctx.tertib().units().tree(), tree -> {
            filling = true;
            try {
                UnitChoices.fill(unit, tree, null);
                if (unit.getValue() == null && !unit.getItems().isEmpty()) {
                    unit.setValue(unit.getItems().get(0));
                }
            } finally {
                filling = false;
            }
            load();
        }, e -> ctx.showFailure("attendance.grid.loadFailed", e));
    }
}
