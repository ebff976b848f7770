package id.tertib.io.attendance;

import id.tertib.domain.attendance.PersonKey;
import id.tertib.domain.attendance.PunchMapping;
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
import id.tertib.io.TableImporter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads punches from a CSV or XLSX export (Fingerspot/Revo and others) through a {@link PunchMapping}.
 * The header is the first of the top rows that names the mapped columns (a title above it is fine); a mapped
 * column the file lacks makes the whole file fail. Each bad row is reported and left out; the others are
 * returned in file order, duplicates included. Table exports carry no device status, verify mode or work
 * code in a form we rely on, so those fields of each {@link Punch} are "".
 *
 * <p>{@link ReadResult#headers()} maps "person", and "datetime" or "date" and "time", to the headers as
 * written in the file.
 */
public final class PunchTableReader {

    public static final String PERSON = "person";
    public static final String DATE_TIME = "datetime";
    public static final String DATE = "date";
    public static final String TIME = "time";

    private final PunchMapping mapping;
    private final List<DateTimeFormatter> dateTimeFormats;
    private final List<DateTimeFormatter> dateFormats;
    private final List<DateTimeFormatter> timeFormats;

    public PunchTableReader(PunchMapping mapping) {
        this.mapping = java.util.Objects.requireNonNull(mapping, "mapping");
        this.dateTimeFormats = DateTimes.formatters(mapping.dateTimePatterns());
        this.dateFormats = DateTimes.formatters(mapping.datePatterns());
        this.timeFormats = DateTimes.formatters(mapping.timePatterns());
    }

    /** The headers of the file's first non-blank row, for a person to map the columns once. */
    public static List<String> headers(Path file) throws ImportException {
        SheetTable table = TableFiles.read(file, List.of());
        return table.rows().stream().filter(r -> !r.isBlank()).findFirst()
                .map(r -> r.cells().stream().map(c -> CellText.clean(c.text())).filter(t -> !t.isEmpty()).toList())
                .orElseThrow(() -> new ImportException("import.empty", TableFiles.fileName(file)));
    }

    public ReadResult<Punch> read(Path file) throws ImportException {
        String fileName = TableFiles.fileName(file);
        // Canonical name -> the header the user mapped; Column matches it loosely (case, spaces, "_").
        Map<String, String> mapped = new java.util.LinkedHashMap<>();
        mapped.put(PERSON, mapping.personHeader());
        if (mapping.splitDateTime()) {
            mapped.put(DATE, mapping.dateHeader());
            mapped.put(TIME, mapping.timeHeader());
        } else {
            mapped.put(DATE_TIME, mapping.dateTimeHeader());
        }
        List<Column> columns = mapped.values().stream().distinct().map(h -> Column.required(h.strip())).toList();
        SheetTable table = TableFiles.read(file, columns);
        HeaderMap header = HeaderMap.locate(table.rows(), columns, fileName);
        Map<String, Integer> index = new HashMap<>();
        Map<String, String> headers = new HashMap<>();
        mapped.forEach((canonical, userHeader) -> {
            int i = header.indexByColumn().get(userHeader.strip());
            index.put(canonical, i);
            headers.put(canonical, header.headerAt(i));
        });
        List<SheetRow> body = table.rows().subList(header.rowIndex() + 1, table.rows().size());
        if (body.stream().allMatch(SheetRow::isBlank)) {
            throw new ImportException("import.empty", fileName);
        }
        List<Punch> punches = new ArrayList<>();
        List<RowError> errors = new ArrayList<>();
        int width = header.headers().size();
        for (SheetRow row : body) {
            if (row.isBlank()) {
                continue;
            }
            if (table.fixedWidth() && row.cells().size() != width) {
                // A CSV line split wrongly (a delimiter in an unquoted field): its columns cannot be trusted.
                errors.add(new RowError(row.number(), null, "import.fieldCount", List.of(width, row.cells().size())));
                continue;
            }
            Punch punch = punch(row, index, headers, errors);
            if (punch != null) {
                punches.add(punch);
            }
        }
        return new ReadResult<>(punches, errors, headers);
    }

    /** The punch of one row, or null after adding the row's problems to {@code errors}. */
    private Punch punch(SheetRow row, Map<String, Integer> index, Map<String, String> headers,
            List<RowError> errors) {
        int before = errors.size();
        SheetCell personCell = cell(row, index.get(PERSON));
        String person = CellText.clean(personCell.text());
        String personHeader = headers.get(PERSON);
        if (person.isEmpty()) {
            errors.add(error(row, personHeader, "attendance.missingValue", personHeader));
        } else if (mapping.personKey() == PersonKey.NIP && TableImporter.isNipAsNumber(personCell)) {
            errors.add(error(row, personHeader, "import.nipAsNumber", personHeader));
        } else if (person.length() > AttlogReader.MAX_PIN_LENGTH) {
            errors.add(error(row, personHeader, "attendance.badPin", AttlogReader.shorten(person)));
        }
        LocalDateTime at = mapping.splitDateTime() ? splitDateTime(row, index, headers, errors)
                : dateTime(row, index, headers, errors);
        if (errors.size() > before) {
            return null;
        }
        return new Punch(row.number(), person, at, "", "", "");
    }

    private LocalDateTime dateTime(SheetRow row, Map<String, Integer> index, Map<String, String> headers,
            List<RowError> errors) {
        SheetCell cell = cell(row, index.get(DATE_TIME));
        String column = headers.get(DATE_TIME);
        String text = CellText.clean(cell.text());
        if (text.isEmpty()) {
            errors.add(error(row, column, "attendance.missingValue", column));
            return null;
        }
        LocalDateTime at = cell.number() ? DateTimes.fromSerial(text) : DateTimes.parseDateTime(text, dateTimeFormats);
        if (at == null) {
            errors.add(error(row, column, "attendance.badDateTime", AttlogReader.shorten(text)));
        }
        return at;
    }

    private LocalDateTime splitDateTime(SheetRow row, Map<String, Integer> index, Map<String, String> headers,
            List<RowError> errors) {
        SheetCell dateCell = cell(row, index.get(DATE));
        SheetCell timeCell = cell(row, index.get(TIME));
        String dateColumn = headers.get(DATE);
        String timeColumn = headers.get(TIME);
        String dateText = CellText.clean(dateCell.text());
        String timeText = CellText.clean(timeCell.text());
        LocalDate date = null;
        LocalTime time = null;
        if (dateText.isEmpty()) {
            errors.add(error(row, dateColumn, "attendance.missingValue", dateColumn));
        } else {
            date = dateCell.number() ? DateTimes.dateFromSerial(dateText) : DateTimes.parseDate(dateText, dateFormats);
            if (date == null) {
                errors.add(error(row, dateColumn, "attendance.badDate", AttlogReader.shorten(dateText)));
            }
        }
        if (timeText.isEmpty()) {
            errors.add(error(row, timeColumn, "attendance.missingValue", timeColumn));
        } else {
            time = timeCell.number() ? DateTimes.timeFromSerial(timeText) : DateTimes.parseTime(timeText, timeFormats);
            if (time == null) {
                errors.add(error(row, timeColumn, "attendance.badTime", AttlogReader.shorten(timeText)));
            }
        }
        return date == null || time == null ? null : date.atTime(time);
    }

    private static SheetCell cell(SheetRow row, int index) {
        return index < row.cells().size() ? row.cells().get(index) : SheetCell.EMPTY;
    }

    private static RowError error(SheetRow row, String column, String key, Object arg) {
        return new RowError(row.number(), column, key, java.util.Arrays.asList(arg));
    }
}
