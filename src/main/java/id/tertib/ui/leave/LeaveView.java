package id.tertib.ui.leave;

import id.tertib.app.EmployeeFilter;
import id.tertib.app.LeaveService;
import id.tertib.domain.Employee;
import id.tertib.domain.Unit;
import id.tertib.domain.UnitTree;
import id.tertib.domain.leave.LeaveRequest;
import id.tertib.domain.leave.LeaveStatus;
import id.tertib.ui.common.EnumCells;
import id.tertib.ui.common.Permissions;
import id.tertib.ui.common.ScreenHeader;
import id.tertib.ui.common.UiContext;
import id.tertib.ui.common.UnitChoices;
import id.tertib.ui.shell.Screen;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Cuti: the leave register. Requests filtered by unit, year and status, with approve, reject and cancel; a form for a
 * new request; and the annual leave balance of the person chosen, with the rule values it was computed under.
 */
public final class LeaveView implements Screen {

    private final UiContext ctx;
    private final LeaveTexts texts;
    private final boolean mayKeep;
    private final ComboBox<Unit> unitFilter = new ComboBox<>();
    private final ComboBox<Integer> yearFilter = new ComboBox<>();
    private final ComboBox<LeaveStatus> statusFilter = new ComboBox<>();
    private final TableView<LeaveService.Entry> table = new TableView<>();
    private final Label count = new Label();
    private final TextField decisionNote = new TextField();
    private final Button approve = new Button();
    private final Button reject = new Button();
    private final Button cancel = new Button();
    private final Label message = new Label();
    private final LeaveForm form;
    private final BalancePanel balance;
    private final RulesPanel rules;
    private final BorderPane root = new BorderPane();
    private UnitTree tree = new UnitTree(List.of());
    private List<Employee> people = List.of();
    private boolean loading;

    public LeaveView(UiContext ctx) {
        this.ctx = ctx;
        this.texts = new LeaveTexts(ctx);
        Permissions may = Permissions.of(ctx);
        this.mayKeep = may.mayKeepAttendance() && !ctx.tertib().isReadOnly();
        this.form = new LeaveForm(ctx, texts, this::saved);
        this.balance = new BalancePanel(ctx, texts, may.mayEditStaffData(), this::load);
        this.rules = new RulesPanel(ctx, may.mayAdminister(), this::rulesChanged);
        form.personBox().valueProperty().addListener((o, a, e) -> {
            if (e != null) {
                showBalance(e);
            }
        });
        root.setTop(toolbar());
        SplitPane split = new SplitPane(tableArea(), side());
        split.setDividerPositions(0.64);
        root.setCenter(split);
    }

    private Node toolbar() {
        unitFilter.setId("leave-unit-filter");
        unitFilter.setPrefWidth(240);
        unitFilter.valueProperty().addListener(o -> filtersChanged());
        yearFilter.setId("leave-year-filter");
        yearFilter.valueProperty().addListener(o -> filtersChanged());
        statusFilter.setId("leave-status-filter");
        statusFilter.getItems().add(null);
        statusFilter.getItems().addAll(LeaveStatus.values());
        EnumCells.use(statusFilter, ctx.i18n());
        statusFilter.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(LeaveStatus s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? ctx.t("leave.allStatuses") : ctx.i18n().label(s));
            }
        });
        statusFilter.valueProperty().addListener(o -> filtersChanged());
        HBox filters = new HBox(10, new Label(ctx.t("leave.unit")), unitFilter, new Label(ctx.t("leave.year")),
                yearFilter, new Label(ctx.t("leave.status")), statusFilter);
        filters.setAlignment(Pos.CENTER_LEFT);
        BorderPane top = new BorderPane(filters, ScreenHeader.bar(ctx.t("nav.leave")), null, null, null);
        BorderPane.setMargin(filters, new Insets(10, 0, 0, 0));
        top.setPadding(new Insets(16, 16, 10, 16));
        return top;
    }

    private Node tableArea() {
        table.setId("leave-table");
        table.setPlaceholder(new Label(ctx.t("leave.none")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(List.of(
                column("leave.person", 150, 110, e -> e.employee().name().full()),
                column("leave.type", 54, 54, e -> e.request().code()),
                column("leave.from", 112, 112, e -> ctx.i18n().date(e.request().from())),
                column("leave.to", 112, 112, e -> ctx.i18n().date(e.request().to())),
                column("leave.days", 50, 50, e -> String.valueOf(e.request().workingDays())),
                column("leave.status", 100, 100, e -> ctx.i18n().label(e.request().status())),
                column("leave.reason", 140, 60, e -> e.request().reason()
                        + (e.request().note().isEmpty() ? "" : " · " + e.request().note()))));
        table.setRowFactory(t -> new javafx.scene.control.TableRow<>() {
            @Override
            protected void updateItem(LeaveService.Entry entry, boolean empty) {
                super.updateItem(entry, empty);
                setTooltip(empty || entry == null ? null : new javafx.scene.control.Tooltip(
                        texts.type(entry.request().code())));
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((o, a, entry) -> {
            updateButtons();
            if (entry != null) {
                showBalance(entry.employee());
            }
        });
        count.setId("leave-count");
        count.getStyleClass().add("tertib-count");
        VBox bottom = new VBox(6, count);
        if (mayKeep) {
            bottom.getChildren().add(decisionBar());
        }
        message.setId("leave-message");
        message.setWrapText(true);
        bottom.getChildren().add(message);
        BorderPane area = new BorderPane(table);
        area.setBottom(bottom);
        BorderPane.setMargin(bottom, new Insets(6, 0, 0, 0));
        area.setPadding(new Insets(0, 0, 12, 16));
        return area;
    }

    private Node decisionBar() {
        decisionNote.setId("leave-decision-note");
        decisionNote.setPromptText(ctx.t("leave.decisionNote"));
        HBox.setHgrow(decisionNote, Priority.ALWAYS);
        approve.setText(ctx.t("leave.approve"));
        approve.setGraphic(new FontIcon(Feather.CHECK));
        approve.setId("leave-approve");
        approve.getStyleClass().add("success");
        approve.setOnAction(e -> approve());
        reject.setText(ctx.t("leave.reject"));
        reject.setGraphic(new FontIcon(Feather.X));
        reject.setId("leave-reject");
        reject.setOnAction(e -> reject());
        cancel.setText(ctx.t("leave.cancel"));
        cancel.setId("leave-cancel");
        cancel.getStyleClass().add("danger");
        cancel.setOnAction(e -> cancel());
        updateButtons();
        HBox bar = new HBox(8, decisionNote, approve, reject, cancel);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private Node side() {
        VBox box = new VBox(14);
        if (mayKeep) {
            box.getChildren().addAll(form.view(), new Separator());
        }
        box.getChildren().addAll(balance.view(), rules.view());
        box.setPadding(new Insets(4, 16, 16, 16));
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setMinWidth(360);
        return scroll;
    }

    /** Dates, days and status keep {@code min} so "28 Des 2026" and "Dibatalkan" show whole. */
    private TableColumn<LeaveService.Entry, String> column(String key, double width, double min,
            Function<LeaveService.Entry, String> value) {
        TableColumn<LeaveService.Entry, String> col = new TableColumn<>(ctx.t(key));
        col.setPrefWidth(width);
        col.setMinWidth(min);
        col.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        return col;
    }

    @Override
    public Node view() {
        return root;
    }

    @Override
    public void refresh() {
        ctx.tasks().run(() -> new Choices(ctx.tertib().units().tree(),
                ctx.tertib().employees().list(new EmployeeFilter(null, null, "", false)),
                ctx.tertib().calendar().years()), this::fill, e -> ctx.showFailure("leave.loadFailed", e));
        rules.refresh();
    }

    private record Choices(UnitTree tree, List<Employee> people, List<Integer> calendarYears) {
    }

    private void fill(Choices c) {
        loading = true;
        tree = c.tree();
        people = c.people();
        UnitChoices.fill(unitFilter, tree, ctx.t("leave.allUnits"));
        TreeSet<Integer> years = new TreeSet<>(c.calendarYears());
        int thisYear = LocalDate.now().getYear();
        years.add(thisYear);
        Integer chosen = yearFilter.getValue() != null ? yearFilter.getValue() : thisYear;
        years.add(chosen);
        yearFilter.getItems().setAll(years.descendingSet());
        yearFilter.setValue(chosen);
        loading = false;
        filtersChanged();
    }

    private void filtersChanged() {
        if (loading) {
            return;
        }
        Unit unit = unitFilter.getValue();
        java.util.Set<Long> units = unit == null ? null : tree.selfAndDescendants(unit.id());
        List<Employee> offered = units == null ? people
                : people.stream().filter(e -> units.contains(e.unitId())).toList();
        form.setPeople(offered);
        load();
    }

    private void load() {
        load(selectedRequest().map(LeaveRequest::id).orElse(0L));
    }

    /** Reloads the list, selecting request {@code select} if listed, and the balance beside it. */
    private void load(long select) {
        Integer year = yearFilter.getValue();
        if (year == null) {
            return;
        }
        Unit unit = unitFilter.getValue();
        LeaveService.Filter filter = new LeaveService.Filter(unit == null ? null : unit.id(), null, year,
                statusFilter.getValue());
        ctx.tasks().run(() -> ctx.tertib().leave().list(filter), entries -> {
            table.getItems().setAll(entries);
            table.getItems().stream().filter(e -> e.request().id() == select).findFirst()
                    .ifPresent(e -> table.getSelectionModel().select(e));
            long waiting = entries.stream().filter(e -> e.request().status() == LeaveStatus.REQUESTED).count();
            count.setText(ctx.t("leave.count", entries.size(), waiting));
            updateButtons();
            balance.showYear(year);
            form.refresh();
        }, e -> ctx.showFailure("leave.loadFailed", e));
    }

    private java.util.Optional<LeaveRequest> selectedRequest() {
        return java.util.Optional.ofNullable(table.getSelectionModel().getSelectedItem())
                .map(LeaveService.Entry::request);
    }

    private void showBalance(Employee e) {
        Integer year = yearFilter.getValue();
        balance.show(e, year == null ? LocalDate.now().getYear() : year);
    }

    private void updateButtons() {
        LeaveService.Entry entry = table.getSelectionModel().getSelectedItem();
        boolean editable = entry != null && entry.editable();
        LeaveStatus status = entry == null ? null : entry.request().status();
        approve.setDisable(!editable || status != LeaveStatus.REQUESTED);
        reject.setDisable(!editable || status != LeaveStatus.REQUESTED);
        cancel.setDisable(!editable || status == null || !status.isActive());
    }

    private void saved(LeaveRequest request) {
        message.setText("");
        load(request.id());
    }

    private void rulesChanged() {
        load();
    }

    private void approve() {
        selectedRequest().ifPresent(r -> run(() -> ctx.tertib().leave().approve(r.id(), decisionNote.getText()),
                o -> outcomeText("leave.approved", o)));
    }

    private void reject() {
        selectedRequest().ifPresent(r -> run(() -> ctx.tertib().leave().reject(r.id(), decisionNote.getText()),
                rejected -> ctx.t("leave.rejected", rejected.id())));
    }

    private void cancel() {
        selectedRequest().ifPresent(r -> {
            if (!ctx.dialogs().confirm(ctx.t("leave.cancel"), ctx.t(r.status() == LeaveStatus.APPROVED
                    ? "leave.cancelApprovedConfirm" : "leave.cancelConfirm", r.id(), texts.typeName(r.code()),
                    r.from(), r.to()))) {
                return;
            }
            run(() -> ctx.tertib().leave().cancel(r.id(), decisionNote.getText()), o -> outcomeText("leave.cancelled", o));
        });
    }

    private <T> void run(java.util.concurrent.Callable<T> work, Function<T, String> done) {
        ctx.tasks().run(work, result -> {
            decisionNote.clear();
            message.getStyleClass().setAll("label", "tertib-notice");
            message.setText(done.apply(result));
            load();
        }, e -> {
            message.getStyleClass().setAll("label", "tertib-field-error");
            message.setText(ctx.describe(e));
        });
    }

    /** What a decision did to the daily attendance, with what the user should look at. */
    private String outcomeText(String key, LeaveService.Outcome o) {
        List<String> lines = new ArrayList<>();
        lines.add(ctx.t(key, o.request().id(), o.changed().size(), o.request().code()));
        if (!o.kept().isEmpty()) {
            lines.add(ctx.t("leave.keptDays", o.kept().stream()
                    .map(d -> ctx.i18n().date(d.date()) + " (" + d.code() + ")").collect(Collectors.joining(", "))));
        }
        if (!o.punched().isEmpty()) {
            lines.add(ctx.t("leave.punchedDays", o.punched().stream().map(ctx.i18n()::date)
                    .collect(Collectors.joining(", "))));
        }
        if (!o.yearsNotSet().isEmpty()) {
            lines.add(ctx.t("leave.previewYearsNotSet", o.yearsNotSet().stream().map(String::valueOf)
                    .collect(Collectors.joining(", "))));
        }
        return String.join("\n", lines);
    }
}
