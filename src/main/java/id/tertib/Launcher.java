package id.tertib;

import id.tertib.cli.Cli;
import id.tertib.ui.TertibApp;

/**
 * The one entry point of tertib.jar: with a command it runs the CLI, without one it opens the window.
 * A plain class (not an Application subclass) so classpath launches and jpackage both work.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        Cli.GuiRequest gui = Cli.guiRequest(args);
        if (gui == null) {
            System.exit(Cli.run(args));
        }
        TertibApp.start(gui.db(), gui.lang(), gui.user());
    }
}
