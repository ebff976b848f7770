package id.tertib.io.attendance;

import id.tertib.io.CellText;
import id.tertib.io.ImportException;
import id.tertib.io.ReadResult;
import id.tertib.io.RowError;
import id.tertib.io.TableFiles;
import id.tertib.io.TextDecoder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Reads a ZKTeco USB download ({@code 1_attlog.dat}): one punch per line, tab-separated:
 * PIN (left-padded with spaces), {@code yyyy-MM-dd HH:mm:ss}, device/verify, status, verify mode, work code.
 * Firmware differs in how many fields follow the time; two fields (PIN and time) are enough, fields after
 * the sixth are ignored. A header line at the top and a checksum line at the end, which some firmware writes,
 * are skipped without a word. Every other line that cannot be read is reported with its line number, and
 * duplicates are returned as they are (the app drops repeated scans by PIN and time).
 */
public final class AttlogReader {

    /** Years of punches of a large office fit; a wrongly chosen video does not fill the memory. */
    public static final long MAX_BYTES = 64L * 1024 * 1024;
    static final int MIN_FIELDS = 2;
    /** A PIN longer than this is no PIN but a line of junk (ZKTeco PINs have at most 9 to 24 characters). */
    static final int MAX_PIN_LENGTH = 40;

    /** Something that looks like a date, valid or not: a header or a checksum line has none. */
    private static final Pattern DATE_SHAPE = Pattern.compile("\\d{4}-\\d{1,2}-\\d{1,2}");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");
    private static final List<DateTimeFormatter> FORMATS = DateTimes.formatters(List.of("yyyy-MM-dd HH:mm:ss"));

    public ReadResult<Punch> read(Path file) throws ImportException {
        String name = TableFiles.fileName(file);
        List<String> lines = lines(file, name);
        int first = firstNonBlank(lines);
        if (first < 0) {
            throw new ImportException("import.empty", name);
        }
        int last = lastNonBlank(lines);
        boolean header = isHeader(lines.get(first));
        boolean checksum = last != first && isChecksum(lines.get(last));
        int from = header ? first + 1 : first;
        int to = checksum ? last - 1 : last;
        // A large office's file has a million lines: parse slices of it on every core, then join them in order.
        int slices = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), (to - from + 1) / SLICE_MIN));
        List<Slice> parsed = IntStream.range(0, slices).parallel().mapToObj(k -> {
            int a = from + (int) ((long) (to - from + 1) * k / slices);
            int b = from + (int) ((long) (to - from + 1) * (k + 1) / slices);
            Slice slice = new Slice(new ArrayList<>(b - a), new ArrayList<>());
            for (int i = a; i < b; i++) {
                String line = lines.get(i);
                if (!line.isBlank()) {
                    parse(i + 1, line, slice.punches(), slice.errors());
                }
            }
            return slice;
        }).toList();
        List<Punch> punches = new ArrayList<>(Math.max(0, to - from + 1));
        List<RowError> errors = new ArrayList<>();
        parsed.forEach(slice -> {
            punches.addAll(slice.punches());
            errors.addAll(slice.errors());
        });
        if (punches.isEmpty() && errors.isEmpty()) {
            throw new ImportException("import.empty", name);
        }
        return new ReadResult<>(punches, errors, Map.of());
    }

    /** Lines below this many per core are parsed on one thread: splitting costs more than it saves. */
    private static final int SLICE_MIN = 50_000;

    private record Slice(List<Punch> punches, List<RowError> errors) {
    }

    private static List<String> lines(Path file, String name) throws ImportException {
        if (!Files.isRegularFile(file)) {
            throw new ImportException("import.notFound", file.toAbsolutePath());
        }
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size == 0) {
                throw new ImportException("import.empty", name);
            }
            if (size > MAX_BYTES) {
                throw new ImportException("import.tooLarge", name, MAX_BYTES / (1024 * 1024));
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ImportException(e, "import.unreadable", name);
        }
        // UTF-8 with or without BOM; TextDecoder also copes with a file re-saved by Notepad.
        String text = TextDecoder.decode(bytes);
        if (text.indexOf('\0') >= 0) {
            throw new ImportException("import.unreadable", name); // a binary file, not a text download
        }
        // lines() splits at \n, \r\n and \r alike, so Windows line endings leave no \r behind.
        return text.lines().toList();
    }

    private static void parse(int lineNo, String line, List<Punch> punches, List<RowError> errors) {
        // Not stripped first: a line with an empty PIN starts with a tab that must stay a field separator.
        String[] fields = line.split("\t", -1);
        if (fields.length < MIN_FIELDS) {
            errors.add(error(lineNo, "attendance.fieldCount", fields.length, MIN_FIELDS));
            return;
        }
        String pin = fields[0].strip();
        String when = fields[1].strip();
        boolean ok = true;
        if (pin.isEmpty()) {
            errors.add(error(lineNo, "attendance.emptyPin"));
            ok = false;
        } else if (pin.length() > MAX_PIN_LENGTH || hasWhitespace(pin)) {
            errors.add(error(lineNo, "attendance.badPin", shorten(pin)));
            ok = false;
        }
        LocalDateTime at = fastDateTime(when);
        if (at == null) {
            at = DateTimes.parseDateTime(when, FORMATS);
        }
        if (at == null) {
            errors.add(error(lineNo, "attendance.badDateTime", shorten(when)));
            ok = false;
        }
        if (ok) {
            punches.add(new Punch(lineNo, pin, at, field(fields, 3), field(fields, 4), field(fields, 5)));
        }
    }

    private static boolean hasWhitespace(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isWhitespace(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The common case read by hand, since a large office's file has a million lines: exactly
     * {@code yyyy-MM-dd HH:mm:ss} with a real date and time. Anything else (odd spacing, an impossible date) returns
     * null and goes through the strict formatter, which decides and words the error.
     */
    static LocalDateTime fastDateTime(String s) {
        if (s.length() != 19 || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(10) != ' '
                || s.charAt(13) != ':' || s.charAt(16) != ':') {
            return null;
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 2);
        int day = digits(s, 8, 2);
        int hour = digits(s, 11, 2);
        int minute = digits(s, 14, 2);
        int second = digits(s, 17, 2);
        if (year < 1 || month < 1 || month > 12 || day < 1 || day > java.time.YearMonth.of(year, month).lengthOfMonth()
                || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
            return null;
        }
        return LocalDateTime.of(year, month, day, hour, minute, second);
    }

    /** The number in {@code width} ASCII digits at {@code at}; -1000000 (never valid) when one is no digit. */
    private static int digits(String s, int at, int width) {
        int v = 0;
        for (int i = at; i < at + width; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1_000_000;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    private static String field(String[] fields, int index) {
        return index < fields.length ? fields[index].strip() : "";
    }

    /** The first line is a header when it has letters ("No", "PIN", "DateTime") and nothing like a date. */
    static boolean isHeader(String line) {
        return LETTER.matcher(line).find() && !DATE_SHAPE.matcher(line).find();
    }

    /** The last line is a checksum when it is one token ("A3F9", "12345") with nothing like a date. */
    static boolean isChecksum(String line) {
        String s = line.strip();
        return !s.isEmpty() && s.chars().noneMatch(Character::isWhitespace) && !DATE_SHAPE.matcher(s).find();
    }

    private static int firstNonBlank(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                return i;
            }
        }
        return -1;
    }

    private static int lastNonBlank(List<String> lines) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (!lines.get(i).isBlank()) {
                return i;
            }
        }
        return -1;
    }

    private static RowError error(int line, String key, Object... args) {
        return new RowError(line, null, key, List.of(args));
    }

    static String shorten(String s) {
        return CellText.shorten(s);
    }
}
