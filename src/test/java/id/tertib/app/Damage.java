package id.tertib.app;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Real damage to a closed SQLite file, the kind a failing disk or a power cut leaves behind. */
public final class Damage {

    private Damage() {
    }

    /**
     * Overwrites the cell pointers of a table leaf page in the second half of the file, so they point into
     * the middle of other cells: {@code PRAGMA quick_check} reports the page. (Zeroing bytes in a page's free
     * space, by contrast, passes quick_check, so the damage is aimed.) Returns the page number.
     */
    public static int breakTablePage(Path db) throws IOException {
        byte[] bytes = Files.readAllBytes(db);
        int pageSize = ((bytes[16] & 0xff) << 8) | (bytes[17] & 0xff);
        pageSize = pageSize == 1 ? 65536 : pageSize;
        int pages = bytes.length / pageSize;
        for (int i = 0; i < pages - 1; i++) {
            int page = 2 + (pages / 2 + i) % (pages - 1); // start in the middle, skip page 1 (the schema)
            int offset = (page - 1) * pageSize;
            int cells = ((bytes[offset + 3] & 0xff) << 8) | (bytes[offset + 4] & 0xff);
            if (bytes[offset] == 0x0d && cells > 0) {
                try (RandomAccessFile f = new RandomAccessFile(db.toFile(), "rw")) {
                    f.seek(offset + 8);
                    for (int c = 0; c < Math.min(cells, 4); c++) {
                        f.write(0x0f);
                        f.write(0xf0);
                    }
                }
                return page;
            }
        }
        throw new IllegalStateException("no table leaf page with cells in " + db);
    }

    /** What {@code PRAGMA quick_check} says about the file, or the error SQLite raised while checking it. */
    public static String quickCheck(Path db) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db.toAbsolutePath());
                Statement s = c.createStatement(); ResultSet r = s.executeQuery("PRAGMA quick_check")) {
            StringBuilder out = new StringBuilder();
            while (r.next()) {
                out.append(out.length() == 0 ? "" : "\n").append(r.getString(1));
            }
            return out.toString();
        } catch (SQLException e) {
            return "error: " + e.getMessage();
        }
    }
}
