package id.tertib.ui.calendar;

import id.tertib.domain.attendance.Holiday;
import id.tertib.domain.attendance.WorkingCalendar;
import id.tertib.ui.common.DateFields;
import id.tertib.ui.common.EnumCells;
import id.tertib.ui.common.Permissions;
import id.tertib.ui.common.ScreenHeader;
import id.tertib.ui.common.UiContext;
import id.tertib.ui.importing.ImportDialog;
import id.tertib.ui.shell.Screen;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.TreeSet;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The working calendar of a year: national holidays and cuti bersama, and how many working days that leaves.
 * Administrators and HR officers import and edit it; everyone else reads it.
 */
public final class CalendarView implements Screen {

    private final UiContext ctx;
    private final boolean mayEdit;
    private final ComboBox<Integer> year = new ComboBox<>();
    private final TableView<Holiday> table = new TableView<>();
    private final Label summary = new Label();
    private final DatePicker date;
    private final TextField name = new TextField();
    private final ComboBox<Holiday.HolidayKind> kind = new ComboBox<>();
    private final Label message = new Label();
    private final BorderPane root = new BorderPane();
    private WorkingCalendar calendar;

    public CalendarView(UiContext ctx) {
        this.ctx = ctx;
        this.mayEdit = Permissions.of(ctx).mayEditStaffData();
        this.date = DateFields.picker("calendar-date", ctx.i18n());
        Button importButton = new Button(ctx.t("calendar.import"), new FontIcon(Feather.UPLOAD));
        importButton.setId("calendar-import");
        importButton.setOnAction(e -> ImportDialog.calendar(ctx, root.getScene().getWindow(), this::refresh));
        HBox header = mayEdit ? ScreenHeader.bar(ctx.t("nav.calendar"), importButton)
                : ScreenHeader.bar(ctx.t("nav.calendar"));
        year.setId("calendar-year");
        year.valueProperty().addListener((o, a, b) -> show());
        summary.setId("calendar-summary");
        HBox yearRow = new HBox(10, new Label(ctx.t("calendar.year")), year, summary);
        yearRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox top = new VBox(10, header, yearRow);
        top.setPadding(new Insets(16, 16, 10, 16));
        root.setTop(top);
        table.setId("calendar-table");
        table.setPlaceholder(new Label(ctx.t("calendar.none")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(List.of(
                column("calendar.date", 120, h -> ctx.i18n().date(h.date())),
                column("calendar.weekday", 100, h -> h.date().getDayOfWeek().getDisplayName(TextStyle.FULL,
                        ctx.i18n().locale())),
                column("calendar.name", 260, Holiday::name),
                column("calendar.kind", 140, h -> ctx.i18n().label(h.kind()))));
        table.getSelectionModel().selectedItemProperty().addListener((o, a, h) -> {
            if (h != null) {
                date.setValue(h.date());
                name.setText(h.name());
                kind.setValue(h.kind());
                message.setText("");
            }
        });
        BorderPane tableArea = new BorderPane(table);
        tableArea.setPadding(new Insets(0, 0, 12, 16));
        if (mayEdit) {
            SplitPane split = new SplitPane(tableArea, form());
            split.setDividerPositions(0.68);
            root.setCenter(split);
        } else {
            root.setCenter(tableArea);
        }
    }

    private Node form() {
        name.setId("calendar-name");
        kind.setId("calendar-kind");
        kind.getItems().setAll(Holiday.HolidayKind.values());
        EnumCells.use(kind, ctx.i18n());
        kind.setValue(Holiday.HolidayKind.NATIONAL);
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, new Label(ctx.t("calendar.date")), date);
        grid.addRow(1, new Label(ctx.t("calendar.name")), name);
        grid.addRow(2, new Label(ctx.t("calendar.kind")), kind);
        Button save = new Button(ctx.t("action.save"));
        save.setId("calendar-save");
        save.getStyleClass().add("accent");
        save.setOnAction(e -> save());
        Button delete = new Button(ctx.t("calendar.delete"));
        delete.setId("calendar-delete");
        delete.getStyleClass().add("danger");
        delete.setOnAction(e -> delete());
        message.setId("calendar-message");
        message.setWrapText(true);
        Label title = new Label(ctx.t("calendar.formTitle"));
        title.getStyleClass().add("title-4");
        VBox box = new VBox(10, title, grid, new HBox(8, save, delete), message);
        box.setPadding(new Insets(16));
        return box;
    }

    private TableColumn<Holiday, String> column(String key, double width, java.util.function.Function<Holiday, String> f) {
        TableColumn<Holiday, String> col = new TableColumn<>(ctx.t(key));
        col.setPrefWidth(width);
        col.setMinWidth(Math.min(width, 110)); // "31 Mar 2025" whole, even in a fitted table
        col.setCellValueFactory(c -> new ReadOnlyStringWrapper(f.apply(c.getValue())));
        return col;
    }

    private void save() {
        LocalDate day = date.getValue();
        if (day == null) {
            showError(ctx.t("calendar.dateRequired"));
            return;
        }
        ctx.tasks().run(() -> ctx.tertib().calendar().save(new Holiday(day, name.getText(), kind.getValue())), saved -> {
            showNotice(ctx.t("calendar.saved", ctx.i18n().date(saved.date())));
            year.setValue(saved.date().getYear());
            refresh();
        }, e -> showError(ctx.describe(e)));
    }

    private void delete() {
        LocalDate day = date.getValue();
        if (day == null || !ctx.dialogs().confirm(ctx.t("calendar.delete"), ctx.t("calendar.deleteConfirm",
                ctx.i18n().date(day)))) {
            return;
        }
        ctx.tasks().run(() -> {
            ctx.tertib().calendar().delete(day);
            return day;
        }, d -> {
            showNotice(ctx.t("calendar.deleted", ctx.i18n().date(d)));
            refresh();
        }, e -> showError(ctx.describe(e)));
    }

    private void showNotice(String text) {
        message.getStyleClass().setAll("label", "tertib-notice");
        message.setText(text);
    }

    private void showError(String text) {
        message.getStyleClass().setAll("label", "tertib-field-error");
        message.setText(text);
    }

    @Override
    public Node view() {
        return root;
    }

    @Override
    public void refresh() {
        ctx.tasks().run(() -> ctx.tertib().calendar().calendar(), calendar -> {
            this.calendar = calendar;
            TreeSet<Integer> years = new TreeSet<>(calendar.years());
            int thisYear = LocalDate.now().getYear();
            // This year when it is set; otherwise the newest year that is (this year stays offered, to be set).
            Integer chosen = year.getValue() != null ? year.getValue()
                    : years.contains(thisYear) || years.isEmpty() ? thisYear : years.last();
            years.add(thisYear);
            year.getItems().setAll(years);
            year.setValue(chosen);
            show();
        }, e -> ctx.showFailure("calendar.loadFailed", e));
    }

    private void show() {
        Integer y = year.getValue();
        if (calendar == null || y == null) {
            return;
        }
        if (!calendar.years().contains(y)) {
            table.getItems().clear();
            summary.setText(ctx.t("calendar.yearNotSetHint", y));
            return;
        }
        List<Holiday> holidays = calendar.holidays(y);
        table.getItems().setAll(holidays);
        long national = holidays.stream().filter(h -> h.kind() == Holiday.HolidayKind.NATIONAL).count();
        summary.setText(ctx.t("calendar.summary", national, holidays.size() - national,
                calendar.workingDays(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)).size()));
    }
}
