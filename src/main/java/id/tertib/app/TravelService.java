package id.tertib.app;

import id.tertib.domain.DomainException;
import id.tertib.domain.Employee;
import id.tertib.domain.Problem;
import id.tertib.domain.UnitTree;
import id.tertib.domain.attendance.DaySource;
import id.tertib.domain.travel.Conflict;
import id.tertib.domain.travel.Participant;
import id.tertib.domain.travel.SuratTugas;
import id.tertib.domain.travel.TravelConflicts;
import id.tertib.domain.travel.TravelKind;
import id.tertib.domain.travel.TravelStatus;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The travel register: Surat Tugas with their travellers. Saving marks the travellers' working days DL in the daily
 * attendance (cancelling takes them out again), checks every conflict, and keeps the rotation honest: a trip that
 * passes over people who should have gone first needs a reason. Everything is audited.
 */
public final class TravelService {

    /** Which letters to list; null parts do not filter. Dates list the trips that touch the period. */
    public record Filter(Long unitId, LocalDate from, LocalDate to, TravelStatus status) {
        public static final Filter ALL = new Filter(null, null, null, null);
    }

    /** A letter with its issuing unit's name, its travellers in order, and whether the signed-in person may edit it. */
    public record Entry(SuratTugas trip, String unitName, List<Employee> travellers, boolean editable) {
    }

    /** A letter as typed in the form ({@code id} 0 for a new one); parts may still be missing. */
    public record Draft(long id, String number, LocalDate date, long unitId, String basis, String purpose,
            String city, String province, TravelKind kind, LocalDate depart, LocalDate returns, String transport,
            String budgetAccount, String issuer, List<Participant> participants) {
    }

    /** A conflict with the person it concerns. */
    public record ConflictEntry(Conflict conflict, Employee employee) {
    }

    /**
     * Someone who could go on a trip, ranked: fewest trips, then fewest travel days in the window, then longest since
     * their last trip (never first). {@code trips} and {@code days} are counted over the letters departing in
     * {@code countedFrom..countedTo} (the rotation window before the departure), as Keadilan Penugasan counts a period;
     * screens show that period with them. {@code rank} starts at 1; people who are busy on the dates (leave, another
     * trip, sick) come last with rank 0 and say why in {@code busy} (message keys with arguments).
     */
    public record Candidate(Employee employee, int rank, int trips, int days, LocalDate countedFrom,
            LocalDate countedTo, Optional<LocalDate> lastTrip, List<Problem> busy) {
        public boolean available() {
            return busy.isEmpty();
        }
    }

    /**
     * What saving a draft would meet: problems that block it (missing or wrong fields), conflicts that need a reason,
     * and the better-placed candidates the chosen travellers pass over (a reason is needed when not empty).
     */
    public record Check(List<Problem> problems, List<ConflictEntry> conflicts, List<Candidate> passedOver) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    /** The attendance code a Surat Tugas marks on its travellers' working days. */
    static final String DL = "DL";
    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

    private final Transactions tx;
    private final Clock clock;

    TravelService(Transactions tx, Clock clock) {
        this.tx = tx;
        this.clock = clock;
    }

    /**
     * Letters the signed-in person may see, newest departure first: those issued by a unit they see and those on which
     * one of their people travels (a section head's people often travel on the parent bidang's letters). Only a letter
     * of a unit they may keep is editable. The unit filter takes the letters issued by the unit (with sub-units) and
     * those its people travel on, as the fairness analysis counts them.
     */
    public List<Entry> list(Filter f) {
        return tx.read(w -> {
            Set<Long> units = f.unitId() == null ? null
                    : new UnitTree(w.units().findAll()).selfAndDescendants(requireUnit(w, f.unitId()));
            Map<Long, String> unitNames = w.units().findAll().stream()
                    .collect(Collectors.toMap(u -> u.id(), u -> u.name()));
            Map<Long, Employee> people = w.employees().findAll().stream()
                    .collect(Collectors.toMap(Employee::id, Function.identity()));
            List<SuratTugas> trips = new ArrayList<>(w.store().travel().touching(
                    f.from() == null ? EARLIEST : f.from(), f.to() == null ? LATEST : f.to(), false));
            java.util.Collections.reverse(trips);
            return trips.stream()
                    .filter(t -> concerns(t, people, w.access()::canSeeUnit))
                    .filter(t -> units == null || concerns(t, people, units::contains))
                    .filter(t -> f.status() == null || t.status() == f.status())
                    .map(t -> new Entry(t, unitNames.getOrDefault(t.unitId(), ""), travellers(t, people),
                            t.active() && w.access().canEditAttendance(t.unitId())))
                    .toList();
        });
    }

    /** Whether the letter was issued by one of the units, or one of its travellers belongs to one. */
    private static boolean concerns(SuratTugas t, Map<Long, Employee> people, java.util.function.LongPredicate units) {
        return units.test(t.unitId()) || t.participants().stream().map(p -> people.get(p.employeeId()))
                .anyMatch(e -> e != null && units.test(e.unitId()));
    }

    /** Checks a draft without saving; the form calls this as the user fills it in. */
    public Check check(Draft draft) {
        return tx.read(w -> assess(w, draft));
    }

    /**
     * Who could go on a trip of {@code unitId} (with sub-units) from {@code depart} to {@code returns}, best first.
     * {@code tripId} is the letter being edited (its own travellers are not busy because of it), 0 for a new one.
     */
    public List<Candidate> candidates(long unitId, LocalDate depart, LocalDate returns, long tripId) {
        return tx.read(w -> {
            requireUnit(w, unitId);
            return TravelRotation.rank(w, unitId, depart, returns, tripId);
        });
    }

    /**
     * Saves a new or changed letter after every check. Conflicts need {@code conflictReason}; passing over better
     * placed candidates needs {@code rotationReason}; both are audited. The travellers' working days become DL.
     */
    public SuratTugas save(Draft draft, String conflictReason, String rotationReason) {
        return tx.write(w -> {
            Check check = assess(w, draft);
            if (!check.ok()) {
                throw new DomainException(check.problems());
            }
            List<Problem> missing = new ArrayList<>();
            if (!check.conflicts().isEmpty() && blank(conflictReason)) {
                missing.add(Problem.of("conflictReason", "travel.conflictReasonRequired", check.conflicts().size()));
            }
            if (!check.passedOver().isEmpty() && blank(rotationReason)) {
                missing.add(Problem.of("rotationReason", "travel.rotationReasonRequired",
                        check.passedOver().get(0).employee().name().full()));
            }
            if (!missing.isEmpty()) {
                throw new DomainException(missing);
            }
            SuratTugas trip = letter(draft, draft.id());
            Optional<SuratTugas> before = draft.id() == 0 ? Optional.empty() : w.store().travel().find(draft.id());
            String reason = auditReason(conflictReason, rotationReason, check);
            String dayReason = reason == null ? "ST " + trip.number() : "ST " + trip.number() + ", " + reason;
            before.ifPresent(b -> unmark(w, b, dayReason));
            SuratTugas saved;
            if (before.isPresent()) {
                w.store().travel().update(trip);
                saved = trip;
            } else {
                saved = w.store().travel().insert(trip);
            }
            w.audit().suratTugas(before.orElse(null), saved, notes(check), reason);
            markDays(w, saved, dayReason);
            return saved;
        });
    }

    /** Cancels a letter; its DL days are taken out of the attendance again. The note says why. */
    public SuratTugas cancel(long id, String note) {
        if (blank(note)) {
            throw new AppException(List.of(Problem.of("note", "travel.noteRequired")), null);
        }
        return tx.write(w -> {
            SuratTugas t = w.store().travel().find(id)
                    .orElseThrow(() -> new DomainException(Problem.of(null, "travel.notFound", id)));
            w.access().require(w.access().canEditAttendance(t.unitId()), "access.travel");
            if (!t.active()) {
                throw new DomainException(Problem.of(null, "travel.notActive", t.number()));
            }
            SuratTugas cancelled = t.withStatus(TravelStatus.CANCELLED);
            w.store().travel().updateStatus(id, TravelStatus.CANCELLED);
            String reason = "ST " + t.number() + " dibatalkan: " + note.trim();
            w.audit().suratTugas(t, cancelled, Map.of(), note.trim());
            unmark(w, t, reason);
            return cancelled;
        });
    }

    /** Every conflict of the active letters touching {@code from..to}: the reconciliation report. */
    public List<ConflictEntry> conflicts(LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from)) {
            throw new AppException(List.of(Problem.of("to", "travel.periodInvalid")), null);
        }
        return tx.read(w -> {
            Map<Long, Employee> everyone = w.employees().findAll().stream()
                    .collect(Collectors.toMap(Employee::id, Function.identity()));
            List<SuratTugas> trips = w.store().travel().touching(from, to, true).stream()
                    .filter(t -> concerns(t, everyone, w.access()::canSeeUnit)).toList();
            Map<Long, Employee> people = people(w, trips);
            TravelConflicts.Facts facts = TravelFacts.gather(w, people, from, to);
            Set<Long> issuedBySeen = trips.stream().filter(t -> w.access().canSeeUnit(t.unitId()))
                    .map(SuratTugas::id).collect(Collectors.toSet());
            // On another unit's letter, only the conflicts of one's own people.
            return entries(TravelConflicts.all(trips, facts), people).stream()
                    .filter(c -> issuedBySeen.contains(c.conflict().tripId())
                            || w.access().canSeeUnit(c.employee().unitId()))
                    .toList();
        });
    }

    /** The reconciliation report for scripts, one CSV line per conflict. */
    public void writeConflictsCsv(List<ConflictEntry> conflicts, java.io.Writer out) {
        ConflictExport.csv(conflicts, out);
    }

    /** The reconciliation report for scripts as JSON. */
    public void writeConflictsJson(List<ConflictEntry> conflicts, java.io.Writer out) {
        ConflictExport.json(conflicts, out);
    }

    /** The office's cap on travel days per person and year (0: none), and the rotation window in months. */
    public int capDaysPerYear() {
        return tx.read(TravelSettings::capDays);
    }

    public int windowMonths() {
        return tx.read(TravelSettings::windowMonths);
    }

    private Check assess(Work w, Draft d) {
        List<Problem> problems = TravelDraftRules.check(w, d);
        if (!problems.isEmpty()) {
            return new Check(problems, List.of(), List.of());
        }
        SuratTugas trip = letter(d, d.id());
        Map<Long, Employee> people = people(w, List.of(trip));
        TravelConflicts.Facts facts = TravelFacts.gather(w, people, trip.depart(), trip.returns());
        List<ConflictEntry> conflicts = entries(TravelConflicts.of(trip, facts), people);
        List<Candidate> ranking = TravelRotation.rank(w, d.unitId(), d.depart(), d.returns(), d.id());
        return new Check(List.of(), conflicts, TravelRotation.passedOver(ranking, people.keySet()));
    }

    /** A checked draft as an active letter with {@code id}, travellers numbered in their order. */
    static SuratTugas letter(Draft d, long id) {
        List<Participant> ordered = new ArrayList<>();
        for (int i = 0; i < d.participants().size(); i++) {
            Participant p = d.participants().get(i);
            ordered.add(new Participant(p.employeeId(), i + 1, p.days(), p.dailyAllowance()));
        }
        return new SuratTugas(id, d.number().trim(), d.date(), d.unitId(), text(d.basis()), d.purpose().trim(),
                d.city().trim(), text(d.province()), d.kind(), d.depart(), d.returns(), text(d.transport()),
                text(d.budgetAccount()), text(d.issuer()), TravelStatus.ACTIVE, ordered);
    }

    /** The travellers' working days from departure, as many as each one's paid days, become DL. */
    static void markDays(Work w, SuratTugas t, String reason) {
        markDays(w, AttendanceRules.load(w).book(), t, reason);
    }

    static void markDays(Work w, AttendanceRules.ScheduleBook book, SuratTugas t, String reason) {
        for (Participant p : t.participants()) {
            Employee e = AttendanceService.employee(w, p.employeeId());
            LocalDate last = t.depart().plusDays(p.days() - 1L);
            DayMarking.mark(w, book, e, dayMark(t, p.employeeId(), last.isAfter(t.returns()) ? t.returns() : last),
                    reason);
        }
    }

    private static void unmark(Work w, SuratTugas t, String reason) {
        for (Participant p : t.participants()) {
            DayMarking.unmark(w, AttendanceService.employee(w, p.employeeId()), dayMark(t, p.employeeId(),
                    t.returns()), reason);
        }
    }

    private static DayMarking.Mark dayMark(SuratTugas t, long employeeId, LocalDate to) {
        return new DayMarking.Mark(employeeId, t.depart(), to, DL, DaySource.TRAVEL, "ST " + t.number());
    }

    private static Map<Long, Employee> people(Work w, List<SuratTugas> trips) {
        Map<Long, Employee> out = new LinkedHashMap<>();
        for (SuratTugas t : trips) {
            for (Participant p : t.participants()) {
                out.computeIfAbsent(p.employeeId(), id -> w.employees().findById(id).orElse(null));
            }
        }
        out.values().removeIf(java.util.Objects::isNull);
        return out;
    }

    private static List<Employee> travellers(SuratTugas t, Map<Long, Employee> people) {
        return t.participants().stream().map(p -> people.get(p.employeeId())).filter(java.util.Objects::nonNull)
                .toList();
    }

    private static List<ConflictEntry> entries(List<Conflict> conflicts, Map<Long, Employee> people) {
        return conflicts.stream().filter(c -> people.containsKey(c.employeeId()))
                .map(c -> new ConflictEntry(c, people.get(c.employeeId()))).toList();
    }

    private static long requireUnit(Work w, long unitId) {
        w.access().requireUnit(unitId);
        return unitId;
    }

    /** What the audit trail keeps beside the letter's values: the conflicts accepted and the people passed over. */
    static Map<String, String> notes(Check check) {
        Map<String, String> m = new LinkedHashMap<>();
        if (!check.conflicts().isEmpty()) {
            m.put("conflicts", check.conflicts().stream().map(c -> c.conflict().kind() + " "
                    + c.employee().name().full() + (c.conflict().other().isEmpty() ? "" : " " + c.conflict().other()))
                    .collect(Collectors.joining("; ")));
        }
        if (!check.passedOver().isEmpty()) {
            m.put("passed_over", check.passedOver().stream().map(c -> c.rank() + ". " + c.employee().name().full())
                    .collect(Collectors.joining("; ")));
        }
        return m;
    }

    private static String auditReason(String conflictReason, String rotationReason, Check check) {
        List<String> parts = new ArrayList<>();
        if (!check.conflicts().isEmpty() && !blank(conflictReason)) {
            parts.add("konflik: " + conflictReason.trim());
        }
        if (!check.passedOver().isEmpty() && !blank(rotationReason)) {
            parts.add("di luar urutan: " + rotationReason.trim());
        }
        return parts.isEmpty() ? null : String.join("; ", parts);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String text(String s) {
        return s == null ? "" : s.trim();
    }
}
