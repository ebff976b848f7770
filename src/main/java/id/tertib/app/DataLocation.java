package id.tertib.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Where Tertib keeps its database when no {@code --db} is given: the user's data folder. */
public final class DataLocation {

    public static final String DB_FILE_NAME = "tertib.db";

    private DataLocation() {
    }

    /** Linux {@code ~/.local/share/tertib/}, Windows {@code %APPDATA%\Tertib\}, macOS Application Support. */
    public static Path defaultDatabase() {
        return defaultFolder(System.getProperty("os.name", ""), System.getenv(), System.getProperty("user.home"))
                .resolve(DB_FILE_NAME);
    }

    static Path defaultFolder(String osName, Map<String, String> env, String home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            return (appData != null ? Path.of(appData) : Path.of(home, "AppData", "Roaming")).resolve("Tertib");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", "Tertib");
        }
        String xdg = env.get("XDG_DATA_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(home, ".local", "share")).resolve("tertib");
    }
}
