package id.tertib.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Opens an input file by its extension and returns its rows. */
public final class TableFiles {

    /** Far above any office's employee list; stops a wrongly chosen file from filling the memory. */
    public static final long MAX_BYTES = 20L * 1024 * 1024;

    private TableFiles() {
    }

    public static SheetTable read(Path file, List<Column> columns) throws ImportException {
        String name = fileName(file);
        String lower = name.toLowerCase(Locale.ROOT);
        boolean csv = lower.endsWith(".csv");
        if (!csv && !lower.endsWith(".xlsx")) {
            throw new ImportException("import.unsupportedFormat", name);
        }
        if (!Files.isRegularFile(file)) {
            throw new ImportException("import.notFound", file.toAbsolutePath());
        }
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new ImportException(e, "import.unreadable", name);
        }
        if (size == 0) {
            throw new ImportException("import.empty", name);
        }
        if (size > MAX_BYTES) {
            throw new ImportException("import.tooLarge", name, MAX_BYTES / (1024 * 1024));
        }
        return csv ? CsvSheetReader.read(file, columns) : XlsxSheetReader.read(file);
    }

    public static String fileName(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }
}
