package id.tertib.app;

import id.tertib.domain.Employee;
import id.tertib.domain.EmploymentStatus;
import id.tertib.domain.Golongan;
import id.tertib.domain.PositionKind;
import id.tertib.domain.fairness.FairnessResult;
import id.tertib.domain.fairness.FairnessRules;
import id.tertib.domain.fairness.PersonOutcome;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

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

    FairnessService(Transactions tx, Clock clock) {
        this.tx = tx;
        this.clock = clock;
    }

    /** Analyses the query; explanations in {@code language}. */
    public Report analyse(Query query, Locale language) {
        throw new UnsupportedOperationException("being written");
    }

    /** Writes the analysis as an XLSX workbook (people, summary, months) in {@code language}. */
    public void exportXlsx(Report report, Path file, Locale language) {
        throw new UnsupportedOperationException("being written");
    }

    /** Writes the analysis as a PDF report with its charts in {@code language}. */
    public void exportPdf(Report report, Path file, Locale language) {
        throw new UnsupportedOperationException("being written");
    }

    /** The office's flagging rules (defaults unless an administrator changed them). */
    public FairnessRules rules() {
        throw new UnsupportedOperationException("being written");
    }

    /** Changes the flagging rules; administrators only, audited with the reason. */
    public void saveRules(FairnessRules rules, String reason) {
        throw new UnsupportedOperationException("being written");
    }
}
