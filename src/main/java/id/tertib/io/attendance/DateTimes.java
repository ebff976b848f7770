package id.tertib.io.attendance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalQuery;
import java.util.List;
import java.util.Locale;

/** Strict date parsing by pattern, and Excel serial numbers; the travel reader uses them as well. */
public final class DateTimes {

    /** Excel's day 0 in the 1900 date system, shifted by its phantom 29 Feb 1900 (serials from 61 on are right). */
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
    /** 31 Dec 9999, Excel's last day. */
    private static final long EXCEL_LAST_DAY = 2_958_465;
    private static final BigDecimal SECONDS_PER_DAY = BigDecimal.valueOf(86_400);

    private DateTimes() {
    }

    /**
     * A strict formatter for a user's pattern: 30 Feb is refused, not moved to 28 Feb. "yyyy" (year of era)
     * works as people expect, because the era defaults to AD.
     *
     * @throws IllegalArgumentException when the pattern is not a valid {@link DateTimeFormatter} pattern
     */
    static DateTimeFormatter formatter(String pattern) {
        return new DateTimeFormatterBuilder()
                .parseCaseInsensitive()
                .appendPattern(pattern)
                .parseDefaulting(ChronoField.ERA, 1)
                .toFormatter(Locale.ROOT)
                .withResolverStyle(ResolverStyle.STRICT);
    }

    public static List<DateTimeFormatter> formatters(List<String> patterns) {
        return patterns.stream().map(DateTimes::formatter).toList();
    }

    /** The text with runs of spaces made one, so "02/01/2025  07:31" still matches its pattern. */
    static String normalise(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    static LocalDateTime parseDateTime(String text, List<DateTimeFormatter> formats) {
        return parse(normalise(text), formats, LocalDateTime::from);
    }

    public static LocalDate parseDate(String text, List<DateTimeFormatter> formats) {
        return parse(normalise(text), formats, LocalDate::from);
    }

    static LocalTime parseTime(String text, List<DateTimeFormatter> formats) {
        return parse(normalise(text), formats, LocalTime::from);
    }

    /** The first pattern that reads the whole text wins; null when none does. */
    private static <T> T parse(String text, List<DateTimeFormatter> formats, TemporalQuery<T> query) {
        for (DateTimeFormatter f : formats) {
            try {
                return f.parse(text, query);
            } catch (DateTimeParseException | ArithmeticException e) {
                // try the next pattern
            }
        }
        return null;
    }

    /**
     * An Excel serial date-time (days since 1899-12-30, the fraction being the time of day), rounded to the
     * second, since 07:31:00 is stored as 0.31319444... Null when the text is no number or out of Excel's range.
     */
    static LocalDateTime fromSerial(String raw) {
        BigDecimal serial = number(raw);
        if (serial == null || serial.compareTo(BigDecimal.ONE) < 0) {
            return null; // below 1 is a time without a day
        }
        long seconds = serial.multiply(SECONDS_PER_DAY).setScale(0, RoundingMode.HALF_UP).longValueExact();
        return EXCEL_EPOCH.atStartOfDay().plusSeconds(seconds);
    }

    /** The date part of an Excel serial; a date cell holding a time of day as well keeps only its day. */
    public static LocalDate dateFromSerial(String raw) {
        BigDecimal serial = number(raw);
        if (serial == null || serial.compareTo(BigDecimal.ONE) < 0) {
            return null; // 0 is Excel's "time only"; no attendance happens on 0 Jan 1900
        }
        LocalDateTime at = fromSerial(serial.setScale(0, RoundingMode.FLOOR).toPlainString());
        return at == null ? null : at.toLocalDate();
    }

    /** The time-of-day part of an Excel serial: 0.3125 is 07:30; 45659.3125 is 07:30 as well. */
    static LocalTime timeFromSerial(String raw) {
        BigDecimal serial = number(raw);
        if (serial == null) {
            return null;
        }
        BigDecimal fraction = serial.subtract(serial.setScale(0, RoundingMode.FLOOR));
        long seconds = fraction.multiply(SECONDS_PER_DAY).setScale(0, RoundingMode.HALF_UP).longValueExact();
        // A fraction a hair below 1 rounds up to midnight of the next day; the time of day is then 00:00.
        return LocalTime.ofSecondOfDay(seconds % 86_400);
    }

    /** The number, or null when it is none or outside Excel's dates (which also keeps 1E+999999999 harmless). */
    private static BigDecimal number(String raw) {
        if (raw == null || raw.isBlank() || raw.length() > 40) {
            return null;
        }
        try {
            BigDecimal n = new BigDecimal(raw.strip());
            if (n.signum() < 0 || n.compareTo(BigDecimal.valueOf(EXCEL_LAST_DAY + 1)) >= 0) {
                return null;
            }
            return n;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
