package id.tertib.app;

import id.tertib.domain.Problem;
import id.tertib.domain.fairness.FairnessFlag;
import id.tertib.domain.fairness.FairnessSummary;
import id.tertib.domain.fairness.PersonOutcome;
import id.tertib.io.travel.FairnessCsvWriter;
import id.tertib.io.travel.FairnessPdfWriter;
import id.tertib.io.travel.FairnessSheet;
import id.tertib.io.travel.FairnessXlsxWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Turns a fairness report into its files: the words in the reader's language ({@link #sheet}), then XLSX, PDF (each
 * written whole or not at all, as the recap is) or CSV/JSON for the command line. The unit's name is not part of the
 * report, so the callers that know it pass it; without it the unit line says "every unit" for an analysis of all
 * units and is left out otherwise.
 */
final class FairnessExport {

    private FairnessExport() {
    }

    static FairnessSheet sheet(FairnessService.Report report, I18n i18n) {
        return sheet(report, i18n, null);
    }

    /** The report as the writers want it; {@code unitName} is the analysed unit's name (null when not known). */
    static FairnessSheet sheet(FairnessService.Report report, I18n i18n, String unitName) {
        FairnessSummary s = report.result().summary();
        double equal = s.people() == 0 ? 0 : (double) s.places() / s.people();
        List<FairnessSheet.Person> people = people(report, flags -> flagText(flags, i18n));
        long flagged = people.stream().filter(FairnessSheet.Person::flagged).count();
        boolean cut = people.size() > FairnessPdfWriter.BAR_LIMIT;
        FairnessSheet.Labels labels = new FairnessSheet.Labels(
                i18n.get("fairness.export.summarySheet"), i18n.get("fairness.export.peopleSheet"),
                i18n.get("fairness.export.monthsSheet"), i18n.get("fairness.export.col.number"),
                i18n.get("fairness.export.col.nip"), i18n.get("fairness.export.col.name"),
                i18n.get("fairness.export.col.unit"), i18n.get("fairness.export.col.trips"),
                i18n.get("fairness.export.col.days"), i18n.get("fairness.export.col.allowance"),
                i18n.get("fairness.export.col.share"), i18n.get("fairness.export.col.expected"),
                i18n.get("fairness.export.col.pValue"), i18n.get("fairness.export.col.flag"),
                i18n.get("fairness.export.col.reason"), i18n.get("fairness.export.total"),
                i18n.get("fairness.export.barTitle"),
                cut ? i18n.get("fairness.export.barNote", FairnessPdfWriter.BAR_LIMIT, people.size()) : "",
                i18n.get("fairness.export.equalShare", equal), i18n.get("fairness.export.flagged"),
                i18n.get("fairness.export.lorenzTitle"), i18n.get("fairness.export.lorenzX"),
                i18n.get("fairness.export.lorenzY"), i18n.get("fairness.export.lorenzCurve", s.giniTrips()),
                i18n.get("fairness.export.equality"), i18n.get("fairness.export.flagsTitle"),
                i18n.get("fairness.export.noFlags"));
        List<FairnessSheet.Fact> facts = List.of(
                fact(i18n, "fairness.export.fact.people", s.people(), FairnessSheet.Kind.COUNT),
                fact(i18n, "fairness.export.fact.trips", s.trips(), FairnessSheet.Kind.COUNT),
                fact(i18n, "fairness.export.fact.places", s.places(), FairnessSheet.Kind.COUNT),
                fact(i18n, "fairness.export.fact.days", s.days(), FairnessSheet.Kind.COUNT),
                fact(i18n, "fairness.export.fact.allowance", s.allowance(), FairnessSheet.Kind.RUPIAH),
                fact(i18n, "fairness.export.fact.equal", equal, FairnessSheet.Kind.DECIMAL),
                fact(i18n, "fairness.export.fact.giniTrips", s.giniTrips(), FairnessSheet.Kind.DECIMAL),
                fact(i18n, "fairness.export.fact.top20Trips", s.top20Trips(), FairnessSheet.Kind.PERCENT),
                fact(i18n, "fairness.export.fact.giniDays", s.giniDays(), FairnessSheet.Kind.DECIMAL),
                fact(i18n, "fairness.export.fact.top20Days", s.top20Days(), FairnessSheet.Kind.PERCENT),
                fact(i18n, "fairness.export.fact.flagged", flagged, FairnessSheet.Kind.COUNT),
                fact(i18n, "fairness.export.fact.neverSent", report.neverSent().size(), FairnessSheet.Kind.COUNT));
        DateTimeFormatter month = DateTimeFormatter.ofPattern("MMM uuuu", i18n.locale());
        return new FairnessSheet(i18n.get("fairness.export.title"), description(report, i18n, unitName), labels,
                people, facts, totals(report), report.months().stream().map(month::format).toList(),
                s.lorenzTrips(), equal, i18n.locale());
    }

    private static FairnessSheet.Fact fact(I18n i18n, String key, double value, FairnessSheet.Kind kind) {
        return new FairnessSheet.Fact(i18n.get(key), value, kind);
    }

    /** Period, unit, who was counted, and the rules. */
    private static List<String> description(FairnessService.Report report, I18n i18n, String unitName) {
        FairnessService.Query q = report.query();
        List<String> lines = new ArrayList<>();
        lines.add(i18n.get("fairness.export.period", q.from(), q.to()));
        if (q.unitId() == null) {
            lines.add(i18n.get("fairness.export.allUnits"));
        } else if (unitName != null && !unitName.isBlank()) {
            lines.add(i18n.get("fairness.export.unit", unitName));
        }
        lines.add(i18n.get("fairness.export.eligible", eligible(q, i18n)));
        if (report.rulesLine() != null && !report.rulesLine().isBlank()) {
            lines.add(report.rulesLine());
        }
        return lines;
    }

    /** "golongan III/a s.d. III/d, Pelaksana, PNS", or "semua pegawai". */
    private static String eligible(FairnessService.Query q, I18n i18n) {
        List<String> parts = new ArrayList<>();
        if (q.lowest() != null && q.highest() != null) {
            parts.add(i18n.get("fairness.export.golonganRange", q.lowest().code(), q.highest().code()));
        } else if (q.lowest() != null) {
            parts.add(i18n.get("fairness.export.golonganFrom", q.lowest().code()));
        } else if (q.highest() != null) {
            parts.add(i18n.get("fairness.export.golonganTo", q.highest().code()));
        }
        if (q.positionKind() != null) {
            parts.add(i18n.label(q.positionKind()));
        }
        if (q.status() != null) {
            parts.add(i18n.label(q.status()));
        }
        return parts.isEmpty() ? i18n.get("fairness.export.everyone") : String.join(", ", parts);
    }

    private static List<FairnessSheet.Person> people(FairnessService.Report report,
            Function<Set<FairnessFlag>, String> flagText) {
        List<FairnessSheet.Person> people = new ArrayList<>(report.rows().size());
        for (FairnessService.Row row : report.rows()) {
            PersonOutcome o = row.outcome();
            people.add(new FairnessSheet.Person(row.employee().number(), row.employee().numberGrouped(),
                    row.employee().name().full(), row.unitName() == null ? "" : row.unitName(), o.trips(), o.days(),
                    o.allowance(), o.share(), o.expected(), o.pValue(), o.flags(),
                    o.flagged() ? flagText.apply(o.flags()) : "", o.flagged() ? row.explanation() : "",
                    row.perMonth() == null ? new int[0] : row.perMonth()));
        }
        return people;
    }

    private static String flagText(Set<FairnessFlag> flags, I18n i18n) {
        return flags.stream().sorted().map(f -> switch (f) {
            case EXCESS -> i18n.get("fairness.export.flagExcess");
            case STREAK -> i18n.get("fairness.export.flagStreak");
        }).collect(Collectors.joining(", "));
    }

    private static FairnessSheet.Totals totals(FairnessService.Report report) {
        FairnessSummary s = report.result().summary();
        return new FairnessSheet.Totals(s.people(), s.trips(), s.giniTrips(), s.top20Trips());
    }

    static void xlsx(FairnessService.Report report, Path file, I18n i18n) {
        xlsx(report, file, i18n, null);
    }

    static void xlsx(FairnessService.Report report, Path file, I18n i18n, String unitName) {
        FairnessSheet sheet = sheet(report, i18n, unitName);
        write(file, out -> FairnessXlsxWriter.write(sheet, out));
    }

    static void pdf(FairnessService.Report report, Path file, I18n i18n) {
        pdf(report, file, i18n, null);
    }

    static void pdf(FairnessService.Report report, Path file, I18n i18n, String unitName) {
        FairnessSheet sheet = sheet(report, i18n, unitName);
        write(file, out -> FairnessPdfWriter.write(sheet, out));
    }

    /** {@code tertib fairness --format csv}: the people, a blank line, the summary. */
    static void csv(FairnessService.Report report, Writer out) {
        try {
            FairnessCsvWriter.csv(people(report, flags -> ""), totals(report), out);
            out.flush();
        } catch (IOException e) {
            throw new AppException(List.of(Problem.of(null, "fairness.export.cannotPrint", String.valueOf(
                    e.getMessage()))), e);
        }
    }

    /** {@code tertib fairness --format json}: {@code {"summary": {...}, "people": [...]}}. */
    static void json(FairnessService.Report report, Writer out) {
        try {
            FairnessCsvWriter.json(people(report, flags -> ""), totals(report), out);
            out.flush();
        } catch (IOException e) {
            throw new AppException(List.of(Problem.of(null, "fairness.export.cannotPrint", String.valueOf(
                    e.getMessage()))), e);
        }
    }

    private interface Body {
        void write(OutputStream out) throws IOException;
    }

    /** Writes next to {@code file} and moves the result over it, so a failure leaves no half-written file. */
    private static void write(Path file, Body body) {
        Path target = file.toAbsolutePath();
        Path temp = target.resolveSibling(target.getFileName() + ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                body.write(out);
            }
            RecapService.move(temp, target);
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // the message below is what matters
            }
            throw new AppException(List.of(Problem.of(null, "fairness.export.cannotWrite", target)), e);
        }
    }
}
