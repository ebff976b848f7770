package id.tertib.io;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/** Reads every row of the first sheet of an XLSX workbook, with the sheet's own row numbers. */
final class XlsxSheetReader {

    private XlsxSheetReader() {
    }

    static SheetTable read(Path file) throws ImportException {
        List<SheetRow> rows = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile());
                Stream<Row> stream = workbook.getFirstSheet().openStream()) {
            stream.forEach(row -> rows.add(toRow(row)));
        } catch (IOException | RuntimeException e) {
            // The parser reports a damaged workbook with a range of unchecked exceptions (zip, XML,
            // missing parts); for the user they all mean the same thing.
            throw new ImportException(e, "import.unreadable", TableFiles.fileName(file));
        } catch (OutOfMemoryError e) {
            // A cell reference far beyond Excel's last column (XFD) makes the parser pad the row with hundreds of
            // millions of empty cells. The failed allocation leaves nothing behind, so the file is refused like
            // any other damaged workbook instead of ending the application.
            rows.clear();
            throw new ImportException(e, "import.unreadable", TableFiles.fileName(file));
        }
        return new SheetTable(rows, false);
    }

    private static SheetRow toRow(Row row) {
        List<SheetCell> cells = new ArrayList<>(row.getCellCount());
        for (int i = 0; i < row.getCellCount(); i++) {
            cells.add(toCell(row.getCell(i)));
        }
        return new SheetRow(row.getRowNum(), cells);
    }

    private static SheetCell toCell(Cell cell) {
        if (cell == null) {
            return SheetCell.EMPTY;
        }
        return switch (cell.getType()) {
            // The raw value, not a formatted double: no "1.0", no lost digits on the way.
            case NUMBER -> new SheetCell(plainNumber(cell.getRawValue()), true);
            // The value Excel cached when it last calculated; nothing is evaluated here.
            case FORMULA -> SheetCell.text(cell.getRawValue());
            case EMPTY -> SheetCell.EMPTY;
            default -> SheetCell.text(cell.getText());
        };
    }

    static String plainNumber(String raw) {
        if (raw == null) {
            return "";
        }
        try {
            BigDecimal n = new BigDecimal(raw.strip());
            if (n.scale() > 30 || n.precision() - n.scale() > 30) {
                return raw; // e.g. 1E+999999999 in a damaged file: printing it in full would fill the memory
            }
            return n.signum() == 0 ? "0" : n.stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return raw;
        }
    }
}
