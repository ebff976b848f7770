package id.tertib.ui.travel;

import id.tertib.ui.common.Columns;
import java.util.function.Function;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;

/** A text column whose cells wrap over as many lines as the text needs: for reasons, which must be read whole. */
final class WrappedColumn {

    private WrappedColumn() {
    }

    static <T> TableColumn<T, String> of(String title, double width, Function<T, String> value) {
        TableColumn<T, String> col = Columns.text(title, width, value);
        col.setCellFactory(c -> new TableCell<>() {
            private final Text text = new Text();

            {
                text.wrappingWidthProperty().bind(col.widthProperty().subtract(18));
                text.getStyleClass().add("text");
                setPrefHeight(Region.USE_COMPUTED_SIZE);
                setStyle("-fx-padding: 4 8 4 8;");
            }

            @Override
            protected void updateItem(String s, boolean empty) {
                super.updateItem(s, empty);
                text.setText(empty || s == null ? "" : s);
                setGraphic(empty ? null : text);
            }
        });
        return col;
    }
}
