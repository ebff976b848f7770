package id.tertib.ui.attendance;

import id.tertib.app.I18n;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** A month to look at: previous and next buttons around a month and a year to pick. */
final class MonthChooser extends HBox {

    private final ObjectProperty<YearMonth> value = new SimpleObjectProperty<>();
    private final ComboBox<Month> month = new ComboBox<>();
    private final ComboBox<Integer> year = new ComboBox<>();
    private boolean showing;

    MonthChooser(I18n i18n, YearMonth initial) {
        super(4);
        setAlignment(Pos.CENTER_LEFT);
        Button previous = new Button(null, new FontIcon(Feather.CHEVRON_LEFT));
        previous.setId("attendance-previous");
        previous.setTooltip(new Tooltip(i18n.get("attendance.grid.previousMonth")));
        previous.setOnAction(e -> value.set(value.get().minusMonths(1)));
        Button next = new Button(null, new FontIcon(Feather.CHEVRON_RIGHT));
        next.setId("attendance-next");
        next.setTooltip(new Tooltip(i18n.get("attendance.grid.nextMonth")));
        next.setOnAction(e -> value.set(value.get().plusMonths(1)));
        month.setId("attendance-month");
        month.getItems().setAll(Month.values());
        StringConverter<Month> names = new StringConverter<>() {
            @Override
            public String toString(Month m) {
                return m == null ? "" : m.getDisplayName(TextStyle.FULL, i18n.locale());
            }

            @Override
            public Month fromString(String s) {
                return null;
            }
        };
        month.setConverter(names);
        month.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(Month m, boolean empty) {
                super.updateItem(m, empty);
                setText(empty ? null : names.toString(m));
            }
        });
        month.setPrefWidth(140);
        year.setId("attendance-year");
        year.setPrefWidth(96);
        // In a narrow window the unit's name gives way, not the month and year ("Dese…", "…" say nothing).
        month.setMinWidth(USE_PREF_SIZE);
        year.setMinWidth(USE_PREF_SIZE);
        for (int y = initial.getYear() - 6; y <= initial.getYear() + 1; y++) {
            year.getItems().add(y);
        }
        month.valueProperty().addListener((o, a, b) -> picked());
        year.valueProperty().addListener((o, a, b) -> picked());
        value.addListener((o, a, b) -> show(b));
        value.set(initial);
        getChildren().addAll(previous, month, year, next);
    }

    ObjectProperty<YearMonth> valueProperty() {
        return value;
    }

    private void picked() {
        if (!showing && month.getValue() != null && year.getValue() != null) {
            value.set(YearMonth.of(year.getValue(), month.getValue()));
        }
    }

    private void show(YearMonth m) {
        showing = true;
        try {
            if (!year.getItems().contains(m.getYear())) {
                year.getItems().add(m.getYear());
                year.getItems().sort(Integer::compare);
            }
            year.setValue(m.getYear());
            month.setValue(m.getMonth());
        } finally {
            showing = false;
        }
    }
}
