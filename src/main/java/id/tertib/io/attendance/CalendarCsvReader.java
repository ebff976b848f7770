package id.tertib.io.attendance;

import id.tertib.io.CellText;
import id.tertib.io.Column;
import id.tertib.io.HeaderMap;
import id.tertib.io.ImportException;
import id.tertib.io.ReadResult;
import id.tertib.io.RowError;
import id.tertib.io.SheetCell;
import id.tertib.io.SheetRow;
import id.tertib.io.SheetTable;
import id.tertib.io.TableFiles;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a holiday calendar: {@code date,name,kind}, one holiday per row, as CSV (or XLSX, which the same
 * table reading gives for free). The date is ISO ({@code 2025-08-17}) or {@code dd/MM/yyyy} (also with "-"),
 * or an Excel date cell; the kind is "libur nasional"/"nasional"/"national" ({@link HolidayRow#NATIONAL}) or
 * "cuti bersama" ({@link HolidayRow#CUTI_BERSAMA}), in any case and with "_" or "-" for the space. Indonesian
 * headers (tanggal, nama/keterangan, jenis) are understood as well. A date listed twice is returned twice;
 * whether that is a mistake is for the caller.
 */
public final class CalendarCsvReader {

    static final List<Column> COLUMNS = List.of(
            Column.required("date", "tanggal", "tgl"),
            Column.required("name", "nama", "keterangan", "nama libur", "description"),
            Column.required("kind", "jenis", "type", "kategori", "jenis libur"));

    private static final List<DateTimeFormatter> DATE_FORMATS =
            DateTimes.formatters(List.of("yyyy-MM-dd", "dd/MM/yyyy", "dd-MM-yyyy"));

    public ReadResult<HolidayRow> read(Path file) throws ImportException {
        String fileName = TableFiles.fileName(file);
        SheetTable table = TableFiles.read(file, COLUMNS);
        HeaderMap header = HeaderMap.locate(table.rows(), COLUMNS, fileName);
        List<SheetRow> body = table.rows().subList(header.rowIndex() + 1, table.rows().size());
        if (body.stream().allMatch(SheetRow::isBlank)) {
            throw new ImportException("import.empty", fileName);
        }
        Map<String, Integer> index = header.indexByColumn();
        Map<String, String> headers = new HashMap<>();
        index.forEach((column, i) -> headers.put(column, header.headerAt(i)));
        int width = header.headers().size();
        List<HolidayRow> rows = new ArrayList<>();
        List<RowError> errors = new ArrayList<>();
        for (SheetRow row : body) {
            if (row.isBlank()) {
                continue;
            }
            if (table.fixedWidth() && row.cells().size() != width) {
                errors.add(new RowError(row.number(), null, "import.fieldCount", List.of(width, row.cells().size())));
                continue;
            }
            int before = errors.size();
            SheetCell dateCell = cell(row, index.get("date"));
            String dateText = CellText.clean(dateCell.text());
            String name = CellText.clean(cell(row, index.get("name")).text());
            String kindText = CellText.clean(cell(row, index.get("kind")).text());
            LocalDate date = null;
            if (dateText.isEmpty()) {
                errors.add(error(row, headers.get("date"), "attendance.missingValue", headers.get("date")));
            } else {
                date = dateCell.number() ? DateTimes.dateFromSerial(dateText)
                        : DateTimes.parseDate(dateText, DATE_FORMATS);
                if (date == null) {
                    errors.add(error(row, headers.get("date"), "attendance.badDate", AttlogReader.shorten(dateText)));
                }
            }
            if (name.isEmpty()) {
                errors.add(error(row, headers.get("name"), "attendance.missingValue", headers.get("name")));
            }
            String kind = null;
            if (kindText.isEmpty()) {
                errors.add(error(row, headers.get("kind"), "attendance.missingValue", headers.get("kind")));
            } else {
                kind = kind(kindText);
                if (kind == null) {
                    errors.add(error(row, headers.get("kind"), "attendance.badHolidayKind",
                            AttlogReader.shorten(kindText)));
                }
            }
            if (errors.size() == before) {
                rows.add(new HolidayRow(row.number(), date, name, kind));
            }
        }
        return new ReadResult<>(rows, errors, headers);
    }

    /** NATIONAL, CUTI_BERSAMA, or null for a kind we do not know. */
    static String kind(String text) {
        String k = text.toLowerCase(Locale.ROOT).replace('_', ' ').replace('-', ' ').replaceAll("\\s+", " ").strip();
        return switch (k) {
            case "libur nasional", "nasional", "national", "national holiday" -> HolidayRow.NATIONAL;
            case "cuti bersama" -> HolidayRow.CUTI_BERSAMA;
            default -> null;
        };
    }

    private static SheetCell cell(SheetRow row, int index) {
        return index < row.cells().size() ? row.cells().get(index) : SheetCell.EMPTY;
    }

    private static RowError error(SheetRow row, String column, String key, Object arg) {
        return new RowError(row.number(), column, key, java.util.Arrays.asList(arg));
    }
}
