package id.tertib.app;

import id.tertib.domain.Employee;
import id.tertib.domain.EmploymentStatus;
import id.tertib.domain.Golongan;
import id.tertib.domain.PositionKind;
import id.tertib.domain.Problem;
import id.tertib.domain.fairness.Eligibility;
import id.tertib.domain.fairness.FairnessAnalysis;
import id.tertib.domain.fairness.FairnessResult;
import id.tertib.domain.fairness.FairnessRules;
import id.tertib.domain.fairness.PersonOutcome;
import java.io.Writer;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Whether travel is shared fairly in a unit over a period: who went how often, against what chance would give each
 * person given the trips they could have gone on, with plain-language explanations of every flag.
 */
public final class FairnessService {

    /**
     * What to analyse: the trips departing in {@code from..to}, the people of {@code unitId} and its sub-units (null:
     * every unit the signed-in person sees) who pass the eligibility filter (null parts do not filter; golongan by
     * rank, within one status's scale).
     */
    public record Query(LocalDate from, LocalDate to, Long unitId, Golongan lowest, Golongan highest,
            PositionKind positionKind, EmploymentStatus status) {

        /** Everyone in a unit (null: all units) over a period. */
        public static Query of(LocalDate from, LocalDate to, Long unitId) {
            return new Query(from, to, unitId, null, null, null, null);
        }

        Eligibility eligibility() {
            return new Eligibility(lowest, highest, positionKind, status);
        }
    }

    /**
     * One person: the outcome, their unit's name, trips per month of the period (in {@link Report#months()} order)
     * and, when flagged, the explanation in the report's language.
     */
    public record Row(Employee employee, String unitName, PersonOutcome outcome, int[] perMonth, String explanation) {
    }

    /**
     * The analysis with its rows, most trips first (people never sent last), the months of the period, and a line
     * naming the rules it was made under.
     */
    public record Report(Query query, FairnessResult result, List<Row> rows, List<YearMonth> months,
            String rulesLine) {
        public List<Row> neverSent() {
            return rows.stream().filter(r -> r.outcome().trips() == 0).toList();
        }
    }

    private final Transactions tx;
    private final Clock clock;

    private final OutputFiles outputs;

    FairnessService(Transactions tx, Clock clock, OutputFiles outputs) {
        this.tx = tx;
        this.clock = clock;
        this.outputs = outputs;
    }

    /** Analyses the query; explanations in {@code language}. */
    public Report analyse(Query query, Locale language) {
        requirePeriod(query);
        I18n i18n = new I18n(language);
        return tx.read(w -> {
            FairnessData data = FairnessData.load(w, query, LocalDate.now(clock));
            FairnessResult result = FairnessAnalysis.analyse(data.people().size(), data.trips(), TravelSettings.rules(w));
            List<Row> rows = new ArrayList<>();
            for (PersonOutcome o : result.people()) {
                Employee e = data.people().get(o.person());
                rows.add(new Row(e, data.unitNames().getOrDefault(e.unitId(), ""), o, data.perMonth()[o.person()],
                        FairnessTexts.explain(e, o, result.rules(), i18n)));
            }
            rows.sort(Comparator.comparingInt((Row r) -> -r.outcome().trips())
                    .thenComparingInt(r -> -r.outcome().days())
                    .thenComparing(r -> r.employee().name().name()));
            return new Report(query, result, List.copyOf(rows), data.months(),
                    FairnessTexts.rulesLine(result.rules(), data.unitLabel(), query, i18n));
        });
    }

    /** Writes the analysis as an XLSX workbook (people, summary, months) in {@code language}. */
    public void exportXlsx(Report report, Path file, Locale language) {
        outputs.requireNotProtected(file);
        FairnessExport.xlsx(report, file, new I18n(language));
    }

    /** Writes the analysis as a PDF report with its charts in {@code language}. */
    public void exportPdf(Report report, Path file, Locale language) {
        outputs.requireNotProtected(file);
        FairnessExport.pdf(report, file, new I18n(language));
    }

    /** The analysis for scripts: one CSV row per person, then the summary (see {@code FairnessCsvWriter}). */
    public void writeCsv(Report report, Writer out) {
        FairnessExport.csv(report, out);
    }

    /** The analysis for scripts as one JSON object with the summary and the people. */
    public void writeJson(Report report, Writer out) {
        FairnessExport.json(report, out);
    }

    /** The office's flagging rules (defaults unless an administrator changed them). */
    public FairnessRules rules() {
        return tx.read(TravelSettings::rules);
    }

    /**
     * Changes the flagging rules, the yearly cap on travel days and the rotation window; administrators only, audited
     * with the reason.
     */
    public void saveRules(FairnessRules rules, int capDaysPerYear, int windowMonths, String reason) {
        List<Problem> problems = new ArrayList<>();
        if (capDaysPerYear < 0 || capDaysPerYear > 366) {
            problems.add(Problem.of("capDays", "fairness.capInvalid"));
        }
        if (windowMonths < 1 || windowMonths > 120) {
            problems.add(Problem.of("windowMonths", "fairness.windowInvalid"));
        }
        if (!problems.isEmpty()) {
            throw new AppException(problems, null);
        }
        tx.write(w -> {
            w.access().require(w.access().canAdminister(), "access.admin");
            Map<String, String> before = TravelSettings.values(TravelSettings.rules(w), TravelSettings.capDays(w),
                    TravelSettings.windowMonths(w));
            TravelSettings.save(w, rules, capDaysPerYear, windowMonths);
            w.audit().travelRules(before, TravelSettings.values(rules, capDaysPerYear, windowMonths),
                    reason == null || reason.isBlank() ? null : reason.trim());
            return null;
        });
    }

    private static void requirePeriod(Query q) {
        if (q.from() == null || q.to() == null || q.to().isBefore(q.from())) {
            throw new AppException(List.of(Problem.of("to", "travel.periodInvalid")), null);
        }
    }
}
