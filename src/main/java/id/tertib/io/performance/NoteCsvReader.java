package id.tertib.io.performance;

import id.tertib.domain.performance.CoreValue;
import id.tertib.domain.performance.NoteKind;
import id.tertib.domain.performance.PerformanceNote;
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
import id.tertib.io.attendance.DateTimes;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the file of {@code tertib notes import}: {@code nip,date,kind,values,text,author}, as CSV (comma, semicolon or
 * tab) or XLSX, headers in any order and in Indonesian too (tanggal, jenis, nilai, catatan, penulis). {@code values}
 * holds BerAKHLAK values separated by ";" or "|" (may be empty); {@code kind} as {@link NoteKind#parse} reads it;
 * dates ISO or d/M/yyyy. A row is refused with every problem it has (row, column as the file names it, message key).
 */
public final class NoteCsvReader {

    static final List<Column> COLUMNS = List.of(
            Column.required("nip", "nip pegawai", "ni pppk", "nomor induk"),
            Column.required("date", "tanggal", "tgl"),
            Column.required("kind", "jenis", "jenis catatan"),
            Column.required("values", "nilai", "nilai berakhlak", "core values", "berakhlak"),
            Column.required("text", "catatan", "isi", "uraian", "note"),
            Column.required("author", "penulis", "dicatat oleh", "oleh"));

    private static final List<DateTimeFormatter> DATE_FORMATS =
            DateTimes.formatters(List.of("yyyy-MM-dd", "d/M/yyyy", "d-M-yyyy"));

    public ReadResult<NoteRow> read(Path file) throws ImportException {
        String fileName = TableFiles.fileName(file);
        SheetTable table = TableFiles.read(file, COLUMNS);
        HeaderMap header = HeaderMap.locate(table.rows(), COLUMNS, fileName);
        List<SheetRow> body = table.rows().subList(header.rowIndex() + 1, table.rows().size());
        if (body.stream().allMatch(SheetRow::isBlank)) {
            throw new ImportException("import.empty", fileName);
        }
        HeaderFields f = HeaderFields.of(header);
        int width = header.headers().size();
        List<NoteRow> rows = new ArrayList<>();
        List<RowError> errors = new ArrayList<>();
        for (SheetRow row : body) {
            if (row.isBlank()) {
                continue;
            }
            if (table.fixedWidth() && row.cells().size() != width) {
                errors.add(new RowError(row.number(), null, "import.fieldCount", List.of(width, row.cells().size())));
                continue;
            }
            NoteRow read = row(row, f, errors);
            if (read != null) {
                rows.add(read);
            }
        }
        return new ReadResult<>(rows, errors, f.headers());
    }

    private static NoteRow row(SheetRow row, HeaderFields f, List<RowError> errors) {
        int before = errors.size();
        String nip = f.text(row, "nip").replaceAll("[\\s.'-]", "");
        if (nip.isEmpty()) {
            errors.add(missing(row, f, "nip"));
        } else if (!nip.matches("\\d{18}")) {
            errors.add(new RowError(row.number(), f.header("nip"), "performance.import.badNip",
                    List.of(CellText.shorten(nip))));
        }
        LocalDate date = date(row, f, errors);
        String kindText = f.text(row, "kind");
        NoteKind kind = NoteKind.parse(kindText).orElse(null);
        if (kindText.isEmpty()) {
            errors.add(missing(row, f, "kind"));
        } else if (kind == null) {
            errors.add(new RowError(row.number(), f.header("kind"), "performance.import.badKind",
                    List.of(CellText.shorten(kindText))));
        }
        Set<CoreValue> values = values(row, f, errors);
        String text = f.text(row, "text");
        if (text.isEmpty()) {
            errors.add(missing(row, f, "text"));
        } else if (text.length() > PerformanceNote.MAX_TEXT) {
            errors.add(new RowError(row.number(), f.header("text"), "import.fieldTooLong",
                    List.of(f.header("text"), PerformanceNote.MAX_TEXT)));
        }
        String author = f.text(row, "author");
        if (author.isEmpty()) {
            errors.add(missing(row, f, "author"));
        }
        return errors.size() > before ? null : new NoteRow(row.number(), nip, date, kind, values, text, author);
    }

    private static LocalDate date(SheetRow row, HeaderFields f, List<RowError> errors) {
        SheetCell cell = f.cell(row, "date");
        String text = CellText.clean(cell.text());
        if (text.isEmpty()) {
            errors.add(missing(row, f, "date"));
            return null;
        }
        LocalDate date = cell.number() ? DateTimes.dateFromSerial(text) : DateTimes.parseDate(text, DATE_FORMATS);
        if (date == null) {
            errors.add(new RowError(row.number(), f.header("date"), "attendance.badDate",
                    List.of(CellText.shorten(text))));
        }
        return date;
    }

    private static Set<CoreValue> values(SheetRow row, HeaderFields f, List<RowError> errors) {
        Set<CoreValue> out = EnumSet.noneOf(CoreValue.class);
        for (String part : f.text(row, "values").split("[;|]")) {
            if (part.isBlank()) {
                continue;
            }
            CoreValue v = CoreValue.parse(part).orElse(null);
            if (v == null) {
                errors.add(new RowError(row.number(), f.header("values"), "performance.import.badValue",
                        List.of(CellText.shorten(part.strip()))));
            } else {
                out.add(v);
            }
        }
        return out;
    }

    private static RowError missing(SheetRow row, HeaderFields f, String column) {
        return new RowError(row.number(), f.header(column), "attendance.missingValue", List.of(f.header(column)));
    }
}
