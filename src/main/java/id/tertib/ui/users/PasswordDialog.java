package id.tertib.ui.users;

import id.tertib.domain.UserAccount;
import id.tertib.ui.common.UiContext;
import java.util.stream.Collectors;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Asks twice for a new password and sets it. The dialog stays open with the reason when the two differ, the
 * password is too short, or the use case refuses; it closes once the password is set.
 */
final class PasswordDialog {

    private PasswordDialog() {
    }

    static void show(UiContext ctx, Window owner, UserAccount account, Runnable onDone) {
        PasswordField password = new PasswordField();
        password.setId("reset-password");
        PasswordField repeat = new PasswordField();
        repeat.setId("reset-repeat");
        Label error = new Label();
        error.setId("reset-error");
        error.getStyleClass().add("tertib-field-error");
        error.setWrapText(true);
        Label hint = new Label(ctx.t("user.resetHint", UserAccount.MIN_PASSWORD_LENGTH));
        hint.setWrapText(true);
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, new Label(ctx.t("user.newPassword")), password);
        grid.addRow(1, new Label(ctx.t("signin.repeat")), repeat);

        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(ctx.t("user.resetTitle"));
        dialog.setHeaderText(ctx.t("user.resetHeader", account.name()));
        dialog.getDialogPane().getStylesheets().add(
                PasswordDialog.class.getResource("/id/tertib/ui/tertib.css").toExternalForm());
        VBox content = new VBox(10, hint, grid, error);
        content.setPrefWidth(420);
        dialog.getDialogPane().setContent(content);
        ButtonType ok = new ButtonType(ctx.t("user.resetConfirm"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(ok,
                new ButtonType(ctx.t("action.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        Node confirm = dialog.getDialogPane().lookupButton(ok);
        confirm.setId("reset-confirm");
        confirm.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume(); // the dialog closes only once the password is set
            if (!password.getText().equals(repeat.getText())) {
                error.setText(ctx.t("signin.passwordsDiffer"));
                return;
            }
            var problems = UserAccount.checkPassword(password.getText());
            if (!problems.isEmpty()) {
                error.setText(problems.stream().map(ctx.i18n()::text).collect(Collectors.joining("\n")));
                return;
            }
            String chosen = password.getText();
            ctx.tasks().run(() -> {
                ctx.tertib().users().resetPassword(account.id(), chosen);
                return account;
            }, done -> {
                dialog.setResult(ok);
                dialog.close();
                onDone.run();
            }, failure -> error.setText(ctx.describe(failure)));
        });
        dialog.show();
        password.requestFocus();
    }
}
