package id.tertib.app;

import java.util.Locale;

/** User-facing settings kept in the database. */
public final class SettingsService {

    static final String LANGUAGE = "ui.language";
    static final String DEMO = "demo.office";

    private final Transactions tx;

    SettingsService(Transactions tx) {
        this.tx = tx;
    }

    /** The interface language: Indonesian unless English was chosen. */
    public Locale language() {
        // Read before anyone signs in: the sign-in form itself speaks this language.
        return tx.beforeSignIn(t -> t.settings().get(LANGUAGE)).map(Locale::forLanguageTag)
                .orElse(I18n.INDONESIAN);
    }

    public void setLanguage(Locale locale) {
        tx.write(t -> {
            t.settings().put(LANGUAGE, locale.toLanguageTag());
            return null;
        });
    }

    /** True when the database was filled by the demo office generator. */
    public boolean isDemo() {
        return tx.beforeSignIn(t -> t.settings().get(DEMO)).isPresent();
    }
}
