package id.tertib.ui.timeline;

import id.tertib.domain.discipline.Level;
import id.tertib.domain.discipline.StepKind;
import id.tertib.domain.performance.CoreValue;
import id.tertib.domain.performance.NoteKind;
import id.tertib.domain.performance.Predikat;
import id.tertib.domain.performance.SkpPeriod;
import id.tertib.domain.timeline.TimelineEntry;
import id.tertib.ui.common.UiContext;
import java.util.Arrays;
import java.util.stream.Collectors;

/** An entry in words: its date or range, and a title that says what happened. */
final class TimelineTexts {

    private final UiContext ctx;

    TimelineTexts(UiContext ctx) {
        this.ctx = ctx;
    }

    String when(TimelineEntry e) {
        return e.isRange() ? ctx.i18n().date(e.from()) + " – " + ctx.i18n().date(e.to()) : ctx.i18n().date(e.from());
    }

    String title(TimelineEntry e) {
        return switch (e.category()) {
            case ATTENDANCE -> e.minutes() > 0
                    ? ctx.t("timeline.minutes", e.code(), e.minutes(), e.time())
                    : ctx.t("timeline.code." + (e.code().equals("TK") ? "TK" : "other"), e.code());
            case LEAVE -> ctx.t(e.time().isEmpty() ? "timeline.leave" : "timeline.leaveRequested", e.code(), e.days());
            case TRIP -> ctx.t("timeline.trip", e.code(), e.time(), e.days());
            case NOTE -> ctx.i18n().label(NoteKind.valueOf(e.code())) + (e.time().isEmpty() ? "" : ": "
                    + Arrays.stream(e.time().split(",")).map(v -> ctx.i18n().label(CoreValue.valueOf(v)))
                    .collect(Collectors.joining(", ")));
            case SKP -> ctx.t("timeline.skp", ctx.i18n().label(SkpPeriod.valueOf(e.time())),
                    ctx.i18n().label(Predikat.valueOf(e.code())));
            case DISCIPLINE -> e.code().equals("OPENED") ? opened(e) : ctx.i18n().label(StepKind.valueOf(e.code()));
        };
    }

    /** "Kasus disiplin dibuka: Berat, 40 hari · Pemberhentian ..." from "BERAT pemberhentian" (level, punishment). */
    private String opened(TimelineEntry e) {
        String[] parts = e.time().split(" ", 2);
        String title = ctx.t("timeline.caseOpened", ctx.i18n().label(Level.valueOf(parts[0])), e.days());
        return parts.length < 2 ? title : title + " · " + ctx.t("discipline.punishment." + parts[1]);
    }

    String category(TimelineEntry.Category c) {
        return ctx.i18n().label(c);
    }
}
