package id.tertib.ui.settings;

import id.tertib.app.Backup;
import id.tertib.app.BackupCheck;
import id.tertib.app.BackupService;
import id.tertib.ui.common.UiContext;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The "Cadangan" part of the settings screen: back up now to a chosen file, the backups in the backups
 * folder (newest first) with restore, and how many automatic backups are kept. All file and database work
 * runs on the task executor.
 */
final class BackupSection {

    /** What the section shows, loaded together off the FX thread. */
    private record Loaded(List<Backup> backups, int keep) {
    }

    private final UiContext ctx;
    private final Runnable onRestored;
    private final VBox root;
    private final TableView<Backup> table = new TableView<>();
    private final Spinner<Integer> keep = new Spinner<>(BackupService.MIN_KEEP, BackupService.MAX_KEEP,
            BackupService.DEFAULT_KEEP);
    private final Label keepStatus = new Label();

    BackupSection(UiContext ctx, Runnable onRestored) {
        this.ctx = ctx;
        this.onRestored = onRestored;
        boolean readOnly = ctx.tertib().isReadOnly();

        Label title = new Label(ctx.t("settings.backup.title"));
        title.getStyleClass().add("title-4");

        Button now = new Button(ctx.t("settings.backup.now"));
        now.setId("settings-backup-now");
        now.setOnAction(e -> backupNow());
        Button restore = new Button(ctx.t("settings.backup.restore"));
        restore.setId("settings-backup-restore");
        restore.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        restore.setOnAction(e -> restore(table.getSelectionModel().getSelectedItem().file()));
        Button restoreOther = new Button(ctx.t("settings.backup.restoreOther"));
        restoreOther.setId("settings-backup-restore-other");
        restoreOther.setOnAction(e -> ctx.dialogs().chooseFile(ctx.t("settings.backup.chooseTitle"),
                ctx.t("settings.backup.fileFilter"), "*.db").ifPresent(this::restore));
        HBox actions = new HBox(8, now, restore, restoreOther);

        table.setId("settings-backup-table");
        table.setPlaceholder(new Label(ctx.t("settings.backup.none")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefHeight(190);
        table.setMaxWidth(820);
        table.getColumns().add(column("settings.backup.col.taken", 150, b -> ctx.i18n().dateTime(b.taken())));
        table.getColumns().add(column("settings.backup.col.kind", 140, this::kind));
        table.getColumns().add(column("settings.backup.col.size", 90, b -> ctx.i18n().fileSize(b.bytes())));
        table.getColumns().add(column("settings.backup.col.file", 300, b -> b.file().getFileName().toString()));

        keep.setId("settings-backup-keep");
        keep.setEditable(true);
        keep.setPrefWidth(90);
        Button saveKeep = new Button(ctx.t("action.save"));
        saveKeep.setId("settings-backup-keep-save");
        saveKeep.setOnAction(e -> saveKeep());
        keepStatus.getStyleClass().add("text-muted");
        HBox keepRow = new HBox(12, new Label(ctx.t("settings.backup.keep")), keep, saveKeep, keepStatus);
        keepRow.setAlignment(Pos.CENTER_LEFT);

        Label hint = new Label(ctx.t("settings.backup.hint", ctx.tertib().backups().folder()));
        hint.getStyleClass().add("text-muted");
        hint.setWrapText(true);
        hint.setMaxWidth(820);

        root = new VBox(10, title, actions, table, keepRow, hint);
        if (readOnly) {
            restore.disableProperty().unbind();
            restore.setDisable(true);
            restoreOther.setDisable(true);
            keep.setDisable(true);
            saveKeep.setDisable(true);
            Label notice = new Label(ctx.t("settings.backup.readOnly"));
            notice.getStyleClass().add("tertib-read-only-notice");
            notice.setWrapText(true);
            root.getChildren().add(notice);
        }
    }

    private TableColumn<Backup, String> column(String key, double width,
            java.util.function.Function<Backup, String> text) {
        TableColumn<Backup, String> c = new TableColumn<>(ctx.t(key));
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(text.apply(cell.getValue())));
        return c;
    }

    private String kind(Backup backup) {
        return switch (backup.kind()) {
            case AUTOMATIC -> ctx.t("settings.backup.kind.automatic");
            case BEFORE_RESTORE -> ctx.t("settings.backup.kind.beforeRestore");
            case OTHER -> ctx.t("settings.backup.kind.other");
        };
    }

    Node view() {
        return root;
    }

    void refresh() {
        ctx.tasks().run(() -> new Loaded(ctx.tertib().backups().list(), ctx.tertib().backups().keep()), loaded -> {
            table.getItems().setAll(loaded.backups());
            keep.getValueFactory().setValue(loaded.keep());
        }, e -> ctx.showFailure("settings.backup.loadFailed", e));
    }

    private void backupNow() {
        Path db = ctx.tertib().databaseFile();
        String name = db.getFileName().toString().replaceFirst("\\.db$", "") + "-" + LocalDate.now() + ".db";
        ctx.dialogs().chooseSaveFile(ctx.t("settings.backup.saveTitle"), name, ctx.t("settings.backup.fileFilter"),
                "*.db").ifPresent(target -> ctx.tasks().run(() -> ctx.tertib().backups().backupTo(target), backup -> {
                    ctx.dialogs().info(ctx.t("settings.backup.title"),
                            ctx.t("settings.backup.done", backup.file(), ctx.i18n().fileSize(backup.bytes())));
                    refresh();
                }, e -> ctx.showFailure("settings.backup.failed", e)));
    }

    /** Checks the file first (nothing changes on a refusal), asks, then restores and reloads every screen. */
    private void restore(Path file) {
        ctx.tasks().run(() -> ctx.tertib().backups().check(file), (BackupCheck check) -> {
            if (!ctx.dialogs().confirm(ctx.t("settings.backup.restoreTitle"),
                    ctx.t("settings.backup.restoreConfirm", check.file(), check.schemaVersion()))) {
                return;
            }
            ctx.tasks().run(() -> ctx.tertib().backups().restore(check.file()), result -> {
                ctx.dialogs().info(ctx.t("settings.backup.restoreTitle"),
                        ctx.t("settings.backup.restored", result.restoredFrom(), result.previousCopy()));
                onRestored.run();
            }, e -> ctx.showFailure("settings.backup.restoreFailed", e));
        }, e -> ctx.showFailure("settings.backup.restoreFailed", e));
    }

    private void saveKeep() {
        try {
            keep.commitValue(); // a number typed but not yet confirmed with Enter
        } catch (NumberFormatException e) {
            keep.getEditor().setText(String.valueOf(keep.getValue()));
        }
        int count = keep.getValue();
        ctx.tasks().run(() -> {
            ctx.tertib().backups().setKeep(count);
            return count;
        }, saved -> keepStatus.setText(ctx.t("settings.backup.keepSaved")),
                e -> ctx.showFailure("settings.saveFailed", e));
    }
}
