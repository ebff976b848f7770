package id.tertib.ui.importing;

import id.tertib.app.ImportProgress;
import id.tertib.ui.common.UiContext;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * A small window with the phase, a progress bar and a Stop button, fed by a long import from its worker thread.
 * Stopping makes the import throw inside its transaction, so the database stays as it was.
 */
final class ProgressWindow implements ImportProgress {

    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final Stage stage = new Stage();
    private final Label phase = new Label();
    private final ProgressBar bar = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
    private final UiContext ctx;

    ProgressWindow(UiContext ctx, Window owner, String title) {
        this.ctx = ctx;
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        stage.setTitle(title);
        bar.setPrefWidth(380);
        bar.setId("import-progress");
        Button stop = new Button(ctx.t("import.stop"));
        stop.setId("import-stop");
        stop.setOnAction(e -> {
            cancelled.set(true);
            stop.setDisable(true);
            phase.setText(ctx.t("import.stopping"));
        });
        HBox buttons = new HBox(stop);
        buttons.setStyle("-fx-alignment: center-right");
        VBox box = new VBox(10, phase, bar, buttons);
        box.setPadding(new Insets(16));
        stage.setScene(new Scene(box));
        stage.setOnCloseRequest(e -> cancelled.set(true));
    }

    void show() {
        phase.setText(ctx.t("import.phase.READING"));
        stage.show();
    }

    void close() {
        stage.close();
    }

    @Override
    public void step(Phase p, long done, long total) {
        String text = ctx.t("import.phase." + p.name());
        double fraction = total <= 0 ? ProgressBar.INDETERMINATE_PROGRESS : (double) done / total;
        Runnable update = () -> {
            if (!cancelled.get()) {
                phase.setText(text);
            }
            bar.setProgress(fraction);
        };
        if (Platform.isFxApplicationThread()) {
            update.run();
        } else {
            Platform.runLater(update);
        }
    }

    @Override
    public boolean cancelled() {
        return cancelled.get();
    }
}
