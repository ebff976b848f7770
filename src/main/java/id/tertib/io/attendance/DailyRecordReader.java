package id.tertib.io.attendance;

import id.tertib.io.CellText;
import id.tertib.io.Column;
import id.tertib.io.HeaderFields;
import id.tertib.io.HeaderMap;
import id.tertib.io.ImportException;
import id.tertib.io.ReadResult;
import id.tertib.io.RowError;
import id.tertib.io.SheetCell;
import id.tertib.io.SheetRow;
import id.tertib.io.SheetTable;
import id.tertib.io.TableFiles;
import id.tertib.io.TableImporter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Reads daily attendance records kept by another system: {@code nip,date,code} and optionally
 * {@code arrival,departure,late_minutes,early_minutes,note}, one person and day per row, as CSV or XLSX. Indonesian
 * headers work too (tanggal, kode, jam masuk, jam pulang, menit terlambat, menit pulang cepat, keterangan). Dates are
 * ISO or dd/MM/yyyy (also with "-") or Excel dates; times HH:mm or HH:mm:ss (also with "."), or Excel times.
 *
 * <p>Only what a file can get wrong is checked here (unreadable dates, times and minutes, a departure before the
 * arrival, a NIP stored as a number); whether the NIP, the code and the date mean something is for the use case.
 */
public final class DailyRecordReader {

    /** A day has 1,440 minutes; more late or early minutes than that is a typing error. */
    static final int MAX_MINUTES = 24 * 60;
    /** The note column of a stored day. */
    static final int MAX_NOTE = 1000;

    static final List<Column> COLUMNS = List.of(
            Column.required("nip", "ni pppk", "nip/ni", "nomor induk"),
            Column.required("date", "tanggal", "tgl"),
            Column.required("code", "kode", "kode kehadiran", "keterangan kehadiran"),
            Column.optional("arrival", "jam masuk", "masuk", "datang"),
            Column.optional("departure", "jam pulang", "pulang"),
            Column.optional("late_minutes", "menit terlambat", "terlambat", "tl"),
            Column.optional("early_minutes", "menit pulang cepat", "pulang cepat", "psw"),
            Column.optional("note", "keterangan", "catatan"));

    private static final List<DateTimeFormatter> DATE_FORMATS =
            DateTimes.formatters(List.of("yyyy-MM-dd", "dd/MM/yyyy", "dd-MM-yyyy", "d/M/yyyy"));
    private static final List<DateTimeFormatter> TIME_FORMATS =
            DateTimes.formatters(List.of("H:mm", "H:mm:ss", "H.mm", "H.mm.ss"));

    public ReadResult<DailyRecordRow> read(Path file) throws ImportException {
        String fileName = TableFiles.fileName(file);
        SheetTable table = TableFiles.read(file, COLUMNS);
        HeaderMap header = HeaderMap.locate(table.rows(), COLUMNS, fileName);
        List<SheetRow> body = table.rows().subList(header.rowIndex() + 1, table.rows().size());
        if (body.stream().allMatch(SheetRow::isBlank)) {
            throw new ImportException("import.empty", fileName);
        }
        HeaderFields fields = HeaderFields.of(header);
        int width = header.headers().size();
        List<DailyRecordRow> rows = new ArrayList<>();
        List<RowError> errors = new ArrayList<>();
        for (SheetRow row : body) {
            if (row.isBlank()) {
                continue;
            }
            if (table.fixedWidth() && row.cells().size() != width) {
                errors.add(new RowError(row.number(), null, "import.fieldCount", List.of(width, row.cells().size())));
                continue;
            }
            DailyRecordRow read = row(row, fields, errors);
            if (read != null) {
                rows.add(read);
            }
        }
        return new ReadResult<>(rows, errors, fields.headers());
    }

    /** The record of one row, or null after adding its problems to {@code errors}. */
    private static DailyRecordRow row(SheetRow row, HeaderFields f, List<RowError> errors) {
        int before = errors.size();
        SheetCell nipCell = f.cell(row, "nip");
        String nip = CellText.clean(nipCell.text()).replaceAll("\\s+", "");
        if (nip.isEmpty()) {
            errors.add(error(row, f.header("nip"), "attendance.missingValue", f.header("nip")));
        } else if (TableImporter.isNipAsNumber(nipCell)) {
            errors.add(error(row, f.header("nip"), "import.nipAsNumber", f.header("nip")));
        }
        LocalDate date = date(row, f, errors);
        String code = f.text(row, "code");
        if (code.isEmpty()) {
            errors.add(error(row, f.header("code"), "attendance.missingValue", f.header("code")));
        }
        Optional<LocalTime> arrival = time(row, f, "arrival", errors);
        Optional<LocalTime> departure = time(row, f, "departure", errors);
        if (arrival != null && departure != null && arrival.isPresent() && departure.isPresent()
                && departure.get().isBefore(arrival.get())) {
            errors.add(new RowError(row.number(), f.header("departure"), "attendance.departureBeforeArrival",
                    List.of(departure.get(), arrival.get())));
        }
        int late = minutes(row, f, "late_minutes", errors);
        int early = minutes(row, f, "early_minutes", errors);
        String note = f.text(row, "note");
        if (note.length() > MAX_NOTE) {
            errors.add(new RowError(row.number(), f.header("note"), "import.fieldTooLong",
                    List.of(f.header("note"), MAX_NOTE)));
        }
        if (errors.size() > before) {
            return null;
        }
        return new DailyRecordRow(row.number(), nip, date, code, arrival, departure, late, early, note);
    }

    private static LocalDate date(SheetRow row, HeaderFields f, List<RowError> errors) {
        SheetCell cell = f.cell(row, "date");
        String text = CellText.clean(cell.text());
        String column = f.header("date");
        if (text.isEmpty()) {
            errors.add(error(row, column, "attendance.missingValue", column));
            return null;
        }
        LocalDate date = cell.number() ? DateTimes.dateFromSerial(text) : DateTimes.parseDate(text, DATE_FORMATS);
        if (date == null) {
            errors.add(error(row, column, "attendance.badDate", AttlogReader.shorten(text)));
        }
        return date;
    }

    /** Empty when the column is absent or blank; null after reporting an unreadable time. */
    private static Optional<LocalTime> time(SheetRow row, HeaderFields f, String name, List<RowError> errors) {
        SheetCell cell = f.cell(row, name);
        String text = CellText.clean(cell.text());
        if (text.isEmpty()) {
            return Optional.empty();
        }
        LocalTime time = cell.number() ? DateTimes.timeFromSerial(text) : DateTimes.parseTime(text, TIME_FORMATS);
        if (time == null) {
            errors.add(error(row, f.header(name), "attendance.badTime", AttlogReader.shorten(text)));
            return null;
        }
        return Optional.of(time);
    }

    /** 0 when the column is absent or blank. */
    private static int minutes(SheetRow row, HeaderFields f, String name, List<RowError> errors) {
        String text = f.text(row, name);
        if (text.isEmpty()) {
            return 0;
        }
        try {
            int n = Integer.parseInt(text.endsWith(".0") ? text.substring(0, text.length() - 2) : text);
            if (n >= 0 && n <= MAX_MINUTES) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(new RowError(row.number(), f.header(name), "attendance.badMinutes",
                List.of(AttlogReader.shorten(text), MAX_MINUTES)));
        return 0;
    }

    private static RowError error(SheetRow row, String column, String key, Object arg) {
        return new RowError(row.number(), column, key, Arrays.asList(arg));
    }
}
