package id.tertib.app;

import id.tertib.domain.DomainException;
import id.tertib.domain.Employee;
import id.tertib.domain.Problem;
import id.tertib.domain.UnitTree;
import id.tertib.domain.attendance.AttendanceDay;
import id.tertib.domain.attendance.DaySource;
import id.tertib.domain.leave.Applicant;
import id.tertib.domain.leave.LeaveBalance;
import id.tertib.domain.leave.LeaveRequest;
import id.tertib.domain.leave.LeaveRules;
import id.tertib.domain.leave.LeaveStatus;
import id.tertib.domain.leave.OpeningBalance;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The leave register: requests for leave, their approval, rejection and cancellation, and annual leave balances.
 * Approving marks each working day of the period in the daily attendance with the leave code; cancelling an approved
 * leave takes those days out again. Administrators and HR officers act for every unit, a section head for his unit and
 * its sub-units; viewers only read. Every change is audited.
 */
public final class LeaveService {

    /** Which requests to list; null parts do not filter. A year lists the requests that touch it. */
    public record Filter(Long unitId, Long employeeId, Integer year, LeaveStatus status) {
        public static final Filter ALL = new Filter(null, null, null, null);
    }

    /** A request with its person, and whether the signed-in person may decide on it. */
    public record Entry(LeaveRequest request, Employee employee, boolean editable) {
    }

    /** A request as typed in the form; the dates may still be missing. */
    public record Draft(long employeeId, String code, LocalDate from, LocalDate to, String reason) {
    }

    /**
     * What saving would do: the working days counted, the person's annual leave in the year the leave starts
     * (before this request), what is wrong (nothing: it may be saved), and the years of the period whose calendar is
     * not set (their days are not counted and will not be marked).
     */
    public record Preview(int workingDays, Optional<LeaveBalance> balance, List<Problem> problems,
            List<Integer> yearsNotSet) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    /**
     * What a decision did to the daily attendance: the days marked (approval) or taken out (cancellation); days a
     * person or another system recorded, kept as they were; days on which the person punched in or out though now on
     * leave; years of the period whose calendar is not set (not marked).
     */
    public record Outcome(LeaveRequest request, List<LocalDate> changed, List<AttendanceDay> kept,
            List<LocalDate> punched, List<Integer> yearsNotSet) {
    }

    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

    private final Transactions tx;
    private final Clock clock;

    LeaveService(Transactions tx, Clock clock) {
        this.tx = tx;
        this.clock = clock;
    }

    /** Requests the signed-in person may see, newest first. */
    public List<Entry> list(Filter f) {
        return tx.read(w -> {
            Set<Long> units = null;
            if (f.unitId() != null) {
                w.access().requireUnit(f.unitId());
                units = new UnitTree(w.units().findAll()).selfAndDescendants(f.unitId());
            }
            Set<Long> unitFilter = units;
            Map<Long, Employee> people = w.employees().findAll().stream()
                    .filter(e -> w.access().canSeeUnit(e.unitId()))
                    .filter(e -> unitFilter == null || unitFilter.contains(e.unitId()))
                    .filter(e -> f.employeeId() == null || e.id() == f.employeeId())
                    .collect(Collectors.toMap(Employee::id, Function.identity()));
            LocalDate from = f.year() == null ? EARLIEST : LocalDate.of(f.year(), 1, 1);
            LocalDate to = f.year() == null ? LATEST : LocalDate.of(f.year(), 12, 31);
            return w.store().leave().touching(people.keySet(), from, to).stream()
                    .filter(r -> f.status() == null || r.status() == f.status())
                    .map(r -> {
                        Employee e = people.get(r.employeeId());
                        return new Entry(r, e, w.access().canEditAttendance(e.unitId()));
                    })
                    .toList();
        });
    }

    /** Checks a request as typed, without saving; the form calls this as the user fills it in. */
    public Preview preview(Draft draft) {
        return tx.read(w -> assess(w, draft, 0, false));
    }

    /** Records a request (status REQUESTED) after every check; the form's message says what to fix otherwise. */
    public LeaveRequest create(Draft draft) {
        return tx.write(w -> {
            Employee e = AttendanceService.employee(w, draft.employeeId());
            w.access().require(w.access().canEditAttendance(e.unitId()), "access.leave");
            Preview p = assess(w, draft, 0, false);
            if (!p.ok()) {
                throw new DomainException(p.problems());
            }
            LeaveSettings.startRegister(w, clock);
            LeaveRequest saved = w.store().leave().insert(LeaveRequest.draft(e.id(), draft.code(), draft.from(),
                    draft.to(), draft.reason()).withWorkingDays(p.workingDays()));
            w.audit().leaveRequest(e, null, saved, null);
            return saved;
        });
    }

    /**
     * Approves a requested leave after checking it again (the calendar, the balance or other leave may have changed
     * since it was requested), recounts its working days and marks them in the daily attendance.
     */
    public Outcome approve(long id, String note) {
        return tx.write(w -> {
            LeaveRequest r = requested(w, id);
            Employee e = decider(w, r);
            Preview p = assess(w, new Draft(r.employeeId(), r.code(), r.from(), r.to(), r.reason()), r.id(), true);
            if (!p.ok()) {
                throw new DomainException(p.problems());
            }
            LeaveRequest approved = r.decided(LeaveStatus.APPROVED, note).withWorkingDays(p.workingDays());
            w.store().leave().updateDecision(approved);
            String reason = reason("disetujui", approved);
            w.audit().leaveRequest(e, r, approved, clean(note));
            DayMarking.Result marked = DayMarking.mark(w, AttendanceRules.load(w).book(), e, mark(approved), reason);
            return new Outcome(approved, marked.changed(), marked.kept(), marked.punched(), p.yearsNotSet());
        });
    }

    /** Rejects a requested leave; the note says why. */
    public LeaveRequest reject(long id, String note) {
        requireNote(note);
        return tx.write(w -> {
            LeaveRequest r = requested(w, id);
            Employee e = decider(w, r);
            LeaveRequest rejected = r.decided(LeaveStatus.REJECTED, note);
            w.store().leave().updateDecision(rejected);
            w.audit().leaveRequest(e, r, rejected, note.trim());
            return rejected;
        });
    }

    /** Cancels a requested or approved leave; an approved one's days are taken out of the daily attendance. */
    public Outcome cancel(long id, String note) {
        requireNote(note);
        return tx.write(w -> {
            LeaveRequest r = find(w, id);
            if (!r.status().isActive()) {
                throw new DomainException(Problem.of(null, "leave.notActive", r.id()));
            }
            Employee e = decider(w, r);
            LeaveRequest cancelled = r.decided(LeaveStatus.CANCELLED, note);
            w.store().leave().updateDecision(cancelled);
            w.audit().leaveRequest(e, r, cancelled, note.trim());
            if (r.status() != LeaveStatus.APPROVED) {
                return new Outcome(cancelled, List.of(), List.of(), List.of(), List.of());
            }
            DayMarking.Result removed = DayMarking.unmark(w, e, mark(r), reason("dibatalkan", cancelled));
            return new Outcome(cancelled, removed.changed(), List.of(), List.of(), List.of());
        });
    }

    /** A person's annual leave in one year, with the rule values it was computed under. */
    public LeaveBalance balance(long employeeId, int year) {
        return tx.read(w -> {
            Employee e = AttendanceService.employee(w, employeeId);
            w.access().requireUnit(e.unitId());
            AttendanceRules rules = AttendanceRules.load(w);
            return LeaveLedger.balance(w, clock, LeaveSettings.rules(w), rules.calendar(), e, year, 0);
        });
    }

    /** The opening balance HR set for a person's year, if any. */
    public Optional<OpeningBalance> opening(long employeeId, int year) {
        return tx.read(w -> {
            Employee e = AttendanceService.employee(w, employeeId);
            w.access().requireUnit(e.unitId());
            return w.store().leave().opening(employeeId, year);
        });
    }

    /** Sets (or, with {@code null} values, removes) an opening balance; HR officers and administrators. */
    public Optional<OpeningBalance> saveOpening(long employeeId, int year, Integer carriedOver, Integer takenBefore,
            String note) {
        return tx.write(w -> {
            w.access().require(w.access().canEditStaffData(), "access.staffData");
            Employee e = AttendanceService.employee(w, employeeId);
            Optional<OpeningBalance> before = w.store().leave().opening(employeeId, year);
            Optional<OpeningBalance> after = carriedOver == null && takenBefore == null ? Optional.empty()
                    : Optional.of(new OpeningBalance(employeeId, year, carriedOver == null ? 0 : carriedOver,
                            takenBefore == null ? 0 : takenBefore, note));
            if (before.equals(after)) {
                return after;
            }
            if (after.isPresent()) {
                w.store().leave().saveOpening(after.get());
                LeaveSettings.startRegister(w, clock);
            } else {
                w.store().leave().deleteOpening(employeeId, year);
            }
            w.audit().leaveOpening(e, before.orElse(null), after.orElse(null));
            return after;
        });
    }

    /** The office's leave rules (PP 11/2017 defaults unless an administrator changed them). */
    public LeaveRules rules() {
        return tx.read(LeaveSettings::rules);
    }

    /** The first year the office keeps leave in Tertib; before it, carry-over is only what HR enters. */
    public int registerFrom() {
        return tx.read(w -> LeaveSettings.registerFrom(w, clock));
    }

    /** Changes the rules and the register's first year; administrators only, audited with the reason. */
    public void saveRules(LeaveRules rules, int registerFrom, String reason) {
        if (registerFrom < 1950 || registerFrom > 9999) {
            throw new AppException(List.of(Problem.of("registerFrom", "leave.openingYear", registerFrom)), null);
        }
        tx.write(w -> {
            w.access().require(w.access().canAdminister(), "access.admin");
            Map<String, String> before = settingsValues(LeaveSettings.rules(w), LeaveSettings.registerFrom(w, clock));
            LeaveSettings.saveRules(w, rules);
            LeaveSettings.saveRegisterFrom(w, registerFrom);
            w.audit().leaveRules(before, settingsValues(rules, registerFrom), clean(reason));
            return null;
        });
    }

    private static Map<String, String> settingsValues(LeaveRules rules, int registerFrom) {
        Map<String, String> m = new java.util.LinkedHashMap<>(rules.toMap());
        m.put("registerFrom", String.valueOf(registerFrom));
        return m;
    }

    /** Every check of {@link LeaveRules}, the calendar, and the annual balance. */
    private Preview assess(Work w, Draft d, long requestId, boolean approving) {
        Employee e = AttendanceService.employee(w, d.employeeId());
        w.access().requireUnit(e.unitId());
        List<Problem> problems = new ArrayList<>();
        if (d.code() == null || d.code().isBlank()) {
            problems.add(Problem.of("code", "leave.codeRequired"));
        }
        if (d.from() == null) {
            problems.add(Problem.of("from", "leave.fromRequired"));
        }
        if (d.to() == null) {
            problems.add(Problem.of("to", "leave.toRequired"));
        }
        if (!problems.isEmpty()) {
            return new Preview(0, Optional.empty(), problems, List.of());
        }
        AttendanceRules att = AttendanceRules.load(w);
        LeaveRules rules = LeaveSettings.rules(w);
        LeaveBalance balance = LeaveLedger.balance(w, clock, rules, att.calendar(), e, d.from().getYear(), requestId);
        LeaveRequest r = new LeaveRequest(requestId, e.id(), d.code(), d.from(), d.to(), LeaveStatus.REQUESTED, 0,
                d.reason(), "");
        if (d.to().isBefore(d.from())) {
            return new Preview(0, Optional.of(balance), rules.check(r, Applicant.of(e), List.of()), List.of());
        }
        Set<Integer> notSet = new TreeSet<>();
        for (int y = d.from().getYear(); y <= d.to().getYear(); y++) {
            if (!att.calendar().covers(LocalDate.of(y, 1, 1))) {
                notSet.add(y);
            }
        }
        r = r.withWorkingDays(DayMarking.workingDays(att.book(), e, d.from(), d.to()).size());
        if (notSet.contains(d.from().getYear())) {
            problems.add(Problem.of("from", "calendar.yearNotSet", d.from().getYear()));
        } else {
            problems.addAll(rules.check(r, Applicant.of(e), w.store().leave().forEmployee(e.id())));
        }
        if (problems.stream().noneMatch(p -> p.messageKey().equals("leave.notEligible"))) {
            // Someone not yet entitled has no balance either; saying so twice would only confuse.
            problems.addAll(rules.checkBalance(r, approving ? balance.remaining() : balance.available()));
        }
        return new Preview(r.workingDays(), Optional.of(balance), problems, List.copyOf(notSet));
    }

    private static LeaveRequest find(Work w, long id) {
        return w.store().leave().find(id)
                .orElseThrow(() -> new DomainException(Problem.of(null, "leave.notFound", id)));
    }

    private static LeaveRequest requested(Work w, long id) {
        LeaveRequest r = find(w, id);
        if (r.status() != LeaveStatus.REQUESTED) {
            throw new DomainException(Problem.of(null, "leave.notRequested", r.id()));
        }
        return r;
    }

    /** The request's person, once the signed-in person is found allowed to decide for their unit. */
    private static Employee decider(Work w, LeaveRequest r) {
        Employee e = AttendanceService.employee(w, r.employeeId());
        w.access().require(w.access().canEditAttendance(e.unitId()), "access.leave");
        return e;
    }

    /** The days an approved leave marks; the note names the request, as it did before letters were marked too. */
    private static DayMarking.Mark mark(LeaveRequest r) {
        return new DayMarking.Mark(r.employeeId(), r.from(), r.to(), r.code(), DaySource.LEAVE, "cuti #" + r.id());
    }

    private static String reason(String what, LeaveRequest r) {
        return "cuti " + r.code() + " #" + r.id() + " " + what;
    }

    private static void requireNote(String note) {
        if (note == null || note.isBlank()) {
            throw new AppException(List.of(Problem.of("note", "leave.noteRequired")), null);
        }
    }

    private static String clean(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
