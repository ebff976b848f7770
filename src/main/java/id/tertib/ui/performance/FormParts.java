package id.tertib.ui.performance;

import id.tertib.ui.common.UiContext;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** What the note form and the SKP form share: the label-and-field grid, the Save / New / Delete row, the message. */
final class FormParts {

    private FormParts() {
    }

    /** Labels keep their whole width; fields take the rest. */
    static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(labels, fields);
        return grid;
    }

    /** Save (accent), New and Delete (danger), with ids {@code <prefix>-save}, {@code -new}, {@code -delete}. */
    static HBox buttons(UiContext ctx, String prefix, String newKey, Button save, Button delete, Runnable onSave,
            Runnable onNew, Runnable onDelete) {
        save.setText(ctx.t("action.save"));
        save.setId(prefix + "-save");
        save.getStyleClass().add("accent");
        save.setGraphic(new FontIcon(Feather.CHECK));
        save.setOnAction(e -> onSave.run());
        Button fresh = new Button(ctx.t(newKey));
        fresh.setId(prefix + "-new");
        fresh.setOnAction(e -> onNew.run());
        delete.setText(ctx.t("performance.delete"));
        delete.setId(prefix + "-delete");
        delete.getStyleClass().add("danger");
        delete.setOnAction(e -> onDelete.run());
        return new HBox(8, save, fresh, delete);
    }

    static void notice(Label message, String text) {
        message.getStyleClass().setAll("label", "tertib-notice");
        message.setText(text);
    }

    static void fail(Label message, String text) {
        message.getStyleClass().setAll("label", "tertib-field-error");
        message.setText(text);
    }
}
