package id.tertib.ui.importing;

import id.tertib.app.ImportCancelledException;
import id.tertib.app.ImportIssue;
import id.tertib.app.PunchImport;
import id.tertib.app.PunchPreview;
import id.tertib.domain.Unit;
import id.tertib.domain.attendance.PunchMapping;
import id.tertib.ui.common.Columns;
import id.tertib.ui.common.UiContext;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Import of a fingerprint machine's export: choose the file, map its columns when it is CSV/XLSX, see what it holds
 * (new scans, duplicates, refused lines with their reasons, scans outside the windows), then store, with progress and
 * a Stop button throughout. The preview names the units the machine serves and the TK their people not in the file
 * get; the user may change the machine's name and units and preview again. Nothing is stored before the user
 * confirms, and stopping stores nothing.
 */
public final class PunchImportDialog {

    private final UiContext ctx;
    private final Window owner;
    private final Runnable onImported;

    private PunchImportDialog(UiContext ctx, Window owner, Runnable onImported) {
        this.ctx = ctx;
        this.owner = owner;
        this.onImported = onImported;
    }

    public static void open(UiContext ctx, Window owner, Runnable onImported) {
        PunchImportDialog d = new PunchImportDialog(ctx, owner, onImported);
        ctx.dialogs().chooseFile(ctx.t("punch.title"), ctx.t("punch.fileFilter"), "*.dat", "*.txt", "*.csv", "*.xlsx",
                "*.DAT", "*.TXT", "*.CSV", "*.XLSX").ifPresent(d::start);
    }

    private void start(Path file) {
        PunchImport.Format format = PunchImport.Format.of(file);
        if (format == PunchImport.Format.ATTLOG) {
            preview(file, format, null, "", PunchImport.Machine.FROM_FILE);
            return;
        }
        PunchImport imports = ctx.tertib().punchImport();
        ctx.tasks().run(() -> {
            Map<String, PunchMapping> saved = new LinkedHashMap<>();
            imports.mappingNames().forEach(n -> imports.mapping(n).ifPresent(m -> saved.put(n, m)));
            return new MappingDialogInput(imports.headers(file), saved);
        }, in -> new MappingDialog(ctx, in.headers(), in.saved()).show(owner).ifPresent(choice ->
                preview(file, format, choice.mapping(), choice.saveAs(), PunchImport.Machine.FROM_FILE)),
                this::failed);
    }

    private record MappingDialogInput(List<String> headers, Map<String, PunchMapping> saved) {
    }

    /** {@code saveAs}: the name to keep the mapping under once the import is stored ("" for none; issue 13). */
    private void preview(Path file, PunchImport.Format format, PunchMapping mapping, String saveAs,
            PunchImport.Machine machine) {
        withProgress(progress -> ctx.tertib().punchImport().preview(file, format, mapping, machine, progress), p -> {
            Answer answer = confirm(p);
            if (answer == Answer.STORE) {
                withProgress(progress -> {
                    PunchImport.Result done = ctx.tertib().punchImport().commit(p, progress);
                    if (mapping != null && !saveAs.isEmpty()) {
                        ctx.tertib().punchImport().saveMapping(saveAs, mapping);
                    }
                    return done;
                }, r -> {
                    ctx.dialogs().info(ctx.t("punch.title"), ctx.t("punch.done", r.read(), r.stored(), r.duplicates(),
                            r.rejected(), r.daysWritten(), r.derivedTk(), ctx.i18n().date(r.from()),
                            ctx.i18n().date(r.to())));
                    onImported.run();
                });
            } else if (answer == Answer.CHANGE_UNITS) {
                changeUnits(p, chosen -> preview(file, format, mapping, saveAs, chosen));
            }
        });
    }

    /** What the user answered the preview with. */
    private enum Answer {
        STORE, CHANGE_UNITS, CANCEL
    }

    /** Loads the units and remembered machines off the FX thread, then asks; a choice previews the file again. */
    private void changeUnits(PunchPreview p, Consumer<PunchImport.Machine> again) {
        ctx.tasks().run(() -> new UnitsInput(ctx.tertib().units().list(), ctx.tertib().punchImport().machines()),
                in -> new MachineUnitsDialog(ctx, in.units(), in.machines())
                        .show(owner, p.scope().machine(), p.scope().units().stream().map(Unit::code)
                                .collect(Collectors.toSet()))
                        .ifPresent(again), this::failed);
    }

    private record UnitsInput(List<Unit> units, Map<String, List<String>> machines) {
    }

    private interface Step<T> {
        T run(ProgressWindow progress);
    }

    private <T> void withProgress(Step<T> step, Consumer<T> onDone) {
        ProgressWindow progress = new ProgressWindow(ctx, owner, ctx.t("punch.title"));
        progress.show();
        ctx.tasks().run(() -> step.run(progress), result -> {
            progress.close();
            onDone.accept(result);
        }, e -> {
            progress.close();
            failed(e);
        });
    }

    private void failed(Throwable e) {
        if (e instanceof ImportCancelledException) {
            ctx.dialogs().info(ctx.t("punch.title"), ctx.t("import.stopped"));
        } else {
            ctx.showFailure("import.failed", e);
        }
    }

    private Answer confirm(PunchPreview p) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(ctx.t("punch.title"));
        dialog.setHeaderText(ctx.t("import.previewHeader", p.fileName()));
        Label summary = new Label(p.from() == null ? "" : ctx.t("punch.summary", p.read(), p.newPunches(),
                p.duplicates(), p.rejectedCount(), p.people(), ctx.i18n().date(p.from()), ctx.i18n().date(p.to()),
                p.outsideCount()));
        summary.setId("punch-summary");
        summary.setWrapText(true);
        summary.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // the whole summary, never "16 Nov ..."
        Label blocking = new Label(p.blocking().stream().map(ctx.i18n()::text).collect(Collectors.joining("\n")));
        blocking.setId("punch-blocking");
        blocking.getStyleClass().add("field-error");
        blocking.setWrapText(true);
        blocking.setManaged(!p.blocking().isEmpty());
        // Whose absence this file decides: a machine's file makes TK only of the people of the units it serves.
        Label scope = new Label(p.blocking().isEmpty() ? p.scope().describe(ctx.i18n()) : "");
        scope.setId("punch-scope");
        scope.setWrapText(true);
        scope.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        Tab rejected = new Tab(ctx.t("punch.tab.rejected", p.rejectedCount()), issues(p.rejected(), "punch-rejected"));
        Tab outside = new Tab(ctx.t("punch.tab.outside", p.outsideCount()), issues(p.outside(), "punch-outside"));
        TabPane tabs = new TabPane(rejected, outside);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        Label capped = new Label(ctx.t("punch.capped", PunchPreview.SHOWN));
        capped.setVisible(p.rejectedCount() > PunchPreview.SHOWN || p.outsideCount() > PunchPreview.SHOWN);
        VBox content = new VBox(10, summary, scope, blocking, tabs, capped);
        content.setPadding(new Insets(8));
        content.setPrefSize(880, 460);
        dialog.getDialogPane().setContent(content);
        ButtonType store = new ButtonType(ctx.t("punch.store", p.newPunches()), ButtonBar.ButtonData.OK_DONE);
        ButtonType units = new ButtonType(ctx.t("punch.changeUnits"), ButtonBar.ButtonData.LEFT);
        dialog.getDialogPane().getButtonTypes().setAll(store, units, new ButtonType(ctx.t("action.cancel"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().lookupButton(store).setId("punch-confirm");
        dialog.getDialogPane().lookupButton(store).setDisable(!p.blocking().isEmpty() || p.empty());
        dialog.getDialogPane().lookupButton(units).setId("punch-units");
        dialog.getDialogPane().lookupButton(units).setDisable(!p.blocking().isEmpty() || p.empty());
        dialog.setResizable(true);
        dialog.getDialogPane().setPrefWidth(900);
        ButtonType answer = dialog.showAndWait().orElse(null);
        return answer == store ? Answer.STORE : answer == units ? Answer.CHANGE_UNITS : Answer.CANCEL;
    }

    private TableView<ImportIssue> issues(List<ImportIssue> list, String id) {
        TableView<ImportIssue> table = new TableView<>();
        table.setId(id);
        table.getColumns().setAll(List.of(
                Columns.text(ctx.t("import.col.row"), 70, (ImportIssue i) -> String.valueOf(i.row())),
                Columns.text(ctx.t("import.col.reason"), 600, (ImportIssue i) -> ctx.i18n().text(i.problem()))));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(ctx.t("import.noIssues")));
        table.getItems().setAll(list);
        return table;
    }
}
