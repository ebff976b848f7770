package id.tertib.ui.audit;

import id.tertib.app.AuditService;
import id.tertib.domain.AuditAction;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The selected audit entry in full: the changed fields as a before/after table, and below it, muted, the fields
 * that stayed the same.
 */
final class AuditDetails {

    /** One changed field as shown. */
    record FieldRow(String field, String before, String after) {
    }

    private final id.tertib.ui.common.UiContext ctx;
    private final Label heading = new Label();
    private final Label meta = new Label();
    private final Label reason = new Label();
    private final TableView<FieldRow> changes = new TableView<>();
    private final Label unchangedTitle = new Label();
    private final VBox unchanged = new VBox(2);
    private final VBox root;

    AuditDetails(id.tertib.ui.common.UiContext ctx) {
        this.ctx = ctx;
        heading.getStyleClass().add("title-4");
        heading.setWrapText(true);
        heading.setId("audit-detail-title");
        meta.getStyleClass().add("text-muted");
        meta.setWrapText(true);
        reason.setWrapText(true);
        reason.setId("audit-detail-reason");
        changes.setId("audit-changes");
        changes.getColumns().setAll(List.of(column("audit.col.field", 150, FieldRow::field),
                column("audit.col.before", 170, FieldRow::before), column("audit.col.after", 170, FieldRow::after)));
        changes.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        changes.setPlaceholder(new Label(ctx.t("audit.noChanges")));
        changes.setPrefHeight(260);
        unchangedTitle.setText(ctx.t("audit.unchanged"));
        unchangedTitle.getStyleClass().add("text-muted");
        unchanged.setId("audit-unchanged");
        VBox box = new VBox(8, heading, meta, reason, changes, unchangedTitle, unchanged);
        box.setPadding(new Insets(16));
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        root = new VBox(scroll);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        root.getStyleClass().add("tertib-form");
        show(null, null);
    }

    void show(AuditService.Change c, ChangeTexts texts) {
        boolean none = c == null;
        heading.setText(none ? ctx.t("audit.pickEntry") : c.label());
        meta.setText(none ? "" : ctx.t("audit.detailMeta", c.id(), texts.entity(c.entity()),
                ctx.i18n().label(c.action()), ctx.i18n().dateTime(c.at()), c.actor()));
        reason.setText(none || c.reason() == null ? "" : ctx.t("history.reason", c.reason()));
        reason.setVisible(!reason.getText().isEmpty());
        reason.setManaged(reason.isVisible());
        changes.setVisible(!none);
        changes.setManaged(!none);
        unchanged.getChildren().clear();
        if (none) {
            changes.getItems().clear();
            unchangedTitle.setVisible(false);
            return;
        }
        boolean update = c.action() == AuditAction.UPDATE;
        List<String> changed = update ? c.changedFields() : ChangeTexts.allFields(c).stream()
                .filter(k -> !isBlank(c.before().get(k)) || !isBlank(c.after().get(k))).toList();
        changes.getItems().setAll(changed.stream().map(k -> new FieldRow(texts.field(k),
                c.action() == AuditAction.CREATE ? ChangeTexts.EMPTY : texts.value(k, c.before().get(k)),
                c.action() == AuditAction.DELETE ? ChangeTexts.EMPTY : texts.value(k, c.after().get(k)))).toList());
        for (String k : ChangeTexts.allFields(c)) {
            if (update && !changed.contains(k)) {
                Label same = new Label(texts.field(k) + ": " + texts.value(k, c.after().get(k)));
                same.getStyleClass().add("text-muted");
                same.setWrapText(true);
                unchanged.getChildren().add(same);
            }
        }
        unchangedTitle.setVisible(!unchanged.getChildren().isEmpty());
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private TableColumn<FieldRow, String> column(String key, double width, Function<FieldRow, String> value) {
        TableColumn<FieldRow, String> col = new TableColumn<>(ctx.t(key));
        col.setPrefWidth(width);
        col.setSortable(false);
        col.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return col;
    }

    Node view() {
        return root;
    }

    /** For tests: the changed fields shown now. */
    List<FieldRow> shownChanges() {
        return changes.getItems();
    }
}
