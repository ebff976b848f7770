package id.tertib.ui.users;

import id.tertib.domain.Unit;
import id.tertib.domain.UnitTree;
import id.tertib.domain.UserAccount;
import id.tertib.ui.common.ScreenHeader;
import id.tertib.ui.common.UiContext;
import id.tertib.ui.shell.Screen;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Pengguna (administrators only): the accounts, and a form to create one, change it or reset its password. */
public final class UsersView implements Screen {

    private final UiContext ctx;
    private final ObservableList<UserAccount> accounts = FXCollections.observableArrayList();
    private final TableView<UserAccount> table = new TableView<>(accounts);
    private final UserForm form;
    private final BorderPane root = new BorderPane();
    private UnitTree tree = new UnitTree(List.of());

    public UsersView(UiContext ctx) {
        this.ctx = ctx;
        this.form = new UserForm(ctx, this::reload);
        root.setTop(toolbar());
        SplitPane split = new SplitPane(tableArea(), form.view());
        split.setDividerPositions(0.66);
        SplitPane.setResizableWithParent(form.view(), false);
        root.setCenter(split);
    }

    private Node toolbar() {
        Button add = new Button(ctx.t("user.new"), new FontIcon(Feather.USER_PLUS));
        add.setId("user-new");
        add.getStyleClass().add("accent");
        add.setOnAction(e -> {
            table.getSelectionModel().clearSelection();
            form.startNew();
        });
        HBox bar = ScreenHeader.bar(ctx.t("nav.users"), add);
        bar.setPadding(new Insets(16, 16, 10, 16));
        return bar;
    }

    private Node tableArea() {
        table.setId("user-table");
        table.getColumns().setAll(List.of(
                column("user.col.name", 120, UserAccount::name),
                column("user.col.fullName", 240, UserAccount::fullName),
                column("user.col.role", 150, u -> ctx.i18n().label(u.role())),
                column("user.col.unit", 220, u -> u.unitId() == null ? "" : tree.find(u.unitId()).map(Unit::name)
                        .orElse("")),
                column("user.col.active", 60, u -> ctx.t(u.active() ? "common.yes" : "common.no"))));
        // Account name, role and "active" keep their width; full name and unit share the rest.
        double[] minimum = {110, 0, 185, 0, 70};
        for (int i = 0; i < minimum.length; i++) {
            table.getColumns().get(i).setMinWidth(minimum[i] == 0 ? 80 : minimum[i]);
        }
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.getSelectionModel().selectedItemProperty().addListener((o, a, u) -> {
            if (u != null) {
                form.edit(u);
            }
        });
        BorderPane area = new BorderPane(table);
        area.setPadding(new Insets(0, 0, 12, 16));
        return area;
    }

    private TableColumn<UserAccount, String> column(String key, double width, Function<UserAccount, String> value) {
        TableColumn<UserAccount, String> col = new TableColumn<>(ctx.t(key));
        col.setPrefWidth(width);
        col.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return col;
    }

    @Override
    public Node view() {
        return root;
    }

    @Override
    public void refresh() {
        reload(form.editingId());
    }

    /** Reloads the accounts and units, and selects account {@code selectId} (0: none). */
    private void reload(long selectId) {
        ctx.tasks().run(() -> new Loaded(ctx.tertib().users().list(), ctx.tertib().units().tree()), loaded -> {
            tree = loaded.tree();
            form.setUnits(tree);
            accounts.setAll(loaded.accounts());
            accounts.stream().filter(u -> u.id() == selectId).findFirst()
                    .ifPresent(u -> table.getSelectionModel().select(u));
        }, e -> ctx.showFailure("user.loadFailed", e));
    }

    private record Loaded(List<UserAccount> accounts, UnitTree tree) {
    }
}
