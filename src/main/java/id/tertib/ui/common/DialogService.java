package id.tertib.ui.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every dialog the screens open goes through here, so tests can stand in for the user. */
public interface DialogService {

    void error(String title, String message);

    void info(String title, String message);

    boolean confirm(String title, String message);

    /** Asks for a file to read; {@code extensions} like "*.csv". */
    Optional<Path> chooseFile(String title, String filterName, String... extensions);

    /** Asks for a file to write, suggesting {@code initialName}; the chooser itself asks before replacing one. */
    Optional<Path> chooseSaveFile(String title, String initialName, String filterName, String... extensions);

    /**
     * Asks for a few short texts (a reason, a code and a note): the answers by {@link FormField#key()}, every field
     * present, or empty when the user cancels.
     */
    Optional<Map<String, String>> askFields(String title, String message, List<FormField> fields);

    /**
     * Lets the user edit a longer text (a draft letter) and returns the edited text, or empty when cancelled.
     */
    Optional<String> editText(String title, String text);

    /** Called when the user switches language, for the dialogs' own button texts. */
    default void useLanguage(id.tertib.app.I18n i18n) {
    }
}
