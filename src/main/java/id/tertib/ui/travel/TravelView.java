package id.tertib.ui.travel;

import id.tertib.app.TravelService;
import id.tertib.domain.Unit;
import id.tertib.domain.UnitTree;
import id.tertib.domain.UserAccount;
import id.tertib.domain.travel.Participant;
import id.tertib.domain.travel.SuratTugas;
import id.tertib.domain.travel.TravelStatus;
import id.tertib.ui.common.Columns;
import id.tertib.ui.common.DateFields;
import id.tertib.ui.common.EnumCells;
import id.tertib.ui.common.FormField;
import id.tertib.ui.common.Permissions;
import id.tertib.ui.common.ScreenHeader;
import id.tertib.ui.common.UiContext;
import id.tertib.ui.common.UnitChoices;
import id.tertib.ui.shell.Screen;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Perjalanan Dinas: the register of Surat Tugas, filtered by unit, year (or any period) and status, with a new
 * letter, changing and cancelling one, and the reconciliation of conflicts for a period. A double click opens a
 * letter (read-only when the signed-in person may not change it).
 */
public final class TravelView implements Screen {

    /** The year choice that stands for "any period": two date fields appear beside it. */
    private static final int PERIOD = 0;

    private final UiContext ctx;
    private final TravelFormat texts;
    private final boolean mayKeep;
    private final ComboBox<Unit> unitFilter = new ComboBox<>();
    private final ComboBox<Integer> yearFilter = new ComboBox<>();
    private final DatePicker periodFrom;
    private final DatePicker periodTo;
    private final ComboBox<TravelStatus> statusFilter = new ComboBox<>();
    private final TableView<TravelService.Entry> table = new TableView<>();
    private final Label count = new Label();
    private final Label message = new Label();
    private final Button edit = new Button();
    private final Button cancel = new Button();
    private final BorderPane root = new BorderPane();
    private UnitTree tree = new UnitTree(List.of());
    private boolean loading;

    public TravelView(UiContext ctx) {
        this.ctx = ctx;
        this.texts = new TravelFormat(ctx.i18n());
        this.mayKeep = Permissions.of(ctx).mayKeepAttendance() && !ctx.tertib().isReadOnly();
        this.periodFrom = DateFields.picker("travel-period-from", ctx.i18n());
        this.periodTo = DateFields.picker("travel-period-to", ctx.i18n());
        root.setTop(toolbar());
        root.setCenter(tableArea());
    }

    // ---- layout ----

    private Node toolbar() {
        Button conflicts = new Button(ctx.t("travel.conflicts"), new FontIcon(Feather.ALERT_TRIANGLE));
        conflicts.setId("travel-conflicts-open");
        conflicts.setTooltip(new Tooltip(ctx.t("travel.conflicts.hint")));
        conflicts.setOnAction(e -> openConflicts());
        var header = ScreenHeader.bar(ctx.t("nav.travel"));
        if (mayKeep) {
            Button add = new Button(ctx.t("travel.new"), new FontIcon(Feather.PLUS));
            add.setId("travel-new");
            add.getStyleClass().add("accent");
            add.setOnAction(e -> openNew());
            edit.setText(ctx.t("travel.edit"));
            edit.setGraphic(new FontIcon(Feather.EDIT_2));
            edit.setId("travel-edit");
            edit.setOnAction(e -> selected().ifPresent(this::open));
            cancel.setText(ctx.t("travel.cancel"));
            cancel.setGraphic(new FontIcon(Feather.X_CIRCLE));
            cancel.setId("travel-cancel");
            cancel.getStyleClass().add("danger");
            cancel.setOnAction(e -> cancelSelected());
            header.getChildren().addAll(add, edit, cancel);
        }
        header.getChildren().add(conflicts);

        unitFilter.setId("travel-unit-filter");
        unitFilter.setPrefWidth(260);
        unitFilter.valueProperty().addListener(o -> filtersChanged());
        yearFilter.setId("travel-year-filter");
        StringConverter<Integer> years = new StringConverter<>() {
            @Override
            public String toString(Integer y) {
                return y == null ? "" : y == PERIOD ? ctx.t("travel.period") : String.valueOf(y);
            }

            @Override
            public Integer fromString(String s) {
                return null;
            }
        };
        yearFilter.setConverter(years);
        yearFilter.valueProperty().addListener(o -> {
            boolean period = Integer.valueOf(PERIOD).equals(yearFilter.getValue());
            periodFrom.setVisible(period);
            periodTo.setVisible(period);
            filtersChanged();
        });
        for (DatePicker p : List.of(periodFrom, periodTo)) {
            p.setPrefWidth(140);
            p.managedProperty().bind(p.visibleProperty());
            p.setVisible(false);
            p.valueProperty().addListener(o -> filtersChanged());
        }
        statusFilter.setId("travel-status-filter");
        statusFilter.getItems().add(null);
        statusFilter.getItems().addAll(TravelStatus.values());
        EnumCells.use(statusFilter, ctx.i18n());
        statusFilter.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(TravelStatus s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? ctx.t("travel.allStatuses") : ctx.i18n().label(s));
            }
        });
        statusFilter.valueProperty().addListener(o -> filtersChanged());
        HBox filters = new HBox(10, Columns.wholeLabel(ctx.t("travel.unit")), unitFilter,
                Columns.wholeLabel(ctx.t("travel.year")), yearFilter, periodFrom, periodTo,
                Columns.wholeLabel(ctx.t("travel.status")), statusFilter);
        filters.setAlignment(Pos.CENTER_LEFT);
        BorderPane top = new BorderPane(filters, header, null, null, null);
        BorderPane.setMargin(filters, new Insets(10, 0, 0, 0));
        top.setPadding(new Insets(16, 16, 10, 16));
        return top;
    }

    private Node tableArea() {
        table.setId("travel-table");
        table.setPlaceholder(new Label(ctx.t("travel.none")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<TravelService.Entry, String> names = column("travel.col.travellers", 180, 100,
                e -> e.travellers().stream().map(p -> p.name().full()).collect(Collectors.joining(", ")));
        // Fixed columns keep their whole text ("088/ST/APT/XII/2026", "Rp12.600.000"); place and names give way.
        table.getColumns().setAll(List.of(
                letterColumn(),
                column("travel.col.destination", 120, 80, e -> e.trip().city()),
                column("travel.col.kind", 158, 158, e -> texts.kindShort(e.trip().kind())),
                column("travel.col.dates", 165, 165, e -> texts.range(e.trip().depart(), e.trip().returns())),
                names,
                money(column("travel.col.total", 112, 112, e -> texts.money(total(e.trip())))),
                column("travel.col.status", 95, 95, e -> ctx.i18n().label(e.trip().status()))));
        table.setRowFactory(t -> {
            TableRow<TravelService.Entry> row = new TableRow<>() {
                @Override
                protected void updateItem(TravelService.Entry entry, boolean empty) {
                    super.updateItem(entry, empty);
                    getStyleClass().remove("travel-cancelled");
                    if (empty || entry == null) {
                        setTooltip(null);
                        return;
                    }
                    if (!entry.trip().active()) {
                        getStyleClass().add("travel-cancelled");
                    }
                    SuratTugas trip = entry.trip();
                    setTooltip(new Tooltip(ctx.t("travel.rowTip", trip.number(), trip.destination(),
                            ctx.i18n().label(trip.kind()), entry.unitName(), trip.purpose(), entry.travellers().stream()
                                    .map(p -> p.name().full()).collect(Collectors.joining(", ")))));
                }
            };
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    open(row.getItem());
                }
            });
            return row;
        });
        table.getSelectionModel().selectedItemProperty().addListener(o -> updateButtons());
        count.setId("travel-count");
        count.getStyleClass().add("tertib-count");
        message.setId("travel-message");
        message.setWrapText(true);
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        VBox bottom = new VBox(6, count, message);
        BorderPane area = new BorderPane(table);
        area.setBottom(bottom);
        BorderPane.setMargin(bottom, new Insets(6, 0, 0, 0));
        area.setPadding(new Insets(0, 16, 12, 16));
        updateButtons();
        return area;
    }

    private TableColumn<TravelService.Entry, String> column(String key, double width, double min,
            Function<TravelService.Entry, String> value) {
        TableColumn<TravelService.Entry, String> col = Columns.text(ctx.t(key), width, value);
        col.setMinWidth(min);
        return col;
    }

    /** The letter's number with its date under it, as a letter heads itself ("Nomor ..., tanggal ..."). */
    private TableColumn<TravelService.Entry, TravelService.Entry> letterColumn() {
        TableColumn<TravelService.Entry, TravelService.Entry> col = new TableColumn<>(ctx.t("travel.col.number"));
        col.setPrefWidth(175);
        col.setMinWidth(175);
        col.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyObjectWrapper<>(c.getValue()));
        col.setComparator(java.util.Comparator.comparing(e -> e.trip().number()));
        col.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            private final Label number = new Label();
            private final Label date = new Label();
            private final VBox box = new VBox(0, number, date);

            {
                date.getStyleClass().addAll("text-muted", "text-small");
            }

            @Override
            protected void updateItem(TravelService.Entry entry, boolean empty) {
                super.updateItem(entry, empty);
                if (empty || entry == null) {
                    setGraphic(null);
                    return;
                }
                number.setText(entry.trip().number());
                date.setText(ctx.i18n().date(entry.trip().date()));
                setGraphic(box);
            }
        });
        return col;
    }

    private static <T> TableColumn<T, String> money(TableColumn<T, String> col) {
        col.setStyle("-fx-alignment: CENTER-RIGHT;");
        return col;
    }

    private static long total(SuratTugas trip) {
        return trip.participants().stream().mapToLong(Participant::allowanceTotal).sum();
    }

    @Override
    public Node view() {
        return root;
    }

    // ---- loading ----

    @Override
    public void refresh() {
        ctx.tasks().run(() -> ctx.tertib().units().tree(), this::fill, e -> ctx.showFailure("travel.loadFailed", e));
    }

    private void fill(UnitTree t) {
        loading = true;
        tree = t;
        UnitChoices.fill(unitFilter, tree, ctx.t("travel.allUnits"));
        int thisYear = LocalDate.now().getYear();
        Integer chosen = yearFilter.getValue() != null ? yearFilter.getValue() : thisYear;
        yearFilter.getItems().setAll(PERIOD);
        for (int y = thisYear + 1; y >= thisYear - 5; y--) {
            yearFilter.getItems().add(y);
        }
        if (!yearFilter.getItems().contains(chosen)) {
            yearFilter.getItems().add(chosen);
        }
        yearFilter.setValue(chosen);
        loading = false;
        filtersChanged();
    }

    private void filtersChanged() {
        if (!loading) {
            load(selected().map(e -> e.trip().id()).orElse(0L));
        }
    }

    /** The period the filter shows: the chosen year, or the two dates typed for "any period". */
    private Optional<LocalDate[]> period() {
        Integer year = yearFilter.getValue();
        if (year == null) {
            return Optional.empty();
        }
        if (year == PERIOD) {
            LocalDate f = periodFrom.getValue();
            LocalDate t = periodTo.getValue();
            return f == null || t == null || t.isBefore(f) ? Optional.empty() : Optional.of(new LocalDate[] {f, t});
        }
        return Optional.of(new LocalDate[] {LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)});
    }

    /** Reloads the list, selecting letter {@code select} if listed. */
    private void load(long select) {
        Optional<LocalDate[]> period = period();
        if (period.isEmpty()) {
            table.getItems().clear();
            count.setText(ctx.t("travel.choosePeriod"));
            return;
        }
        Unit unit = unitFilter.getValue();
        TravelService.Filter filter = new TravelService.Filter(unit == null ? null : unit.id(), period.get()[0],
                period.get()[1], statusFilter.getValue());
        ctx.tasks().run(() -> ctx.tertib().travel().list(filter), entries -> {
            table.getItems().setAll(entries);
            table.getItems().stream().filter(e -> e.trip().id() == select).findFirst().ifPresent(e -> {
                table.getSelectionModel().select(e);
                table.scrollTo(e);
            });
            long people = entries.stream().filter(e -> e.trip().active()).mapToLong(e -> e.trip().participants().size())
                    .sum();
            long money = entries.stream().filter(e -> e.trip().active()).mapToLong(e -> total(e.trip())).sum();
            count.setText(ctx.t("travel.count", entries.size(), people, texts.money(money)));
            updateButtons();
        }, e -> ctx.showFailure("travel.loadFailed", e));
    }

    private Optional<TravelService.Entry> selected() {
        return Optional.ofNullable(table.getSelectionModel().getSelectedItem());
    }

    private void updateButtons() {
        boolean changeable = selected().map(e -> e.editable() && e.trip().active()).orElse(false);
        edit.setDisable(!changeable);
        cancel.setDisable(!changeable);
    }

    // ---- actions ----

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    /** The units a letter may be issued by: a section head's own unit and those below it, everyone else's all. */
    private UnitTree issuingUnits() {
        Optional<Long> own = ctx.tertib().auth().current().map(UserAccount::unitId);
        if (own.isEmpty() || tree.find(own.get()).isEmpty() || Permissions.of(ctx).mayEditStaffData()) {
            return tree;
        }
        java.util.Set<Long> mine = tree.selfAndDescendants(own.get());
        return new UnitTree(tree.depthFirst().stream().filter(u -> mine.contains(u.id())).toList());
    }

    private void openNew() {
        UnitTree units = issuingUnits();
        Unit preset = Optional.ofNullable(unitFilter.getValue()).filter(u -> units.find(u.id()).isPresent())
                .or(() -> ctx.tertib().auth().current().map(UserAccount::unitId).flatMap(units::find))
                .orElse(null);
        new TravelForm(ctx, units, true, this::saved).openNew(window(), preset);
    }

    private void open(TravelService.Entry entry) {
        boolean changeable = mayKeep && entry.editable() && entry.trip().active();
        new TravelForm(ctx, changeable ? issuingUnits() : tree, changeable, this::saved).openExisting(window(), entry);
    }

    private void saved(SuratTugas trip) {
        message.getStyleClass().setAll("label", "tertib-notice");
        message.setText(ctx.t("travel.saved", trip.number(), trip.participants().size()));
        Integer year = yearFilter.getValue();
        if (year != null && year != PERIOD && year != trip.depart().getYear()
                && yearFilter.getItems().contains(trip.depart().getYear())) {
            loading = true;
            yearFilter.setValue(trip.depart().getYear()); // show the letter just saved
            loading = false;
        }
        load(trip.id());
    }

    private void cancelSelected() {
        selected().filter(TravelService.Entry::editable).ifPresent(entry -> {
            SuratTugas t = entry.trip();
            Optional<String> note = ctx.dialogs().askFields(ctx.t("travel.cancelTitle"),
                    ctx.t("travel.cancelMessage", t.number(), t.destination(), texts.range(t.depart(), t.returns()),
                            t.participants().size()),
                    List.of(FormField.text("note", ctx.t("travel.cancelNote"), "", true)))
                    .map(a -> a.getOrDefault("note", "").trim()).filter(s -> !s.isEmpty());
            if (note.isEmpty()) {
                return;
            }
            ctx.tasks().run(() -> ctx.tertib().travel().cancel(t.id(), note.get()), cancelled -> {
                message.getStyleClass().setAll("label", "tertib-notice");
                message.setText(ctx.t("travel.cancelled", cancelled.number()));
                load(cancelled.id());
            }, e -> {
                message.getStyleClass().setAll("label", "tertib-field-error");
                message.setText(ctx.describe(e));
            });
        });
    }

    private void openConflicts() {
        LocalDate[] p = period().orElseGet(() -> {
            int y = LocalDate.now().getYear();
            return new LocalDate[] {LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)};
        });
        new ConflictsWindow(ctx).open(window(), p[0], p[1]);
    }
}
