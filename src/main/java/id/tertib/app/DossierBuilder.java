package id.tertib.app;

import id.tertib.domain.AuditEntry;
import id.tertib.domain.Employee;
import id.tertib.domain.attendance.AttendanceDay;
import id.tertib.domain.discipline.Assessment;
import id.tertib.domain.discipline.CaseStep;
import id.tertib.domain.discipline.DisciplineCase;
import id.tertib.domain.discipline.LetterKind;
import id.tertib.domain.discipline.TeamMember;
import id.tertib.domain.discipline.YearTally;
import id.tertib.domain.travel.SuratTugas;
import id.tertib.io.discipline.DossierSheet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Puts a case, the person's year and the trips into the words of the case file (io writes them). */
final class DossierBuilder {

    private final I18n i18n;

    DossierBuilder(I18n i18n) {
        this.i18n = i18n;
    }

    DossierSheet build(DisciplineService.CaseDetail detail, DossierFacts facts, Map<LetterKind, String> letters,
            List<DossierSheet.Table> extra, String generatedBy, LocalDate today) {
        CaseFile file = detail.file();
        DisciplineCase c = file.c();
        Employee e = file.person();
        List<DossierSheet.Block> blocks = new ArrayList<>();
        blocks.add(new DossierSheet.Facts(t("dossier.identity"), List.of(
                fact("dossier.name", e.name().full()),
                fact("dossier.nip", e.number()),
                fact("dossier.status", i18n.label(e.status())),
                fact("dossier.golongan", e.golongan() == null ? "-" : e.golongan().code()
                        + e.golongan().pangkat().map(p -> " (" + p + ")").orElse("")),
                fact("dossier.position", blank(e.positionName())),
                fact("dossier.unit", file.unitName()))));
        blocks.add(new DossierSheet.Facts(t("dossier.case"), List.of(
                fact("dossier.caseNumber", "#" + c.id() + " · " + c.year()),
                fact("dossier.rule", file.basis()),
                fact("dossier.punishment", i18n.label(c.level()) + ": " + t("discipline.punishment." + c.punishment())),
                fact("dossier.opened", t("discipline.case.openedLine", i18n.date(c.openedOn()), c.openedBy())),
                fact("dossier.atOpening", t("discipline.case.figures", c.tkDays(), c.lateMinutes() + c.earlyMinutes(),
                        c.totalDays(), c.runLength())))));
        blocks.add(new DossierSheet.Lines(t("dossier.reckoning"), reckoning(detail.year().assessment(), c)));
        blocks.add(recap(facts));
        blocks.add(incidents(facts, detail.year().tally()));
        blocks.add(trips(facts.trips()));
        blocks.addAll(extra);
        blocks.add(steps(file));
        if (c.needsTeam() || !c.team().isEmpty()) {
            blocks.add(team(c.team()));
        }
        List<DossierSheet.Letter> drafts = new ArrayList<>();
        for (LetterKind kind : LetterKind.values()) {
            drafts.add(new DossierSheet.Letter(letters.get(kind)));
        }
        return new DossierSheet(t("dossier.title"), t("dossier.confidential"),
                t("dossier.footer", c.id(), e.name().full(), i18n.date(today), generatedBy), t("dossier.page"),
                blocks, drafts);
    }

    private List<String> reckoning(Assessment a, DisciplineCase c) {
        int minutes = a.lateMinutes() + a.earlyMinutes();
        List<String> lines = new ArrayList<>(List.of(
                t("discipline.view.sumLine", a.lateMinutes(), a.earlyMinutes(), minutes),
                t("discipline.view.divideLine", minutes, a.rules().minutesPerDay(), a.convertedDays(),
                        minutes % a.rules().minutesPerDay()),
                t("discipline.view.totalLine", a.tkDays(), a.convertedDays(), a.totalDays())));
        lines.add(a.run().length() == 0 ? t("dossier.noRun")
                : t("dossier.run", a.run().length(), i18n.date(a.run().from()), i18n.date(a.run().to())));
        if (a.run().length() > 0 && a.run().from().getYear() != a.run().to().getYear()) {
            lines.add(t("dossier.runAcrossYears"));
        }
        lines.add(t("dossier.ruleApplied", a.rung().map(r -> a.rules().basis(r.article())).orElse(a.rules().name()),
                a.rung().map(r -> i18n.label(r.level()) + ", " + t("discipline.punishment." + r.punishment()))
                        .orElse(t("dossier.noRung")),
                a.rules().minutesPerDay()));
        if (a.totalDays() != c.totalDays() || a.run().length() != c.runLength()) {
            lines.add(t("dossier.changedSince", c.totalDays(), c.runLength()));
        }
        return lines;
    }

    private DossierSheet.Table recap(DossierFacts facts) {
        List<String> headers = List.of(t("dossier.col.month"), t("dossier.col.workingDays"), "H", "TL",
                t("dossier.col.lateMinutes"), "PSW", t("dossier.col.earlyMinutes"), "TK", "DL", "S", "I", "C");
        List<List<Object>> rows = new ArrayList<>();
        long[] total = new long[DossierFacts.Column.values().length];
        for (DossierFacts.Month m : facts.months()) {
            List<Object> row = new ArrayList<>();
            row.add(i18n.month(m.month()));
            for (int i = 0; i < m.values().length; i++) {
                row.add(m.values()[i]);
                total[i] += m.values()[i];
            }
            rows.add(row);
        }
        List<Object> totalRow = new ArrayList<>();
        totalRow.add(t("dossier.total"));
        Arrays.stream(total).forEach(totalRow::add);
        float[] w = {2.2f, 1.3f, 1, 1, 1.3f, 1, 1.3f, 1, 1, 1, 1, 1};
        return new DossierSheet.Table(t("dossier.recap"), headers, rows, totalRow, w, t("dossier.none"),
                t("dossier.sheet.recap"));
    }

    /** The year's incident days, and the days of a run that crosses New Year that lie in the other year. */
    private DossierSheet.Table incidents(DossierFacts facts, YearTally tally) {
        List<String> headers = List.of(t("dossier.col.date"), t("dossier.col.code"), t("dossier.col.in"),
                t("dossier.col.out"), t("dossier.col.lateMinutes"), t("dossier.col.earlyMinutes"),
                t("dossier.col.source"), t("dossier.col.changedBy"), t("dossier.col.note"));
        List<List<Object>> rows = new ArrayList<>();
        List<AttendanceDay> days = new ArrayList<>(facts.incidents());
        tally.runDays().stream().filter(d -> d.date().getYear() != tally.year()).forEach(days::add);
        days.sort(java.util.Comparator.comparing(AttendanceDay::date));
        for (AttendanceDay d : days) {
            AuditEntry change = facts.changes().get(d.date());
            rows.add(List.of(i18n.date(d.date()), d.code() + d.machineCode().map(m -> " (" + m + ")").orElse(""),
                    d.arrival().map(Object::toString).orElse(""), d.departure().map(Object::toString).orElse(""),
                    d.lateMinutes(), d.earlyMinutes(), i18n.label(d.source()),
                    change == null ? "" : change.actor() + ", " + i18n.dateTime(change.at()),
                    change != null && change.reason() != null && !change.reason().isBlank()
                            ? join(d.note(), change.reason()) : d.note()));
        }
        float[] w = {1.6f, 0.8f, 0.9f, 0.9f, 0.8f, 0.8f, 1.5f, 1.8f, 2.2f};
        return new DossierSheet.Table(t("dossier.incidents"), headers, rows, null, w, t("dossier.none"),
                t("dossier.sheet.days"));
    }

    private DossierSheet.Table trips(List<SuratTugas> trips) {
        List<List<Object>> rows = new ArrayList<>();
        for (SuratTugas s : trips) {
            rows.add(List.of(s.number(), i18n.date(s.depart()) + " – " + i18n.date(s.returns()), s.destination(),
                    i18n.label(s.kind()), s.purpose()));
        }
        return new DossierSheet.Table(t("dossier.trips"), List.of(t("dossier.col.letter"), t("dossier.col.dates"),
                t("dossier.col.place"), t("dossier.col.kind"), t("dossier.col.purpose")), rows, null,
                new float[] {1.6f, 2, 1.5f, 1.4f, 2.5f}, t("dossier.none"), null);
    }

    /** The year's performance notes, oldest first: the examiner sees the person, not only the absences. */
    DossierSheet.Table notes(List<id.tertib.domain.performance.PerformanceNote> notes) {
        List<List<Object>> rows = new ArrayList<>();
        List<id.tertib.domain.performance.PerformanceNote> oldestFirst = new ArrayList<>(notes);
        java.util.Collections.reverse(oldestFirst); // the repository lists newest first
        for (var n : oldestFirst) {
            rows.add(List.of(i18n.date(n.date()), i18n.label(n.kind()), n.orderedValues().stream()
                    .map(i18n::label).collect(java.util.stream.Collectors.joining(", ")), n.text(), n.author()));
        }
        return new DossierSheet.Table(t("dossier.notes"), List.of(t("dossier.col.date"), t("dossier.col.kind"),
                t("dossier.col.values"), t("dossier.col.note"), t("dossier.col.author")), rows, null,
                new float[] {1.2f, 1.2f, 1.6f, 4, 1.3f}, t("dossier.none"), null);
    }

    private DossierSheet.Table steps(CaseFile file) {
        List<List<Object>> rows = new ArrayList<>();
        for (CaseStep s : file.c().steps()) {
            rows.add(List.of(i18n.label(s.kind()), i18n.date(s.date()), s.actor(), s.document(), s.note()));
        }
        String heading = t("dossier.steps") + file.examinationDue().map(d -> " · " + t(file.overdue()
                ? "discipline.case.overdue" : "discipline.case.due", i18n.date(d))).orElse("");
        return new DossierSheet.Table(heading, List.of(t("discipline.case.col.step"), t("discipline.case.col.date"),
                t("discipline.case.col.by"), t("discipline.case.col.document"), t("discipline.case.col.note")), rows,
                null, new float[] {1.6f, 1.2f, 0.8f, 1.6f, 3}, t("discipline.case.noSteps"), null);
    }

    private DossierSheet.Table team(List<TeamMember> team) {
        List<List<Object>> rows = new ArrayList<>();
        for (TeamMember m : team) {
            rows.add(List.of(m.name(), m.nip(), i18n.label(m.role())));
        }
        return new DossierSheet.Table(t("discipline.case.team"), List.of(t("dossier.name"), t("dossier.nip"),
                t("dossier.col.role")), rows, null, new float[] {3, 2, 2}, t("discipline.case.noTeam"), null);
    }

    private static String join(String a, String b) {
        return a == null || a.isBlank() ? b : a + " · " + b;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? "-" : s;
    }

    private DossierSheet.Fact fact(String key, String value) {
        return new DossierSheet.Fact(t(key), value);
    }

    private String t(String key, Object... args) {
        return i18n.get(key, args);
    }
}
