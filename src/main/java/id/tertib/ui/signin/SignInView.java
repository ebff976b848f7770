package id.tertib.ui.signin;

import id.tertib.app.DemoService;
import id.tertib.app.ImportProgress;
import id.tertib.ui.common.UiContext;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * What the window shows before anyone is signed in. On a database with accounts: the sign-in form (with the
 * demo accounts named on a demo database). On a new database: a choice between the demo office and creating the
 * first administrator. {@code onSignedIn} is called once someone is signed in.
 */
public final class SignInView {

    private final UiContext ctx;
    private final Runnable onSignedIn;
    private final StackPane root = new StackPane();

    public SignInView(UiContext ctx, String presetUser, Runnable onSignedIn) {
        this.ctx = ctx;
        this.onSignedIn = onSignedIn;
        root.getStyleClass().add("tertib-signin");
        root.getStylesheets().add(SignInView.class.getResource("/id/tertib/ui/tertib.css").toExternalForm());
        ctx.tasks().run(() -> new State(ctx.tertib().auth().hasAccounts(), ctx.tertib().demo().isEmpty(),
                ctx.tertib().settings().isDemo()), state -> show(state, presetUser), e -> ctx.showFailure("error.title", e));
    }

    private record State(boolean hasAccounts, boolean empty, boolean demo) {
    }

    private void show(State state, String presetUser) {
        VBox card = new VBox(14);
        card.getStyleClass().add("tertib-card");
        card.setMaxWidth(460);
        card.setMaxHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        card.setPadding(new Insets(28));
        Label brand = new Label(ctx.t("app.title"));
        brand.getStyleClass().add("tertib-brand");
        Label subtitle = new Label(ctx.t("app.subtitle"));
        subtitle.getStyleClass().add("text-muted");
        wrap(subtitle);
        card.getChildren().addAll(brand, subtitle);
        if (state.hasAccounts()) {
            card.getChildren().add(signInForm(presetUser, state.demo()));
        } else {
            if (state.empty()) {
                card.getChildren().addAll(demoChoice(), new Separator());
            }
            card.getChildren().add(firstAdminForm());
        }
        // The card keeps its full height (no text cut short, the demo password included) and the window scrolls
        // when it is lower than the card (960x600, the smallest window); otherwise the card stays centred.
        StackPane centre = new StackPane(card);
        centre.setPadding(new Insets(16));
        centre.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        ScrollPane scroller = new ScrollPane(centre);
        scroller.setId("signin-scroller");
        scroller.setFitToWidth(true);
        scroller.setFitToHeight(true);
        scroller.getStyleClass().add("edge-to-edge");
        root.getChildren().setAll(scroller);
    }

    /** A wrapped text that grows in height rather than ending in "..." when space is short. */
    private static Label wrap(Label label) {
        label.setWrapText(true);
        label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return label;
    }

    private Node signInForm(String presetUser, boolean demo) {
        Label title = new Label(ctx.t("signin.title"));
        title.getStyleClass().add("title-4");
        TextField name = new TextField(presetUser == null ? "" : presetUser);
        name.setId("signin-name");
        PasswordField password = new PasswordField();
        password.setId("signin-password");
        Label error = errorLabel("signin-error");
        Button go = new Button(ctx.t("signin.button"));
        go.setId("signin-button");
        go.getStyleClass().add("accent");
        go.setDefaultButton(true);
        go.setOnAction(e -> ctx.tasks().run(() -> ctx.tertib().auth().signIn(name.getText(), password.getText()),
                user -> onSignedIn.run(), err -> {
                    password.clear();
                    error.setText(ctx.describe(err));
                }));
        VBox box = new VBox(10, title, form(ctx.t("signin.name"), name, ctx.t("signin.password"), password), error, go);
        if (demo) {
            Label hint = new Label(ctx.t("signin.demoHint", DemoService.DEMO_PASSWORD));
            hint.setId("signin-demo-hint");
            hint.getStyleClass().add("tertib-hint");
            wrap(hint);
            box.getChildren().add(hint);
        }
        focusWhenShown(presetUser == null ? name : password);
        return box;
    }

    /** With a name given (--user), the cursor waits in the password field; focus only works once on screen. */
    private static void focusWhenShown(Node field) {
        field.sceneProperty().addListener((o, before, scene) -> {
            if (scene != null) {
                javafx.application.Platform.runLater(field::requestFocus);
            }
        });
        if (field.getScene() != null) {
            field.requestFocus();
        }
    }

    private Node demoChoice() {
        Label title = new Label(ctx.t("signin.demoTitle"));
        title.getStyleClass().add("title-4");
        Label text = wrap(new Label(ctx.t("signin.demoText", DemoService.DEMO_PASSWORD)));
        text.setId("signin-demo-text");
        Button demo = new Button(ctx.t("signin.demoButton"));
        demo.setId("signin-demo");
        demo.getStyleClass().add("accent");
        // Two years of attendance take a few seconds: say so, and keep the button from being pressed twice.
        ProgressIndicator working = new ProgressIndicator();
        working.setMinSize(24, 24);
        working.setPrefSize(24, 24);
        Label workingText = new Label(ctx.t("signin.demoWorking"));
        wrap(workingText);
        HBox busy = new HBox(8, working, workingText);
        busy.setAlignment(Pos.CENTER_LEFT);
        busy.setId("signin-demo-working");
        busy.setVisible(false);
        busy.managedProperty().bind(busy.visibleProperty());
        demo.setOnAction(e -> {
            demo.setDisable(true);
            busy.setVisible(true);
            ctx.tasks().run(() -> {
                ctx.tertib().demo().fillWithAttendance(DemoService.DEFAULT_SEED, DemoService.DEFAULT_EMPLOYEES,
                        ImportProgress.NONE);
                // A demo database has known passwords; opening it as its administrator saves a step.
                return ctx.tertib().auth().signIn("admin", DemoService.DEMO_PASSWORD);
            }, user -> onSignedIn.run(), err -> {
                demo.setDisable(false);
                busy.setVisible(false);
                ctx.showFailure("demo.failed", err);
            });
        });
        return new VBox(8, title, text, demo, busy);
    }

    private Node firstAdminForm() {
        Label title = new Label(ctx.t("signin.firstAdminTitle"));
        title.getStyleClass().add("title-4");
        Label text = wrap(new Label(ctx.t("signin.firstAdminText")));
        text.setId("first-text");
        TextField name = new TextField("admin");
        name.setId("first-name");
        TextField fullName = new TextField();
        fullName.setId("first-fullname");
        PasswordField password = new PasswordField();
        password.setId("first-password");
        PasswordField repeat = new PasswordField();
        repeat.setId("first-repeat");
        Label error = errorLabel("first-error");
        Button create = new Button(ctx.t("signin.firstAdminButton"));
        create.setId("first-create");
        create.setOnAction(e -> {
            if (!password.getText().equals(repeat.getText())) {
                error.setText(ctx.t("signin.passwordsDiffer"));
                return;
            }
            ctx.tasks().run(() -> ctx.tertib().auth().createFirstAdmin(name.getText(), fullName.getText(),
                    password.getText()), user -> onSignedIn.run(), err -> error.setText(ctx.describe(err)));
        });
        GridPane grid = form(ctx.t("signin.name"), name, ctx.t("signin.fullName"), fullName);
        grid.addRow(2, new Label(ctx.t("signin.password")), password);
        grid.addRow(3, new Label(ctx.t("signin.repeat")), repeat);
        return new VBox(8, title, text, grid, error, new HBox(create));
    }

    private static GridPane form(String label1, Node input1, String label2, Node input2) {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, new Label(label1), input1);
        grid.addRow(1, new Label(label2), input2);
        javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        javafx.scene.layout.ColumnConstraints inputs = new javafx.scene.layout.ColumnConstraints();
        inputs.setHgrow(javafx.scene.layout.Priority.ALWAYS);
        grid.getColumnConstraints().setAll(labels, inputs);
        return grid;
    }

    private static Label errorLabel(String id) {
        Label error = new Label();
        error.setId(id);
        error.getStyleClass().add("tertib-field-error");
        wrap(error);
        return error;
    }

    public Node view() {
        return root;
    }
}
