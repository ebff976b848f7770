package id.tertib.ui.employees;

import id.tertib.domain.EmploymentStatus;
import id.tertib.domain.Gender;
import id.tertib.domain.Golongan;
import id.tertib.domain.PositionKind;
import id.tertib.domain.Unit;
import id.tertib.domain.UnitTree;
import id.tertib.ui.common.EnumCells;
import id.tertib.ui.common.UiContext;
import id.tertib.ui.common.UnitChoices;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.MapChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The employee form beside the table, with an inline error line under every field. */
final class EmployeeForm {

    private final UiContext ctx;
    private final EmployeeFormModel model;
    private final Map<String, Label> errorLabels = new HashMap<>();
    private final ComboBox<Unit> unitBox = new ComboBox<>();
    private final Label heading = new Label();
    private final Button deleteButton = new Button();
    private final Label notice = new Label();
    private final VBox root;
    private final List<TextField> inputs = new ArrayList<>();

    /** What the form's buttons do; {@code editable} false shows the data read-only (section heads, viewers). */
    record Actions(boolean editable, Runnable onSave, Runnable onCancel, Runnable onDelete, Runnable onHistory) {
    }

    EmployeeForm(UiContext ctx, EmployeeFormModel model, Actions actions) {
        this.ctx = ctx;
        this.model = model;
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(2);
        grid.getColumnConstraints().addAll(new ColumnConstraints(120), new ColumnConstraints(200, 280, Double.MAX_VALUE));
        grid.getColumnConstraints().get(1).setHgrow(Priority.ALWAYS);

        TextField nip = text("nip", model.number);
        nip.setPromptText("19860926 201505 1 001");
        ComboBox<EmploymentStatus> status = choice("employee-status", EmploymentStatus.values(), model.status);
        ComboBox<Gender> gender = choice("employee-gender", Gender.values(), model.gender);
        ComboBox<Golongan> golongan = new ComboBox<>();
        golongan.setId("employee-golongan");
        golongan.getItems().setAll(Golongan.forStatus(model.status.get()));
        model.status.addListener((o, a, b) -> golongan.getItems().setAll(Golongan.forStatus(
                b == null ? EmploymentStatus.PNS : b)));
        golongan.valueProperty().bindBidirectional(model.golongan);
        golongan.setConverter(golonganConverter());
        golongan.setMaxWidth(Double.MAX_VALUE);
        ComboBox<PositionKind> kind = choice("employee-positionKind", PositionKind.values(), model.positionKind);
        DatePicker birth = new DatePicker();
        birth.setId("employee-birthDate");
        birth.valueProperty().bindBidirectional(model.birthDate);
        birth.setConverter(dateConverter());
        birth.setMaxWidth(Double.MAX_VALUE);
        // TMT PPPK: a PNS has his TMT CPNS in the NIP; a NI PPPK gives at most the year, so HR enters the date.
        DatePicker appointed = new DatePicker();
        appointed.setId("employee-appointedOn");
        appointed.valueProperty().bindBidirectional(model.appointedOn);
        appointed.setConverter(dateConverter());
        appointed.setMaxWidth(Double.MAX_VALUE);
        appointed.setPromptText(ctx.t("employee.appointedOnPrompt"));
        unitBox.setId("employee-unit");
        unitBox.valueProperty().bindBidirectional(model.unit);
        unitBox.setMaxWidth(Double.MAX_VALUE);
        CheckBox active = new CheckBox(ctx.t("employee.active"));
        active.setId("employee-active");
        active.selectedProperty().bindBidirectional(model.active);

        int row = 0;
        row = add(grid, row, "nip", "employee.nip", nip);
        row = add(grid, row, "status", "employee.status", status);
        row = add(grid, row, "frontTitle", "employee.frontTitle", text("frontTitle", model.frontTitle));
        row = add(grid, row, "name", "employee.name", text("name", model.name));
        row = add(grid, row, "backTitle", "employee.backTitle", text("backTitle", model.backTitle));
        row = add(grid, row, "gender", "employee.gender", gender);
        row = add(grid, row, "birthDate", "employee.birthDate", birth);
        row = add(grid, row, "appointedOn", "employee.appointedOn", appointed);
        row = add(grid, row, "golongan", "employee.golonganLong", golongan);
        row = add(grid, row, "positionName", "employee.positionName", text("positionName", model.positionName));
        row = add(grid, row, "positionKind", "employee.positionKind", kind);
        row = add(grid, row, "unit", "employee.unit", unitBox);
        row = add(grid, row, "pin", "employee.pin", text("pin", model.pin));
        grid.add(active, 1, row);
        if (!actions.editable()) {
            for (Node input : List.of(status, gender, golongan, kind, birth, appointed, unitBox, active)) {
                input.setDisable(true);
            }
            inputs.forEach(input -> input.setDisable(true));
            grid.getStyleClass().add("tertib-readonly");
        } else {
            appointed.disableProperty().bind(model.status.isNotEqualTo(EmploymentStatus.PPPK));
        }

        model.errors().addListener((MapChangeListener<String, String>) change -> showErrors());

        Button history = new Button(ctx.t("history.button"), new FontIcon(Feather.CLOCK));
        history.setId("employee-history");
        history.disableProperty().bind(model.editingExistingProperty().not());
        history.setOnAction(e -> actions.onHistory().run());
        FlowPane buttons = new FlowPane(8, 8); // wraps in a narrow window instead of cutting "Simpan" to "Sim..."
        if (actions.editable()) {
            Button save = new Button(ctx.t("action.save"));
            save.setId("employee-save");
            save.setDefaultButton(true);
            save.getStyleClass().add("accent");
            save.setOnAction(e -> actions.onSave().run());
            Button cancel = new Button(ctx.t("action.cancel"));
            cancel.setId("employee-cancel");
            cancel.setOnAction(e -> actions.onCancel().run());
            deleteButton.setId("employee-delete");
            deleteButton.setText(ctx.t("employee.delete"));
            deleteButton.getStyleClass().add("danger");
            deleteButton.visibleProperty().bind(model.editingExistingProperty());
            deleteButton.setOnAction(e -> actions.onDelete().run());
            buttons.getChildren().addAll(save, cancel, deleteButton);
        }
        buttons.getChildren().forEach(b -> ((Button) b).setMinWidth(Region.USE_PREF_SIZE));
        buttons.setPadding(new Insets(12, 0, 0, 0));

        heading.getStyleClass().add("title-4");
        if (actions.editable()) {
            heading.textProperty().bind(javafx.beans.binding.Bindings.when(model.editingExistingProperty())
                    .then(ctx.t("employee.editTitle")).otherwise(ctx.t("employee.newTitle")));
        } else {
            heading.setText(ctx.t("employee.viewTitle"));
        }
        Label hint = new Label(ctx.t(actions.editable() ? "employee.nipHint" : "employee.readOnlyHint"));
        hint.getStyleClass().add("text-muted");
        hint.setWrapText(true);
        notice.setId("employee-notice");
        notice.getStyleClass().add("tertib-notice");
        notice.setWrapText(true);
        // History belongs to the record, not to editing it: beside the heading, where every role finds it.
        history.setMinWidth(Region.USE_PREF_SIZE);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox top = new HBox(8, heading, gap, history);
        top.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox form = new VBox(8, top, hint, grid, buttons, notice);
        form.setPadding(new Insets(16));
        ScrollPane scroll = new ScrollPane(form);
        scroll.setFitToWidth(true);
        root = new VBox(scroll);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        root.getStyleClass().add("tertib-form");
    }

    void setUnits(UnitTree tree) {
        Unit current = model.unit.get();
        UnitChoices.fill(unitBox, tree, null);
        unitBox.setValue(current == null ? null : tree.find(current.id()).orElse(null));
    }

    /** A short, non-modal confirmation under the buttons ("Tersimpan: ..."); empty hides it. */
    void notice(String text) {
        notice.setText(text);
    }

    Node view() {
        return root;
    }

    private int add(GridPane grid, int row, String field, String labelKey, Node input) {
        Label label = new Label(ctx.t(labelKey));
        label.setLabelFor(input);
        Label error = new Label();
        error.setId("error-" + field);
        error.getStyleClass().add("tertib-field-error");
        error.setWrapText(true);
        error.setVisible(false);
        error.managedProperty().bind(error.visibleProperty());
        errorLabels.put(field, error);
        grid.add(label, 0, row);
        grid.add(input, 1, row);
        grid.add(error, 1, row + 1);
        return row + 2;
    }

    private void showErrors() {
        errorLabels.forEach((field, label) -> {
            String message = model.errors().get(field);
            label.setText(message == null ? "" : message);
            label.setVisible(message != null);
        });
    }

    private TextField text(String field, javafx.beans.property.StringProperty property) {
        TextField input = new TextField();
        inputs.add(input);
        input.setId("employee-" + field);
        input.textProperty().bindBidirectional(property);
        input.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                model.touch(field);
            }
        });
        return input;
    }

    private <E extends Enum<E>> ComboBox<E> choice(String id, E[] values, javafx.beans.property.ObjectProperty<E> property) {
        ComboBox<E> box = new ComboBox<>();
        box.setId(id);
        box.getItems().setAll(values);
        box.valueProperty().bindBidirectional(property);
        EnumCells.use(box, ctx.i18n());
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }

    private static StringConverter<Golongan> golonganConverter() {
        return new StringConverter<>() {
            @Override
            public String toString(Golongan g) {
                return g == null ? "" : g.code() + g.pangkat().map(p -> " — " + p).orElse("");
            }

            @Override
            public Golongan fromString(String s) {
                return null;
            }
        };
    }

    private StringConverter<LocalDate> dateConverter() {
        return new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return ctx.i18n().date(date);
            }

            @Override
            public LocalDate fromString(String s) {
                return ctx.i18n().parseDate(s).orElse(null);
            }
        };
    }
}
