package id.tertib.ui.attendance;

import id.tertib.app.I18n;
import id.tertib.app.MonthSheet;
import id.tertib.domain.Employee;
import id.tertib.domain.attendance.AttendanceCodes;
import id.tertib.domain.attendance.AttendanceDay;
import id.tertib.domain.attendance.DailyResult;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** What the grid says in words: a cell's tooltip and status line, a day's header, a total's meaning. */
final class CellTexts {

    private final I18n i18n;
    private final DateTimeFormatter time;

    CellTexts(I18n i18n) {
        this.i18n = i18n;
        this.time = DateTimeFormatter.ofPattern(i18n.locale().getLanguage().equals("en") ? "HH:mm" : "HH.mm");
    }

    /** "Senin, 2 Nov 2026". */
    String day(MonthSheet.DayColumn day) {
        return i18n.get("attendance.grid.tipDay",
                day.date().getDayOfWeek().getDisplayName(TextStyle.FULL, i18n.locale()), i18n.date(day.date()));
    }

    /** The lines of a cell's tooltip: who and when, then what is stored and where it came from. */
    List<String> cell(Employee person, MonthSheet.DayColumn day, Optional<AttendanceDay> record,
            AttendanceCodes codes) {
        List<String> lines = new ArrayList<>();
        lines.add(person.name().full() + " — " + day(day));
        if (!day.working()) {
            lines.add(dayKind(day));
        }
        if (record.isEmpty()) {
            if (day.working()) {
                lines.add(i18n.get("attendance.grid.tipEmpty"));
            }
            return lines;
        }
        AttendanceDay d = record.get();
        if (d.code().isBlank()) {
            lines.add(i18n.get("attendance.grid.tipUnread"));
        } else {
            lines.add(i18n.get("attendance.grid.tipCode", d.code(),
                    codes.find(d.code()).map(c -> i18n.label(c.kind())).orElse("")));
        }
        if (d.arrival().isPresent() || d.departure().isPresent()) {
            lines.add(i18n.get("attendance.grid.tipTimes", time(d.arrival()), time(d.departure())));
        }
        if (d.lateMinutes() > 0) {
            lines.add(i18n.get("attendance.grid.tipLate", d.lateMinutes()));
        }
        if (d.earlyMinutes() > 0) {
            lines.add(i18n.get("attendance.grid.tipEarly", d.earlyMinutes()));
        }
        lines.add(i18n.get("attendance.grid.tipSource", i18n.label(d.source())));
        d.machineCode().ifPresent(m -> lines.add(i18n.get("attendance.grid.tipMachineCode",
                m.isBlank() ? i18n.get("attendance.grid.tipMachineNone") : m)));
        if (!d.flags().isBlank()) {
            lines.add(i18n.get("attendance.grid.tipFlags", String.join(", ", Arrays.stream(d.flags().split(","))
                    .map(String::trim).filter(f -> !f.isEmpty()).map(this::flag).toList())));
        }
        if (!d.note().isBlank()) {
            lines.add(i18n.get("attendance.grid.tipNote", d.note()));
        }
        return lines;
    }

    String dayKind(MonthSheet.DayColumn day) {
        String kind = i18n.label(day.kind());
        return day.holidayName().isBlank() ? kind : kind + ": " + day.holidayName();
    }

    String person(Employee e) {
        String position = e.positionName() == null || e.positionName().isBlank() ? "" : "\n" + e.positionName();
        return e.name().full() + "\n" + i18n.get("attendance.grid.tipNumber", e.numberGrouped()) + position;
    }

    String total(TotalColumn column) {
        return switch (column) {
            case H -> i18n.get("attendance.grid.totalH");
            case TL -> i18n.get("attendance.grid.totalTL");
            case PSW -> i18n.get("attendance.grid.totalPSW");
            case S -> i18n.get("attendance.grid.totalS");
            case I -> i18n.get("attendance.grid.totalI");
            case C -> i18n.get("attendance.grid.totalC");
            case DL -> i18n.get("attendance.grid.totalDL");
            case TK -> i18n.get("attendance.grid.totalTK");
        };
    }

    /** The unit under a total's header: days or minutes. */
    String totalUnit(TotalColumn column) {
        return i18n.get(column.minutes() ? "attendance.grid.unitMinutes" : "attendance.grid.unitDays");
    }

    private String time(Optional<LocalTime> t) {
        return t.map(time::format).orElse("—");
    }

    private String flag(String name) {
        try {
            return i18n.label(DailyResult.Flag.valueOf(name));
        } catch (IllegalArgumentException e) {
            return name; // a flag a later version wrote: show it as stored rather than hide it
        }
    }
}
