package id.tertib.domain.attendance;

import java.util.List;
import java.util.Objects;

/**
 * Where a CSV/XLSX punch export keeps what a {@link Punch} needs, as the user sets it once per machine
 * type. Header names are compared ignoring case, surrounding spaces, and "_"/"-" versus space.
 *
 * <p>The time of the scan is either in one column ({@code dateTimeHeader}, read with {@code dateTimePatterns})
 * or split over two ({@code dateHeader} with {@code datePatterns} and {@code timeHeader} with
 * {@code timePatterns}); the other header(s) are null. Patterns are {@link java.time.format.DateTimeFormatter}
 * patterns, tried in order, and parsed strictly (30/02/2025 is refused). An XLSX cell stored as an Excel
 * date/time number is read as such, whatever the patterns.
 */
public record PunchMapping(PersonKey personKey, String personHeader,
        String dateTimeHeader, String dateHeader, String timeHeader,
        List<String> dateTimePatterns, List<String> datePatterns, List<String> timePatterns) {

    public static final List<String> DEFAULT_DATE_TIME_PATTERNS = List.of("yyyy-MM-dd HH:mm:ss",
            "dd/MM/yyyy HH:mm:ss", "dd-MM-yyyy HH:mm", "dd/MM/yyyy HH:mm", "yyyy-MM-dd HH:mm");
    public static final List<String> DEFAULT_DATE_PATTERNS = List.of("dd/MM/yyyy", "yyyy-MM-dd");
    public static final List<String> DEFAULT_TIME_PATTERNS = List.of("HH:mm[:ss]");

    /**
     * @throws IllegalArgumentException when a header is blank, both or neither ways of giving the time are set,
     *     or a pattern is empty or invalid
     */
    public PunchMapping {
        Objects.requireNonNull(personKey, "personKey");
        requireHeader(personHeader, "personHeader");
        boolean one = dateTimeHeader != null;
        boolean split = dateHeader != null || timeHeader != null;
        if (one == split) {
            throw new IllegalArgumentException("either dateTimeHeader, or dateHeader and timeHeader");
        }
        if (one) {
            requireHeader(dateTimeHeader, "dateTimeHeader");
        } else {
            requireHeader(dateHeader, "dateHeader");
            requireHeader(timeHeader, "timeHeader");
        }
        dateTimePatterns = checked(dateTimePatterns, DEFAULT_DATE_TIME_PATTERNS);
        datePatterns = checked(datePatterns, DEFAULT_DATE_PATTERNS);
        timePatterns = checked(timePatterns, DEFAULT_TIME_PATTERNS);
    }

    /** The time of the scan in one column, read with the default patterns. */
    public static PunchMapping dateTime(PersonKey personKey, String personHeader, String dateTimeHeader) {
        return new PunchMapping(personKey, personHeader, dateTimeHeader, null, null, null, null, null);
    }

    /** Date and time of the scan in two columns, read with the default patterns. */
    public static PunchMapping dateAndTime(PersonKey personKey, String personHeader, String dateHeader,
            String timeHeader) {
        return new PunchMapping(personKey, personHeader, null, dateHeader, timeHeader, null, null, null);
    }

    public PunchMapping withDateTimePatterns(List<String> patterns) {
        return new PunchMapping(personKey, personHeader, dateTimeHeader, dateHeader, timeHeader, patterns,
                datePatterns, timePatterns);
    }

    public PunchMapping withDatePatterns(List<String> patterns) {
        return new PunchMapping(personKey, personHeader, dateTimeHeader, dateHeader, timeHeader, dateTimePatterns,
                patterns, timePatterns);
    }

    public PunchMapping withTimePatterns(List<String> patterns) {
        return new PunchMapping(personKey, personHeader, dateTimeHeader, dateHeader, timeHeader, dateTimePatterns,
                datePatterns, patterns);
    }

    /** True when date and time are in separate columns. */
    public boolean splitDateTime() {
        return dateTimeHeader == null;
    }

    /** Whether a pattern typed by the user can be used, for a settings screen to check before saving. */
    public static boolean isValidPattern(String pattern) {
        if (pattern == null || pattern.isBlank()) {
            return false;
        }
        try {
            java.time.format.DateTimeFormatter.ofPattern(pattern);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static void requireHeader(String header, String what) {
        if (header == null || header.isBlank()) {
            throw new IllegalArgumentException(what + " is blank");
        }
    }

    /** Null means the defaults; an empty list or an invalid pattern is a mistake in the settings. */
    private static List<String> checked(List<String> patterns, List<String> defaults) {
        if (patterns == null) {
            return defaults;
        }
        if (patterns.isEmpty()) {
            throw new IllegalArgumentException("no patterns");
        }
        for (String p : patterns) {
            if (!isValidPattern(p)) {
                throw new IllegalArgumentException("invalid pattern: " + p);
            }
        }
        return List.copyOf(patterns);
    }
}
