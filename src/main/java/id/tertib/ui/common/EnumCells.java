package id.tertib.ui.common;

import id.tertib.app.I18n;
import javafx.scene.control.ComboBox;
import javafx.util.StringConverter;

/** Shows enum constants in combo boxes by their translated labels ("Laki-laki", "Fungsional", ...). */
public final class EnumCells {

    private EnumCells() {
    }

    public static <E extends Enum<E>> void use(ComboBox<E> box, I18n i18n) {
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(E value) {
                return i18n.label(value);
            }

            @Override
            public E fromString(String s) {
                return null;
            }
        });
    }
}
