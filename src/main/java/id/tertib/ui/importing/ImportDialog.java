package id.tertib.ui.importing;

import id.tertib.app.EmployeeImport;
import id.tertib.app.ImportAction;
import id.tertib.app.ImportIssue;
import id.tertib.app.UnitImport;
import id.tertib.ui.common.UiContext;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Import in two steps: choose a file, then a preview of what will be stored and every rejected row with its
 * reason. Nothing is written until the user confirms.
 */
public final class ImportDialog {

    /** One line of the preview, whatever is being imported. */
    record Row(int row, String key, String label, ImportAction action) {
    }

    /** The preview of either import, reduced to what the dialog shows. */
    record Preview<P>(P source, Path file, List<Row> rows, List<ImportIssue> issues) {
        long toWrite() {
            return rows.stream().filter(r -> r.action() != ImportAction.UNCHANGED).count();
        }
    }

    private ImportDialog() {
    }

    public static void employees(UiContext ctx, Window owner, Runnable onImported) {
        run(ctx, owner, "import.employeesTitle", file -> () -> {
            EmployeeImport.Preview p = ctx.tertib().employeeImport().preview(file);
            List<Row> rows = p.lines().stream().map(l -> new Row(l.row(), l.employee().numberGrouped(),
                    l.employee().name().full(), l.action())).toList();
            return new Preview<>(p, file, rows, p.issues());
        }, p -> () -> {
            EmployeeImport.Summary s = ctx.tertib().employeeImport().commit(p.source());
            return ctx.t("import.employeesDone", s.inserted(), s.updated());
        }, onImported);
    }

    public static void units(UiContext ctx, Window owner, Runnable onImported) {
        run(ctx, owner, "import.unitsTitle", file -> () -> {
            UnitImport.Preview p = ctx.tertib().unitImport().preview(file);
            List<Row> rows = p.lines().stream().map(l -> new Row(l.row(), l.code(), l.name(), l.action())).toList();
            return new Preview<>(p, file, rows, p.issues());
        }, p -> () -> ctx.t("import.unitsDone", ctx.tertib().unitImport().commit(p.source())), onImported);
    }

    public static void calendar(UiContext ctx, Window owner, Runnable onImported) {
        run(ctx, owner, "import.calendarTitle", file -> () -> {
            var p = ctx.tertib().calendar().preview(file);
            List<Row> rows = p.lines().stream().map(l -> new Row(l.row(), ctx.i18n().date(l.holiday().date()),
                    l.holiday().name(), l.action())).toList();
            return new Preview<>(p, file, rows, p.issues());
        }, p -> () -> ctx.t("import.calendarDone", ctx.tertib().calendar().commit(p.source())), onImported);
    }

    private static <P> void run(UiContext ctx, Window owner, String titleKey,
            Function<Path, Callable<Preview<P>>> preview, Function<Preview<P>, Callable<String>> commit,
            Runnable onImported) {
        ctx.dialogs().chooseFile(ctx.t(titleKey), ctx.t("import.fileFilter"), "*.csv", "*.xlsx", "*.CSV", "*.XLSX")
                .ifPresent(file -> ctx.tasks().run(preview.apply(file), p -> {
                    if (confirm(ctx, owner, titleKey, p)) {
                        ctx.tasks().run(commit.apply(p), done -> {
                            ctx.dialogs().info(ctx.t(titleKey), done);
                            onImported.run();
                        }, e -> ctx.showFailure("import.failed", e));
                    }
                }, e -> ctx.showFailure("import.failed", e)));
    }

    private static boolean confirm(UiContext ctx, Window owner, String titleKey, Preview<?> p) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(ctx.t(titleKey));
        dialog.setHeaderText(ctx.t("import.previewHeader", p.file().getFileName()));
        long inserts = p.rows().stream().filter(r -> r.action() == ImportAction.INSERT).count();
        long updates = p.rows().stream().filter(r -> r.action() == ImportAction.UPDATE).count();
        long unchanged = p.rows().size() - inserts - updates;
        long rejectedRows = p.issues().stream().map(ImportIssue::row).distinct().count();
        Label summary = new Label(ctx.t("import.summary", inserts, updates, unchanged, rejectedRows));
        summary.setId("import-summary");
        summary.setWrapText(true);

        TableView<Row> good = new TableView<>();
        good.setId("import-rows");
        good.getColumns().setAll(List.of(
                col(ctx.t("import.col.row"), 60, r -> String.valueOf(r.row())),
                col(ctx.t("import.col.key"), 180, Row::key),
                col(ctx.t("import.col.name"), 300, Row::label),
                col(ctx.t("import.col.action"), 120, r -> ctx.i18n().label(r.action()))));
        good.getItems().setAll(p.rows());
        TableView<ImportIssue> bad = new TableView<>();
        bad.setId("import-issues");
        TableColumn<ImportIssue, String> reason = col(ctx.t("import.col.reason"), 480, i -> ctx.i18n().text(i.problem()));
        wrapText(reason);
        bad.getColumns().setAll(List.of(
                col(ctx.t("import.col.row"), 60, i -> String.valueOf(i.row())),
                col(ctx.t("import.col.column"), 130, i -> i.column() == null ? "" : i.column()),
                reason));
        bad.getItems().setAll(p.issues());
        bad.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        bad.setPlaceholder(new Label(ctx.t("import.noIssues")));
        Tab goodTab = new Tab(ctx.t("import.tab.rows", p.rows().size()), good);
        Tab badTab = new Tab(ctx.t("import.tab.issues", p.issues().size()), bad);
        TabPane tabs = new TabPane(goodTab, badTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        if (!p.issues().isEmpty()) {
            tabs.getSelectionModel().select(badTab);
        }
        VBox content = new VBox(10, summary, tabs);
        content.setPadding(new Insets(8));
        content.setPrefSize(880, 480);
        dialog.getDialogPane().setContent(content);
        ButtonType store = new ButtonType(ctx.t("import.store", p.toWrite()), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(store, new ButtonType(ctx.t("action.cancel"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().lookupButton(store).setId("import-confirm");
        dialog.getDialogPane().lookupButton(store).setDisable(p.toWrite() == 0);
        dialog.setResizable(true);
        dialog.getDialogPane().setPrefWidth(900);
        return dialog.showAndWait().filter(b -> b == store).isPresent();
    }

    private static <T> TableColumn<T, String> col(String title, double width, Function<T, String> value) {
        TableColumn<T, String> col = new TableColumn<>(title);
        col.setPrefWidth(width);
        col.setMinWidth(Math.min(width, 70)); // a fitted table must not squeeze "Baris" to "B…"
        col.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return col;
    }

    /** Long reasons wrap inside their cell instead of being cut off. */
    private static <T> void wrapText(TableColumn<T, String> column) {
        column.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            private final javafx.scene.text.Text text = new javafx.scene.text.Text();

            {
                text.wrappingWidthProperty().bind(column.widthProperty().subtract(12));
                text.getStyleClass().add("text");
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                text.setText(empty || item == null ? "" : item);
                setGraphic(empty ? null : text);
            }
        });
    }
}
