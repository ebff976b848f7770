package id.tertib.domain.timeline;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One thing in a person's year, from a day to a range: an attendance incident, a leave, a trip, a note, an SKP result
 * or a discipline step. {@code code} is what the entry is (an attendance or leave code, a letter number, a note kind,
 * a predikat, a step); {@code minutes} and {@code time} belong to lateness and early departure; {@code detail} is free
 * text from the record (a note, a purpose, a reason); {@code days} the working or paid days of a range.
 */
public record TimelineEntry(LocalDate from, LocalDate to, Category category, String code, int minutes, String time,
        int days, String detail) {

    /** What kind of record an entry comes from; the screen filters by these. */
    public enum Category { ATTENDANCE, LEAVE, TRIP, NOTE, SKP, DISCIPLINE }

    public TimelineEntry {
        Objects.requireNonNull(from, "from");
        to = to == null ? from : to;
        Objects.requireNonNull(category, "category");
        code = code == null ? "" : code;
        time = time == null ? "" : time;
        detail = detail == null ? "" : detail;
    }

    public static TimelineEntry on(LocalDate date, Category category, String code, String detail) {
        return new TimelineEntry(date, date, category, code, 0, "", 0, detail);
    }

    public boolean isRange() {
        return !to.equals(from);
    }
}
