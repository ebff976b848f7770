package id.tertib.ui;

import id.tertib.app.AppException;
import id.tertib.app.Backup;
import id.tertib.app.DamagedDatabaseException;
import id.tertib.app.I18n;
import id.tertib.app.Recovery;
import id.tertib.app.Tertib;
import id.tertib.ui.common.FxDialogService;
import id.tertib.ui.common.TaskExecutor;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * Opens the database when the window starts. A database that cannot be opened is explained in a dialog; a
 * damaged one (the start-up {@code PRAGMA quick_check}) comes with the offer to restore the newest good
 * backup, which runs off the FX thread while the window shows its progress.
 */
final class StartupCheck {

    private final Stage stage;
    private final I18n i18n;
    private final TaskExecutor tasks;
    private final Clock clock;

    StartupCheck(Stage stage, I18n i18n, TaskExecutor tasks, Clock clock) {
        this.stage = stage;
        this.i18n = i18n;
        this.tasks = tasks;
        this.clock = clock;
    }

    void open(Path db, Consumer<Tertib> onOpen) {
        Tertib tertib;
        try {
            tertib = Tertib.open(db, clock);
        } catch (DamagedDatabaseException e) {
            e.goodBackup().ifPresentOrElse(backup -> offerRestore(db, backup, onOpen), () -> cannotOpen(db, e));
            return;
        } catch (AppException e) {
            cannotOpen(db, e);
            return;
        }
        onOpen.accept(tertib);
    }

    private void offerRestore(Path db, Backup backup, Consumer<Tertib> onOpen) {
        FxDialogService dialogs = new FxDialogService(null, i18n);
        if (!dialogs.confirm(i18n.get("app.damagedTitle"),
                i18n.get("app.damagedOffer", db, backup.file().getFileName(), i18n.dateTime(backup.taken())))) {
            Platform.exit();
            return;
        }
        // No window may close the application between the dialog and the main window.
        Platform.setImplicitExit(false);
        ProgressIndicator progress = new ProgressIndicator();
        VBox pane = new VBox(16, new Label(i18n.get("app.restoring")), progress);
        pane.setPadding(new Insets(32));
        stage.setScene(new Scene(pane, 420, 200));
        stage.setTitle(i18n.get("app.title"));
        stage.show();
        tasks.run(() -> Recovery.restoreDamaged(db, backup.file(), clock), result -> {
            Platform.setImplicitExit(true);
            new FxDialogService(stage, i18n).info(i18n.get("settings.backup.restoreTitle"),
                    i18n.get("settings.backup.restored", result.restoredFrom(), result.previousCopy()));
            open(db, onOpen);
        }, error -> {
            Platform.setImplicitExit(true);
            String text = error instanceof AppException app
                    ? app.problems().stream().map(i18n::text).reduce((a, b) -> a + "\n" + b).orElse("")
                    : i18n.get("error.unexpected", error.getClass().getSimpleName());
            new FxDialogService(stage, i18n).error(i18n.get("settings.backup.restoreFailed"), text);
            Platform.exit();
        });
    }

    private void cannotOpen(Path db, AppException e) {
        Alert alert = new Alert(Alert.AlertType.ERROR,
                e.problems().stream().map(i18n::text).reduce((a, b) -> a + "\n" + b).orElse(""));
        alert.setHeaderText(i18n.get("app.cannotOpen", db));
        alert.getDialogPane().setMinWidth(560);
        alert.showAndWait();
        Platform.exit();
    }
}
