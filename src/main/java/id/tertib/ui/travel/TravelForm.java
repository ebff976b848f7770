package id.tertib.ui.travel;

import id.tertib.app.TravelService;
import id.tertib.domain.Unit;
import id.tertib.domain.UnitTree;
import id.tertib.domain.travel.SuratTugas;
import id.tertib.domain.travel.TravelKind;
import id.tertib.ui.common.Columns;
import id.tertib.ui.common.DateFields;
import id.tertib.ui.common.EnumCells;
import id.tertib.ui.common.UiContext;
import id.tertib.ui.common.UnitChoices;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.MapChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Surat Tugas window: the letter's fields on the left (each with its problem under it), the travellers in order
 * on the right with the conflicts they meet, and below them who could go next. Read-only for a letter the signed-in
 * person may not change.
 */
final class TravelForm {

    private final UiContext ctx;
    private final TravelFormModel model;
    private final TravelFormat texts;
    private final boolean editable;
    private final Consumer<SuratTugas> onSaved;
    private final Map<String, Label> errorLabels = new HashMap<>();
    private final ComboBox<Unit> unitBox = new ComboBox<>();
    private final TableView<Traveller> travellers = new TableView<>();
    private final Label total = new Label();
    private final VBox conflictBox = new VBox(4);
    private final VBox passedOverBox = new VBox(4);
    private final Stage stage = new Stage();
    private GridPane grid;
    private int row;

    /** A form for a letter; {@code tree} holds the units a letter may be issued by. */
    TravelForm(UiContext ctx, UnitTree tree, boolean editable, Consumer<SuratTugas> onSaved) {
        this.ctx = ctx;
        this.model = new TravelFormModel(ctx);
        this.texts = new TravelFormat(ctx.i18n());
        this.editable = editable;
        this.onSaved = onSaved;
        UnitChoices.fill(unitBox, tree, null);
        BorderPane root = new BorderPane();
        root.getStyleClass().add("tertib-form");
        root.getStylesheets().add(TravelForm.class.getResource("/id/tertib/ui/tertib.css").toExternalForm());
        root.setId("travel-form");
        if (!editable) {
            root.getStyleClass().add("travel-readonly");
        }
        HBox body = new HBox(20, fields(), right());
        HBox.setHgrow(body.getChildren().get(1), Priority.ALWAYS);
        body.setPadding(new Insets(12, 16, 8, 16));
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        root.setCenter(scroll);
        root.setBottom(buttons());
        model.errors().addListener((MapChangeListener<String, String>) c -> showErrors());
        model.conflicts().addListener((ListChangeListener<TravelService.ConflictEntry>) c -> showConflicts());
        model.passedOver().addListener((ListChangeListener<TravelService.Candidate>) c -> showPassedOver());
        model.travellers.addListener((ListChangeListener<Traveller>) c -> showTotal());
        showConflicts();
        showPassedOver();
        showTotal();
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        stage.setScene(new Scene(root, Math.min(1280, screen.getWidth() - 20), Math.min(740, screen.getHeight() - 20)));
        stage.initModality(Modality.WINDOW_MODAL);
    }

    TravelFormModel model() {
        return model;
    }

    /** A new letter, issued by {@code unit} (the user's own, when they have one), dated today. */
    void openNew(Window owner, Unit unit) {
        model.clear(unit, LocalDate.now());
        stage.setTitle(ctx.t("travel.form.newTitle"));
        show(owner);
    }

    void openExisting(Window owner, TravelService.Entry entry) {
        Unit unit = unitBox.getItems().stream().filter(u -> u != null && u.id() == entry.trip().unitId()).findFirst()
                .orElse(new Unit(entry.trip().unitId(), "", entry.unitName(), null));
        model.load(entry, unit);
        stage.setTitle(ctx.t("travel.form.title", entry.trip().number()));
        show(owner);
    }

    private void show(Window owner) {
        if (owner != null && stage.getOwner() == null) {
            stage.initOwner(owner);
        }
        stage.show();
    }

    void close() {
        stage.close();
    }

    // ---- left: the letter ----

    private Node fields() {
        grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(1);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints inputs = new ColumnConstraints(260, 320, 360);
        inputs.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(labels, inputs);

        add("number", "travel.number", text("travel-number", model.number, "number"));
        DatePicker date = picker("travel-date", model.date);
        add("date", "travel.date", date);
        unitBox.setId("travel-unit");
        unitBox.valueProperty().bindBidirectional(model.unit);
        add("unitId", "travel.issuingUnit", unitBox);
        TextArea basis = area("travel-basis", model.basis, "basis", 3);
        basis.setPromptText(ctx.t("travel.basisPrompt"));
        add("basis", "travel.basis", basis);
        add("purpose", "travel.purpose", area("travel-purpose", model.purpose, "purpose", 2));
        add("city", "travel.city", text("travel-city", model.city, "city"));
        add("province", "travel.province", text("travel-province", model.province, "province"));
        ComboBox<TravelKind> kind = new ComboBox<>();
        kind.setId("travel-kind");
        kind.getItems().setAll(TravelKind.values());
        EnumCells.use(kind, ctx.i18n());
        kind.valueProperty().bindBidirectional(model.kind);
        add("kind", "travel.kind", kind);
        add("depart", "travel.depart", picker("travel-depart", model.depart));
        add("returns", "travel.returns", picker("travel-returns", model.returns));
        add("transport", "travel.transport", text("travel-transport", model.transport, "transport"));
        add("budgetAccount", "travel.budgetAccount", text("travel-budget", model.budgetAccount, "budgetAccount"));
        add("issuer", "travel.issuer", text("travel-issuer", model.issuer, "issuer"));
        grid.setMinWidth(Region.USE_PREF_SIZE);
        if (!editable) {
            grid.getStyleClass().add("tertib-readonly");
        }
        return grid;
    }

    /** A label and an input on one row, the field's problem on the row below (taking no room while there is none). */
    private void add(String field, String labelKey, Control input) {
        input.setMaxWidth(Double.MAX_VALUE);
        input.setDisable(!editable && !(input instanceof TextInputControl));
        if (input instanceof TextInputControl t) {
            t.setEditable(editable);
        }
        Label label = Columns.wholeLabel(ctx.t(labelKey));
        GridPane.setValignment(label, javafx.geometry.VPos.TOP);
        label.setPadding(new Insets(5, 0, 0, 0));
        grid.addRow(row++, label, input);
        Label error = errorLabel(field);
        grid.add(error, 1, row++);
        GridPane.setMargin(input, new Insets(3, 0, 0, 0));
    }

    private Label errorLabel(String field) {
        Label error = new Label();
        error.setId("travel-error-" + field);
        error.getStyleClass().add("tertib-field-error");
        error.setWrapText(true);
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        error.visibleProperty().bind(error.managedProperty());
        errorLabels.put(field, error);
        return error;
    }

    private TextField text(String id, javafx.beans.property.StringProperty value, String field) {
        TextField t = new TextField();
        t.setId(id);
        t.textProperty().bindBidirectional(value);
        touchOnLeave(t, field);
        return t;
    }

    private TextArea area(String id, javafx.beans.property.StringProperty value, String field, int rows) {
        TextArea t = new TextArea();
        t.setId(id);
        t.setPrefRowCount(rows);
        t.setWrapText(true);
        t.textProperty().bindBidirectional(value);
        touchOnLeave(t, field);
        return t;
    }

    private void touchOnLeave(Control c, String field) {
        c.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                model.touch(field);
            }
        });
    }

    private DatePicker picker(String id, javafx.beans.property.ObjectProperty<LocalDate> value) {
        DatePicker p = DateFields.picker(id, ctx.i18n());
        p.valueProperty().bindBidirectional(value);
        return p;
    }

    // ---- right: travellers, conflicts, candidates ----

    private Node right() {
        Label title = new Label(ctx.t("travel.travellers"));
        title.getStyleClass().add("title-4");
        travellers.setId("travel-travellers");
        travellers.setItems(model.travellers);
        travellers.setPlaceholder(new Label(ctx.t(editable ? "travel.travellers.none" : "travel.travellers.noneReadOnly")));
        travellers.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<Traveller, String> order = new TableColumn<>(ctx.t("travel.col.order"));
        order.setPrefWidth(40);
        order.setMinWidth(40);
        order.setSortable(false);
        order.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty ? null : String.valueOf(getIndex() + 1));
            }
        });
        TableColumn<Traveller, String> name = Columns.text(ctx.t("travel.col.name"), 190, t -> t.employee.name().full());
        TableColumn<Traveller, String> nip = Columns.text(ctx.t("travel.col.nip"), 170, t -> t.employee.numberGrouped());
        TableColumn<Traveller, Traveller> days = editableColumn("travel.col.days", 60, "travel-days", "", null,
                t -> (long) t.days.get(), (t, v) -> model.setDays(t, v == null ? 0 : v.intValue()));
        TableColumn<Traveller, Traveller> allowance = editableColumn("travel.col.allowance", 130, "travel-allowance",
                ctx.t("travel.allowancePrompt"), ctx.i18n().locale(),
                t -> t.allowance.get(), (t, v) -> t.allowance.set(v));
        travellers.getColumns().setAll(List.of(order, name, nip, days, allowance));
        travellers.getColumns().forEach(c -> c.setSortable(false)); // the order is the letter's order
        travellers.setPrefHeight(170);
        travellers.setMinHeight(130);

        Button up = tool("travel-traveller-up", Feather.ARROW_UP, "travel.moveUp", () -> move(-1));
        Button down = tool("travel-traveller-down", Feather.ARROW_DOWN, "travel.moveDown", () -> move(1));
        Button remove = tool("travel-traveller-remove", Feather.TRASH_2, "travel.remove", () -> {
            int i = travellers.getSelectionModel().getSelectedIndex();
            model.remove(i);
        });
        var none = travellers.getSelectionModel().selectedItemProperty().isNull();
        up.disableProperty().bind(none);
        down.disableProperty().bind(none);
        remove.disableProperty().bind(none);
        total.setId("travel-allowance-total");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox tools = new HBox(6, up, down, remove, spacer, total);
        tools.setAlignment(Pos.CENTER_LEFT);
        tools.setVisible(editable);
        tools.setManaged(editable);

        conflictBox.setId("travel-conflicts");
        conflictBox.getStyleClass().add("travel-warning");
        passedOverBox.setId("travel-passed-over");
        passedOverBox.getStyleClass().add("travel-rotation");
        for (VBox box : List.of(conflictBox, passedOverBox)) {
            box.managedProperty().bind(box.visibleProperty());
        }
        VBox right = new VBox(6, title, travellers, errorLabel("participants"), tools, conflictBox, passedOverBox);
        if (editable) {
            CandidatesPanel candidates = new CandidatesPanel(ctx, model);
            VBox.setMargin(candidates.view(), new Insets(8, 0, 0, 0));
            VBox.setVgrow(candidates.view(), Priority.ALWAYS);
            right.getChildren().add(candidates.view());
        } else {
            Label readOnly = new Label(ctx.t("travel.form.readOnly"));
            readOnly.getStyleClass().add("text-muted");
            readOnly.setWrapText(true);
            right.getChildren().add(readOnly);
        }
        right.setMinWidth(520);
        return right;
    }

    private TableColumn<Traveller, Traveller> editableColumn(String key, double width, String styleId, String prompt,
            java.util.Locale grouping,
            java.util.function.Function<Traveller, Long> read, java.util.function.BiConsumer<Traveller, Long> write) {
        TableColumn<Traveller, Traveller> col = new TableColumn<>(ctx.t(key));
        col.setPrefWidth(width);
        col.setMinWidth(width);
        col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        col.setCellFactory(c -> new NumberCell<>(styleId, prompt, grouping, read, write, editable));
        return col;
    }

    private Button tool(String id, Feather icon, String tipKey, Runnable action) {
        Button b = new Button(null, new FontIcon(icon));
        b.setId(id);
        b.getStyleClass().addAll("button-icon", "flat");
        b.setTooltip(new javafx.scene.control.Tooltip(ctx.t(tipKey)));
        b.setOnAction(e -> action.run());
        return b;
    }

    private void move(int by) {
        int i = travellers.getSelectionModel().getSelectedIndex();
        if (model.move(i, by)) {
            travellers.getSelectionModel().select(i + by);
        }
    }

    private void showTotal() {
        total.setText(ctx.t("travel.allowanceTotal", texts.money(model.allowanceTotal())));
    }

    private void showConflicts() {
        List<TravelService.ConflictEntry> conflicts = model.conflicts();
        conflictBox.getChildren().clear();
        conflictBox.setVisible(!conflicts.isEmpty());
        if (conflicts.isEmpty()) {
            return;
        }
        Label head = new Label(ctx.t("travel.conflicts.head", conflicts.size()), new FontIcon(Feather.ALERT_TRIANGLE));
        head.getStyleClass().add("travel-warning-head");
        head.setWrapText(true);
        head.setMinHeight(Region.USE_PREF_SIZE); // the candidates' table gives way, never a warning
        conflictBox.getChildren().add(head);
        for (TravelService.ConflictEntry c : conflicts) {
            Label line = new Label("• " + model.conflictTexts().describe(c));
            line.setWrapText(true);
            line.setMinHeight(Region.USE_PREF_SIZE);
            line.getStyleClass().add("travel-conflict-line");
            conflictBox.getChildren().add(line);
        }
    }

    private void showPassedOver() {
        List<TravelService.Candidate> passed = model.passedOver();
        passedOverBox.getChildren().clear();
        passedOverBox.setVisible(!passed.isEmpty() && editable);
        if (passed.isEmpty()) {
            return;
        }
        Label line = new Label(ctx.t("travel.passedOver", String.join(", ", passed.stream()
                .map(model::passedOverLine).toList())), new FontIcon(Feather.INFO));
        line.setWrapText(true);
        line.setMinHeight(Region.USE_PREF_SIZE);
        passedOverBox.getChildren().add(line);
    }

    private void showErrors() {
        errorLabels.forEach((field, label) -> label.setText(model.errors().getOrDefault(field, "")));
        Label general = errorLabels.get(TravelFormModel.GENERAL);
        if (general != null) {
            general.setText(model.errors().getOrDefault(TravelFormModel.GENERAL, ""));
        }
    }

    // ---- bottom ----

    private Node buttons() {
        Label general = errorLabel(TravelFormModel.GENERAL);
        general.setId("travel-form-problems");
        general.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(general, Priority.ALWAYS);
        Button close = new Button(ctx.t(editable ? "action.cancel" : "action.close"));
        close.setId("travel-form-close");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        HBox bar = new HBox(10, general);
        if (editable) {
            Button save = new Button(ctx.t("action.save"), new FontIcon(Feather.SAVE));
            save.setId("travel-save");
            save.getStyleClass().add("accent");
            save.setOnAction(e -> model.save(saved -> {
                stage.close();
                onSaved.accept(saved);
            }));
            bar.getChildren().add(save);
        }
        bar.getChildren().add(close);
        bar.setAlignment(Pos.CENTER_RIGHT);
        bar.setPadding(new Insets(10, 16, 12, 16));
        bar.getStyleClass().add("travel-form-buttons");
        return bar;
    }
}
