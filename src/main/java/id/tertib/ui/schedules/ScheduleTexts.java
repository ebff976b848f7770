package id.tertib.ui.schedules;

import id.tertib.app.ScheduleService;
import id.tertib.domain.attendance.AttendanceCode;
import id.tertib.domain.attendance.ScheduleRules;
import id.tertib.ui.common.UiContext;
import java.text.NumberFormat;
import java.time.Duration;

/** Words for schedules and codes as the screen shows them: "37,5 jam/minggu", "Seluruh kantor", "Cuti", "Sah". */
final class ScheduleTexts {

    private final UiContext ctx;

    ScheduleTexts(UiContext ctx) {
        this.ctx = ctx;
    }

    /** "37,5 jam/minggu" (decimal comma in Indonesian). */
    String weekly(Duration working) {
        NumberFormat number = NumberFormat.getNumberInstance(ctx.i18n().locale());
        number.setMaximumFractionDigits(2);
        return ctx.t("schedule.weeklyHours", number.format(working.toMinutes() / 60.0));
    }

    /** The unit's name, or the whole office. */
    String scope(ScheduleService.Entry e) {
        if (e.schedule().unitId() == null) {
            return ctx.t("schedule.wholeOffice");
        }
        return e.unitName().isEmpty() ? ctx.t("schedule.unitId", e.schedule().unitId()) : e.unitName();
    }

    /** "1 Jan 2026 s.d. 31 Des 2026", "mulai 1 Jan 2026", "tanpa batas tanggal". */
    String validity(ScheduleService.Entry e) {
        return ctx.i18n().text(ScheduleRules.validity(e.schedule().validFrom(), e.schedule().validTo()));
    }

    String kind(AttendanceCode.Kind kind) {
        return ctx.t(switch (kind) {
            case PRESENT -> "attendance.kind.present";
            case LATE -> "attendance.kind.late";
            case EARLY_LEAVE -> "attendance.kind.earlyLeave";
            case DUTY -> "attendance.kind.duty";
            case STUDY -> "attendance.kind.study";
            case SICK -> "attendance.kind.sick";
            case PERMISSION -> "attendance.kind.permission";
            case LEAVE -> "attendance.kind.leave";
            case UNEXCUSED -> "attendance.kind.unexcused";
        });
    }

    /** What the code means for discipline: present, a valid absence, or unexcused. */
    String standing(AttendanceCode code) {
        if (code.isUnexcused()) {
            return ctx.t("attendance.standing.unexcused");
        }
        if (code.isValidAbsence()) {
            return ctx.t(code.countsAsPresent() ? "attendance.standing.validPresent" : "attendance.standing.valid");
        }
        return ctx.t(code.accumulatesMinutes() ? "attendance.standing.presentMinutes" : "attendance.standing.present");
    }

    /** A default code's meaning in the current language; an office code's meaning as the office wrote it. */
    String meaning(ScheduleService.Code c) {
        if (!c.builtIn()) {
            return c.name();
        }
        String key = switch (c.code().code()) {
            case "H" -> "attendance.meaning.H";
            case "TL" -> "attendance.meaning.TL";
            case "PSW" -> "attendance.meaning.PSW";
            case "DL" -> "attendance.meaning.DL";
            case "DD" -> "attendance.meaning.DD";
            case "TB" -> "attendance.meaning.TB";
            case "S" -> "attendance.meaning.S";
            case "I" -> "attendance.meaning.I";
            case "CT" -> "attendance.meaning.CT";
            case "CB" -> "attendance.meaning.CB";
            case "CS" -> "attendance.meaning.CS";
            case "CM" -> "attendance.meaning.CM";
            case "CAP" -> "attendance.meaning.CAP";
            case "CLTN" -> "attendance.meaning.CLTN";
            case "CBS" -> "attendance.meaning.CBS";
            case "TK" -> "attendance.meaning.TK";
            default -> null;
        };
        return key == null ? kind(c.code().kind()) : ctx.t(key);
    }
}
