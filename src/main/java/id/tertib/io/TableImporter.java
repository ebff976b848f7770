package id.tertib.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Turns the rows of a file into typed rows: finds the header, then checks each row for what a file
 * can get wrong (field count, overlong text, a NIP stored as a number). Content rules (is this a valid
 * NIP, a known unit) belong to the domain, not here.
 */
public final class TableImporter<T> {

    static final int MAX_FIELD_LENGTH = 1000;
    /** Excel keeps 15 significant digits of a number; an 18-digit NIP stored as a number has lost its tail. */
    private static final int MAX_EXACT_DIGITS = 15;
    /** 1.98609E+17 or, with an Indonesian decimal comma, 1,98609E+17: how Excel shows such a number. */
    private static final Pattern SCIENTIFIC = Pattern.compile("[+-]?\\d+([.,]\\d+)?[eE][+-]?\\d+");

    private final List<Column> columns;
    private final String nipColumn;
    private final Function<Fields, T> factory;

    TableImporter(List<Column> columns, String nipColumn, Function<Fields, T> factory) {
        this.columns = List.copyOf(columns);
        this.nipColumn = nipColumn;
        this.factory = factory;
    }

    ReadResult<T> read(Path file) throws ImportException {
        String fileName = TableFiles.fileName(file);
        SheetTable table = TableFiles.read(file, columns);
        HeaderMap header = HeaderMap.locate(table.rows(), columns, fileName);
        List<SheetRow> body = table.rows().subList(header.rowIndex() + 1, table.rows().size());
        if (body.stream().allMatch(SheetRow::isBlank)) {
            throw new ImportException("import.empty", fileName);
        }
        List<T> rows = new ArrayList<>();
        List<RowError> errors = new ArrayList<>();
        for (SheetRow row : body) {
            if (row.isBlank()) {
                continue;
            }
            List<RowError> rowErrors = check(row, header, table.fixedWidth());
            if (rowErrors.isEmpty()) {
                rows.add(factory.apply(fields(row, header)));
            } else {
                errors.addAll(rowErrors);
            }
        }
        Map<String, String> headers = new java.util.HashMap<>();
        header.indexByColumn().forEach((column, index) -> headers.put(column, header.headerAt(index)));
        return new ReadResult<>(rows, errors, headers);
    }

    private List<RowError> check(SheetRow row, HeaderMap header, boolean fixedWidth) {
        List<RowError> errors = new ArrayList<>();
        int expected = header.headers().size();
        if (fixedWidth && row.cells().size() != expected) {
            errors.add(RowError.of(row.number(), null, "import.fieldCount", expected, row.cells().size()));
        }
        for (int i = 0; i < row.cells().size(); i++) {
            if (CellText.clean(row.text(i)).length() > MAX_FIELD_LENGTH) {
                String column = header.headerAt(i);
                Object label = column == null ? (Object) (i + 1) : column;
                errors.add(RowError.of(row.number(), column, "import.fieldTooLong", label, MAX_FIELD_LENGTH));
            }
        }
        Integer nipIndex = nipColumn == null ? null : header.indexByColumn().get(nipColumn);
        if (nipIndex != null && nipIndex < row.cells().size() && isNipAsNumber(row.cells().get(nipIndex))) {
            String column = header.headerAt(nipIndex);
            errors.add(RowError.of(row.number(), column, "import.nipAsNumber", column));
        }
        return errors;
    }

    public static boolean isNipAsNumber(SheetCell cell) {
        String text = CellText.clean(cell.text());
        if (SCIENTIFIC.matcher(text).matches()) {
            return true;
        }
        int digits = (int) text.chars().takeWhile(c -> c != '.').filter(Character::isDigit).count();
        return cell.number() && digits > MAX_EXACT_DIGITS;
    }

    private static Fields fields(SheetRow row, HeaderMap header) {
        return new Fields(row.number(), row, header.indexByColumn());
    }

    /** The cleaned text of the expected columns of one row. */
    record Fields(int row, SheetRow sheetRow, Map<String, Integer> indexByColumn) {

        /** Cleaned cell text, "" when the column is absent or the cell empty. */
        String get(String column) {
            Integer index = indexByColumn.get(column);
            return index == null ? "" : CellText.clean(sheetRow.text(index));
        }
    }
}
