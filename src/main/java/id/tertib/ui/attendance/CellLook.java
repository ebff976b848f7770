package id.tertib.ui.attendance;

import id.tertib.domain.attendance.AttendanceCode;
import id.tertib.domain.attendance.AttendanceCodes;
import id.tertib.domain.attendance.AttendanceDay;
import id.tertib.domain.attendance.DailyResult;
import id.tertib.domain.attendance.DaySource;
import java.util.Optional;
import javafx.scene.paint.Color;

/**
 * How a stored day looks in the grid and in the legend: one colour pair per kind of code, so a section head reads
 * the month at a glance. TK is the one strong colour (it leads to discipline); a TK the app derived from missing
 * punches is pale and dashed until a person confirms or replaces it; a day whose punches fell outside both windows
 * shows "?".
 */
enum CellLook {
    PRESENT("#E9F9EF", "#1A7F37"),
    LATE("#FEF3C7", "#92400E"),
    DUTY("#DBEAFE", "#1E40AF"),
    SICK_OR_PERMISSION("#EDE9FE", "#5B21B6"),
    LEAVE("#CCFBF1", "#115E59"),
    UNEXCUSED("#DC2626", "#FFFFFF"),
    DERIVED_UNEXCUSED("#FEF2F2", "#B91C1C"),
    UNREAD("#FFEDD5", "#C2410C"),
    OTHER("#F3F4F6", "#374151");

    static final Color MANUAL_MARK = Color.web("#1E293B");
    static final Color FLAG_MARK = Color.web("#EA580C");
    static final Color WEEKEND = Color.web("#EEF1F5");
    static final Color HOLIDAY = Color.web("#E3E7ED");
    static final Color HOLIDAY_TEXT = Color.web("#DC2626");
    static final Color CUTI_BERSAMA_TEXT = Color.web("#C2410C");

    final Color background;
    final Color text;

    CellLook(String background, String text) {
        this.background = Color.web(background);
        this.text = Color.web(text);
    }

    static CellLook of(AttendanceDay day, AttendanceCodes codes) {
        if (day.code().isBlank()) {
            return UNREAD;
        }
        CellLook look = ofCode(day.code(), codes);
        return look == UNEXCUSED && day.source() == DaySource.DERIVED ? DERIVED_UNEXCUSED : look;
    }

    /** The look of a code by its kind, as a person stored it; the legend shows each code in use so. */
    static CellLook ofCode(String code, AttendanceCodes codes) {
        Optional<AttendanceCode> found = codes.find(code);
        if (found.isEmpty()) {
            return OTHER;
        }
        return switch (found.get().kind()) {
            case PRESENT -> PRESENT;
            case LATE, EARLY_LEAVE -> LATE;
            case DUTY, STUDY -> DUTY;
            case SICK, PERMISSION -> SICK_OR_PERMISSION;
            case LEAVE -> LEAVE;
            case UNEXCUSED -> UNEXCUSED;
        };
    }

    /**
     * The machine's evidence for a coded day is incomplete (a punch missing, or one outside both windows) and nobody
     * has looked at it yet: a person's correction settles it, and a derived TK says "no punch" by its look already.
     */
    static boolean needsLook(AttendanceDay day) {
        if (day.source() == DaySource.MANUAL || day.code().isBlank()) {
            return false;
        }
        String flags = day.flags();
        return flags.contains(DailyResult.Flag.MISSING_ARRIVAL.name())
                || flags.contains(DailyResult.Flag.MISSING_DEPARTURE.name())
                || flags.contains(DailyResult.Flag.PUNCHES_OUTSIDE_WINDOWS.name());
    }

    /** What the cell says: the code, or "?" when the machine saw punches but could not read a code from them. */
    static String shown(AttendanceDay day) {
        return day.code().isBlank() ? "?" : day.code();
    }

    static String web(Color c) {
        return String.format("#%02X%02X%02X", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }
}
