package id.tertib.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** Writes test input files the way office software would. */
final class Fixtures {

    static final String NIP = "198609262015051001";
    static final String NIP2 = "199001012019032002";

    private Fixtures() {
    }

    static Path text(Path dir, String name, String content, Charset charset) throws IOException {
        return Files.write(dir.resolve(name), content.getBytes(charset));
    }

    static Path bytes(Path dir, String name, byte[]... parts) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            for (byte[] part : parts) {
                out.write(part);
            }
        }
        return file;
    }

    /** A one-sheet workbook; each cell value is written with its own type (String, Number, ...). */
    static Path xlsx(Path dir, String name, int firstRow, List<List<Object>> rows) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file); Workbook wb = new Workbook(out, "Tertib test", "1.0")) {
            Worksheet ws = wb.newWorksheet("Pegawai");
            for (int r = 0; r < rows.size(); r++) {
                List<Object> row = rows.get(r);
                for (int c = 0; c < row.size(); c++) {
                    Object v = row.get(c);
                    if (v instanceof Number n) {
                        ws.value(firstRow + r, c, n);
                    } else if (v != null) {
                        ws.value(firstRow + r, c, v.toString());
                    }
                }
            }
        }
        return file;
    }
}
