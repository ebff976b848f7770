package id.tertib.ui.units;

import id.tertib.app.AppException;
import id.tertib.app.AuditService;
import id.tertib.domain.Unit;
import id.tertib.domain.UnitTree;
import id.tertib.ui.audit.HistoryDialog;
import id.tertib.ui.common.Permissions;
import id.tertib.ui.common.ScreenHeader;
import id.tertib.ui.common.UiContext;
import id.tertib.ui.common.UnitChoices;
import id.tertib.ui.importing.ImportDialog;
import id.tertib.ui.shell.Screen;
import java.util.List;
import java.util.stream.Collectors;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The unit tree (dinas/badan > bidang/bagian > seksi/subbagian) with a form to add, edit, move and delete. */
public final class UnitsView implements Screen {

    private final UiContext ctx;
    private final TreeView<Unit> treeView = new TreeView<>();
    private final TextField code = new TextField();
    private final TextField name = new TextField();
    private final ComboBox<Unit> parent = new ComboBox<>();
    private final Label heading = new Label();
    private final Label error = new Label();
    private final Label notice = new Label();
    private final Button delete = new Button();
    private final Button history = new Button();
    private final BorderPane root = new BorderPane();
    private final boolean editable;
    private UnitTree tree = new UnitTree(List.of());
    private java.util.Map<Long, Integer> staff = java.util.Map.of();
    private long editingId;

    public UnitsView(UiContext ctx) {
        this.ctx = ctx;
        this.editable = Permissions.of(ctx).mayEditStaffData();
        root.setTop(toolbar());
        treeView.setId("unit-tree");
        treeView.setShowRoot(false);
        treeView.setCellFactory(v -> new TreeCell<>() {
            @Override
            protected void updateItem(Unit unit, boolean empty) {
                super.updateItem(unit, empty);
                setText(empty || unit == null ? null : unit.name() + "  (" + unit.code() + ")");
                int count = empty || unit == null ? 0 : staff.getOrDefault(unit.id(), 0);
                Label badge = new Label(ctx.t("unit.staffCount", count));
                badge.getStyleClass().add("tertib-count");
                setGraphic(count == 0 ? null : badge);
                setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
                setGraphicTextGap(10);
            }
        });
        treeView.getSelectionModel().selectedItemProperty().addListener((o, a, item) -> {
            if (item != null && item.getValue() != null) {
                edit(item.getValue());
            }
        });
        BorderPane treeArea = new BorderPane(treeView);
        treeArea.setPadding(new Insets(0, 0, 12, 16));
        SplitPane split = new SplitPane(treeArea, form());
        split.setDividerPositions(0.55);
        root.setCenter(split);
    }

    private Node toolbar() {
        Button addRoot = new Button(ctx.t("unit.addRoot"), new FontIcon(Feather.PLUS));
        addRoot.setId("unit-add-root");
        addRoot.setOnAction(e -> startNew(null));
        Button addChild = new Button(ctx.t("unit.addChild"), new FontIcon(Feather.CORNER_DOWN_RIGHT));
        addChild.setId("unit-add-child");
        addChild.getStyleClass().add("accent");
        addChild.setOnAction(e -> startNew(selected()));
        addChild.disableProperty().bind(treeView.getSelectionModel().selectedItemProperty().isNull());
        Button importButton = new Button(ctx.t("unit.import"), new FontIcon(Feather.UPLOAD));
        importButton.setId("unit-import");
        importButton.setOnAction(e -> ImportDialog.units(ctx, root.getScene().getWindow(), this::refresh));
        HBox bar = ScreenHeader.bar(ctx.t("nav.units"));
        if (editable) {
            bar.getChildren().addAll(importButton, addRoot, addChild);
        }
        bar.setPadding(new Insets(16, 16, 10, 16));
        return bar;
    }

    private Node form() {
        code.setId("unit-code");
        name.setId("unit-name");
        parent.setId("unit-parent");
        parent.setMaxWidth(Double.MAX_VALUE);
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, new Label(ctx.t("unit.code")), code);
        grid.addRow(1, new Label(ctx.t("unit.name")), name);
        grid.addRow(2, new Label(ctx.t("unit.parent")), parent);
        javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        javafx.scene.layout.ColumnConstraints inputs = new javafx.scene.layout.ColumnConstraints();
        inputs.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(labels, inputs);
        error.setId("unit-error");
        error.getStyleClass().add("tertib-field-error");
        error.setWrapText(true);
        notice.getStyleClass().add("tertib-notice");
        Button save = new Button(ctx.t("action.save"));
        save.setId("unit-save");
        save.getStyleClass().add("accent");
        save.setDefaultButton(true);
        save.setOnAction(e -> save());
        delete.setText(ctx.t("unit.delete"));
        delete.setId("unit-delete");
        delete.getStyleClass().add("danger");
        delete.setOnAction(e -> delete());
        history.setText(ctx.t("history.button"));
        history.setGraphic(new FontIcon(Feather.CLOCK));
        history.setId("unit-history");
        history.setOnAction(e -> showHistory());
        heading.getStyleClass().add("title-4");
        Label hint = new Label(ctx.t(editable ? "unit.hint" : "unit.readOnlyHint"));
        hint.getStyleClass().add("text-muted");
        hint.setWrapText(true);
        HBox buttons = new HBox(8);
        if (editable) {
            buttons.getChildren().addAll(save, delete);
        } else {
            code.setDisable(true);
            name.setDisable(true);
            parent.setDisable(true);
            grid.getStyleClass().add("tertib-readonly");
        }
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox top = new HBox(8, heading, gap, history);
        top.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(10, top, hint, grid, error, buttons, notice);
        box.setPadding(new Insets(16));
        startNew(null);
        return box;
    }

    private Unit selected() {
        TreeItem<Unit> item = treeView.getSelectionModel().getSelectedItem();
        return item == null ? null : item.getValue();
    }

    private void startNew(Unit parentUnit) {
        editingId = 0;
        heading.setText(ctx.t(editable ? "unit.newTitle" : "unit.viewTitle"));
        history.setDisable(true);
        code.clear();
        name.clear();
        parent.setValue(parentUnit);
        error.setText("");
        notice.setText("");
        delete.setVisible(false);
        code.requestFocus();
    }

    private void edit(Unit unit) {
        editingId = unit.id();
        heading.setText(ctx.t(editable ? "unit.editTitle" : "unit.viewTitle"));
        history.setDisable(false);
        code.setText(unit.code());
        name.setText(unit.name());
        parent.setValue(unit.parentId() == null ? null : tree.find(unit.parentId()).orElseGet(() -> hiddenParent(unit)));
        error.setText("");
        notice.setText("");
        delete.setVisible(true);
    }

    /**
     * A section head's own unit has a parent they may not see: say so, rather than "top level", which would be
     * wrong. The stand-in is only shown (the parent box is disabled for them).
     */
    private Unit hiddenParent(Unit unit) {
        Unit standIn = new Unit(unit.parentId(), "", ctx.t("unit.parentOutOfScope"), null);
        parent.getItems().removeIf(u -> u != null && u.id() == standIn.id());
        parent.getItems().add(standIn);
        return standIn;
    }

    private void save() {
        Unit p = parent.getValue();
        Unit unit = new Unit(editingId, code.getText(), name.getText(), p == null ? null : p.id());
        ctx.tasks().run(() -> ctx.tertib().units().save(unit), saved -> {
            editingId = saved.id();
            history.setDisable(false);
            notice.setText(ctx.t("unit.saved", saved.name()));
            error.setText("");
            reload(saved.id());
        }, this::showError);
    }

    private void delete() {
        Unit unit = tree.find(editingId).orElse(null);
        if (unit == null || !ctx.dialogs().confirm(ctx.t("unit.deleteTitle"), ctx.t("unit.deleteConfirm", unit.name()))) {
            return;
        }
        ctx.tasks().run(() -> {
            ctx.tertib().units().delete(unit.id());
            return unit;
        }, deleted -> {
            startNew(null);
            notice.setText(ctx.t("unit.deleted", deleted.name()));
            reload(0);
        }, this::showError);
    }

    private void showHistory() {
        tree.find(editingId).ifPresent(unit -> HistoryDialog.show(ctx, root.getScene().getWindow(),
                AuditService.UNIT, unit.id(), unit.name()));
    }

    private void showError(Throwable e) {
        if (e instanceof AppException app) {
            error.setText(app.problems().stream().map(ctx.i18n()::text).collect(Collectors.joining("\n")));
        } else {
            ctx.showFailure("unit.saveFailed", e);
        }
    }

    @Override
    public Node view() {
        return root;
    }

    @Override
    public void refresh() {
        reload(editingId);
    }

    private void reload(long selectId) {
        ctx.tasks().run(() -> new Loaded(ctx.tertib().units().tree(), ctx.tertib().units().activeEmployeeCounts()),
                loaded -> {
            tree = loaded.tree();
            staff = loaded.staff();
            UnitChoices.fill(parent, tree, ctx.t("unit.noParent"));
            TreeItem<Unit> top = new TreeItem<>();
            for (Unit r : tree.roots()) {
                top.getChildren().add(item(r));
            }
            treeView.setRoot(top);
            // A section head or viewer usually has one unit: show it at once instead of an empty form.
            boolean first = selectId == 0 && !editable && !tree.roots().isEmpty();
            select(top, first ? tree.roots().get(0).id() : selectId);
        }, e -> ctx.showFailure("unit.loadFailed", e));
    }

    private record Loaded(UnitTree tree, java.util.Map<Long, Integer> staff) {
    }

    private TreeItem<Unit> item(Unit unit) {
        TreeItem<Unit> item = new TreeItem<>(unit);
        item.setExpanded(true);
        for (Unit child : tree.childrenOf(unit.id())) {
            item.getChildren().add(item(child));
        }
        return item;
    }

    private void select(TreeItem<Unit> node, long id) {
        for (TreeItem<Unit> child : node.getChildren()) {
            if (child.getValue().id() == id) {
                treeView.getSelectionModel().select(child);
                return;
            }
            select(child, id);
        }
    }
}
