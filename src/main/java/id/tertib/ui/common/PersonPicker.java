package id.tertib.ui.common;

import id.tertib.domain.Employee;
import javafx.scene.control.ComboBox;
import javafx.util.StringConverter;
import org.controlsfx.control.SearchableComboBox;

/** A person picker that finds by typing part of a name or NIP ("Budi", "1986"). */
public final class PersonPicker {

    private PersonPicker() {
    }

    public static ComboBox<Employee> picker(String id, String prompt) {
        SearchableComboBox<Employee> box = new SearchableComboBox<>();
        box.setId(id);
        box.setPromptText(prompt);
        box.setMaxWidth(Double.MAX_VALUE);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(Employee e) {
                return e == null ? "" : e.name().full() + " — " + e.numberGrouped();
            }

            @Override
            public Employee fromString(String s) {
                return box.getItems().stream().filter(e -> toString(e).equals(s)).findFirst().orElse(null);
            }
        });
        return box;
    }
}
