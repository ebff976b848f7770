package id.tertib.app;

import id.tertib.domain.Employee;
import id.tertib.domain.attendance.AttendanceDay;
import id.tertib.domain.discipline.Assessment;
import id.tertib.domain.discipline.CaseStep;
import id.tertib.domain.discipline.DisciplineCase;
import id.tertib.domain.discipline.LetterKind;
import id.tertib.domain.discipline.StepKind;
import id.tertib.domain.discipline.TeamMember;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Drafts of the letters of a case (summons I and II, the examination record) with the facts filled in from the
 * person, the case and the attendance of the year; the officer edits them before printing. The templates are in the
 * message bundles with named blanks such as {@code {name}}, so an office can reword them without code.
 */
final class DisciplineLetters {

    private DisciplineLetters() {
    }

    static String draft(LetterKind kind, CaseFile file, DisciplineRow year, I18n i18n, LocalDate today) {
        String template = i18n.bundle().getString("discipline.letter.template." + kind.name());
        return fill(template, facts(file, year, i18n, today));
    }

    static String fill(String template, Map<String, String> facts) {
        String out = template;
        for (Map.Entry<String, String> f : facts.entrySet()) {
            out = out.replace("{" + f.getKey() + "}", f.getValue());
        }
        return out;
    }

    static Map<String, String> facts(CaseFile file, DisciplineRow year, I18n i18n, LocalDate today) {
        DisciplineCase c = file.c();
        Employee e = file.person();
        Assessment a = year.assessment();
        Map<String, String> m = new LinkedHashMap<>();
        m.put("name", e.name().full());
        m.put("nip", e.number());
        m.put("golongan", e.golongan() == null ? "-" : e.golongan().code()
                + e.golongan().pangkat().map(p -> " (" + p + ")").orElse(""));
        m.put("position", e.positionName() == null || e.positionName().isBlank() ? "-" : e.positionName());
        m.put("unit", file.unitName());
        m.put("year", String.valueOf(c.year()));
        m.put("case", "#" + c.id());
        m.put("tk", String.valueOf(a.tkDays()));
        m.put("late", String.valueOf(a.lateMinutes()));
        m.put("early", String.valueOf(a.earlyMinutes()));
        m.put("minutes", String.valueOf(a.lateMinutes() + a.earlyMinutes()));
        m.put("minutesPerDay", String.valueOf(a.rules().minutesPerDay()));
        m.put("converted", String.valueOf(a.convertedDays()));
        m.put("total", String.valueOf(a.totalDays()));
        m.put("run", String.valueOf(a.run().length()));
        m.put("runDates", a.run().length() == 0 ? "-"
                : i18n.date(a.run().from()) + " - " + i18n.date(a.run().to()));
        m.put("tkDates", dates(year.tally().unexcused(), i18n));
        m.put("ruleSet", a.rules().name());
        m.put("article", c.article());
        m.put("basis", file.basis()); // the templates' form: name and article without saying PP 49/2018 twice
        m.put("level", i18n.label(c.level()));
        m.put("punishment", i18n.get("discipline.punishment." + c.punishment()));
        m.put("summons1", stepDate(c, StepKind.SUMMONS_1, i18n));
        m.put("team", c.team().isEmpty() ? "-" : c.team().stream().map(t -> member(t, i18n))
                .collect(Collectors.joining("; ")));
        m.put("today", i18n.date(today));
        return m;
    }

    private static String member(TeamMember t, I18n i18n) {
        return t.name() + (t.nip().isEmpty() ? "" : " (NIP " + t.nip() + ")") + ", " + i18n.label(t.role());
    }

    private static String stepDate(DisciplineCase c, StepKind kind, I18n i18n) {
        return c.steps().stream().filter(s -> s.kind() == kind).map(CaseStep::date).reduce((x, y) -> y)
                .map(i18n::date).orElse("..............");
    }

    private static String dates(List<AttendanceDay> days, I18n i18n) {
        return days.isEmpty() ? "-" : days.stream().map(d -> i18n.date(d.date())).collect(Collectors.joining(", "));
    }
}
