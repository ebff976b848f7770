package id.tertib.app;

import id.tertib.domain.Employee;
import id.tertib.domain.attendance.AttendanceDay;
import id.tertib.domain.attendance.DaySource;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Writes an approved leave or a Surat Tugas into the daily attendance, and takes it out again when it is cancelled.
 * What people recorded (MANUAL, IMPORTED) and what another leave or letter marked is never overwritten: those days are
 * reported. A day the machine gave (MACHINE, or a DERIVED TK) is replaced by the mark's code, keeping the machine's
 * times and its code in {@code machine_code}, so cancelling puts back exactly what the machine said. Every day written
 * is audited, unless the reason is null: then the caller audits the whole as one entry (the demo office does).
 */
final class DayMarking {

    /** What marking or unmarking did. */
    record Result(List<LocalDate> changed, List<AttendanceDay> kept, List<LocalDate> punched) {
    }

    /**
     * What is marked on which days: the code (CT, DL, ...), the source that owns the marked days (LEAVE, TRAVEL) and
     * the note naming the request or letter, which also tells this mark's days from another's of the same source.
     */
    record Mark(long employeeId, LocalDate from, LocalDate to, String code, DaySource source, String note) {
    }

    private DayMarking() {
    }

    /** The working days of the person's unit in the request's period, in the years whose calendar is set. */
    static List<LocalDate> workingDays(AttendanceRules.ScheduleBook book, Employee e, LocalDate from, LocalDate to) {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            if (book.isWorkingDay(e.unitId(), d)) {
                days.add(d);
            }
        }
        return days;
    }

    static Result mark(Work w, AttendanceRules.ScheduleBook book, Employee e, Mark r, String reason) {
        Map<LocalDate, AttendanceDay> stored = stored(w, e, r);
        Set<LocalDate> punchedDates = new HashSet<>();
        w.store().attendance().forEachPunch(List.of(e.id()), r.from(), r.to(),
                (id, at) -> punchedDates.add(at.toLocalDate()));
        List<LocalDate> changed = new ArrayList<>();
        List<AttendanceDay> kept = new ArrayList<>();
        List<LocalDate> punched = new ArrayList<>();
        for (LocalDate date : workingDays(book, e, r.from(), r.to())) {
            Optional<AttendanceDay> before = Optional.ofNullable(stored.get(date));
            if (before.isPresent() && !before.get().source().replaceableByMachine()) {
                kept.add(before.get());
                continue;
            }
            if (punchedDates.contains(date) || before.map(b -> b.arrival().isPresent() || b.departure().isPresent())
                    .orElse(false)) {
                punched.add(date);
            }
            AttendanceDay after = before.map(b -> new AttendanceDay(e.id(), date, r.code(), b.arrival(), b.departure(),
                    b.lateMinutes(), b.earlyMinutes(), r.source(), b.flags(), r.note(), machineCode(b)))
                    .orElse(AttendanceDay.coded(e.id(), date, r.code(), r.source(), r.note()));
            write(w, e, before, Optional.of(after), reason);
            changed.add(date);
        }
        return new Result(changed, kept, punched);
    }

    /** Takes out the days this mark made; a day a person has since changed (another source or note) stays as it is. */
    static Result unmark(Work w, Employee e, Mark r, String reason) {
        List<LocalDate> changed = new ArrayList<>();
        for (AttendanceDay day : stored(w, e, r).values()) {
            if (day.source() != r.source() || !day.code().equals(r.code()) || !day.note().equals(r.note())) {
                continue;
            }
            write(w, e, Optional.of(day), machineState(day), reason);
            changed.add(day.date());
        }
        changed.sort(null);
        return new Result(changed, List.of(), List.of());
    }

    private static Map<LocalDate, AttendanceDay> stored(Work w, Employee e, Mark r) {
        return w.store().attendance().days(List.of(e.id()), r.from(), r.to()).stream()
                .collect(Collectors.toMap(AttendanceDay::date, Function.identity()));
    }

    /** The machine's code under the leave: the day's own when the machine gave it, else what it remembered. */
    private static Optional<String> machineCode(AttendanceDay before) {
        return before.source().replaceableByMachine() ? Optional.of(before.code()) : before.machineCode();
    }

    /** What the machine said before the leave was marked; empty when nothing lay underneath. */
    private static Optional<AttendanceDay> machineState(AttendanceDay d) {
        if (d.machineCode().isEmpty()) {
            return Optional.empty();
        }
        String machine = d.machineCode().get();
        DaySource source = "TK".equals(machine) && d.arrival().isEmpty() && d.departure().isEmpty()
                ? DaySource.DERIVED : DaySource.MACHINE;
        return Optional.of(new AttendanceDay(d.employeeId(), d.date(), machine, d.arrival(), d.departure(),
                d.lateMinutes(), d.earlyMinutes(), source, d.flags(), "", Optional.empty()));
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
        if (reason != null) {
            w.audit().attendanceDay(e, before.orElse(null), after.orElse(null), reason);
        }
    }
}
