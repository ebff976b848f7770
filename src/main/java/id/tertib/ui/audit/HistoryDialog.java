package id.tertib.ui.audit;

import id.tertib.app.AuditService;
import id.tertib.domain.Unit;
import id.tertib.ui.common.UiContext;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;

/**
 * "Who changed this, when, and why?": the audit entries of one employee or unit, newest first, each with the
 * account, the action, the reason and every changed field as "before → after".
 */
public final class HistoryDialog {

    private HistoryDialog() {
    }

    /** Loads the history of {@code entity} {@code id} (see {@link AuditService#EMPLOYEE}) and shows it. */
    public static void show(UiContext ctx, Window owner, String entity, long id, String title) {
        ctx.tasks().run(() -> new Loaded(ctx.tertib().audit().history(entity, id), ctx.tertib().units().list()),
                loaded -> open(ctx, owner, title, loaded), e -> ctx.showFailure("history.failed", e));
    }

    private record Loaded(List<AuditService.Change> changes, List<Unit> units) {
    }

    private static void open(UiContext ctx, Window owner, String title, Loaded loaded) {
        ChangeTexts texts = new ChangeTexts(ctx, loaded.units());
        VBox entries = new VBox(10);
        entries.setId("history-entries");
        entries.setPadding(new Insets(4, 12, 4, 4));
        for (AuditService.Change c : loaded.changes()) {
            entries.getChildren().add(entry(ctx, texts, c));
        }
        if (loaded.changes().isEmpty()) {
            entries.getChildren().add(new Label(ctx.t("history.none")));
        }
        ScrollPane scroll = new ScrollPane(entries);
        scroll.setFitToWidth(true);
        scroll.setPrefSize(620, 460);
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.initModality(Modality.WINDOW_MODAL);
        dialog.setTitle(ctx.t("history.title"));
        dialog.setHeaderText(ctx.t("history.header", title, loaded.changes().size()));
        dialog.getDialogPane().setContent(scroll);
        dialog.getDialogPane().getStylesheets().add(
                HistoryDialog.class.getResource("/id/tertib/ui/tertib.css").toExternalForm());
        dialog.getDialogPane().getButtonTypes().setAll(new ButtonType(ctx.t("action.close"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().setId("history-dialog");
        dialog.setResizable(true);
        dialog.show();
    }

    private static Node entry(UiContext ctx, ChangeTexts texts, AuditService.Change c) {
        Label head = new Label(ctx.t("history.entryHead", ctx.i18n().dateTime(c.at()), c.actor(),
                ctx.i18n().label(c.action())));
        head.getStyleClass().add("tertib-history-head");
        VBox box = new VBox(3, head);
        if (c.reason() != null && !c.reason().isBlank()) {
            Label reason = new Label(ctx.t("history.reason", c.reason()));
            reason.getStyleClass().add("text-muted");
            reason.setWrapText(true);
            box.getChildren().add(reason);
        }
        for (String line : texts.lines(c)) {
            Label field = new Label(line);
            field.setWrapText(true);
            field.getStyleClass().add("tertib-history-field");
            box.getChildren().add(field);
        }
        box.getStyleClass().add("tertib-history-entry");
        box.setId("history-entry-" + c.id());
        return box;
    }
}
