package id.tertib.ui.audit;

import id.tertib.app.AuditService;
import id.tertib.domain.Unit;
import id.tertib.ui.common.DateFields;
import id.tertib.ui.common.ScreenHeader;
import id.tertib.ui.common.UiContext;
import id.tertib.ui.shell.Screen;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Jejak Audit: every recorded change, newest first, filtered by account, kind of data and date range; the
 * selected entry's values before and after; and a check that no entry was altered outside Tertib.
 */
public final class AuditView implements Screen {


    private final UiContext ctx;
    private final ObservableList<AuditService.Change> changes = FXCollections.observableArrayList();
    private final TableView<AuditService.Change> table = new TableView<>(changes);
    private final ComboBox<String> actor = new ComboBox<>();
    private final ComboBox<String> entity = new ComboBox<>();
    private final DatePicker from;
    private final DatePicker to;
    private final Label count = new Label();
    private final Label verifyResult = new Label();
    private final AuditDetails details;
    private final BorderPane root = new BorderPane();
    private final TreeSet<String> knownActors = new TreeSet<>();
    private ChangeTexts texts;
    private boolean updatingChoices;

    public AuditView(UiContext ctx) {
        this.ctx = ctx;
        this.from = DateFields.picker("audit-from", ctx.i18n());
        this.to = DateFields.picker("audit-to", ctx.i18n());
        // The prompts name the purpose: a sample date as prompt would look like a filter already set.
        from.setPromptText(ctx.t("audit.filterFrom"));
        to.setPromptText(ctx.t("audit.filterTo"));
        for (DatePicker picker : List.of(from, to)) {
            picker.setPrefWidth(175);
            picker.setTooltip(new javafx.scene.control.Tooltip(ctx.t("audit.dateHint",
                    ctx.i18n().date(LocalDate.of(2026, 11, 23)))));
        }
        this.details = new AuditDetails(ctx);
        this.texts = new ChangeTexts(ctx, List.of());
        root.setTop(toolbar());
        SplitPane split = new SplitPane(tableArea(), details.view());
        split.setDividerPositions(0.72);
        SplitPane.setResizableWithParent(details.view(), false);
        root.setCenter(split);
    }

    private Node toolbar() {
        Button verify = new Button(ctx.t("audit.verify"), new FontIcon(Feather.CHECK_CIRCLE));
        verify.setId("audit-verify");
        verify.setOnAction(e -> verify());
        verifyResult.setId("audit-verify-result");
        verifyResult.setWrapText(true);
        verifyResult.setVisible(false);
        verifyResult.managedProperty().bind(verifyResult.visibleProperty());
        HBox bar = ScreenHeader.bar(ctx.t("nav.audit"), verify);

        actor.setId("audit-actor");
        actor.setEditable(true);
        actor.setPromptText(ctx.t("audit.allActors"));
        actor.setPrefWidth(150);
        actor.valueProperty().addListener(o -> {
            if (!updatingChoices) {
                refresh();
            }
        });
        entity.setId("audit-entity");
        entity.setPrefWidth(200);
        entity.getItems().add(null);
        entity.getItems().addAll(AuditService.ENTITIES);
        entity.setCellFactory(l -> entityCell());
        entity.setButtonCell(entityCell());
        entity.valueProperty().addListener(o -> refresh());
        from.valueProperty().addListener(o -> refresh());
        to.valueProperty().addListener(o -> refresh());
        Button clear = new Button(ctx.t("audit.clearFilter"), new FontIcon(Feather.X));
        clear.setId("audit-clear");
        clear.getStyleClass().add("flat");
        clear.setOnAction(e -> clearFilter());
        clear.setMinWidth(Region.USE_PREF_SIZE);
        HBox filters = new HBox(10, actor, entity, from, to, clear);
        filters.setAlignment(Pos.CENTER_LEFT);
        VBox top = new VBox(10, bar, verifyResult, filters);
        top.setPadding(new Insets(16, 16, 10, 16));
        return top;
    }

    private ListCell<String> entityCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item == null ? ctx.t("audit.allEntities") : texts.entity(item));
            }
        };
    }

    private Node tableArea() {
        table.setId("audit-table");
        table.setPlaceholder(new Label(ctx.t("audit.none")));
        table.getColumns().setAll(List.of(
                column("audit.col.at", 185, c -> ctx.i18n().dateTime(c.at())),
                column("audit.col.actor", 75, AuditService.Change::actor),
                column("audit.col.action", 90, c -> ctx.i18n().label(c.action())),
                column("audit.col.entity", 80, c -> texts.entity(c.entity())),
                column("audit.col.label", 250, AuditService.Change::label),
                column("audit.col.reason", 150, c -> c.reason() == null ? "" : c.reason())));
        // Time, account, action and kind keep their width; the record and the reason share what is left.
        table.getColumns().stream().limit(4).forEach(col -> col.setMinWidth(col.getPrefWidth()));
        table.getColumns().stream().skip(4).forEach(col -> col.setMinWidth(90));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.getSelectionModel().selectedItemProperty().addListener((o, a, c) -> details.show(c, texts));
        count.setId("audit-count");
        BorderPane area = new BorderPane(table);
        area.setBottom(count);
        BorderPane.setMargin(count, new Insets(6, 0, 0, 4));
        area.setPadding(new Insets(0, 0, 8, 16));
        return area;
    }

    private TableColumn<AuditService.Change, String> column(String key, double width,
            Function<AuditService.Change, String> value) {
        TableColumn<AuditService.Change, String> col = new TableColumn<>(ctx.t(key));
        col.setPrefWidth(width);
        col.setSortable(false); // newest first is the order that matters; text sorting would scramble the times
        col.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return col;
    }

    private void clearFilter() {
        actor.setValue(null);
        entity.setValue(null);
        from.setValue(null);
        to.setValue(null);
    }

    /** The filter as chosen; the "to" day is included (the use case's upper bound is exclusive). */
    private AuditService.Filter filter() {
        ZoneId zone = ZoneId.systemDefault();
        LocalDate toDay = to.getValue();
        Instant fromAt = from.getValue() == null ? null : from.getValue().atStartOfDay(zone).toInstant();
        Instant toAt = toDay == null ? null : toDay.plusDays(1).atStartOfDay(zone).toInstant();
        String name = actor.getValue() == null || actor.getValue().isBlank() ? null : actor.getValue().trim();
        return new AuditService.Filter(name, entity.getValue(), fromAt, toAt);
    }

    @Override
    public Node view() {
        return root;
    }

    @Override
    public void refresh() {
        AuditService.Filter f = filter();
        ctx.tasks().run(() -> new Loaded(ctx.tertib().audit().list(f), ctx.tertib().units().list()), this::show,
                e -> ctx.showFailure("audit.loadFailed", e));
    }

    private record Loaded(List<AuditService.Change> changes, List<Unit> units) {
    }

    private void show(Loaded loaded) {
        long selected = table.getSelectionModel().isEmpty() ? 0 : table.getSelectionModel().getSelectedItem().id();
        texts = new ChangeTexts(ctx, loaded.units());
        changes.setAll(loaded.changes());
        loaded.changes().forEach(c -> knownActors.add(c.actor()));
        if (!actor.getItems().equals(List.copyOf(knownActors))) {
            String typed = actor.getValue();
            updatingChoices = true;
            actor.getItems().setAll(knownActors);
            actor.setValue(typed);
            updatingChoices = false;
        }
        count.setText(loaded.changes().size() >= AuditService.MAX_ROWS
                ? ctx.t("audit.countCapped", AuditService.MAX_ROWS) : ctx.t("audit.count", loaded.changes().size()));
        changes.stream().filter(c -> c.id() == selected).findFirst()
                .ifPresentOrElse(c -> table.getSelectionModel().select(c), () -> details.show(null, texts));
    }

    private void verify() {
        ctx.tasks().run(() -> ctx.tertib().audit().verify(), v -> {
            verifyResult.getStyleClass().removeAll("tertib-ok", "tertib-broken");
            verifyResult.getStyleClass().add(v.intact() ? "tertib-ok" : "tertib-broken");
            verifyResult.setText(v.problem().map(p -> ctx.t("audit.broken." + p.kind().name(), p.entryId()))
                    .orElseGet(() -> ctx.t("audit.intact", v.entries())));
            verifyResult.setGraphic(new FontIcon(v.intact() ? Feather.CHECK_CIRCLE : Feather.ALERT_TRIANGLE));
            verifyResult.setVisible(true);
        }, e -> ctx.showFailure("audit.verifyFailed", e));
    }
}
