package id.tertib.ui.employees;

import id.tertib.app.AuditService;
import id.tertib.app.EmployeeFilter;
import id.tertib.app.EmployeeService;
import id.tertib.domain.Employee;
import id.tertib.domain.EmploymentStatus;
import id.tertib.domain.Unit;
import id.tertib.domain.UnitTree;
import id.tertib.ui.audit.HistoryDialog;
import id.tertib.ui.common.EnumCells;
import id.tertib.ui.common.Permissions;
import id.tertib.ui.common.ScreenHeader;
import id.tertib.ui.common.UiContext;
import id.tertib.ui.common.UnitChoices;
import id.tertib.ui.importing.ImportDialog;
import id.tertib.ui.shell.Screen;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import atlantafx.base.controls.CustomTextField;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Employees: a filterable table (unit incl. sub-units, status, name/NIP) and the form beside it. */
public final class EmployeesView implements Screen {

    private final UiContext ctx;
    private final ObservableList<Employee> all = FXCollections.observableArrayList();
    private final FilteredList<Employee> filtered = new FilteredList<>(all);
    private final TableView<Employee> table = new TableView<>();
    private final CustomTextField search = new CustomTextField();
    private final ComboBox<Unit> unitFilter = new ComboBox<>();
    private final ComboBox<EmploymentStatus> statusFilter = new ComboBox<>();
    private final CheckBox showInactive = new CheckBox();
    private final Label count = new Label();
    private final EmployeeFormModel form;
    private final EmployeeForm formView;
    private final BorderPane root = new BorderPane();
    private final boolean editable;
    private UnitTree tree = new UnitTree(List.of());
    private final java.util.function.Consumer<Employee> openTimeline;
    private final Button timelineButton = new Button();

    public EmployeesView(UiContext ctx) {
        this(ctx, null);
    }

    /** With {@code openTimeline} (may be null) the toolbar offers the chosen person's timeline. */
    public EmployeesView(UiContext ctx, java.util.function.Consumer<Employee> openTimeline) {
        this.ctx = ctx;
        this.openTimeline = openTimeline;
        this.editable = Permissions.of(ctx).mayEditStaffData();
        this.form = new EmployeeFormModel(ctx);
        this.formView = new EmployeeForm(ctx, form,
                new EmployeeForm.Actions(editable, this::save, this::cancel, this::remove, this::history));
        root.setTop(toolbar());
        SplitPane split = new SplitPane(tableArea(), formView.view());
        split.setDividerPositions(0.64);
        SplitPane.setResizableWithParent(formView.view(), false);
        root.setCenter(split);
    }

    private Node toolbar() {
        search.setId("employee-search");
        search.setPromptText(ctx.t("employee.searchPrompt"));
        search.setLeft(new FontIcon(Feather.SEARCH));
        search.setPrefWidth(260);
        search.textProperty().addListener(o -> applyFilter());
        unitFilter.setId("employee-unit-filter");
        unitFilter.setPrefWidth(260);
        unitFilter.valueProperty().addListener(o -> applyFilter());
        statusFilter.setId("employee-status-filter");
        statusFilter.getItems().add(null);
        statusFilter.getItems().addAll(EmploymentStatus.values());
        EnumCells.use(statusFilter, ctx.i18n());
        statusFilter.setPromptText(ctx.t("employee.allStatuses"));
        statusFilter.setButtonCell(new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(EmploymentStatus s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? ctx.t("employee.allStatuses") : ctx.i18n().label(s));
            }
        });
        statusFilter.valueProperty().addListener(o -> applyFilter());
        showInactive.setText(ctx.t("employee.showInactive"));
        showInactive.setId("employee-show-inactive");
        showInactive.selectedProperty().addListener(o -> applyFilter());
        Button add = new Button(ctx.t("employee.add"), new FontIcon(Feather.USER_PLUS));
        add.setId("employee-add");
        add.getStyleClass().add("accent");
        add.setOnAction(e -> {
            table.getSelectionModel().clearSelection();
            form.clear(unitFilter.getValue());
            formView.notice("");
        });
        Button importButton = new Button(ctx.t("employee.import"), new FontIcon(Feather.UPLOAD));
        importButton.setId("employee-import");
        importButton.setOnAction(e -> ImportDialog.employees(ctx, root.getScene().getWindow(), this::refresh));
        HBox bar = ScreenHeader.bar(ctx.t("nav.employees"));
        if (openTimeline != null) {
            timelineButton.setText(ctx.t("employee.timeline"));
            timelineButton.setGraphic(new FontIcon(Feather.ACTIVITY));
            timelineButton.setId("employee-timeline");
            timelineButton.setDisable(true);
            timelineButton.setOnAction(e -> {
                Employee chosen = table.getSelectionModel().getSelectedItem();
                if (chosen != null) {
                    openTimeline.accept(chosen);
                }
            });
            bar.getChildren().add(timelineButton);
        }
        if (editable) {
            bar.getChildren().addAll(importButton, add);
        }
        HBox filters = new HBox(10, search, unitFilter, statusFilter, showInactive);
        filters.setAlignment(Pos.CENTER_LEFT);
        BorderPane top = new BorderPane(filters, bar, null, null, null);
        BorderPane.setMargin(filters, new Insets(10, 0, 0, 0));
        top.setPadding(new Insets(16, 16, 10, 16));
        return top;
    }

    private Node tableArea() {
        table.setId("employee-table");
        Label placeholder = new Label(ctx.t(editable ? "employee.none" : "employee.noneReadOnly"));
        placeholder.setWrapText(true);
        placeholder.setMaxWidth(360);
        table.setPlaceholder(placeholder);
        table.getColumns().setAll(List.of(
                column("employee.nip", 190, Employee::numberGrouped),
                column("employee.name", 240, e -> e.name().full()),
                column("employee.genderShort", 52, e -> ctx.t(e.gender() == id.tertib.domain.Gender.MALE
                        ? "employee.genderShort.male" : "employee.genderShort.female")),
                column("employee.status", 70, e -> e.status().name()),
                column("employee.golongan", 65, e -> e.golongan() == null ? "" : e.golongan().code()),
                column("employee.positionName", 220, Employee::positionName),
                column("employee.unit", 220, e -> tree.find(e.unitId()).map(Unit::name).orElse("")),
                column("employee.pin", 60, e -> e.pin() == null ? "" : e.pin()),
                column("employee.active", 60, e -> ctx.t(e.active() ? "common.yes" : "common.no"))));
        SortedList<Employee> sorted = new SortedList<>(filtered);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.getSelectionModel().selectedItemProperty().addListener((o, old, selected) -> {
            timelineButton.setDisable(selected == null);
            if (selected != null) {
                if (selected.id() != form.id()) {
                    formView.notice(""); // a "saved" notice belongs to the person just saved, not the next one
                }
                form.load(selected, tree.find(selected.unitId()).orElse(null));
            }
        });
        count.setId("employee-count");
        BorderPane area = new BorderPane(table);
        area.setBottom(count);
        BorderPane.setMargin(count, new Insets(6, 0, 0, 4));
        area.setPadding(new Insets(0, 0, 8, 16));
        return area;
    }

    private TableColumn<Employee, String> column(String key, double width,
            java.util.function.Function<Employee, String> value) {
        TableColumn<Employee, String> col = new TableColumn<>(ctx.t(key));
        col.setPrefWidth(width);
        col.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return col;
    }

    private void applyFilter() {
        Unit unit = unitFilter.getValue();
        EmployeeFilter filter = new EmployeeFilter(unit == null ? null : unit.id(), statusFilter.getValue(),
                search.getText(), showInactive.isSelected());
        filtered.setPredicate(filter.asPredicate(tree));
        count.setText(ctx.t("employee.countShown", filtered.size(), all.size()));
    }

    @Override
    public Node view() {
        return root;
    }

    @Override
    public void refresh() {
        ctx.tasks().run(() -> new Loaded(ctx.tertib().units().tree(),
                ctx.tertib().employees().list(EmployeeFilter.ALL)), this::show,
                e -> ctx.showFailure("employee.loadFailed", e));
    }

    private record Loaded(UnitTree tree, List<Employee> employees) {
    }

    private void show(Loaded loaded) {
        long selectedId = form.id();
        tree = loaded.tree();
        UnitChoices.fill(unitFilter, tree, ctx.t("employee.allUnits"));
        formView.setUnits(tree);
        all.setAll(loaded.employees());
        applyFilter();
        if (selectedId != 0) {
            filtered.stream().filter(e -> e.id() == selectedId).findFirst()
                    .ifPresent(e -> table.getSelectionModel().select(e));
        }
    }

    private void save() {
        form.save(saved -> {
            refresh();
            formView.notice(ctx.t("employee.saved", saved.name().full()));
        });
    }

    private void cancel() {
        Employee selected = table.getSelectionModel().getSelectedItem();
        if (selected != null) {
            form.load(selected, tree.find(selected.unitId()).orElse(null));
        } else {
            form.clear(unitFilter.getValue());
        }
    }

    private void remove() {
        Employee selected = all.stream().filter(e -> e.id() == form.id()).findFirst().orElse(null);
        if (selected == null || !ctx.dialogs().confirm(ctx.t("employee.deleteTitle"),
                ctx.t("employee.deleteConfirm", selected.name().full()))) {
            return;
        }
        ctx.tasks().run(() -> ctx.tertib().employees().remove(selected.id(), null), removal -> {
            if (removal == EmployeeService.Removal.DEACTIVATED) {
                ctx.dialogs().info(ctx.t("employee.deleteTitle"), ctx.t("employee.deactivated", selected.name().full()));
            } else {
                form.clear(unitFilter.getValue());
            }
            refresh();
        }, e -> ctx.showFailure("employee.deleteFailed", e));
    }

    private void history() {
        all.stream().filter(e -> e.id() == form.id()).findFirst().ifPresent(e -> HistoryDialog.show(ctx,
                root.getScene().getWindow(), AuditService.EMPLOYEE, e.id(), e.name().full()));
    }

    /** For tests: the rows the table shows now. */
    ObservableList<Employee> shown() {
        return table.getItems();
    }
}
