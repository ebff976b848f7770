package id.tertib.ui.fairness;

import id.tertib.app.I18n;
import id.tertib.domain.EmploymentStatus;
import id.tertib.domain.Golongan;
import id.tertib.domain.PositionKind;
import id.tertib.domain.Unit;
import id.tertib.domain.UnitTree;
import id.tertib.ui.common.Columns;
import id.tertib.ui.common.DateFields;
import id.tertib.ui.common.UnitChoices;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The two filter lines: period, unit and Analisis; then who counts (status, golongan range, kind of position) and
 * what the charts count. Every control is bound to the view model; nothing here decides anything.
 */
final class FilterBar {

    private final FairnessViewModel vm;
    private final I18n i18n;
    private final ComboBox<Unit> unit = new ComboBox<>();
    private final VBox view;

    FilterBar(FairnessViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
        view = new VBox(8, periodLine(), eligibilityLine(), problemLine());
    }

    Node view() {
        return view;
    }

    void fillUnits(UnitTree tree) {
        Unit chosen = vm.unitProperty().get();
        UnitChoices.fill(unit, tree, i18n.get("fairness.view.allUnits"));
        unit.setValue(chosen == null ? null : tree.find(chosen.id()).orElse(null));
    }

    private Node periodLine() {
        DatePicker from = DateFields.picker("fairness-from", i18n);
        from.setPrefWidth(150);
        from.valueProperty().bindBidirectional(vm.fromProperty());
        DatePicker to = DateFields.picker("fairness-to", i18n);
        to.setPrefWidth(150);
        to.valueProperty().bindBidirectional(vm.toProperty());
        unit.setId("fairness-unit");
        unit.setPrefWidth(300);
        unit.valueProperty().bindBidirectional(vm.unitProperty());
        Button analyse = new Button(i18n.get("fairness.view.analyse"), new FontIcon(Feather.BAR_CHART_2));
        analyse.setId("fairness-analyse");
        analyse.setDefaultButton(true);
        analyse.getStyleClass().add("accent");
        analyse.disableProperty().bind(vm.validProperty().not().or(vm.runningProperty()));
        analyse.setOnAction(e -> vm.analyse());
        ProgressIndicator progress = new ProgressIndicator();
        progress.setId("fairness-progress");
        progress.setPrefSize(22, 22);
        progress.visibleProperty().bind(vm.runningProperty());
        HBox line = new HBox(8, Columns.wholeLabel(i18n.get("fairness.view.period")), from,
                Columns.wholeLabel(i18n.get("fairness.view.until")), to, gap(),
                Columns.wholeLabel(i18n.get("fairness.view.unit")), unit, gap(), analyse, progress);
        line.setAlignment(Pos.CENTER_LEFT);
        return line;
    }

    private Node eligibilityLine() {
        ComboBox<EmploymentStatus> status = choices("fairness-status", List.of(EmploymentStatus.values()),
                i18n::label);
        status.valueProperty().bindBidirectional(vm.statusProperty());
        ComboBox<Golongan> lowest = choices("fairness-lowest", vm.golonganChoices(), Golongan::code);
        ComboBox<Golongan> highest = choices("fairness-highest", vm.golonganChoices(), Golongan::code);
        vm.golonganChoices().addListener((ListChangeListener<Golongan>) c -> {
            refill(lowest, vm.golonganChoices());
            refill(highest, vm.golonganChoices());
        });
        lowest.valueProperty().bindBidirectional(vm.lowestProperty());
        highest.valueProperty().bindBidirectional(vm.highestProperty());
        Tooltip scale = new Tooltip(i18n.get("fairness.view.golonganHint"));
        lowest.setTooltip(scale);
        highest.setTooltip(scale);
        ComboBox<PositionKind> kind = choices("fairness-kind", List.of(PositionKind.values()), i18n::label);
        kind.valueProperty().bindBidirectional(vm.positionKindProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox line = new HBox(8, Columns.wholeLabel(i18n.get("fairness.view.status")), status, gap(),
                Columns.wholeLabel(i18n.get("fairness.view.golongan")), lowest,
                Columns.wholeLabel(i18n.get("fairness.view.until")), highest, gap(),
                Columns.wholeLabel(i18n.get("fairness.view.positionKind")), kind, spacer, measureToggle());
        line.setAlignment(Pos.CENTER_LEFT);
        return line;
    }

    private Node measureToggle() {
        ToggleGroup group = new ToggleGroup();
        ToggleButton trips = new ToggleButton(i18n.get("fairness.view.measure.trips"));
        trips.setId("fairness-measure-trips");
        trips.getStyleClass().add("left-pill");
        trips.setUserData(Measure.TRIPS);
        ToggleButton days = new ToggleButton(i18n.get("fairness.view.measure.days"));
        days.setId("fairness-measure-days");
        days.getStyleClass().add("right-pill");
        days.setUserData(Measure.DAYS);
        trips.setToggleGroup(group);
        days.setToggleGroup(group);
        group.selectToggle(vm.measureProperty().get() == Measure.DAYS ? days : trips);
        group.selectedToggleProperty().addListener((o, a, b) -> {
            if (b == null) {
                group.selectToggle(a); // one of the two is always chosen
            } else {
                vm.measureProperty().set((Measure) b.getUserData());
            }
        });
        HBox box = new HBox(0, trips, days);
        HBox toggle = new HBox(8, Columns.wholeLabel(i18n.get("fairness.view.measure")), box);
        toggle.setAlignment(Pos.CENTER_LEFT);
        return toggle;
    }

    private Node problemLine() {
        Label problem = new Label();
        problem.setId("fairness-problem");
        problem.getStyleClass().add("tertib-field-error");
        problem.setWrapText(true);
        problem.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> vm.problemProperty().get().isEmpty() ? vm.failureProperty().get() : vm.problemProperty().get(),
                vm.problemProperty(), vm.failureProperty()));
        problem.visibleProperty().bind(problem.textProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        return problem;
    }

    /** A choice with "Semua" (null) first; the popup and the button show the same words. */
    private <T> ComboBox<T> choices(String id, List<T> values, Function<T, String> name) {
        ComboBox<T> box = new ComboBox<>();
        box.setId(id);
        refill(box, values);
        String all = i18n.get("fairness.view.all");
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? all : name.apply(value);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        });
        box.setCellFactory(l -> cell(all, name, false));
        box.setButtonCell(cell(all, name, true));
        box.setValue(null);
        return box;
    }

    /** The button cell is "empty" when nothing is chosen: it still says "Semua". */
    private static <T> ListCell<T> cell(String all, Function<T, String> name, boolean button) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T value, boolean empty) {
                super.updateItem(value, empty);
                setText(empty && !button ? null : value == null ? all : name.apply(value));
            }
        };
    }

    private static <T> void refill(ComboBox<T> box, List<T> values) {
        T chosen = box.getValue();
        List<T> items = new ArrayList<>();
        items.add(null);
        items.addAll(values);
        box.getItems().setAll(items);
        box.setValue(chosen != null && values.contains(chosen) ? chosen : null);
    }

    private static Region gap() {
        Region gap = new Region();
        gap.setMinWidth(10);
        return gap;
    }
}
