package id.tertib.app;

import id.tertib.domain.DomainException;
import id.tertib.domain.Employee;
import id.tertib.domain.Problem;
import id.tertib.domain.Unit;
import id.tertib.domain.UnitTree;
import id.tertib.domain.attendance.AttendanceCode;
import id.tertib.domain.attendance.AttendanceCodes;
import id.tertib.domain.attendance.AttendanceDay;
import id.tertib.domain.attendance.DailyResult;
import id.tertib.domain.attendance.DayDerivation;
import id.tertib.domain.attendance.DaySource;
import id.tertib.domain.attendance.Holiday;
import id.tertib.domain.attendance.Schedule;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Daily attendance as people see and correct it: a unit's month, and changes to cells. Every change by a person needs
 * a reason and is written to the audit trail with the day before and after; the machine's times and code are kept.
 */
public final class AttendanceService {

    private final Transactions tx;
    private final Clock clock;

    AttendanceService(Transactions tx, Clock clock) {
        this.tx = tx;
        this.clock = clock;
    }

    /** Today by the application's clock: the month a screen opens on, and the day after which presence is future. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The codes the office uses: defaults, then its own. */
    public AttendanceCodes codes() {
        return tx.read(w -> AttendanceRules.load(w).codes());
    }

    /** The month of a unit and its sub-units: active people, and anyone with a record that month. */
    public MonthSheet month(long unitId, YearMonth month) {
        return tx.read(w -> {
            w.access().requireUnit(unitId);
            UnitTree tree = new UnitTree(w.units().findAll());
            Unit unit = tree.find(unitId)
                    .orElseThrow(() -> new DomainException(Problem.of("unit", "attendance.unitNotFound", unitId)));
            Set<Long> units = tree.selfAndDescendants(unitId);
            List<Employee> inUnits = w.employees().findInUnits(units);
            LocalDate from = month.atDay(1);
            LocalDate to = month.atEndOfMonth();
            Map<Long, Map<LocalDate, AttendanceDay>> records = new HashMap<>();
            for (AttendanceDay d : w.store().attendance().days(inUnits.stream().map(Employee::id).toList(), from, to)) {
                records.computeIfAbsent(d.employeeId(), k -> new HashMap<>()).put(d.date(), d);
            }
            List<Employee> people = inUnits.stream().filter(e -> e.active() || records.containsKey(e.id()))
                    .sorted(Comparator.comparing((Employee e) -> e.name().name()).thenComparing(Employee::number))
                    .toList();
            AttendanceRules rules = AttendanceRules.load(w);
            boolean set = rules.calendar().covers(from);
            return new MonthSheet(unit, month, people, columns(month, rules, set), records, rules.codes(),
                    CodeNames.load(w), set, w.access().canEditAttendance(unitId));
        });
    }

    private static List<MonthSheet.DayColumn> columns(YearMonth month, AttendanceRules rules, boolean set) {
        List<MonthSheet.DayColumn> days = new ArrayList<>();
        for (int d = 1; d <= month.lengthOfMonth(); d++) {
            LocalDate date = month.atDay(d);
            Optional<Holiday> holiday = set ? rules.calendar().holiday(date) : Optional.empty();
            MonthSheet.DayKind kind;
            if (holiday.isPresent()) {
                kind = holiday.get().kind() == Holiday.HolidayKind.CUTI_BERSAMA ? MonthSheet.DayKind.CUTI_BERSAMA
                        : MonthSheet.DayKind.HOLIDAY;
            } else if (set ? !rules.calendar().workingWeekdays().contains(date.getDayOfWeek())
                    : date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY) {
                kind = MonthSheet.DayKind.WEEKEND;
            } else {
                kind = MonthSheet.DayKind.WORKING;
            }
            days.add(new MonthSheet.DayColumn(date, kind, holiday.map(Holiday::name).orElse("")));
        }
        return days;
    }

    /**
     * Sets one code on the cells given (a person's correction), keeping the machine's times and code. An empty code
     * clears the correction: the day goes back to what the machine said, or to nothing. Returns the cells as they are
     * now, in the order given.
     */
    public List<CellState> setCode(Collection<CellState> cells, String code, String note, String reason) {
        requireReason(reason);
        return tx.write(w -> {
            AttendanceRules rules = AttendanceRules.load(w);
            AttendanceRules.ScheduleBook book = rules.book();
            Optional<AttendanceCode> chosen = code == null || code.isBlank() ? Optional.empty()
                    : Optional.of(rules.codes().require(code));
            LocalDate today = LocalDate.now(clock);
            Map<Long, Employee> people = new HashMap<>();
            List<CellState> result = new ArrayList<>();
            for (CellState cell : distinct(cells)) {
                Employee e = people.computeIfAbsent(cell.employeeId(), id -> employee(w, id));
                w.access().require(w.access().canEditAttendance(e.unitId()), "access.attendance");
                requireWorkingDay(rules, book, e, cell.date());
                Optional<AttendanceDay> before = w.store().attendance().day(e.id(), cell.date());
                Optional<AttendanceDay> after;
                if (chosen.isPresent()) {
                    requireNotFutureFor(chosen.get(), cell.date(), today);
                    after = Optional.of(before.map(b -> b.corrected(chosen.get(), note(note, b)))
                            .orElse(AttendanceDay.coded(e.id(), cell.date(), chosen.get().code(), DaySource.MANUAL,
                                    note == null ? "" : note.trim())));
                } else {
                    after = before.flatMap(b -> machineState(b, rules, book, e.unitId()));
                }
                write(w, e, before, after, reason);
                result.add(new CellState(e.id(), cell.date(), after));
            }
            return result;
        });
    }

    /** Puts cells back exactly as they were (undo), each change audited with the reason. */
    public List<CellState> restore(Collection<CellState> states, String reason) {
        requireReason(reason);
        return tx.write(w -> {
            Map<Long, Employee> people = new HashMap<>();
            List<CellState> result = new ArrayList<>();
            for (CellState s : states) {
                Employee e = people.computeIfAbsent(s.employeeId(), id -> employee(w, id));
                w.access().require(w.access().canEditAttendance(e.unitId()), "access.attendance");
                Optional<AttendanceDay> before = w.store().attendance().day(e.id(), s.date());
                write(w, e, before, s.day(), reason);
                result.add(s);
            }
            return result;
        });
    }

    private static void write(Work w, Employee e, Optional<AttendanceDay> before, Optional<AttendanceDay> after,
            String reason) {
        if (before.equals(after)) {
            return;
        }
        if (after.isPresent()) {
            w.store().attendance().saveDays(List.of(after.get()));
        } else {
            w.store().attendance().deleteDay(e.id(), before.get().date());
        }
        w.audit().attendanceDay(e, before.orElse(null), after.orElse(null), reason.trim());
    }

    /**
     * What the machine said before a person changed the day; empty when no machine data lies underneath. A correction
     * to a code without minutes cleared them, so a TL or PSW the machine gave gets its minutes back from its times.
     */
    private static Optional<AttendanceDay> machineState(AttendanceDay d, AttendanceRules rules,
            AttendanceRules.ScheduleBook book, long unitId) {
        if (d.source() != DaySource.MANUAL || d.machineCode().isEmpty()) {
            return d.source() == DaySource.MANUAL ? Optional.empty() : Optional.of(d);
        }
        String machine = d.machineCode().get();
        DaySource source = "TK".equals(machine) && d.arrival().isEmpty() && d.departure().isEmpty()
                ? DaySource.DERIVED : DaySource.MACHINE;
        int late = d.lateMinutes();
        int early = d.earlyMinutes();
        Optional<Schedule> schedule = book.scheduleFor(unitId, d.date());
        if (late + early == 0 && rules.codes().find(machine).map(AttendanceCode::accumulatesMinutes).orElse(false)
                && schedule.isPresent()) {
            List<LocalDateTime> times = new ArrayList<>();
            d.arrival().ifPresent(t -> times.add(d.date().atTime(t)));
            d.departure().ifPresent(t -> times.add(d.date().atTime(t)));
            DailyResult again = new DayDerivation().derive(d.date(), times, rules.calendar(), schedule.get());
            late = again.lateMinutes();
            early = again.earlyMinutes();
        }
        return Optional.of(new AttendanceDay(d.employeeId(), d.date(), machine, d.arrival(), d.departure(),
                late, early, source, d.flags(), "", Optional.empty()));
    }

    private static String note(String note, AttendanceDay before) {
        return note == null ? before.note() : note.trim();
    }

    private static Collection<CellState> distinct(Collection<CellState> cells) {
        Map<String, CellState> unique = new LinkedHashMap<>();
        cells.forEach(c -> unique.putIfAbsent(c.employeeId() + "@" + c.date(), c));
        return unique.values();
    }

    static Employee employee(Work w, long id) {
        return w.employees().findById(id)
                .orElseThrow(() -> new DomainException(Problem.of("employee", "attendance.employeeNotFound", id)));
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new AppException(Problem.of("reason", "attendance.reasonRequired"));
        }
    }

    private static void requireWorkingDay(AttendanceRules rules, AttendanceRules.ScheduleBook book, Employee e,
            LocalDate date) {
        if (!rules.calendar().covers(date)) {
            throw new DomainException(Problem.of("date", "calendar.yearNotSet", date.getYear()));
        }
        if (!book.isWorkingDay(e.unitId(), date)) {
            throw new DomainException(Problem.of("date", "attendance.notWorkingDay", date));
        }
    }

    /** Presence and TK are facts about the past; a planned absence (leave, duty) may be recorded ahead. */
    static void requireNotFutureFor(AttendanceCode code, LocalDate date, LocalDate today) {
        if (date.isAfter(today) && !code.isValidAbsence()) {
            throw new DomainException(Problem.of("date", "attendance.futureDay", code.code(), date));
        }
    }
}
