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
import javafx.scene.Scene;
import javafx.stage.Stage;

/** The JavaFX application: opens the database, shows the main window, offers the demo office on an empty one. */
public final class TertibApp extends Application {

    private FxTaskExecutor tasks;
    private Tertib tertib;

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
        tasks = new FxTaskExecutor();
        I18n startI18n = new I18n(named.containsKey("lang") ? Locale.forLanguageTag(named.get("lang")) : I18n.INDONESIAN);
        new StartupCheck(stage, startI18n, tasks, Clock.systemDefaultZone()).open(db, opened -> show(stage, opened, named));
    }

    private void show(Stage stage, Tertib opened, Map<String, String> named) {
        tertib = opened;
        Locale locale = named.containsKey("lang") ? Locale.forLanguageTag(named.get("lang"))
                : tertib.settings().language();
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
        boolean wasShowing = stage.isShowing(); // after a restore at start-up the window shows its progress
        stage.show();
        if (wasShowing) {
            stage.sizeToScene();
            stage.centerOnScreen();
        }
    }

    /** Closing the window: the daily automatic backup (through the app layer), then the write lock is released. */
    @Override
    public void stop() {
        if (tasks != null) {
            tasks.close();
        }
        if (tertib != null) {
            try {
                tertib.backups().autoBackupIfDue();
            } catch (AppException e) {
                System.getLogger("tertib").log(System.Logger.Level.WARNING, "automatic backup failed: " + e.getMessage(), e);
            } finally {
                tertib.close();
            }
        }
    }
}
