package id.tertib.ui.travel;

import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.control.TableCell;
import javafx.scene.control.TextField;

/**
 * A whole number typed straight into a table row (days, rupiah), kept as typed: every keystroke updates the row, so
 * nothing is lost when the user clicks elsewhere without pressing Enter (which a stock editing cell would drop).
 * Dots and spaces are ignored ("530.000" is 530000); an empty or unreadable field is null.
 */
final class NumberCell<S> extends TableCell<S, S> {

    private final TextField field = new TextField();
    private final Function<S, Long> read;
    private final BiConsumer<S, Long> write;
    private boolean showing;

    NumberCell(String styleId, Function<S, Long> read, BiConsumer<S, Long> write, boolean editable) {
        this.read = read;
        this.write = write;
        field.getStyleClass().addAll("small", styleId);
        field.setAlignment(Pos.CENTER_RIGHT);
        field.setEditable(editable);
        field.setFocusTraversable(editable);
        field.textProperty().addListener((o, a, text) -> {
            S row = getItem();
            if (!showing && row != null) {
                write.accept(row, parse(text));
            }
        });
        setContentDisplay(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
    }

    static Long parse(String text) {
        String digits = text == null ? "" : text.replaceAll("[.\\s]", "");
        if (digits.isEmpty() || !digits.matches("\\d{1,15}")) {
            return null;
        }
        return Long.parseLong(digits);
    }

    @Override
    protected void updateItem(S row, boolean empty) {
        super.updateItem(row, empty);
        if (empty || row == null) {
            setGraphic(null);
            return;
        }
        Long value = read.apply(row);
        if (!Objects.equals(parse(field.getText()), value)) { // leave the text alone while it says the same
            showing = true;
            field.setText(value == null ? "" : String.valueOf(value));
            showing = false;
        }
        setGraphic(field);
    }
}
