package id.tertib.app;

import id.tertib.domain.Problem;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Translations (Bahasa Indonesia by default, English selectable) and Indonesian date formats. */
public final class I18n {

    public static final Locale INDONESIAN = Locale.forLanguageTag("id");
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final String BUNDLE = "id.tertib.messages";

    private final Locale locale;
    private final ResourceBundle bundle;
    private final DateTimeFormatter dateFormat;

    public I18n(Locale locale) {
        this.locale = locale.getLanguage().equals("en") ? ENGLISH : INDONESIAN;
        this.bundle = ResourceBundle.getBundle(BUNDLE, this.locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.dateFormat = DateTimeFormatter.ofPattern("d MMM uuuu", this.locale).withResolverStyle(ResolverStyle.STRICT);
    }

    public Locale locale() {
        return locale;
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    /** The text for {@code key} with {@code args} filled in; the key itself when missing, so it shows up in tests. */
    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        if (args.length == 0) {
            return pattern;
        }
        Object[] shown = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            shown[i] = shown(args[i]);
        }
        return new MessageFormat(pattern, locale).format(shown);
    }

    /**
     * A message argument as people read it: dates as "23 Nov 2026", weekdays by name ("Senin", not "MONDAY"), and a
     * {@link Problem} given as an argument translated in turn (a phrase such as "mulai 1 Jan 2026").
     */
    private Object shown(Object arg) {
        if (arg instanceof LocalDate d) {
            return date(d);
        }
        if (arg instanceof java.time.LocalDateTime t) {
            return dateTime(t);
        }
        if (arg instanceof java.time.DayOfWeek day) {
            return dayName(day);
        }
        return arg instanceof Problem p ? text(p) : arg;
    }

    /** "Senin", "Monday". */
    public String dayName(java.time.DayOfWeek day) {
        return day.getDisplayName(java.time.format.TextStyle.FULL, locale);
    }

    public String text(Problem problem) {
        return get(problem.messageKey(), problem.args().toArray());
    }

    /** "23 Nov 2026" (Indonesian month abbreviations in Bahasa Indonesia). */
    public String date(LocalDate date) {
        return date == null ? "" : dateFormat.format(date);
    }

    /** "November 2026" ("Agustus 2026" in Bahasa Indonesia), as recaps and letters name a month. */
    public String month(java.time.YearMonth month) {
        return DateTimeFormatter.ofPattern("MMMM uuuu", locale).format(month);
    }

    /** "23 November 2026", the date under a signature. */
    public String longDate(LocalDate date) {
        return DateTimeFormatter.ofPattern("d MMMM uuuu", locale).format(date);
    }

    /** The moment in the office's time zone (the PC's), for the audit trail. */
    public String dateTime(java.time.Instant instant) {
        return instant == null ? "" : dateTime(java.time.LocalDateTime.ofInstant(instant, java.time.ZoneId.systemDefault()));
    }

    /** "23 Nov 2026 17.05" (Indonesian writes the time with a dot), "23 Nov 2026 17:05" in English. */
    public String dateTime(java.time.LocalDateTime time) {
        if (time == null) {
            return "";
        }
        return date(time.toLocalDate()) + " " + DateTimeFormatter.ofPattern(
                locale.getLanguage().equals("en") ? "HH:mm" : "HH.mm", locale).format(time);
    }

    /** A file size for people: "850 KB", "12,4 MB" (decimal comma in Indonesian). */
    public String fileSize(long bytes) {
        java.text.NumberFormat number = java.text.NumberFormat.getNumberInstance(locale);
        number.setMaximumFractionDigits(1);
        if (bytes < 1024 * 1024) {
            return number.format(Math.max(1, Math.round(bytes / 1024.0))) + " KB";
        }
        return number.format(bytes / (1024.0 * 1024.0)) + " MB";
    }

    /** Reads a date as shown ("23 Nov 2026") or typed ("23/11/2026", "2026-11-23"); empty when unreadable. */
    public java.util.Optional<LocalDate> parseDate(String text) {
        if (text == null || text.isBlank()) {
            return java.util.Optional.empty();
        }
        // STRICT: "31/02/2026" is a typing error to report, not 28 February.
        for (DateTimeFormatter f : new DateTimeFormatter[] {dateFormat,
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d-M-uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ISO_LOCAL_DATE}) {
            try {
                return java.util.Optional.of(LocalDate.parse(text.trim(), f));
            } catch (java.time.format.DateTimeParseException e) {
                // try the next way of writing a date
            }
        }
        return java.util.Optional.empty();
    }

    /** The display name of an enum constant, from key {@code enum.<Type>.<NAME>}. */
    public String label(Enum<?> value) {
        return value == null ? "" : get("enum." + value.getDeclaringClass().getSimpleName() + "." + value.name());
    }
}
