package id.tertib.ui.timeline;

import id.tertib.app.Timeline;
import id.tertib.domain.Employee;
import id.tertib.domain.timeline.TimelineEntry;
import id.tertib.domain.timeline.TimelineEntry.Category;
import id.tertib.ui.common.PersonPicker;
import id.tertib.ui.common.ScreenHeader;
import id.tertib.ui.common.UiContext;
import id.tertib.ui.shell.Screen;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * Lini masa pegawai: one person's year, oldest first so it reads like the story it is (a late arrival, then the
 * warning, then the case), with the year's figures on top and a switch per kind of record.
 */
public final class TimelineView implements Screen {

    private final UiContext ctx;
    private final TimelineTexts texts;
    private final ComboBox<Employee> person;
    private final ComboBox<Integer> yearBox = new ComboBox<>();
    private final Map<Category, CheckBox> shown = new EnumMap<>(Category.class);
    private final FlowPane summary = new FlowPane(8, 8);
    private final TableView<TimelineEntry> table = new TableView<>();
    private final Label count = new Label();
    private final BorderPane root = new BorderPane();
    private Timeline current;
    private Employee pending;
    private boolean loading;

    public TimelineView(UiContext ctx) {
        this.ctx = ctx;
        this.texts = new TimelineTexts(ctx);
        this.person = PersonPicker.picker("timeline-person", ctx.t("performance.choosePerson"));
        person.setPrefWidth(340);
        person.valueProperty().addListener(o -> load());
        yearBox.setId("timeline-year");
        yearBox.valueProperty().addListener(o -> load());
        HBox pick = new HBox(10, new Label(ctx.t("timeline.person")), person, new Label(ctx.t("timeline.year")),
                yearBox);
        pick.setAlignment(Pos.CENTER_LEFT);
        HBox toggles = new HBox(12);
        toggles.setAlignment(Pos.CENTER_LEFT);
        for (Category c : Category.values()) {
            CheckBox box = new CheckBox(texts.category(c));
            box.setId("timeline-show-" + c.name().toLowerCase(Locale.ROOT));
            box.setSelected(true);
            box.selectedProperty().addListener(o -> showEntries());
            shown.put(c, box);
            toggles.getChildren().add(box);
        }
        summary.setId("timeline-summary");
        // Wrap the cards to the window instead of widening the screen past it.
        summary.prefWrapLengthProperty().bind(root.widthProperty().subtract(48));
        summary.setMinWidth(0);
        VBox top = new VBox(10, ScreenHeader.bar(ctx.t("nav.timeline")), pick, summary, toggles);
        top.setPadding(new Insets(16, 16, 8, 16));
        table.setId("timeline-table");
        table.setPlaceholder(new Label(ctx.t("timeline.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(List.of(column("timeline.col.when", 150, texts::when), categoryColumn(),
                column("timeline.col.what", 300, texts::title), column("timeline.col.detail", 300,
                        TimelineEntry::detail)));
        count.setId("timeline-count");
        count.getStyleClass().add("tertib-count");
        BorderPane centre = new BorderPane(table);
        centre.setBottom(count);
        BorderPane.setMargin(count, new Insets(6, 0, 0, 0));
        centre.setPadding(new Insets(0, 16, 12, 16));
        root.setTop(top);
        root.setCenter(centre);
    }

    /** Opens the timeline of {@code e} (from the employees screen). */
    public void show(Employee e) {
        pending = e;
        if (!person.getItems().isEmpty()) {
            choose();
        }
    }

    @Override
    public Node view() {
        return root;
    }

    @Override
    public void refresh() {
        ctx.tasks().run(() -> ctx.tertib().timeline().people(), people -> {
            loading = true;
            Employee chosen = person.getValue();
            person.getItems().setAll(people);
            int thisYear = ctx.tertib().attendance().today().getYear();
            TreeSet<Integer> years = new TreeSet<>(List.of(thisYear, thisYear - 1, thisYear - 2));
            Integer year = yearBox.getValue() != null ? yearBox.getValue() : thisYear;
            yearBox.getItems().setAll(years.descendingSet());
            yearBox.setValue(year);
            if (chosen != null) {
                person.getItems().stream().filter(p -> p.id() == chosen.id()).findFirst().ifPresent(person::setValue);
            }
            loading = false;
            if (pending != null) {
                choose();
            } else {
                load();
            }
        }, e -> ctx.showFailure("timeline.loadFailed", e));
    }

    private void choose() {
        long id = pending.id();
        pending = null;
        person.getItems().stream().filter(p -> p.id() == id).findFirst().ifPresent(person::setValue);
    }

    private void load() {
        Employee e = person.getValue();
        Integer year = yearBox.getValue();
        if (loading || e == null || year == null) {
            return;
        }
        ctx.tasks().run(() -> ctx.tertib().timeline().timeline(e.id(), year), t -> {
            current = t;
            showSummary(t.summary());
            showEntries();
        }, err -> ctx.showFailure("timeline.loadFailed", err));
    }

    private void showSummary(Timeline.Summary s) {
        List<Node> cards = new ArrayList<>();
        cards.add(card("timeline.card.working", s.workingDays()));
        cards.add(card("timeline.card.tk", s.tk()));
        cards.add(card("timeline.card.late", s.lateDays(), s.lateMinutes()));
        cards.add(card("timeline.card.early", s.earlyDays(), s.earlyMinutes()));
        cards.add(card("timeline.card.absent", s.sick(), s.permission()));
        cards.add(card("timeline.card.leave", s.leaveDays()));
        cards.add(card("timeline.card.trips", s.trips(), s.travelDays()));
        cards.add(card("timeline.card.notes", s.appreciations(), s.improvements()));
        s.latestPredikat().ifPresent(p -> cards.add(card("timeline.card.skp", ctx.i18n().label(p))));
        s.discipline().ifPresent(a -> {
            Label l = card("timeline.card.discipline", a.totalDays(), a.level().map(ctx.i18n()::label)
                    .orElse(ctx.t("timeline.noRung")), a.rules().name());
            a.rung().ifPresent(r -> l.setTooltip(new javafx.scene.control.Tooltip(ctx.t("discipline.punishment."
                    + r.punishment()) + " (" + r.article() + ")")));
            cards.add(l);
        });
        summary.getChildren().setAll(cards);
    }

    private Label card(String key, Object... args) {
        Label l = new Label(ctx.t(key, args));
        l.getStyleClass().addAll("tertib-card", "tertib-summary-card");
        l.setWrapText(true);
        l.setMaxWidth(330);
        l.setId(key.replace("timeline.card.", "timeline-card-"));
        return l;
    }

    private void showEntries() {
        if (current == null) {
            return;
        }
        List<TimelineEntry> entries = current.entries().stream().filter(e -> shown.get(e.category()).isSelected())
                .toList();
        table.getItems().setAll(entries);
        count.setText(ctx.t("timeline.count", entries.size(), current.entries().size()));
    }

    private TableColumn<TimelineEntry, String> categoryColumn() {
        TableColumn<TimelineEntry, String> c = column("timeline.col.kind", 120, e -> texts.category(e.category()));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                getStyleClass().removeIf(s -> s.startsWith("tertib-timeline-"));
                TimelineEntry e = empty || getTableRow() == null ? null : getTableRow().getItem();
                setText(empty ? null : text);
                if (e != null) {
                    getStyleClass().add("tertib-timeline-" + e.category().name().toLowerCase(Locale.ROOT));
                }
            }
        });
        return c;
    }

    private TableColumn<TimelineEntry, String> column(String key, double width, Function<TimelineEntry, String> v) {
        TableColumn<TimelineEntry, String> c = new TableColumn<>(ctx.t(key));
        c.setPrefWidth(width);
        c.setCellValueFactory(x -> new ReadOnlyStringWrapper(v.apply(x.getValue())));
        return c;
    }
}
