package id.tertib.ui.discipline;

import id.tertib.app.DisciplineRow;
import id.tertib.app.DisciplineService;
import id.tertib.domain.Unit;
import id.tertib.domain.UnitTree;
import id.tertib.domain.discipline.DisciplineRules;
import id.tertib.ui.common.Permissions;
import id.tertib.ui.common.ScreenHeader;
import id.tertib.ui.common.UiContext;
import id.tertib.ui.common.UnitChoices;
import id.tertib.ui.shell.Screen;
import java.time.LocalDate;
import java.util.List;
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
 * Disiplin (HR officers and administrators): each person's year under PP 94/2021 and the rule sets beside it, the
 * early warning, and the cases. The year and unit chosen at the top apply to all three tabs.
 */
public final class DisciplineView implements Screen {

    private final UiContext ctx;
    private final ComboBox<Integer> yearFilter = new ComboBox<>();
    private final ComboBox<Unit> unitFilter = new ComboBox<>();
    private final Label rulesLine = new Label();
    private final TabPane tabs = new TabPane();
    private final Tab casesTab = new Tab();
    private final AssessmentPane assessment;
    private final WarningPane warning;
    private final CasesPane cases;
    private final BorderPane root = new BorderPane();
    private boolean loading;

    public DisciplineView(UiContext ctx) {
        this.ctx = ctx;
        DisciplineTexts texts = new DisciplineTexts(ctx);
        this.assessment = new AssessmentPane(ctx, texts, this::openCase, this::showCase);
        this.warning = new WarningPane(ctx, texts);
        this.cases = new CasesPane(ctx, texts);
        assessment.onReload(this::loadAssessment);
        root.setTop(toolbar());
        Tab assessTab = new Tab(ctx.t("discipline.tab.assessment"), assessment.view());
        assessTab.setId("discipline-tab-assessment");
        Tab warnTab = new Tab(ctx.t("discipline.tab.warning"), warning.view());
        warnTab.setId("discipline-tab-warning");
        casesTab.setText(ctx.t("discipline.tab.cases"));
        casesTab.setContent(cases.view());
        casesTab.setId("discipline-tab-cases");
        tabs.getTabs().setAll(assessTab, warnTab, casesTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("discipline-tabs");
        root.setCenter(tabs);
    }

    private Node toolbar() {
        yearFilter.setId("discipline-year");
        yearFilter.valueProperty().addListener(o -> filtersChanged());
        unitFilter.setId("discipline-unit");
        unitFilter.setPrefWidth(260);
        unitFilter.valueProperty().addListener(o -> filtersChanged());
        rulesLine.setId("discipline-rules");
        rulesLine.getStyleClass().add("tertib-count");
        rulesLine.setWrapText(true);
        HBox filters = new HBox(10, new Label(ctx.t("discipline.view.year")), yearFilter,
                new Label(ctx.t("discipline.view.unit")), unitFilter);
        filters.setAlignment(Pos.CENTER_LEFT);
        Label confidential = new Label(ctx.t("discipline.view.confidential"));
        confidential.getStyleClass().add("tertib-confidential");
        BorderPane top = new BorderPane(new javafx.scene.layout.VBox(6, filters, rulesLine),
                ScreenHeader.bar(ctx.t("nav.discipline"), confidential), null, null, null);
        BorderPane.setMargin(top.getCenter(), new Insets(10, 0, 0, 0));
        top.setPadding(new Insets(16, 16, 6, 16));
        return top;
    }

    @Override
    public Node view() {
        return root;
    }

    @Override
    public void refresh() {
        ctx.tasks().run(() -> new Choices(ctx.tertib().units().tree(), ctx.tertib().calendar().years(),
                ctx.tertib().discipline().rules()), this::fill, e -> ctx.showFailure("discipline.view.loadFailed", e));
    }

    private record Choices(UnitTree tree, List<Integer> years, DisciplineRules rules) {
    }

    private void fill(Choices c) {
        loading = true;
        UnitChoices.fill(unitFilter, c.tree(), ctx.t("discipline.view.allUnits"));
        TreeSet<Integer> years = new TreeSet<>(c.years());
        int thisYear = ctx.tertib().attendance().today().getYear();
        years.add(thisYear);
        Integer chosen = yearFilter.getValue() != null ? yearFilter.getValue() : thisYear;
        years.add(chosen);
        yearFilter.getItems().setAll(years.descendingSet());
        yearFilter.setValue(chosen);
        DisciplineRules r = c.rules();
        // Only an administrator sees these values in Settings; an HR officer is told who can change them.
        String change = Permissions.of(ctx).mayAdminister() ? "discipline.view.rulesChange"
                : "discipline.view.rulesChangeByAdmin";
        rulesLine.setText(ctx.t("discipline.view.rules", r.minutesPerDay(), r.warningDays(), r.pppkSedangFrom(),
                r.pppkBeratFrom(), r.pppkConsecutiveDays()) + " " + ctx.t(change));
        loading = false;
        filtersChanged();
    }

    private void filtersChanged() {
        if (loading || yearFilter.getValue() == null) {
            return;
        }
        loadAssessment();
        warning.load(yearFilter.getValue(), unitId());
        cases.load(yearFilter.getValue());
    }

    private void loadAssessment() {
        if (yearFilter.getValue() != null) {
            assessment.load(new DisciplineService.Query(yearFilter.getValue(), unitId(), assessment.everyone()));
        }
    }

    private Long unitId() {
        return unitFilter.getValue() == null ? null : unitFilter.getValue().id();
    }

    private void openCase(DisciplineRow row) {
        if (!ctx.dialogs().confirm(ctx.t("discipline.view.openCase"), ctx.t("discipline.view.openCaseConfirm",
                row.person().name().full(), row.assessment().totalDays(), yearFilter.getValue()))) {
            return;
        }
        int year = yearFilter.getValue();
        ctx.tasks().run(() -> ctx.tertib().discipline().openCase(row.person().id(), year), c -> {
            loadAssessment();
            showCase(c.id());
        }, e -> ctx.showFailure("discipline.view.openCase", e));
    }

    private void showCase(long id) {
        tabs.getSelectionModel().select(casesTab);
        cases.select(id);
    }

    /** Today as the attendance service sees it (the app's clock), for tests that fix the date. */
    static LocalDate today(UiContext ctx) {
        return ctx.tertib().attendance().today();
    }
}
