package id.tertib.app;

import id.tertib.domain.DomainException;
import id.tertib.domain.Employee;
import id.tertib.domain.Problem;
import id.tertib.domain.attendance.AttendanceCode;
import id.tertib.domain.attendance.AttendanceDay;
import id.tertib.domain.attendance.DaySource;
import id.tertib.domain.discipline.Assessment;
import id.tertib.domain.discipline.CaseStep;
import id.tertib.domain.discipline.DisciplineCase;
import id.tertib.domain.leave.LeaveRequest;
import id.tertib.domain.leave.LeaveStatus;
import id.tertib.domain.performance.NoteKind;
import id.tertib.domain.performance.PerformanceNote;
import id.tertib.domain.performance.Predikat;
import id.tertib.domain.performance.SkpResult;
import id.tertib.domain.timeline.TimelineEntry;
import id.tertib.domain.timeline.TimelineEntry.Category;
import id.tertib.domain.travel.Participant;
import id.tertib.domain.travel.SuratTugas;
import id.tertib.store.PerformanceRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A person's year in one chronological view: attendance incidents (TK, late, early, sick, permission), leave and trips
 * as ranges, performance notes, SKP results, and, for HR officers and administrators only, discipline cases with
 * their steps. Section heads see their unit's people, viewers read the same.
 */
public final class TimelineService {

    private final Transactions tx;
    private final Clock clock;

    TimelineService(Transactions tx, Clock clock) {
        this.tx = tx;
        this.clock = clock;
    }

    /** The people whose timeline the signed-in person may open, by name. */
    public List<Employee> people() {
        return tx.read(w -> w.employees().findAll().stream().filter(e -> w.access().canSeeUnit(e.unitId()))
                .sorted(Comparator.comparing(e -> e.name().full())).toList());
    }

    public Timeline timeline(long employeeId, int year) {
        return tx.read(w -> {
            Employee e = w.employees().findById(employeeId)
                    .orElseThrow(() -> new DomainException(Problem.of(null, "employee.notFound", employeeId)));
            w.access().requireUnit(e.unitId());
            LocalDate from = LocalDate.of(year, 1, 1);
            LocalDate to = LocalDate.of(year, 12, 31);
            AttendanceRules rules = AttendanceRules.load(w);
            List<TimelineEntry> entries = new ArrayList<>();
            Counts counts = attendance(w, rules, e, from, to, entries);
            List<LeaveRequest> leave = leave(w, e, from, to, entries);
            List<SuratTugas> trips = trips(w, e, from, to, entries);
            List<PerformanceNote> notes = notes(w, e, from, to, entries);
            Optional<Predikat> predikat = skp(w, e, year, entries);
            Optional<Assessment> discipline = Optional.empty();
            if (w.access().canHandleDiscipline()) {
                cases(w, e, year, entries);
                DisciplineFacts facts = DisciplineFacts.load(w);
                discipline = Optional.of(facts.assess(e, facts.tally(w, e, year), LocalDate.now(clock)));
            }
            entries.sort(Comparator.comparing(TimelineEntry::from).thenComparing(TimelineEntry::category));
            LocalDate until = to.isAfter(LocalDate.now(clock)) ? LocalDate.now(clock) : to;
            AttendanceRules.ScheduleBook book = rules.book();
            int working = 0;
            for (LocalDate d = from; !d.isAfter(until); d = d.plusDays(1)) {
                if (book.isWorkingDay(e.unitId(), d)) {
                    working++;
                }
            }
            int leaveDays = leave.stream().filter(r -> r.status() == LeaveStatus.APPROVED)
                    .mapToInt(LeaveRequest::workingDays).sum();
            int travelDays = trips.stream().flatMap(t -> t.participants().stream())
                    .filter(p -> p.employeeId() == e.id()).mapToInt(Participant::days).sum();
            Timeline.Summary summary = new Timeline.Summary(working, counts.tk, counts.lateDays, counts.lateMinutes,
                    counts.earlyDays, counts.earlyMinutes, counts.sick, counts.permission, leaveDays, travelDays,
                    trips.size(), (int) notes.stream().filter(n -> n.kind() == NoteKind.APPRECIATION).count(),
                    (int) notes.stream().filter(n -> n.kind() == NoteKind.NEEDS_IMPROVEMENT).count(), predikat,
                    discipline);
            String unit = w.units().findAll().stream().filter(u -> u.id() == e.unitId()).map(u -> u.name())
                    .findFirst().orElse("");
            return new Timeline(e, unit, year, summary, entries);
        });
    }

    private static final class Counts {
        int tk;
        int lateDays;
        int lateMinutes;
        int earlyDays;
        int earlyMinutes;
        int sick;
        int permission;
    }

    /** Days that were not plain days at work; days marked by the leave and travel registers come as their ranges. */
    private static Counts attendance(Work w, AttendanceRules rules, Employee e, LocalDate from, LocalDate to,
            List<TimelineEntry> out) {
        Counts c = new Counts();
        for (AttendanceDay d : w.store().attendance().days(List.of(e.id()), from, to)) {
            if (d.source() == DaySource.LEAVE || d.source() == DaySource.TRAVEL) {
                continue;
            }
            AttendanceCode code = rules.codes().find(d.code()).orElse(null);
            if (code == null) {
                continue;
            }
            String times = d.arrival().map(TimelineService::hhmm).orElse("")
                    + d.departure().map(t -> "–" + hhmm(t)).orElse("");
            switch (code.kind()) {
                case UNEXCUSED -> {
                    c.tk++;
                    out.add(new TimelineEntry(d.date(), d.date(), Category.ATTENDANCE, d.code(), 0, "", 0, d.note()));
                }
                case LATE, EARLY_LEAVE, PRESENT -> {
                    if (d.lateMinutes() > 0) {
                        c.lateDays++;
                        c.lateMinutes += d.lateMinutes();
                    }
                    if (d.earlyMinutes() > 0) {
                        c.earlyDays++;
                        c.earlyMinutes += d.earlyMinutes();
                    }
                    if (d.lateMinutes() + d.earlyMinutes() > 0) {
                        out.add(new TimelineEntry(d.date(), d.date(), Category.ATTENDANCE, d.code(),
                                d.lateMinutes() + d.earlyMinutes(), times, 0, d.note()));
                    }
                }
                case SICK, PERMISSION -> {
                    if (code.kind() == AttendanceCode.Kind.SICK) {
                        c.sick++;
                    } else {
                        c.permission++;
                    }
                    out.add(new TimelineEntry(d.date(), d.date(), Category.ATTENDANCE, d.code(), 0, "", 0,
                            d.note()));
                }
                default -> {
                    // duty, study and leave recorded by hand are shown by their registers, not day by day
                }
            }
        }
        return c;
    }

    private static String hhmm(java.time.LocalTime t) {
        return String.format("%02d:%02d", t.getHour(), t.getMinute());
    }

    private static List<LeaveRequest> leave(Work w, Employee e, LocalDate from, LocalDate to,
            List<TimelineEntry> out) {
        List<LeaveRequest> all = w.store().leave().touching(List.of(e.id()), from, to).stream()
                .filter(r -> r.status() == LeaveStatus.APPROVED || r.status() == LeaveStatus.REQUESTED).toList();
        for (LeaveRequest r : all) {
            out.add(new TimelineEntry(r.from(), r.to(), Category.LEAVE, r.code(), 0,
                    r.status() == LeaveStatus.REQUESTED ? r.status().name() : "", r.workingDays(), r.reason()));
        }
        return all;
    }

    private static List<SuratTugas> trips(Work w, Employee e, LocalDate from, LocalDate to, List<TimelineEntry> out) {
        List<SuratTugas> trips = w.store().travel().activeWith(List.of(e.id()), from, to);
        for (SuratTugas t : trips) {
            int days = t.participants().stream().filter(p -> p.employeeId() == e.id()).mapToInt(Participant::days)
                    .sum();
            out.add(new TimelineEntry(t.depart(), t.returns(), Category.TRIP, t.number(), 0, t.destination(), days,
                    t.purpose()));
        }
        return trips;
    }

    private static List<PerformanceNote> notes(Work w, Employee e, LocalDate from, LocalDate to,
            List<TimelineEntry> out) {
        List<PerformanceNote> notes = w.store().performance().notes(new PerformanceRepository.NoteFilter(
                List.of(e.id()), from, to, null, null));
        for (PerformanceNote n : notes) {
            out.add(new TimelineEntry(n.date(), n.date(), Category.NOTE, n.kind().name(), 0,
                    n.orderedValues().stream().map(Enum::name).collect(Collectors.joining(",")), 0,
                    n.text() + " — " + n.author()));
        }
        return notes;
    }

    /** Results of the year at the end of their periods; the latest predikat of any year for the summary. */
    private static Optional<Predikat> skp(Work w, Employee e, int year, List<TimelineEntry> out) {
        List<SkpResult> all = w.store().performance().skp(List.of(e.id()), null);
        for (SkpResult r : all) {
            if (r.year() == year) {
                out.add(new TimelineEntry(r.period().end(year), r.period().end(year), Category.SKP,
                        r.predikat().name(), 0, r.period().name(), 0, r.note()));
            }
        }
        return all.stream().max(Comparator.comparing((SkpResult r) -> r.period().end(r.year())))
                .map(SkpResult::predikat);
    }

    private static void cases(Work w, Employee e, int year, List<TimelineEntry> out) {
        for (DisciplineCase c : w.store().discipline().ofEmployee(e.id())) {
            if (c.openedOn().getYear() == year) {
                // A case opened carries its level and punishment key in "time" ("BERAT pemberhentian").
                out.add(new TimelineEntry(c.openedOn(), c.openedOn(), Category.DISCIPLINE, "OPENED", 0,
                        c.level().name() + " " + c.punishment(), c.totalDays(), "#" + c.id()));
            }
            for (CaseStep s : c.steps()) {
                if (s.date().getYear() == year) {
                    out.add(new TimelineEntry(s.date(), s.date(), Category.DISCIPLINE, s.kind().name(), 0, "", 0,
                            "#" + c.id() + (s.document().isEmpty() ? "" : " · " + s.document())
                                    + (s.note().isEmpty() ? "" : " · " + s.note())));
                }
            }
        }
    }
}
