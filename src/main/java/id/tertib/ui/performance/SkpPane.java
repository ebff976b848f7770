package id.tertib.ui.performance;

import id.tertib.app.PerformanceService;
import id.tertib.domain.Employee;
import id.tertib.domain.performance.Predikat;
import id.tertib.domain.performance.Rating;
import id.tertib.domain.performance.SkpPeriod;
import id.tertib.domain.performance.SkpResult;
import id.tertib.ui.common.EnumCells;
import id.tertib.ui.common.UiContext;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Hasil SKP: the results of the chosen unit and year with their predikat; beside them the form, where the predikat
 * follows the two ratings as they are chosen (PermenPANRB 6/2022).
 */
final class SkpPane {

    private final UiContext ctx;
    private final boolean mayWrite;
    private final TableView<PerformanceService.SkpEntry> table = new TableView<>();
    private final Label count = new Label();
    private final ComboBox<Employee> person;
    private final Spinner<Integer> year = new Spinner<>(2000, 2100, 2026);
    private final ComboBox<SkpPeriod> period = new ComboBox<>();
    private final ComboBox<Rating> results = new ComboBox<>();
    private final ComboBox<Rating> behaviour = new ComboBox<>();
    private final Label predikat = new Label();
    private final TextField note = new TextField();
    private final Button save = new Button();
    private final Button delete = new Button();
    private final Label message = new Label();
    private final SplitPane root;
    private Long unitId;
    private Integer shownYear;
    private long editing;

    SkpPane(UiContext ctx, boolean mayWrite) {
        this.ctx = ctx;
        this.mayWrite = mayWrite;
        this.person = id.tertib.ui.common.PersonPicker.picker("skp-person", ctx.t("performance.choosePerson"));
        root = mayWrite ? new SplitPane(tableArea(), form()) : new SplitPane(tableArea());
        root.setDividerPositions(0.68);
    }

    Node view() {
        return root;
    }

    private Node tableArea() {
        table.setId("skp-table");
        table.setPlaceholder(new Label(ctx.t("performance.noSkp")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(List.of(
                column("performance.col.person", 170, e -> e.person().name().full()),
                column("performance.col.period", 110, e -> ctx.i18n().label(e.result().period()) + " "
                        + e.result().year()),
                column("performance.col.results", 100, e -> shortRating(e.result().results())),
                column("performance.col.behaviour", 100, e -> shortRating(e.result().behaviour())),
                column("performance.col.predikat", 150, e -> ctx.i18n().label(e.result().predikat())
                        + (e.result().note().isEmpty() ? "" : " · " + e.result().note()))));
        table.getSelectionModel().selectedItemProperty().addListener((o, a, e) -> edit(e));
        count.setId("skp-count");
        count.getStyleClass().add("tertib-count");
        BorderPane area = new BorderPane(table);
        area.setBottom(count);
        BorderPane.setMargin(count, new Insets(6, 0, 0, 0));
        area.setPadding(new Insets(8, 8, 12, 16));
        return area;
    }

    private Node form() {
        year.setId("skp-year");
        year.setEditable(true);
        period.setId("skp-period");
        period.getItems().setAll(SkpPeriod.values());
        EnumCells.use(period, ctx.i18n());
        results.setId("skp-results");
        behaviour.setId("skp-behaviour");
        for (ComboBox<Rating> box : List.of(results, behaviour)) {
            box.getItems().setAll(Rating.values());
            EnumCells.use(box, ctx.i18n());
            box.setMaxWidth(Double.MAX_VALUE);
            box.valueProperty().addListener(o -> showPredikat());
        }
        predikat.setId("skp-predikat");
        predikat.getStyleClass().add("title-4");
        note.setId("skp-note");
        GridPane grid = FormParts.grid();
        int r = 0;
        grid.addRow(r++, new Label(ctx.t("performance.col.person")), person);
        grid.addRow(r++, new Label(ctx.t("performance.year")), year);
        grid.addRow(r++, new Label(ctx.t("performance.col.period")), period);
        grid.addRow(r++, new Label(ctx.t("performance.col.results")), results);
        grid.addRow(r++, new Label(ctx.t("performance.col.behaviour")), behaviour);
        grid.addRow(r++, new Label(ctx.t("performance.col.predikat")), predikat);
        grid.addRow(r, new Label(ctx.t("performance.col.note")), note);
        GridPane.setHgrow(person, Priority.ALWAYS);
        HBox buttons = FormParts.buttons(ctx, "skp", "performance.newSkp", save, delete, this::save,
                () -> table.getSelectionModel().clearSelection(), this::delete);
        message.setId("skp-message");
        message.setWrapText(true);
        Label hint = new Label(ctx.t("performance.matrixHint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("text-muted");
        VBox box = new VBox(10, grid, hint, buttons, message);
        box.setPadding(new Insets(8, 16, 16, 12));
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.setMinWidth(340);
        return scroll;
    }

    void setPeople(List<Employee> people) {
        Employee chosen = person.getValue();
        person.getItems().setAll(people);
        if (chosen != null && people.contains(chosen)) {
            person.setValue(chosen);
        }
    }

    void load(Long unit, Integer y) {
        this.unitId = unit;
        this.shownYear = y;
        reload();
    }

    private void reload() {
        long keep = editing;
        ctx.tasks().run(() -> ctx.tertib().performance().skp(unitId, shownYear), entries -> {
            table.getItems().setAll(entries);
            count.setText(ctx.t("performance.skpCount", entries.size()));
            entries.stream().filter(e -> e.result().id() == keep).findFirst()
                    .ifPresentOrElse(e -> table.getSelectionModel().select(e), () -> edit(null));
        }, e -> ctx.showFailure("performance.loadFailed", e));
    }

    private void showPredikat() {
        Rating a = results.getValue();
        Rating b = behaviour.getValue();
        predikat.setText(a == null || b == null ? "—" : ctx.i18n().label(Predikat.of(a, b)));
    }

    private void edit(PerformanceService.SkpEntry e) {
        if (!mayWrite) {
            return;
        }
        editing = e == null ? 0 : e.result().id();
        if (e == null) {
            year.getValueFactory().setValue(shownYear != null ? shownYear
                    : ctx.tertib().attendance().today().getYear());
            period.setValue(SkpPeriod.ANNUAL);
            results.setValue(Rating.AS_EXPECTED);
            behaviour.setValue(Rating.AS_EXPECTED);
            note.clear();
        } else {
            SkpResult r = e.result();
            person.setValue(e.person());
            year.getValueFactory().setValue(r.year());
            period.setValue(r.period());
            results.setValue(r.results());
            behaviour.setValue(r.behaviour());
            note.setText(r.note());
        }
        boolean editable = e == null || e.editable();
        save.setDisable(!editable || ctx.tertib().isReadOnly());
        delete.setDisable(e == null || !editable || ctx.tertib().isReadOnly());
        showPredikat();
    }

    private void save() {
        Employee who = person.getValue();
        if (who == null) {
            fail(ctx.t("performance.choosePerson"));
            return;
        }
        long id = editing;
        int y = year.getValue();
        SkpPeriod p = period.getValue();
        Rating a = results.getValue();
        Rating b = behaviour.getValue();
        String n = note.getText();
        ctx.tasks().run(() -> ctx.tertib().performance().saveSkp(new SkpResult(id, who.id(), y, p, a, b, n)),
                saved -> {
                    editing = saved.id();
                    FormParts.notice(message, ctx.t("performance.skpSaved", who.name().full(),
                            ctx.i18n().label(saved.predikat())));
                    reload();
                }, err -> fail(ctx.describe(err)));
    }

    private void delete() {
        PerformanceService.SkpEntry e = table.getSelectionModel().getSelectedItem();
        if (e == null || !ctx.dialogs().confirm(ctx.t("performance.delete"), ctx.t("performance.deleteSkpConfirm",
                e.person().name().full(), e.result().year()))) {
            return;
        }
        ctx.tasks().run(() -> {
            ctx.tertib().performance().deleteSkp(e.result().id());
            return e;
        }, d -> {
            editing = 0;
            reload();
        }, err -> fail(ctx.describe(err)));
    }

    /** "Di atas", "Sesuai", "Di bawah": the table's short form of a rating. */
    private String shortRating(Rating r) {
        return ctx.t("performance.ratingShort." + r.name());
    }

    private void fail(String s) {
        FormParts.fail(message, s);
    }

    private TableColumn<PerformanceService.SkpEntry, String> column(String key, double width,
            Function<PerformanceService.SkpEntry, String> v) {
        TableColumn<PerformanceService.SkpEntry, String> c = new TableColumn<>(ctx.t(key));
        c.setPrefWidth(width);
        c.setCellValueFactory(x -> new ReadOnlyStringWrapper(v.apply(x.getValue())));
        c.setMinWidth(Math.min(width, 96));
        return c;
    }
}
