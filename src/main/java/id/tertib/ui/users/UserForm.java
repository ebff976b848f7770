package id.tertib.ui.users;

import id.tertib.domain.Role;
import id.tertib.domain.Unit;
import id.tertib.domain.UnitTree;
import id.tertib.domain.UserAccount;
import id.tertib.ui.common.EnumCells;
import id.tertib.ui.common.UiContext;
import id.tertib.ui.common.UnitChoices;
import java.util.function.LongConsumer;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * One account: name (chosen once, for a new account), full name, role, unit (for section heads and viewers), active;
 * a first password for a new account. Refusals from the use cases (name taken, "not yourself", ...) show inline.
 */
final class UserForm {

    private final UiContext ctx;
    private final LongConsumer onSaved;
    private final Label heading = new Label();
    private final TextField name = new TextField();
    private final TextField fullName = new TextField();
    private final ComboBox<Role> role = new ComboBox<>();
    private final ComboBox<Unit> unit = new ComboBox<>();
    private final CheckBox active = new CheckBox();
    private final PasswordField password = new PasswordField();
    private final PasswordField repeat = new PasswordField();
    private final Label passwordLabel = new Label();
    private final Label repeatLabel = new Label();
    private final Label error = new Label();
    private final Label notice = new Label();
    private final Button reset = new Button();
    private final VBox root;
    private UserAccount editing;
    private UnitTree tree = new UnitTree(java.util.List.of());

    /** {@code onSaved} receives the id of the account just saved, to reload the list and select it. */
    UserForm(UiContext ctx, LongConsumer onSaved) {
        this.ctx = ctx;
        this.onSaved = onSaved;
        name.setId("user-name");
        fullName.setId("user-fullname");
        role.setId("user-role");
        role.getItems().setAll(Role.values());
        EnumCells.use(role, ctx.i18n());
        role.setMaxWidth(Double.MAX_VALUE);
        role.valueProperty().addListener((o, a, r) -> {
            boolean needsUnit = r != null && r.needsUnit();
            unit.setDisable(!needsUnit);
            if (!needsUnit) {
                unit.setValue(null);
            }
        });
        unit.setId("user-unit");
        unit.setMaxWidth(Double.MAX_VALUE);
        unit.setPromptText(ctx.t("user.unitPrompt"));
        active.setId("user-active");
        active.setText(ctx.t("user.active"));
        password.setId("user-password");
        repeat.setId("user-repeat");
        passwordLabel.setText(ctx.t("user.firstPassword"));
        repeatLabel.setText(ctx.t("signin.repeat"));
        for (Node n : new Node[] {password, repeat, passwordLabel, repeatLabel}) {
            n.managedProperty().bind(n.visibleProperty());
        }

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, new Label(ctx.t("user.col.name")), name);
        grid.addRow(1, new Label(ctx.t("user.col.fullName")), fullName);
        grid.addRow(2, new Label(ctx.t("user.col.role")), role);
        grid.addRow(3, new Label(ctx.t("user.col.unit")), unit);
        grid.add(active, 1, 4);
        grid.addRow(5, passwordLabel, password);
        grid.addRow(6, repeatLabel, repeat);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints inputs = new ColumnConstraints();
        inputs.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(labels, inputs);

        error.setId("user-error");
        error.getStyleClass().add("tertib-field-error");
        error.setWrapText(true);
        notice.setId("user-notice");
        notice.getStyleClass().add("tertib-notice");
        notice.setWrapText(true);
        Button save = new Button(ctx.t("action.save"));
        save.setId("user-save");
        save.getStyleClass().add("accent");
        save.setDefaultButton(true);
        save.setOnAction(e -> save());
        reset.setText(ctx.t("user.resetPassword"));
        reset.setGraphic(new FontIcon(Feather.KEY));
        reset.setId("user-reset");
        reset.setOnAction(e -> resetPassword());
        heading.getStyleClass().add("title-4");
        Label hint = new Label(ctx.t("user.hint"));
        hint.getStyleClass().add("text-muted");
        hint.setWrapText(true);
        VBox box = new VBox(10, heading, hint, grid, error, new HBox(8, save, reset), notice);
        box.setPadding(new Insets(16));
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        root = new VBox(scroll);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        root.getStyleClass().add("tertib-form");
        startNew();
    }

    void setUnits(UnitTree units) {
        tree = units;
        Unit current = unit.getValue();
        UnitChoices.fill(unit, tree, null);
        unit.setValue(current == null ? null : tree.find(current.id()).orElse(null));
    }

    void startNew() {
        editing = null;
        heading.setText(ctx.t("user.newTitle"));
        name.clear();
        name.setDisable(false);
        fullName.clear();
        role.setValue(Role.SECTION_HEAD);
        unit.setValue(null);
        active.setSelected(true);
        active.setDisable(true); // a new account starts active
        password.clear();
        repeat.clear();
        showPasswordFields(true);
        reset.setDisable(true);
        error.setText("");
        notice.setText("");
    }

    void edit(UserAccount account) {
        if (editing == null || editing.id() != account.id()) {
            notice.setText("");
        }
        editing = account;
        heading.setText(ctx.t("user.editTitle", account.name()));
        name.setText(account.name());
        name.setDisable(true);
        fullName.setText(account.fullName());
        role.setValue(account.role());
        unit.setValue(account.unitId() == null ? null : tree.find(account.unitId()).orElse(null));
        active.setSelected(account.active());
        active.setDisable(false);
        showPasswordFields(false);
        reset.setDisable(false);
        error.setText("");
    }

    long editingId() {
        return editing == null ? 0 : editing.id();
    }

    private void showPasswordFields(boolean show) {
        for (Node n : new Node[] {password, repeat, passwordLabel, repeatLabel}) {
            n.setVisible(show);
        }
    }

    private void save() {
        Role r = role.getValue();
        Long unitId = unit.getValue() == null || r == null || !r.needsUnit() ? null : unit.getValue().id();
        if (editing == null && !password.getText().equals(repeat.getText())) {
            error.setText(ctx.t("signin.passwordsDiffer"));
            return;
        }
        UserAccount before = editing;
        ctx.tasks().run(() -> before == null
                ? ctx.tertib().users().create(name.getText(), fullName.getText(), r, unitId, password.getText())
                : ctx.tertib().users().update(new UserAccount(before.id(), before.name(), fullName.getText(), r,
                        unitId, active.isSelected())), saved -> {
                            password.clear();
                            repeat.clear();
                            error.setText("");
                            editing = saved;
                            onSaved.accept(saved.id());
                            notice.setText(ctx.t("user.saved", saved.name()));
                        }, e -> error.setText(ctx.describe(e)));
    }

    private void resetPassword() {
        if (editing != null) {
            UserAccount account = editing;
            PasswordDialog.show(ctx, root.getScene().getWindow(), account,
                    () -> notice.setText(ctx.t("user.passwordReset", account.name())));
        }
    }

    Node view() {
        return root;
    }
}
