package id.tertib.app;

import id.tertib.domain.Employee;
import id.tertib.domain.discipline.Assessment;
import id.tertib.domain.discipline.YearTally;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One person's discipline year: who, their unit, the days behind the figures, the assessment, and the open case for
 * that year if there is one.
 */
public record DisciplineRow(Employee person, String unitName, YearTally tally, Assessment assessment,
        Optional<Long> openCaseId) {

    /** The latest days that counted, newest first, for the early-warning list. */
    public List<LocalDate> latestIncidents(int n) {
        return Stream.of(tally.unexcused(), tally.late(), tally.early()).flatMap(List::stream)
                .map(d -> d.date()).distinct().sorted(Comparator.reverseOrder()).limit(n).toList();
    }
}
