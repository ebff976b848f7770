package id.tertib.ui.discipline;

import id.tertib.app.DisciplineRow;
import id.tertib.domain.attendance.AttendanceDay;
import id.tertib.domain.discipline.Assessment;
import id.tertib.ui.common.UiContext;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;

/** The days and minutes behind each figure, as lines a person can check against the attendance grid. */
final class DaysList {

    /** Which figure was opened. */
    enum Figure { TK, LATE, EARLY, CONVERTED, RUN }

    private final UiContext ctx;

    DaysList(UiContext ctx) {
        this.ctx = ctx;
    }

    List<String> lines(DisciplineRow row, Figure figure) {
        Assessment a = row.assessment();
        return switch (figure) {
            case TK -> days(row.tally().unexcused(), d -> 0, "");
            case LATE -> days(row.tally().late(), AttendanceDay::lateMinutes, "discipline.view.lateLine");
            case EARLY -> days(row.tally().early(), AttendanceDay::earlyMinutes, "discipline.view.earlyLine");
            case CONVERTED -> List.of(
                    ctx.t("discipline.view.sumLine", a.lateMinutes(), a.earlyMinutes(),
                            a.lateMinutes() + a.earlyMinutes()),
                    ctx.t("discipline.view.divideLine", a.lateMinutes() + a.earlyMinutes(), a.rules().minutesPerDay(),
                            a.convertedDays(), (a.lateMinutes() + a.earlyMinutes()) % a.rules().minutesPerDay()),
                    ctx.t("discipline.view.totalLine", a.tkDays(), a.convertedDays(), a.totalDays()),
                    ctx.t("discipline.view.nextDayLine", a.minutesToNextDay()));
            case RUN -> days(row.tally().runDays(), d -> 0, "");
        };
    }

    private List<String> days(List<AttendanceDay> days, ToIntFunction<AttendanceDay> minutes, String minutesKey) {
        List<String> out = new ArrayList<>();
        for (AttendanceDay d : days) {
            String weekday = d.date().getDayOfWeek().getDisplayName(TextStyle.SHORT, ctx.i18n().locale());
            StringBuilder line = new StringBuilder(weekday).append(", ").append(ctx.i18n().date(d.date()))
                    .append(" — ").append(d.code());
            d.arrival().ifPresent(t -> line.append(" ").append(t));
            d.departure().ifPresent(t -> line.append("–").append(t));
            if (!minutesKey.isEmpty()) {
                line.append(" · ").append(ctx.t(minutesKey, minutes.applyAsInt(d)));
            }
            line.append(" · ").append(ctx.i18n().label(d.source()));
            if (!d.note().isBlank()) {
                line.append(" · ").append(d.note());
            }
            out.add(line.toString());
        }
        return out;
    }
}
