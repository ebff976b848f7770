package id.tertib.app;

import id.tertib.domain.Employee;
import id.tertib.domain.discipline.Assessment;
import id.tertib.domain.performance.Predikat;
import id.tertib.domain.timeline.TimelineEntry;
import java.util.List;
import java.util.Optional;

/**
 * A person's year in one view: the summary on top, the entries in date order. {@code discipline} is present only for
 * those who may see discipline files.
 */
public record Timeline(Employee person, String unitName, int year, Summary summary, List<TimelineEntry> entries) {

    public Timeline {
        entries = List.copyOf(entries);
    }

    /**
     * The year's figures: working days so far, TK days, late and early days with their minutes, sick and permission
     * days, leave and travel days, trips, notes by kind, the latest SKP predikat, and the discipline assessment.
     */
    public record Summary(int workingDays, int tk, int lateDays, int lateMinutes, int earlyDays, int earlyMinutes,
            int sick, int permission, int leaveDays, int travelDays, int trips, int appreciations, int improvements,
            Optional<Predikat> latestPredikat, Optional<Assessment> discipline) {
    }
}
