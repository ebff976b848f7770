package id.tertib.ui.shell;

import id.tertib.ui.common.UiContext;
import id.tertib.ui.signin.SignInView;
import javafx.stage.Stage;

/** Switches the window between the sign-in view and the main view (after sign-in, and back after sign-out). */
public final class Shell {

    private final UiContext ctx;
    private final Stage stage;
    private final String presetUser;

    public Shell(UiContext ctx, Stage stage, String presetUser) {
        this.ctx = ctx;
        this.stage = stage;
        this.presetUser = presetUser;
    }

    public void showSignIn() {
        stage.titleProperty().unbind();
        stage.setTitle(WindowTitle.of(ctx, false));
        // The settings table is read off the FX thread; the sign-in view may be gone again (signed in) by then.
        ctx.tasks().run(() -> ctx.tertib().settings().isDemo(), demo -> {
            if (!stage.titleProperty().isBound()) {
                stage.setTitle(WindowTitle.of(ctx, demo));
            }
        }, e -> { });
        stage.getScene().setRoot(new javafx.scene.layout.StackPane(new SignInView(ctx, presetUser, this::showMain).view()));
    }

    public void showMain() {
        MainView main = new MainView(ctx, this::signOut);
        stage.getScene().setRoot(main.root());
        stage.titleProperty().bind(main.titleProperty());
        main.warnIfReadOnly();
    }

    private void signOut() {
        ctx.tertib().auth().signOut();
        showSignIn();
    }
}
