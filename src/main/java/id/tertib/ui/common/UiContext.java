package id.tertib.ui.common;

import id.tertib.app.AppException;
import id.tertib.app.I18n;
import id.tertib.app.Tertib;
import java.util.stream.Collectors;

/** What every screen needs: the use cases, the language, dialogs and the background worker. */
public record UiContext(Tertib tertib, I18n i18n, DialogService dialogs, TaskExecutor tasks) {

    public String t(String key, Object... args) {
        return i18n.get(key, args);
    }

    /** Shows a failure as a dialog with a readable message; never a stack trace. */
    public void showFailure(String titleKey, Throwable error) {
        dialogs.error(t(titleKey), describe(error));
    }

    public String describe(Throwable error) {
        if (error instanceof AppException app) {
            return app.problems().stream().map(i18n::text).collect(Collectors.joining("\n"));
        }
        if (error instanceof id.tertib.domain.DomainException bad) {
            // A value the screen built from what was typed, refused before it reached a use case.
            return bad.problems().stream().map(i18n::text).collect(Collectors.joining("\n"));
        }
        System.getLogger("tertib").log(System.Logger.Level.ERROR, "unexpected failure", error);
        return t("error.unexpected", error.getClass().getSimpleName());
    }
}
