package id.tertib.ui.shell;

import id.tertib.app.I18n;
import id.tertib.ui.audit.AuditView;
import id.tertib.ui.common.Permissions;
import id.tertib.ui.common.UiContext;
import id.tertib.ui.employees.EmployeesView;
import id.tertib.ui.settings.SettingsView;
import id.tertib.ui.units.UnitsView;
import id.tertib.ui.users.UsersView;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The application shell: navigation on the left, the chosen screen in the middle, a status bar below.
 * Changing the language rebuilds the screens with the new texts.
 */
public final class MainView {

    private record Area(String id, String labelKey, Feather icon, Function<UiContext, Screen> factory) {
    }

    private final BorderPane root = new BorderPane();
    private final StackPane content = new StackPane();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper();
    private final Map<String, Screen> screens = new LinkedHashMap<>();
    private final Label statusText = new Label();
    private Label demoTag;
    private UiContext ctx;
    private String currentArea = "employees";

    private final Runnable onSignOut;

    public MainView(UiContext ctx, Runnable onSignOut) {
        this.ctx = ctx;
        this.onSignOut = onSignOut;
        root.getStyleClass().add("tertib-main");
        root.getStylesheets().add(MainView.class.getResource("/id/tertib/ui/tertib.css").toExternalForm());
        root.setCenter(content);
        build();
    }

    private Map<String, Area> areas() {
        Map<String, Area> areas = new LinkedHashMap<>();
        areas.put("employees", new Area("employees", "nav.employees", Feather.USERS,
                c -> new EmployeesView(c, this::openTimeline)));
        areas.put("timeline", new Area("timeline", "nav.timeline", Feather.ACTIVITY,
                id.tertib.ui.timeline.TimelineView::new));
        areas.put("attendance", new Area("attendance", "nav.attendance", Feather.CHECK_SQUARE,
                id.tertib.ui.attendance.AttendanceView::new));
        areas.put("units", new Area("units", "nav.units", Feather.GIT_MERGE, UnitsView::new));
        areas.put("calendar", new Area("calendar", "nav.calendar", Feather.CALENDAR,
                id.tertib.ui.calendar.CalendarView::new));
        areas.put("schedules", new Area("schedules", "nav.schedules", Feather.CLOCK,
                id.tertib.ui.schedules.SchedulesView::new));
        areas.put("leave", new Area("leave", "nav.leave", Feather.SUN, id.tertib.ui.leave.LeaveView::new));
        areas.put("travel", new Area("travel", "nav.travel", Feather.BRIEFCASE, id.tertib.ui.travel.TravelView::new));
        areas.put("fairness", new Area("fairness", "nav.fairness", Feather.BAR_CHART_2,
                id.tertib.ui.fairness.FairnessView::new));
        areas.put("performance", new Area("performance", "nav.performance", Feather.AWARD,
                id.tertib.ui.performance.PerformanceView::new));
        Permissions may = Permissions.of(ctx);
        if (may.mayHandleDiscipline()) {
            areas.put("discipline", new Area("discipline", "nav.discipline", Feather.ALERT_TRIANGLE,
                    id.tertib.ui.discipline.DisciplineView::new));
        }
        if (may.mayReadAuditTrail()) {
            areas.put("audit", new Area("audit", "nav.audit", Feather.SHIELD, AuditView::new));
        }
        if (may.mayManageUsers()) {
            areas.put("users", new Area("users", "nav.users", Feather.USER_CHECK, UsersView::new));
        }
        areas.put("settings", new Area("settings", "nav.settings", Feather.SETTINGS,
                c -> new SettingsView(c, this::changeLanguage, this::reload)));
        return areas;
    }

    private void build() {
        screens.clear();
        VBox nav = new VBox(4);
        nav.getStyleClass().add("tertib-nav");
        nav.setPadding(new Insets(16, 8, 16, 8));
        Label brand = new Label(ctx.t("app.title"));
        brand.getStyleClass().add("tertib-brand");
        Label subtitle = new Label(ctx.t("app.subtitle"));
        subtitle.getStyleClass().add("tertib-brand-sub");
        subtitle.setWrapText(true);
        nav.getChildren().addAll(brand, subtitle);
        ToggleGroup group = new ToggleGroup();
        for (Area area : areas().values()) {
            ToggleButton button = new ToggleButton(ctx.t(area.labelKey()), new FontIcon(area.icon()));
            button.setId("nav-" + area.id());
            button.setToggleGroup(group);
            button.setMaxWidth(Double.MAX_VALUE);
            button.getStyleClass().add("tertib-nav-button");
            button.setOnAction(e -> {
                button.setSelected(true);
                show(area);
            });
            nav.getChildren().add(button);
            if (area.id().equals(currentArea)) {
                button.setSelected(true);
            }
        }
        // 13 areas are taller than the 600 px window Tertib may open in: the list scrolls rather than pushing the
        // status bar (and "Keluar") off the bottom.
        javafx.scene.control.ScrollPane navScroller = new javafx.scene.control.ScrollPane(nav);
        navScroller.setId("nav-scroller");
        navScroller.setFitToWidth(true);
        navScroller.setFitToHeight(true);
        navScroller.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        navScroller.getStyleClass().addAll("edge-to-edge", "tertib-nav-scroller");
        nav.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        root.setLeft(navScroller);
        root.setBottom(statusBar());
        show(areas().get(currentArea));
        showDemoMarks();
    }

    private HBox statusBar() {
        ProgressBar progress = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
        progress.setPrefWidth(140);
        progress.visibleProperty().bind(ctx.tasks().busyProperty());
        Label demo = new Label(ctx.t("status.demo"));
        demo.getStyleClass().add("tertib-demo-tag");
        demo.setVisible(false);
        demo.managedProperty().bind(demo.visibleProperty());
        demoTag = demo;
        statusText.setText(ctx.t("status.database", ctx.tertib().databaseFile().toAbsolutePath()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label who = new Label(ctx.tertib().auth().current()
                .map(u -> ctx.t("status.signedIn", u.fullName().isBlank() ? u.name() : u.fullName(), ctx.i18n().label(u.role())))
                .orElse(""));
        who.setId("status-user");
        javafx.scene.control.Hyperlink signOut = new javafx.scene.control.Hyperlink(ctx.t("status.signOut"));
        signOut.setId("sign-out");
        signOut.setOnAction(e -> onSignOut.run());
        signOut.setVisible(ctx.tertib().auth().current().isPresent());
        HBox bar = new HBox(12, statusText, spacer, demo, who, signOut, progress);
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        if (ctx.tertib().isReadOnly()) {
            Label readOnly = new Label(ctx.t("status.readOnly"));
            readOnly.setId("status-read-only");
            readOnly.getStyleClass().add("tertib-read-only-tag");
            bar.getChildren().add(2, readOnly);
        }
        bar.getStyleClass().add("tertib-status");
        bar.setPadding(new Insets(4, 12, 4, 12));
        return bar;
    }

    /** From the employees screen: the person's timeline, with its navigation button selected. */
    private void openTimeline(id.tertib.domain.Employee e) {
        Area area = areas().get("timeline");
        root.lookupAll("#nav-timeline").forEach(n -> ((ToggleButton) n).setSelected(true));
        Screen screen = screens.computeIfAbsent(area.id(), id -> area.factory().apply(ctx));
        ((id.tertib.ui.timeline.TimelineView) screen).show(e);
        show(area);
    }

    private void show(Area area) {
        currentArea = area.id();
        Screen screen = screens.computeIfAbsent(area.id(), id -> area.factory().apply(ctx));
        content.getChildren().setAll(screen.view());
        screen.refresh();
    }

    /** The window title and the status-bar tag both say when this is the demo office. */
    private void showDemoMarks() {
        ctx.tasks().run(() -> ctx.tertib().settings().isDemo(), demo -> {
            demoTag.setVisible(demo);
            title.set(WindowTitle.of(ctx, demo));
        }, e -> title.set(ctx.t("app.title")));
    }

    void changeLanguage(Locale locale) {
        ctx = new UiContext(ctx.tertib(), new I18n(locale), ctx.dialogs(), ctx.tasks());
        ctx.dialogs().useLanguage(ctx.i18n());
        build();
    }

    /**
     * After a restore replaced the database: its accounts are the backup's, so whoever is signed in signs in
     * again; in set-up mode (no accounts) the screens are simply rebuilt.
     */
    public void reload() {
        if (ctx.tertib().auth().current().isPresent()) {
            onSignOut.run();
        } else {
            build();
        }
    }

    /** Says once, in a dialog, that another Tertib is the writer and this window can only read. */
    public void warnIfReadOnly() {
        if (ctx.tertib().isReadOnly()) {
            ctx.dialogs().info(ctx.t("app.readOnlyTitle"), ctx.t("app.readOnly", ctx.tertib().databaseFile()));
        }
    }

    public BorderPane root() {
        return root;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }
}
