package id.tertib.ui.common;

import java.util.List;

/**
 * One line of a small form dialog ({@link DialogService#askFields}): a text field, or an editable choice when
 * {@code choices} is not empty. A required field must not be blank for the dialog to be confirmed.
 */
public record FormField(String key, String label, String initial, List<String> choices, boolean required) {

    public FormField {
        initial = initial == null ? "" : initial;
        choices = List.copyOf(choices);
    }

    public static FormField text(String key, String label, String initial, boolean required) {
        return new FormField(key, label, initial, List.of(), required);
    }

    public static FormField choice(String key, String label, String initial, List<String> choices) {
        return new FormField(key, label, initial, choices, false);
    }
}
