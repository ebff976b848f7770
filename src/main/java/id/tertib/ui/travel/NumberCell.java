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
 * Dots, commas and spaces are ignored ("530.000" is 530000); an empty or unreadable field is null.
 */
final class NumberCell<S> extends TableCell<S, S> {

    private final TextField field = new TextField();
    private final java.text.NumberFormat format;
    private final Function<S, Long> read;
    private final BiConsumer<S, Long> write;
    private boolean showing;

    /** {@code locale} groups the thousands once the user leaves the field ("530.000"); null shows plain digits. */
    NumberCell(String styleId, String prompt, java.util.Locale locale, Function<S, Long> read,
            BiConsumer<S, Long> write, boolean editable) {
        this.format = locale == null ? null : java.text.NumberFormat.getIntegerInstance(locale);
        this.read = read;
        this.write = write;
        field.getStyleClass().addAll("travel-cell-input", styleId);
        field.setPromptText(prompt);
        field.setMaxWidth(Double.MAX_VALUE);
        field.setAlignment(Pos.CENTER_RIGHT);
        field.setEditable(editable);
        field.setFocusTraversable(editable);
        field.textProperty().addListener((o, a, text) -> {
            S row = getItem();
            if (!showing && row != null) {
                write.accept(row, parse(text));
            }
        });
        field.focusedProperty().addListener((o, was, now) -> {
            if (!now && getItem() != null) {
                show(read.apply(getItem()));
            }
        });
        setContentDisplay(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
        setStyle("-fx-padding: 2 4 2 4;");
    }

    static Long parse(String text) {
        String digits = text == null ? "" : text.replaceAll("[.,\\s]", "");
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
            show(value);
        }
        setGraphic(field);
    }

    private void show(Long value) {
        showing = true;
        field.setText(value == null ? "" : format == null ? String.valueOf(value) : format.format(value));
        showing = false;
    }
}
