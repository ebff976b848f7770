package id.tertib.ui.discipline;

import id.tertib.domain.discipline.Assessment;
import id.tertib.domain.discipline.Rung;
import id.tertib.ui.common.UiContext;
import java.util.Optional;

/** The words of the discipline screen: punishments, rule lines, the distance to the next threshold. */
final class DisciplineTexts {

    private final UiContext ctx;

    DisciplineTexts(UiContext ctx) {
        this.ctx = ctx;
    }

    String punishment(String key) {
        return ctx.t("discipline.punishment." + key);
    }

    String rung(Optional<Rung> rung) {
        return rung.map(r -> ctx.i18n().label(r.level()) + ": " + punishment(r.punishment())).orElse("—");
    }

    String level(Assessment a) {
        return a.level().map(l -> ctx.i18n().label(l)).orElse("—");
    }

    /** "PP 94/2021 Pasal 9 · 1 hari = 450 menit". */
    String ruleLine(Assessment a) {
        String basis = a.rung().map(r -> a.rules().basis(r.article())).orElse(a.rules().name());
        return ctx.t("discipline.view.ruleLine", basis, a.rules().minutesPerDay());
    }

    /** "2 hari lagi: Teguran tertulis" or, at the top of the ladder, "puncak tangga". */
    String next(Assessment a) {
        if (a.daysToNext() <= 0) {
            return ctx.t("discipline.view.top");
        }
        Optional<Rung> next = a.rules().rungFor(a.totalDays() + a.daysToNext());
        return ctx.t("discipline.view.next", a.daysToNext(), next.map(r -> punishment(r.punishment())).orElse(""));
    }

    String run(Assessment a) {
        if (a.run().length() == 0) {
            return "0";
        }
        return ctx.t("discipline.view.runDates", a.run().length(), ctx.i18n().date(a.run().from()),
                ctx.i18n().date(a.run().to()));
    }
}
