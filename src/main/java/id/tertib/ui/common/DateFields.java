package id.tertib.ui.common;

import id.tertib.app.I18n;
import java.time.LocalDate;
import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;

/** Date pickers that show and read Indonesian dates ("23 Nov 2026", also typed as "23/11/2026"). */
public final class DateFields {

    private DateFields() {
    }

    public static DatePicker picker(String id, I18n i18n) {
        DatePicker picker = new DatePicker();
        picker.setId(id);
        picker.setConverter(converter(i18n));
        return picker;
    }

    public static StringConverter<LocalDate> converter(I18n i18n) {
        return new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return i18n.date(date);
            }

            @Override
            public LocalDate fromString(String s) {
                return i18n.parseDate(s).orElse(null);
            }
        };
    }
}
