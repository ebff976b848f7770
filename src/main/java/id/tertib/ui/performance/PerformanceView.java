package id.tertib.ui.performance;

import id.tertib.app.EmployeeFilter;
import id.tertib.domain.Employee;
import id.tertib.domain.Unit;
import id.tertib.domain.UnitTree;
import id.tertib.ui.common.Permissions;
import id.tertib.ui.common.ScreenHeader;
import id.tertib.ui.common.UiContext;
import id.tertib.ui.common.UnitChoices;
import id.tertib.ui.shell.Screen;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;

/**
 * Kinerja: performance notes (the serving work culture, good and bad, against the BerAKHLAK values) and SKP results,
 * for the unit and year chosen at the top. Section heads keep their unit's; viewers read.
 */
public final class PerformanceView implements Screen {

    private final UiContext ctx;
    private final ComboBox<Unit> unitFilter = new ComboBox<>();
    private final ComboBox<Integer> yearFilter = new ComboBox<>();
    private final NotesPane notes;
    private final SkpPane skp;
    private final BorderPane root = new BorderPane();
    private UnitTree tree = new UnitTree(List.of());
    private List<Employee> people = List.of();
    private boolean loading;

    public PerformanceView(UiContext ctx) {
        this.ctx = ctx;
        boolean mayWrite = Permissions.of(ctx).mayKeepAttendance() && !ctx.tertib().isReadOnly();
        this.notes = new NotesPane(ctx, mayWrite);
        this.skp = new SkpPane(ctx, mayWrite);
        unitFilter.setId("performance-unit");
        unitFilter.setPrefWidth(260);
        unitFilter.valueProperty().addListener(o -> filtersChanged());
        yearFilter.setId("performance-year");
        yearFilter.valueProperty().addListener(o -> filtersChanged());
        HBox filters = new HBox(10, new Label(ctx.t("performance.unit")), unitFilter,
                new Label(ctx.t("performance.year")), yearFilter);
        filters.setAlignment(Pos.CENTER_LEFT);
        BorderPane top = new BorderPane(filters, ScreenHeader.bar(ctx.t("nav.performance")), null, null, null);
        BorderPane.setMargin(filters, new Insets(10, 0, 0, 0));
        top.setPadding(new Insets(16, 16, 6, 16));
        Tab notesTab = new Tab(ctx.t("performance.tab.notes"), notes.view());
        notesTab.setId("performance-tab-notes");
        Tab skpTab = new Tab(ctx.t("performance.tab.skp"), skp.view());
        skpTab.setId("performance-tab-skp");
        TabPane tabs = new TabPane(notesTab, skpTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        root.setTop(top);
        root.setCenter(tabs);
    }

    @Override
    public Node view() {
        return root;
    }

    @Override
    public void refresh() {
        ctx.tasks().run(() -> new Choices(ctx.tertib().units().tree(),
                ctx.tertib().employees().list(new EmployeeFilter(null, null, "", false))), this::fill,
                e -> ctx.showFailure("performance.loadFailed", e));
    }

    private record Choices(UnitTree tree, List<Employee> people) {
    }

    private void fill(Choices c) {
        loading = true;
        tree = c.tree();
        people = c.people();
        UnitChoices.fill(unitFilter, tree, ctx.t("performance.allUnits"));
        int thisYear = ctx.tertib().attendance().today().getYear();
        TreeSet<Integer> years = new TreeSet<>(List.of(thisYear, thisYear - 1, thisYear - 2));
        Integer chosen = yearFilter.getValue() != null ? yearFilter.getValue() : thisYear;
        years.add(chosen);
        yearFilter.getItems().setAll(years.descendingSet());
        yearFilter.setValue(chosen);
        loading = false;
        filtersChanged();
    }

    private void filtersChanged() {
        if (loading || yearFilter.getValue() == null) {
            return;
        }
        Unit unit = unitFilter.getValue();
        Set<Long> units = unit == null ? null : tree.selfAndDescendants(unit.id());
        List<Employee> offered = units == null ? people
                : people.stream().filter(e -> units.contains(e.unitId())).toList();
        notes.setPeople(offered);
        skp.setPeople(offered);
        int year = yearFilter.getValue();
        Long unitId = unit == null ? null : unit.id();
        notes.load(new NotesPane.Filter(unitId, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
        skp.load(unitId, year);
    }
}
