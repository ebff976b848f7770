package id.tertib.ui.performance;

import id.tertib.app.PerformanceService;
import id.tertib.domain.Employee;
import id.tertib.domain.performance.CoreValue;
import id.tertib.domain.performance.NoteKind;
import id.tertib.domain.performance.PerformanceNote;
import id.tertib.ui.common.DateFields;
import id.tertib.ui.common.EnumCells;
import id.tertib.ui.common.UiContext;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Catatan kinerja: the notes of the chosen unit and period, filtered by value and kind, appreciation rows green and
 * needs-improvement rows amber; beside them the form to write or change one.
 */
final class NotesPane {

    private final UiContext ctx;
    private final boolean mayWrite;
    private final ComboBox<CoreValue> valueFilter = new ComboBox<>();
    private final ComboBox<Employee> personFilter;
    private final DatePicker fromFilter;
    private final DatePicker toFilter;
    private final ComboBox<NoteKind> kindFilter = new ComboBox<>();
    private final TableView<PerformanceService.NoteEntry> table = new TableView<>();
    private final Label count = new Label();
    private final ComboBox<Employee> person;
    private final DatePicker date;
    private final ComboBox<NoteKind> kind = new ComboBox<>();
    private final Map<CoreValue, CheckBox> values = new EnumMap<>(CoreValue.class);
    private final TextArea text = new TextArea();
    private final TextField author = new TextField();
    private final TextField evidence = new TextField();
    private final Button save = new Button();
    private final Button delete = new Button();
    private final Label message = new Label();
    private final Label formTitle = new Label();
    private final SplitPane root;
    private Filter filter = new Filter(null, null, null);
    private long editing;

    /** What the screen's top bar chose. */
    record Filter(Long unitId, LocalDate from, LocalDate to) {
    }

    NotesPane(UiContext ctx, boolean mayWrite) {
        this.ctx = ctx;
        this.mayWrite = mayWrite;
        this.person = id.tertib.ui.common.PersonPicker.picker("note-person", ctx.t("performance.choosePerson"));
        this.personFilter = id.tertib.ui.common.PersonPicker.picker("note-person-filter", ctx.t("performance.allPeople"));
        this.fromFilter = DateFields.picker("note-from", ctx.i18n());
        this.toFilter = DateFields.picker("note-to", ctx.i18n());
        this.date = DateFields.picker("note-date", ctx.i18n());
        Node form = form();
        root = mayWrite ? new SplitPane(tableArea(), form) : new SplitPane(tableArea());
        root.setDividerPositions(0.68);
    }

    Node view() {
        return root;
    }

    private Node tableArea() {
        valueFilter.setId("note-value-filter");
        valueFilter.getItems().add(null);
        valueFilter.getItems().addAll(CoreValue.values());
        allLabel(valueFilter, "performance.allValues");
        valueFilter.valueProperty().addListener(o -> reload());
        kindFilter.setId("note-kind-filter");
        kindFilter.getItems().add(null);
        kindFilter.getItems().addAll(NoteKind.values());
        allLabel(kindFilter, "performance.allKinds");
        kindFilter.valueProperty().addListener(o -> reload());
        personFilter.setPrefWidth(230);
        personFilter.valueProperty().addListener(o -> reload());
        Button allPeople = new Button("×");
        allPeople.setId("note-person-clear");
        allPeople.setTooltip(new javafx.scene.control.Tooltip(ctx.t("performance.allPeople")));
        allPeople.setOnAction(e -> personFilter.setValue(null));
        for (DatePicker d : List.of(fromFilter, toFilter)) {
            d.setPrefWidth(140);
            d.setPromptText(ctx.t("performance.anyDate"));
            d.valueProperty().addListener(o -> reload());
        }
        FlowPane filters = new FlowPane(10, 6, new HBox(4, personFilter, allPeople),
                new Label(ctx.t("performance.value")), valueFilter, new Label(ctx.t("performance.kind")), kindFilter,
                new Label(ctx.t("performance.from")), fromFilter, new Label(ctx.t("performance.to")), toFilter);
        filters.setAlignment(Pos.CENTER_LEFT);
        table.setId("note-table");
        table.setPlaceholder(new Label(ctx.t("performance.noNotes")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(List.of(
                column("performance.col.date", 96, e -> ctx.i18n().date(e.note().date())),
                column("performance.col.person", 140, e -> e.person().name().full()),
                column("performance.col.kind", 110, e -> ctx.i18n().label(e.note().kind())),
                column("performance.col.values", 130, e -> e.note().orderedValues().stream()
                        .map(v -> ctx.i18n().label(v)).collect(Collectors.joining(", "))),
                column("performance.col.text", 260, e -> e.note().text()
                        + (e.note().evidence().isEmpty() ? "" : "  [" + e.note().evidence() + "]"))));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(PerformanceService.NoteEntry e, boolean empty) {
                super.updateItem(e, empty);
                getStyleClass().removeAll("tertib-note-good", "tertib-note-improve");
                setTooltip(null);
                if (!empty && e != null) {
                    if (e.note().kind() == NoteKind.APPRECIATION) {
                        getStyleClass().add("tertib-note-good");
                    } else if (e.note().kind() == NoteKind.NEEDS_IMPROVEMENT) {
                        getStyleClass().add("tertib-note-improve");
                    }
                    setTooltip(new javafx.scene.control.Tooltip(e.note().text() + "\n— " + e.note().author()));
                }
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((o, a, e) -> edit(e));
        count.setId("note-count");
        count.getStyleClass().add("tertib-count");
        BorderPane area = new BorderPane(table);
        area.setTop(filters);
        area.setBottom(count);
        BorderPane.setMargin(filters, new Insets(0, 0, 8, 0));
        BorderPane.setMargin(count, new Insets(6, 0, 0, 0));
        area.setPadding(new Insets(8, 8, 12, 16));
        return area;
    }

    private Node form() {
        formTitle.getStyleClass().add("title-4");
        kind.setId("note-kind");
        kind.getItems().setAll(NoteKind.values());
        EnumCells.use(kind, ctx.i18n());
        kind.setMaxWidth(Double.MAX_VALUE);
        FlowPane valueBoxes = new FlowPane(10, 6);
        for (CoreValue v : CoreValue.values()) {
            CheckBox box = new CheckBox(ctx.i18n().label(v));
            box.setId("note-value-" + v.name().toLowerCase(java.util.Locale.ROOT));
            values.put(v, box);
            valueBoxes.getChildren().add(box);
        }
        text.setId("note-text");
        text.setWrapText(true);
        text.setPrefRowCount(5);
        text.setPromptText(ctx.t("performance.textPrompt"));
        author.setId("note-author");
        evidence.setId("note-evidence");
        evidence.setPromptText(ctx.t("performance.evidencePrompt"));
        HBox.setHgrow(evidence, Priority.ALWAYS);
        Button browse = new Button(ctx.t("performance.browse"));
        browse.setId("note-browse");
        browse.setOnAction(e -> ctx.dialogs().chooseFile(ctx.t("performance.evidence"), ctx.t("performance.anyFile"),
                "*.*").ifPresent(p -> evidence.setText(p.toAbsolutePath().toString())));
        GridPane grid = FormParts.grid();
        int r = 0;
        grid.addRow(r++, new Label(ctx.t("performance.col.person")), person);
        grid.addRow(r++, new Label(ctx.t("performance.col.date")), date);
        grid.addRow(r++, new Label(ctx.t("performance.col.kind")), kind);
        grid.addRow(r++, new Label(ctx.t("performance.col.author")), author);
        grid.addRow(r, new Label(ctx.t("performance.evidence")), new HBox(6, evidence, browse));
        GridPane.setHgrow(person, Priority.ALWAYS);
        HBox buttons = FormParts.buttons(ctx, "note", "performance.newNote", save, delete, this::save,
                () -> table.getSelectionModel().clearSelection(), this::delete);
        message.setId("note-message");
        message.setWrapText(true);
        VBox box = new VBox(10, formTitle, grid, new Label(ctx.t("performance.values")), valueBoxes,
                new Label(ctx.t("performance.col.text")), text, buttons, message);
        box.setPadding(new Insets(8, 16, 16, 12));
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setMinWidth(340);
        return scroll;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a == null ? b : b == null || a.isAfter(b) ? a : b;
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a == null ? b : b == null || a.isBefore(b) ? a : b;
    }

    void setPeople(List<Employee> people) {
        Employee shown = personFilter.getValue();
        personFilter.getItems().setAll(people);
        if (shown != null && people.contains(shown)) {
            personFilter.setValue(shown);
        }
        Employee chosen = person.getValue();
        person.getItems().setAll(people);
        if (chosen != null && people.contains(chosen)) {
            person.setValue(chosen);
        }
    }

    void load(Filter f) {
        this.filter = f;
        reload();
    }

    void reload() {
        // Dates typed in the tab narrow the year chosen at the top of the screen.
        LocalDate from = later(filter.from(), fromFilter.getValue());
        LocalDate to = earlier(filter.to(), toFilter.getValue());
        Employee who = personFilter.getValue();
        PerformanceService.Filter f = new PerformanceService.Filter(who == null ? null : who.id(), filter.unitId(),
                valueFilter.getValue(), kindFilter.getValue(), from, to);
        long keep = editing;
        ctx.tasks().run(() -> ctx.tertib().performance().notes(f), entries -> {
            table.getItems().setAll(entries);
            long good = entries.stream().filter(e -> e.note().kind() == NoteKind.APPRECIATION).count();
            long improve = entries.stream().filter(e -> e.note().kind() == NoteKind.NEEDS_IMPROVEMENT).count();
            count.setText(ctx.t("performance.notesCount", entries.size(), good, improve));
            entries.stream().filter(e -> e.note().id() == keep).findFirst()
                    .ifPresentOrElse(e -> table.getSelectionModel().select(e), () -> edit(null));
        }, e -> ctx.showFailure("performance.loadFailed", e));
    }

    private void edit(PerformanceService.NoteEntry e) {
        if (!mayWrite) {
            return;
        }
        editing = e == null ? 0 : e.note().id();
        formTitle.setText(ctx.t(e == null ? "performance.newNote" : "performance.editNote"));
        if (e == null) {
            date.setValue(ctx.tertib().attendance().today());
            kind.setValue(NoteKind.APPRECIATION);
            values.values().forEach(b -> b.setSelected(false));
            text.clear();
            evidence.clear();
            ctx.tasks().run(() -> ctx.tertib().performance().defaultAuthor(), author::setText, err -> { });
        } else {
            PerformanceNote n = e.note();
            person.setValue(e.person());
            date.setValue(n.date());
            kind.setValue(n.kind());
            values.forEach((v, b) -> b.setSelected(n.values().contains(v)));
            text.setText(n.text());
            author.setText(n.author());
            evidence.setText(n.evidence());
        }
        boolean editable = e == null || e.editable();
        save.setDisable(!editable || ctx.tertib().isReadOnly());
        delete.setDisable(e == null || !editable || ctx.tertib().isReadOnly());
    }

    private void save() {
        Employee who = person.getValue();
        if (who == null) {
            fail(ctx.t("performance.choosePerson"));
            return;
        }
        Set<CoreValue> chosen = EnumSet.noneOf(CoreValue.class);
        values.forEach((v, b) -> {
            if (b.isSelected()) {
                chosen.add(v);
            }
        });
        long id = editing;
        LocalDate on = date.getValue();
        NoteKind k = kind.getValue();
        String body = text.getText();
        String by = author.getText();
        String proof = evidence.getText();
        ctx.tasks().run(() -> ctx.tertib().performance().saveNote(new PerformanceNote(id, who.id(), on, k, chosen,
                body, by, proof)), saved -> {
                    editing = saved.id();
                    notice(ctx.t("performance.saved", who.name().full()));
                    reload();
                }, err -> fail(ctx.describe(err)));
    }

    private void delete() {
        PerformanceService.NoteEntry e = table.getSelectionModel().getSelectedItem();
        if (e == null || !ctx.dialogs().confirm(ctx.t("performance.delete"), ctx.t("performance.deleteConfirm",
                e.person().name().full(), ctx.i18n().date(e.note().date())))) {
            return;
        }
        ctx.tasks().run(() -> {
            ctx.tertib().performance().deleteNote(e.note().id());
            return e;
        }, d -> {
            editing = 0;
            notice(ctx.t("performance.deleted"));
            reload();
        }, err -> fail(ctx.describe(err)));
    }

    private void notice(String s) {
        FormParts.notice(message, s);
    }

    private void fail(String s) {
        FormParts.fail(message, s);
    }

    private <E extends Enum<E>> void allLabel(ComboBox<E> box, String allKey) {
        EnumCells.use(box, ctx.i18n());
        box.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(E v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty || v == null ? ctx.t(allKey) : ctx.i18n().label(v));
            }
        });
    }

    private TableColumn<PerformanceService.NoteEntry, String> column(String key, double width,
            Function<PerformanceService.NoteEntry, String> v) {
        TableColumn<PerformanceService.NoteEntry, String> c = new TableColumn<>(ctx.t(key));
        c.setPrefWidth(width);
        c.setCellValueFactory(x -> new ReadOnlyStringWrapper(v.apply(x.getValue())));
        c.setMinWidth(Math.min(width, 96));
        return c;
    }
}
