package id.tertib.io.travel;

import id.tertib.domain.DomainException;
import id.tertib.domain.NiPppk;
import id.tertib.domain.travel.TravelKind;
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
import id.tertib.io.attendance.DateTimes;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the file of {@code tertib travel import}: one Surat Tugas per row with
 * {@code number,date,purpose,destination,kind,depart,return,nips,allowance_per_day}, as CSV (comma, semicolon or tab)
 * or XLSX. Headers are matched loosely (case, "_" or spaces) and in any order, Indonesian ones too (nomor surat,
 * tanggal, maksud, tujuan, jenis, berangkat, kembali, nip, uang harian); other columns are ignored, as in every reader
 * of this package, since office sheets carry a "No" or remarks column. Missing columns fail the whole file, all named
 * at once.
 *
 * <p>Per row: dates ISO or d/M/yyyy or d-M-yyyy (or Excel dates); {@code destination} "City, Province" split at the
 * last comma (the province may be left out); {@code kind} as {@link TravelKind#parse} reads it; {@code nips} separated
 * by ";" (spaces inside a NIP allowed), each 18 digits starting with a real birth date (a PNS NIP and a NI PPPK both
 * do); {@code allowance_per_day} in whole rupiah ("530000", "530.000", "Rp 530.000"). A row is refused with every
 * problem it has (row, column as the file names it, message key), and so is a number that appeared in an earlier row.
 * Bad content never throws; only a file that cannot be read as a whole does.
 */
public final class TravelCsvReader {

    /** Longest text kept in one field; more is a pasted paragraph or a broken line. */
    static final int MAX_TEXT = 1000;

    static final List<Column> COLUMNS = List.of(
            Column.required("number", "nomor", "nomor surat", "nomor surat tugas", "nomor st", "no surat", "no st"),
            Column.required("date", "tanggal", "tanggal surat", "tanggal st", "tgl", "tgl surat"),
            Column.required("purpose", "maksud", "maksud perjalanan", "keperluan", "uraian"),
            Column.required("destination", "tujuan", "kota tujuan", "tempat tujuan"),
            Column.required("kind", "jenis", "jenis perjalanan"),
            Column.required("depart", "berangkat", "tanggal berangkat", "tgl berangkat", "departure"),
            Column.required("return", "kembali", "tanggal kembali", "tgl kembali", "returns"),
            Column.required("nips", "nip", "nip peserta", "peserta", "pelaksana"),
            Column.required("allowance_per_day", "uang harian", "uang harian per hari", "allowance"));

    private static final List<DateTimeFormatter> DATE_FORMATS =
            DateTimes.formatters(List.of("yyyy-MM-dd", "d/M/yyyy", "d-M-yyyy"));
    /** "Rp", "Rp.", "IDR" before the amount. */
    private static final Pattern CURRENCY = Pattern.compile("^(rp\\.?|idr)", Pattern.CASE_INSENSITIVE);
    private static final Pattern PLAIN = Pattern.compile("\\d+");
    /** 530.000 or 1.530.000, optionally ,00 (Indonesian grouping). */
    private static final Pattern DOTTED = Pattern.compile("(\\d{1,3}(?:\\.\\d{3})+)(?:,0+)?");
    /** 530,000 or 1,530,000, optionally .00 (English grouping). */
    private static final Pattern COMMAED = Pattern.compile("(\\d{1,3}(?:,\\d{3})+)(?:\\.0+)?");
    /** 530000,00 or 530000.00: a whole amount with zero cents. */
    private static final Pattern ZERO_CENTS = Pattern.compile("(\\d+)[.,]00?");

    public ReadResult<TravelRow> read(Path file) throws ImportException {
        String fileName = TableFiles.fileName(file);
        SheetTable table = TableFiles.read(file, COLUMNS);
        HeaderMap header = HeaderMap.locate(table.rows(), COLUMNS, fileName);
        List<SheetRow> body = table.rows().subList(header.rowIndex() + 1, table.rows().size());
        if (body.stream().allMatch(SheetRow::isBlank)) {
            throw new ImportException("import.empty", fileName);
        }
        HeaderFields fields = HeaderFields.of(header);
        int width = header.headers().size();
        Map<String, Integer> firstRowOfNumber = new HashMap<>();
        List<TravelRow> rows = new ArrayList<>();
        List<RowError> errors = new ArrayList<>();
        for (SheetRow row : body) {
            if (row.isBlank()) {
                continue;
            }
            if (table.fixedWidth() && row.cells().size() != width) {
                errors.add(new RowError(row.number(), null, "import.fieldCount", List.of(width, row.cells().size())));
                continue;
            }
            TravelRow read = row(row, fields, firstRowOfNumber, errors);
            if (read != null) {
                rows.add(read);
            }
        }
        return new ReadResult<>(rows, errors, fields.headers());
    }

    /** The letter of one row, or null after adding its problems to {@code errors}. */
    private static TravelRow row(SheetRow row, HeaderFields f, Map<String, Integer> firstRowOfNumber,
            List<RowError> errors) {
        int before = errors.size();
        String number = text(row, f, "number", errors);
        if (!number.isEmpty()) {
            Integer first = firstRowOfNumber.putIfAbsent(numberKey(number), row.number());
            if (first != null) {
                errors.add(new RowError(row.number(), f.header("number"), "import.duplicateInFile",
                        List.of(CellText.shorten(number), first)));
            }
        }
        LocalDate date = date(row, f, "date", errors);
        String purpose = text(row, f, "purpose", errors);
        String[] place = destination(row, f, errors);
        TravelKind kind = kind(row, f, errors);
        LocalDate depart = date(row, f, "depart", errors);
        LocalDate returns = date(row, f, "return", errors);
        if (depart != null && returns != null && returns.isBefore(depart)) {
            errors.add(new RowError(row.number(), f.header("return"), "travel.import.returnBeforeDepart",
                    List.of(returns, depart)));
        }
        List<String> nips = nips(row, f, errors);
        long allowance = allowance(row, f, errors);
        if (errors.size() > before) {
            return null;
        }
        return new TravelRow(row.number(), number, date, purpose, place[0], place[1], kind, depart, returns, nips,
                allowance);
    }

    /** Letter numbers compare without regard to case and runs of spaces: "800/12/bkd" is "800/12/BKD". */
    static String numberKey(String number) {
        return number.replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
    }

    /** The cleaned text of a required text column; "" after reporting it blank or too long. */
    private static String text(SheetRow row, HeaderFields f, String column, List<RowError> errors) {
        String text = f.text(row, column);
        if (text.isEmpty()) {
            errors.add(error(row, f.header(column), "attendance.missingValue", f.header(column)));
        } else if (text.length() > MAX_TEXT) {
            errors.add(new RowError(row.number(), f.header(column), "import.fieldTooLong",
                    List.of(f.header(column), MAX_TEXT)));
            return "";
        }
        return text;
    }

    private static LocalDate date(SheetRow row, HeaderFields f, String column, List<RowError> errors) {
        SheetCell cell = f.cell(row, column);
        String text = CellText.clean(cell.text());
        String header = f.header(column);
        if (text.isEmpty()) {
            errors.add(error(row, header, "attendance.missingValue", header));
            return null;
        }
        LocalDate date = cell.number() ? DateTimes.dateFromSerial(text) : DateTimes.parseDate(text, DATE_FORMATS);
        if (date == null) {
            errors.add(error(row, header, "attendance.badDate", CellText.shorten(text)));
        }
        return date;
    }

    /** City and province (maybe ""), split at the last comma: "Kota Bandung, Jawa Barat". */
    private static String[] destination(SheetRow row, HeaderFields f, List<RowError> errors) {
        String text = text(row, f, "destination", errors);
        if (text.isEmpty()) {
            return new String[] {"", ""};
        }
        int comma = text.lastIndexOf(',');
        String city = (comma < 0 ? text : text.substring(0, comma)).strip();
        String province = comma < 0 ? "" : text.substring(comma + 1).strip();
        if (city.isEmpty()) {
            errors.add(error(row, f.header("destination"), "travel.import.badDestination", CellText.shorten(text)));
        }
        return new String[] {city, province};
    }

    private static TravelKind kind(SheetRow row, HeaderFields f, List<RowError> errors) {
        String text = f.text(row, "kind");
        String header = f.header("kind");
        if (text.isEmpty()) {
            errors.add(error(row, header, "attendance.missingValue", header));
            return null;
        }
        TravelKind kind = TravelKind.parse(text).orElse(null);
        if (kind == null) {
            errors.add(error(row, header, "travel.import.badKind", CellText.shorten(text)));
        }
        return kind;
    }

    /** The travellers' NIPs in the file's order; each problem is reported with the NIP as written. */
    private static List<String> nips(SheetRow row, HeaderFields f, List<RowError> errors) {
        SheetCell cell = f.cell(row, "nips");
        String header = f.header("nips");
        if (TableImporter.isNipAsNumber(cell)) {
            errors.add(error(row, header, "import.nipAsNumber", header));
            return List.of();
        }
        int before = errors.size();
        Set<String> nips = new LinkedHashSet<>();
        for (String part : CellText.clean(cell.text()).split(";")) {
            String written = CellText.clean(part);
            if (written.isEmpty()) {
                continue; // "a;b;" and "a;;b" are typing slips, not a traveller
            }
            String digits = written.replaceAll("\\s+", "");
            try {
                NiPppk.parse(digits); // 18 digits from a real birth date: true of a NIP and of a NI PPPK alike
            } catch (DomainException e) {
                errors.add(new RowError(row.number(), header, "travel.import.badNip",
                        List.of(CellText.shorten(written), e.problems().get(0))));
                continue;
            }
            if (!nips.add(digits)) {
                errors.add(error(row, header, "travel.import.duplicateNip", digits));
            }
        }
        if (nips.isEmpty() && errors.size() == before) {
            errors.add(error(row, header, "travel.import.noNips", header));
        }
        return List.copyOf(nips);
    }

    private static long allowance(SheetRow row, HeaderFields f, List<RowError> errors) {
        String text = f.text(row, "allowance_per_day");
        String header = f.header("allowance_per_day");
        if (text.isEmpty()) {
            errors.add(error(row, header, "attendance.missingValue", header));
            return 0;
        }
        long rupiah = rupiah(text);
        if (rupiah < 0) {
            errors.add(error(row, header, "travel.import.badAllowance", CellText.shorten(text)));
        }
        return rupiah;
    }

    /**
     * Whole rupiah as offices write them: 530000, 530.000, Rp530.000, Rp 530.000, Rp. 530.000,00, 530,000 or an
     * Excel number; -1 for anything else (cents, negative amounts, words). A dot followed by three digits groups
     * thousands, so "530.000" is never read as 530.
     */
    static long rupiah(String text) {
        String t = text.replace('\u00A0', ' ').strip();
        Matcher currency = CURRENCY.matcher(t);
        if (currency.lookingAt()) {
            t = t.substring(currency.end());
        }
        t = t.replace(" ", "");
        String digits;
        Matcher m;
        if (PLAIN.matcher(t).matches()) {
            digits = t;
        } else if ((m = DOTTED.matcher(t)).matches()) {
            digits = m.group(1).replace(".", "");
        } else if ((m = COMMAED.matcher(t)).matches()) {
            digits = m.group(1).replace(",", "");
        } else if ((m = ZERO_CENTS.matcher(t)).matches()) {
            digits = m.group(1);
        } else {
            return -1;
        }
        if (digits.length() > 15) {
            return -1; // a trillion rupiah a day is a typing error, and Long would overflow soon after
        }
        return Long.parseLong(digits);
    }

    private static RowError error(SheetRow row, String column, String key, Object arg) {
        return new RowError(row.number(), column, key, Arrays.asList(arg));
    }
}
