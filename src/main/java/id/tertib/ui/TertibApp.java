package id.tertib.ui;

import atlantafx.base.theme.PrimerLight;
import id.tertib.app.AppException;
import id.tertib.app.DataLocation;
import id.tertib.app.I18n;
import id.tertib.app.Tertib;
import id.tertib.ui.common.FxDialogService;
import id.tertib.ui.common.FxTaskExecutor;
import id.tertib.ui.common.UiContext;
import id.tertib.ui.shell.Shell;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.stage.Stage;

/** The JavaFX application: opens the database, shows the main window, offers the demo office on an empty one. */
public final class TertibApp extends Application {

    private FxTaskExecutor tasks;

    /** Starts the GUI on {@code db} (null: the user's data folder) in {@code lang} (null: the saved setting). */
    public static void start(Path db, String lang, String user) {
        List<String> args = new ArrayList<>();
        if (user != null) {
            args.add("--user=" + user);
        }
        if (db != null) {
            args.add("--db=" + db.toAbsolutePath());
        }
        if (lang != null) {
            args.add("--lang=" + lang);
        }
        Application.launch(TertibApp.class, args.toArray(String[]::new));
    }

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Map<String, String> named = getParameters().getNamed();
        Path db = named.containsKey("db") ? Path.of(named.get("db")) : DataLocation.defaultDatabase();
        Tertib tertib;
        try {
            tertib = Tertib.open(db, Clock.systemDefaultZone());
        } catch (AppException e) {
            I18n i18n = new I18n(I18n.INDONESIAN);
            Alert alert = new Alert(Alert.AlertType.ERROR,
                    e.problems().stream().map(i18n::text).reduce((a, b) -> a + "\n" + b).orElse(""));
            alert.setHeaderText(i18n.get("app.cannotOpen", db));
            alert.showAndWait();
            Platform.exit();
            return;
        }
        Locale locale = named.containsKey("lang") ? Locale.forLanguageTag(named.get("lang"))
                : tertib.settings().language();
        tasks = new FxTaskExecutor();
        I18n i18n = new I18n(locale);
        UiContext ctx = new UiContext(tertib, i18n, new FxDialogService(stage, i18n), tasks);
        // Fit small office screens (1366x768 is common): never open larger than the visible desktop.
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(new javafx.scene.layout.Pane(), Math.min(1280, screen.getWidth()),
                Math.min(800, screen.getHeight()));
        stage.setScene(scene);
        stage.setMinWidth(960);
        stage.setMinHeight(600);
        new Shell(ctx, stage, named.get("user")).showSignIn();
        stage.show();
    }

    @Override
    public void stop() {
        if (tasks != null) {
            tasks.close();
        }
    }
}
