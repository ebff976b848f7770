package id.tertib.ui.schedules;

import atlantafx.base.theme.Styles;
import id.tertib.app.ScheduleService;
import id.tertib.domain.Problem;
import id.tertib.domain.Unit;
import id.tertib.domain.UnitTree;
import id.tertib.domain.attendance.Schedule;
import id.tertib.domain.attendance.WorkHours;
import id.tertib.ui.common.DateFields;
import id.tertib.ui.common.UiContext;
import id.tertib.ui.common.UnitChoices;
import java.time.DayOfWeek;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * One schedule in the editor: unit, validity, tolerance, and the normal and Ramadan hours per weekday side by side.
 * Checks as the person types with the same rules the save applies ({@link ScheduleService#check}), naming the day in
 * words, and marks the rows concerned.
 */
final class ScheduleEditor {

    private final UiContext ctx;
    private final ScheduleTexts texts;
    private final boolean mayEdit;
    private final Consumer<ScheduleService.Entry> onSaved;
    private final Runnable onDeleted;
    private final Label title = new Label();
    private final ComboBox<Unit> unit = new ComboBox<>();
    private final DatePicker validFrom;
    private final DatePicker validTo;
    private final TextField tolerance = new TextField();
    private final WeekColumns week;
    private final WeekColumns ramadan;
    private final Label weekTotal = new Label();
    private final Label ramadanTotal = new Label();
    private final Label messages = new Label();
    private final Label notice = new Label();
    private final Button delete = new Button();
    private final VBox root;
    private List<ScheduleService.Entry> listed = List.of();
    private Long editingId;
    /** The schedule the notice ("Tersimpan") is about; it stays while that schedule is shown again. */
    private Long noticeFor;
    private boolean filling;

    ScheduleEditor(UiContext ctx, boolean mayEdit, Consumer<ScheduleService.Entry> onSaved, Runnable onDeleted) {
        this.ctx = ctx;
        this.texts = new ScheduleTexts(ctx);
        this.mayEdit = mayEdit;
        this.onSaved = onSaved;
        this.onDeleted = onDeleted;
        this.validFrom = DateFields.picker("schedule-validFrom", ctx.i18n());
        this.validTo = DateFields.picker("schedule-validTo", ctx.i18n());
        this.week = new WeekColumns("schedule", this::check);
        this.ramadan = new WeekColumns("ramadan", this::check);
        title.getStyleClass().add("title-4");
        title.setId("schedule-title");
        root = new VBox(12, title, fields(), hours(), buttons(), messages, hint());
        root.setPadding(new Insets(12, 16, 16, 16));
        messages.setId("schedule-messages");
        messages.getStyleClass().add("tertib-field-error");
        messages.managedProperty().bind(messages.textProperty().isNotEmpty());
        messages.setWrapText(true);
        unit.valueProperty().addListener(o -> check());
        validFrom.valueProperty().addListener(o -> check());
        validTo.valueProperty().addListener(o -> check());
        tolerance.textProperty().addListener(o -> check());
        setEditable(mayEdit);
    }

    Node view() {
        return root;
    }

    private Node fields() {
        unit.setId("schedule-unit");
        unit.setPrefWidth(300);
        validFrom.setPrefWidth(150);
        validTo.setPrefWidth(150);
        validFrom.setPromptText(ctx.t("schedule.openStart"));
        validTo.setPromptText(ctx.t("schedule.openEnd"));
        tolerance.setId("schedule-tolerance");
        tolerance.setPrefColumnCount(5);
        tolerance.setMaxWidth(80);
        Label toleranceHint = new Label(ctx.t("schedule.toleranceHint"));
        toleranceHint.getStyleClass().add("tertib-count");
        toleranceHint.setWrapText(true);
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, new Label(ctx.t("schedule.scope")), unit);
        GridPane.setColumnSpan(unit, 3);
        grid.addRow(1, new Label(ctx.t("schedule.validFrom")), validFrom, new Label(ctx.t("schedule.validTo")), validTo);
        HBox toleranceRow = new HBox(8, tolerance, new Label(ctx.t("schedule.seconds")), toleranceHint);
        toleranceRow.setAlignment(Pos.CENTER_LEFT);
        grid.addRow(2, new Label(ctx.t("schedule.tolerance")), toleranceRow);
        GridPane.setColumnSpan(toleranceRow, 3);
        return grid;
    }

    private Node hours() {
        GridPane grid = new GridPane();
        grid.setId("schedule-hours");
        grid.setHgap(6);
        grid.setVgap(4);
        groupTitle(grid, ctx.t("schedule.normalHours"), 1);
        groupTitle(grid, ctx.t("schedule.ramadanHours"), 7);
        String[] heads = {"schedule.col.works", "schedule.col.start", "schedule.col.end", "schedule.col.breakStart",
            "schedule.col.breakEnd"};
        for (int i = 0; i < heads.length; i++) {
            grid.add(head(heads[i]), 1 + i, 1);
            grid.add(head(heads[i]), 7 + i, 1);
        }
        int r = 2;
        for (DayOfWeek day : DayOfWeek.values()) {
            Label name = new Label(ctx.i18n().dayName(day));
            name.setMinWidth(Region.USE_PREF_SIZE);
            grid.add(name, 0, r++);
        }
        week.placeInto(grid, 1, 2);
        ramadan.placeInto(grid, 7, 2);
        Separator between = new Separator(javafx.geometry.Orientation.VERTICAL);
        grid.add(between, 6, 0, 1, 10);
        GridPane.setMargin(between, new Insets(0, 8, 0, 8));
        weekTotal.setId("schedule-weekTotal");
        ramadanTotal.setId("schedule-ramadanTotal");
        weekTotal.getStyleClass().add(Styles.TEXT_BOLD);
        ramadanTotal.getStyleClass().add(Styles.TEXT_BOLD);
        grid.add(new Label(ctx.t("schedule.total")), 0, 9);
        grid.add(weekTotal, 1, 9, 5, 1);
        grid.add(ramadanTotal, 7, 9, 5, 1);
        return grid;
    }

    private static void groupTitle(GridPane grid, String text, int column) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TEXT_BOLD);
        grid.add(label, column, 0, 5, 1);
    }

    private Label head(String key) {
        Label label = new Label(ctx.t(key));
        label.getStyleClass().add("tertib-count");
        label.setMinWidth(Region.USE_PREF_SIZE);
        GridPane.setHalignment(label, HPos.LEFT);
        return label;
    }

    private Node buttons() {
        Button perpres = new Button(ctx.t("schedule.perpres"), new FontIcon(Feather.ROTATE_CCW));
        perpres.setId("schedule-perpres");
        perpres.setOnAction(e -> fillPerpres());
        Button save = new Button(ctx.t("action.save"));
        save.setId("schedule-save");
        save.getStyleClass().add(Styles.ACCENT);
        save.setOnAction(e -> save());
        delete.setText(ctx.t("schedule.delete"));
        delete.setId("schedule-delete");
        delete.getStyleClass().add(Styles.DANGER);
        delete.setOnAction(e -> delete());
        notice.setId("schedule-notice");
        notice.getStyleClass().add("tertib-notice");
        HBox box = mayEdit ? new HBox(8, perpres, save, delete, notice) : new HBox();
        box.setAlignment(Pos.CENTER_LEFT);
        box.setManaged(mayEdit);
        return box;
    }

    private Node hint() {
        Label hint = new Label(ctx.t(mayEdit ? "schedule.rederiveHint" : "schedule.readOnlyHint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("tertib-hint");
        hint.setMaxWidth(Double.MAX_VALUE);
        return hint;
    }

    /** The units to choose from; the schedules listed, for the overlap check while typing. */
    void setChoices(UnitTree tree, List<ScheduleService.Entry> listed) {
        this.listed = listed;
        filling = true;
        UnitChoices.fill(unit, tree, ctx.t("schedule.wholeOffice"));
        filling = false;
    }

    void edit(ScheduleService.Entry e) {
        filling = true;
        editingId = e.id();
        title.setText(e.stored() ? ctx.t("schedule.editTitle", texts.scope(e)) : ctx.t("schedule.defaultTitle"));
        if (!Objects.equals(e.id(), noticeFor)) {
            notice.setText("");
        }
        unit.setValue(unitOf(e));
        validFrom.setValue(e.schedule().validFrom());
        validTo.setValue(e.schedule().validTo());
        tolerance.setText(String.valueOf(e.schedule().toleranceSeconds()));
        week.show(e.schedule().week());
        ramadan.show(e.ramadanWeek());
        delete.setDisable(!e.stored());
        filling = false;
        check();
    }

    /**
     * The schedule's unit among the choices. A section head's choices hold only his own units; another unit's
     * schedule still shows that unit's name (he reads it, he cannot change it).
     */
    private Unit unitOf(ScheduleService.Entry e) {
        Long unitId = e.schedule().unitId();
        if (unitId == null) {
            return null;
        }
        return unit.getItems().stream().filter(u -> u != null && u.id() == unitId).findFirst().orElseGet(() -> {
            Unit outside = new Unit(unitId, "", e.unitName(), null);
            unit.getItems().add(outside);
            return outside;
        });
    }

    /** A new schedule, prefilled with the Perpres 21/2023 hours, for the unit chosen afterwards. */
    void editNew() {
        edit(new ScheduleService.Entry(null, Schedule.perpres21_2023(), Schedule.perpres21_2023RamadanWeek(), ""));
        title.setText(ctx.t("schedule.newTitle"));
    }

    private void fillPerpres() {
        filling = true;
        week.show(Schedule.perpres21_2023().week());
        ramadan.show(Schedule.perpres21_2023RamadanWeek());
        tolerance.setText(String.valueOf(Schedule.DEFAULT_TOLERANCE_SECONDS));
        filling = false;
        check();
    }

    /** What was typed as a schedule, adding what cannot be read to {@code problems}. */
    private ScheduleService.Entry typed(List<Problem> problems) {
        Map<DayOfWeek, WorkHours> normal = week.read("week", problems);
        Map<DayOfWeek, WorkHours> inRamadan = ramadan.read("ramadan", problems);
        int seconds = Schedule.DEFAULT_TOLERANCE_SECONDS;
        try {
            seconds = Integer.parseInt(tolerance.getText().trim());
        } catch (NumberFormatException e) {
            problems.add(Problem.of("toleranceSeconds", "schedule.toleranceNumber", tolerance.getText().trim()));
        }
        Unit u = unit.getValue();
        Schedule s = new Schedule(u == null ? null : u.id(), validFrom.getValue(), validTo.getValue(), normal, seconds,
                List.of());
        return new ScheduleService.Entry(editingId, s, inRamadan, u == null ? "" : u.name());
    }

    /** Checks what is typed now; returns the problems, shown under the hours. */
    private List<Problem> check() {
        if (filling) {
            return List.of();
        }
        List<Problem> problems = new ArrayList<>();
        ScheduleService.Entry entry = typed(problems);
        problems.addAll(ScheduleService.check(entry, listed));
        weekTotal.setText(texts.weekly(total(entry.schedule().week())));
        ramadanTotal.setText(texts.weekly(total(entry.ramadanWeek())));
        show(problems);
        return problems;
    }

    private static Duration total(Map<DayOfWeek, WorkHours> hours) {
        return hours.values().stream().map(WorkHours::working).reduce(Duration.ZERO, Duration::plus);
    }

    private void show(List<Problem> problems) {
        messages.setText(problems.stream().map(ctx.i18n()::text).distinct().collect(Collectors.joining("\n")));
        week.markProblems(days(problems, "week."));
        ramadan.markProblems(days(problems, "ramadan."));
        Set<String> fields = problems.stream().map(Problem::field).filter(f -> f != null).collect(Collectors.toSet());
        validFrom.pseudoClassStateChanged(Styles.STATE_DANGER, fields.contains("validFrom"));
        validTo.pseudoClassStateChanged(Styles.STATE_DANGER, fields.contains("validTo"));
        tolerance.pseudoClassStateChanged(Styles.STATE_DANGER, fields.contains("toleranceSeconds"));
    }

    private static Set<DayOfWeek> days(List<Problem> problems, String prefix) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (Problem p : problems) {
            if (p.field() != null && p.field().startsWith(prefix)) {
                days.add(DayOfWeek.valueOf(p.field().substring(prefix.length())));
            }
        }
        return days;
    }

    private void save() {
        List<Problem> problems = new ArrayList<>();
        ScheduleService.Entry entry = typed(problems);
        if (!problems.isEmpty() || !check().isEmpty()) {
            return;
        }
        ctx.tasks().run(() -> ctx.tertib().schedules().save(entry), saved -> {
            noticeFor = saved.id();
            notice(ctx.t("schedule.saved", texts.scope(saved)));
            onSaved.accept(saved);
        }, e -> messages.setText(ctx.describe(e)));
    }

    private void delete() {
        if (editingId == null) {
            return;
        }
        long id = editingId;
        if (!ctx.dialogs().confirm(ctx.t("schedule.delete"), ctx.t("schedule.deleteConfirm", title.getText()))) {
            return;
        }
        ctx.tasks().run(() -> {
            ctx.tertib().schedules().delete(id);
            return id;
        }, d -> {
            noticeFor = null;
            notice(ctx.t("schedule.deleted"));
            onDeleted.run();
        }, e -> messages.setText(ctx.describe(e)));
    }

    private void notice(String text) {
        notice.setText(text);
    }

    private void setEditable(boolean editable) {
        unit.setDisable(!editable);
        validFrom.setDisable(!editable);
        validTo.setDisable(!editable);
        tolerance.setEditable(editable);
        week.setEditable(editable);
        ramadan.setEditable(editable);
    }
}
