package id.tertib.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataLocationTest {

    @Test
    void linuxUsesXdgDataHomeWhenSet() {
        assertThat(DataLocation.defaultFolder("Linux", Map.of("XDG_DATA_HOME", "/data/budi"), "/home/budi"))
                .isEqualTo(Path.of("/data/budi/tertib"));
    }

    @Test
    void linuxFallsBackToLocalShare() {
        assertThat(DataLocation.defaultFolder("Linux", Map.of(), "/home/budi"))
                .isEqualTo(Path.of("/home/budi/.local/share/tertib"));
        assertThat(DataLocation.defaultFolder("Linux", Map.of("XDG_DATA_HOME", "  "), "/home/budi"))
                .isEqualTo(Path.of("/home/budi/.local/share/tertib"));
    }

    @Test
    void windowsUsesAppData() {
        String appData = "C:\\Users\\budi\\AppData\\Roaming";
        Path folder = DataLocation.defaultFolder("Windows 11", Map.of("APPDATA", appData), "C:\\Users\\budi");

        assertThat(folder.getFileName()).hasToString("Tertib");
        assertThat(folder.getParent()).isEqualTo(Path.of(appData));
    }

    @Test
    void windowsWithoutAppDataUsesRoamingUnderHome() {
        Path folder = DataLocation.defaultFolder("Windows 10", Map.of(), "/home/budi");

        assertThat(folder).isEqualTo(Path.of("/home/budi", "AppData", "Roaming", "Tertib"));
    }

    @Test
    void macUsesApplicationSupport() {
        assertThat(DataLocation.defaultFolder("Mac OS X", Map.of("XDG_DATA_HOME", "/ignored"), "/Users/budi"))
                .isEqualTo(Path.of("/Users/budi/Library/Application Support/Tertib"));
    }

    @Test
    void theDatabaseFileIsTertibDb() {
        assertThat(DataLocation.defaultDatabase().getFileName()).hasToString("tertib.db");
    }
}
