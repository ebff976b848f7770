package id.tertib.ui.schedules;

import java.time.LocalTime;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Clock times as people type them: "07:30", "7.30" (the Indonesian way), "0730", "7". */
final class TimeText {

    private static final Pattern TIME = Pattern.compile("(\\d{1,2})(?:[:.]?(\\d{2}))?");

    private TimeText() {
    }

    /** Empty for blank text or text that is not a time of day. */
    static Optional<LocalTime> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = TIME.matcher(text.trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        int hour = Integer.parseInt(m.group(1));
        int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        return hour < 24 && minute < 60 ? Optional.of(LocalTime.of(hour, minute)) : Optional.empty();
    }

    static String format(LocalTime time) {
        return time == null ? "" : time.toString();
    }
}
