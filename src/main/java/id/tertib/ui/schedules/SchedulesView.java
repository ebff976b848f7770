package id.tertib.ui.schedules;

import id.tertib.app.ScheduleService;
import id.tertib.domain.UnitTree;
import id.tertib.ui.common.Permissions;
import id.tertib.ui.common.ScreenHeader;
import id.tertib.ui.common.UiContext;
import id.tertib.ui.shell.Screen;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Jadwal Kerja: the work schedules per unit with their validity (the Perpres 21/2023 office default when none is
 * stored), the office's Ramadan dates, and the attendance codes. Everyone reads; administrators and HR officers edit.
 */
public final class SchedulesView implements Screen {

    private final UiContext ctx;
    private final ScheduleTexts texts;
    private final TableView<ScheduleService.Entry> table = new TableView<>();
    private final ScheduleEditor editor;
    private final RamadanSection ramadan;
    private final CodesSection codes;
    private final BorderPane root = new BorderPane();
    private Long selectAfterLoad;

    public SchedulesView(UiContext ctx) {
        this.ctx = ctx;
        this.texts = new ScheduleTexts(ctx);
        boolean mayEdit = Permissions.of(ctx).mayEditStaffData();
        this.editor = new ScheduleEditor(ctx, mayEdit, saved -> {
            selectAfterLoad = saved.id();
            refresh();
        }, this::refresh);
        this.ramadan = new RamadanSection(ctx, mayEdit);
        this.codes = new CodesSection(ctx, mayEdit);
        VBox top = new VBox(ScreenHeader.bar(ctx.t("nav.schedules")));
        top.setPadding(new Insets(16, 16, 6, 16));
        root.setTop(top);
        TabPane tabs = new TabPane(tab("schedule.tab.schedules", "schedules-tab", schedules(mayEdit)),
                tab("schedule.tab.ramadan", "ramadan-tab", ramadan.view()),
                tab("schedule.tab.codes", "codes-tab", codes.view()));
        tabs.setId("schedule-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        root.setCenter(tabs);
    }

    private Tab tab(String key, String id, Node content) {
        Tab tab = new Tab(ctx.t(key), content);
        tab.setId(id);
        return tab;
    }

    private Node schedules(boolean mayEdit) {
        table.setId("schedule-list");
        table.setPlaceholder(new Label(ctx.t("schedule.none")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<ScheduleService.Entry, ScheduleService.Entry> which = new TableColumn<>(ctx.t("schedule.scope"));
        which.setPrefWidth(170);
        which.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyObjectWrapper<>(c.getValue()));
        which.setCellFactory(c -> new ScopeCell());
        table.getColumns().setAll(List.of(which,
                column("schedule.hours", 140, e -> texts.weekly(e.schedule().weeklyHours()))));
        table.getColumns().get(1).setMinWidth(140);
        table.getSelectionModel().selectedItemProperty().addListener((o, a, e) -> {
            if (e != null) {
                editor.edit(e);
            }
        });
        Button add = new Button(ctx.t("schedule.new"), new FontIcon(Feather.PLUS));
        add.setId("schedule-new");
        add.setOnAction(e -> {
            table.getSelectionModel().clearSelection();
            editor.editNew();
        });
        Label fallback = new Label(ctx.t("schedule.listHint"));
        fallback.setWrapText(true);
        fallback.getStyleClass().add("tertib-count");
        VBox left = new VBox(8, table, fallback);
        if (mayEdit) {
            left.getChildren().add(0, add);
        }
        VBox.setVgrow(table, javafx.scene.layout.Priority.ALWAYS);
        left.setPadding(new Insets(12, 8, 12, 16));
        ScrollPane right = new ScrollPane(editor.view());
        right.setFitToWidth(true);
        SplitPane split = new SplitPane(left, right);
        split.setDividerPositions(0.3);
        return split;
    }

    /** The unit (or the whole office) and, below it, the validity: both read whole in a narrow list. */
    private final class ScopeCell extends javafx.scene.control.TableCell<ScheduleService.Entry, ScheduleService.Entry> {
        private final Label scope = new Label();
        private final Label validity = new Label();
        private final VBox box = new VBox(2, scope, validity);

        ScopeCell() {
            scope.getStyleClass().add(atlantafx.base.theme.Styles.TEXT_BOLD);
            validity.getStyleClass().add("tertib-count");
        }

        @Override
        protected void updateItem(ScheduleService.Entry e, boolean empty) {
            super.updateItem(e, empty);
            if (empty || e == null) {
                setGraphic(null);
                return;
            }
            scope.setText(texts.scope(e));
            validity.setText(e.stored() ? texts.validity(e) : ctx.t("schedule.officeDefault"));
            setGraphic(box);
        }
    }

    private TableColumn<ScheduleService.Entry, String> column(String key, double width,
            Function<ScheduleService.Entry, String> f) {
        return id.tertib.ui.common.Columns.text(ctx.t(key), width, f);
    }

    @Override
    public Node view() {
        return root;
    }

    @Override
    public void refresh() {
        record Loaded(UnitTree tree, List<ScheduleService.Entry> entries) {
        }
        ctx.tasks().run(() -> new Loaded(new UnitTree(ctx.tertib().units().list()), ctx.tertib().schedules().schedules()),
                loaded -> show(loaded.tree(), loaded.entries()), e -> ctx.showFailure("schedule.loadFailed", e));
        ramadan.refresh();
        codes.refresh();
    }

    /** Keeps the schedule chosen before (or the one just saved) selected; else the first. */
    private void show(UnitTree tree, List<ScheduleService.Entry> entries) {
        ScheduleService.Entry selected = table.getSelectionModel().getSelectedItem();
        Long wanted = selectAfterLoad != null ? selectAfterLoad : selected == null ? null : selected.id();
        selectAfterLoad = null;
        editor.setChoices(tree, entries);
        table.getItems().setAll(entries);
        ScheduleService.Entry pick = entries.stream().filter(e -> wanted != null && Objects.equals(e.id(), wanted))
                .findFirst().orElse(entries.isEmpty() ? null : entries.get(0));
        if (pick != null) {
            table.getSelectionModel().select(pick);
            editor.edit(pick);
        }
    }
}
