package id.tertib.ui.audit;

import id.tertib.app.AuditService;
import id.tertib.domain.AuditAction;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
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
    private final GridPane changes = new GridPane();
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
        changes.getStyleClass().add("tertib-changes");
        for (int percent : new int[] {28, 36, 36}) {
            ColumnConstraints c = new ColumnConstraints();
            c.setPercentWidth(percent);
            changes.getColumnConstraints().add(c);
        }
        unchangedTitle.setText(ctx.t("audit.unchanged"));
        unchangedTitle.getStyleClass().add("text-muted");
        unchanged.setId("audit-unchanged");
        VBox box = new VBox(8, heading, meta, reason, changes, unchangedTitle, unchanged);
        box.setPadding(new Insets(16));
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        root = new VBox(scroll);
        root.setMinWidth(280);
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
        changes.getChildren().clear();
        unchanged.getChildren().clear();
        if (none) {
            unchangedTitle.setVisible(false);
            return;
        }
        boolean update = c.action() == AuditAction.UPDATE;
        List<String> changed = update ? c.changedFields() : ChangeTexts.allFields(c).stream()
                .filter(k -> !isBlank(c.before().get(k)) || !isBlank(c.after().get(k))).toList();
        List<FieldRow> rows = changed.stream().map(k -> new FieldRow(texts.field(k),
                c.action() == AuditAction.CREATE ? ChangeTexts.EMPTY : texts.value(k, c.before().get(k)),
                c.action() == AuditAction.DELETE ? ChangeTexts.EMPTY : texts.value(k, c.after().get(k)))).toList();
        showRows(rows);
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

    /**
     * A grid rather than a table: in the narrow pane a table cuts "Agus Rahman" to "Agus Ra…", and the values
     * are the point. Long values wrap.
     */
    private void showRows(List<FieldRow> rows) {
        changes.addRow(0, cell(ctx.t("audit.col.field"), "tertib-change-head"),
                cell(ctx.t("audit.col.before"), "tertib-change-head"), cell(ctx.t("audit.col.after"), "tertib-change-head"));
        int r = 1;
        for (FieldRow row : rows) {
            changes.addRow(r++, cell(row.field(), "tertib-change-field"), cell(row.before(), "tertib-change-cell"),
                    cell(row.after(), "tertib-change-cell"));
        }
        if (rows.isEmpty()) {
            changes.add(cell(ctx.t("audit.noChanges"), "tertib-change-cell"), 0, 1, 3, 1);
        }
    }

    private static Label cell(String text, String styleClass) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMaxWidth(Double.MAX_VALUE);
        label.setMaxHeight(Double.MAX_VALUE);
        label.getStyleClass().add(styleClass);
        return label;
    }

    Node view() {
        return root;
    }

}
