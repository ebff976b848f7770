package id.tertib.ui.shell;

import id.tertib.ui.common.UiContext;

/**
 * The window title, signed in or not: "Tertib — kantor.db", and "— DEMO" on the demo office, so that a demo
 * database is never taken for the office's own, not even on the sign-in screen after signing out.
 */
final class WindowTitle {

    private WindowTitle() {
    }

    static String of(UiContext ctx, boolean demo) {
        return ctx.t("app.title") + " — " + ctx.tertib().databaseFile().getFileName()
                + (demo ? " — " + ctx.t("status.demo") : "");
    }
}
