package id.tertib.app;

import id.tertib.domain.DomainException;
import id.tertib.domain.Problem;
import id.tertib.domain.Unit;
import id.tertib.domain.attendance.AttendanceCode;
import id.tertib.domain.attendance.AttendanceCodes;
import id.tertib.domain.attendance.Schedule;
import id.tertib.domain.attendance.ScheduleRules;
import id.tertib.domain.attendance.WorkHours;
import id.tertib.store.ScheduleRepository;
import id.tertib.store.ScheduleRepository.StoredSchedule;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What attendance is judged by, as people keep it: work schedules per unit with their validity, the office's Ramadan
 * dates, and the attendance codes (defaults plus the office's own). Everyone signed in reads them; administrators and
 * HR officers change them, each change in the audit trail.
 *
 * <p>Days already derived from punches are not derived again when a schedule changes: the next import of punches
 * derives the period it covers under the schedule then in force.
 */
public final class ScheduleService {

    /** Ramadan lasts 29 or 30 days; a few days more allow for a late sighting, far more is a typing error. */
    static final int MAX_RAMADAN_DAYS = 35;
    /** Column width of attendance_code.name. */
    static final int MAX_CODE_NAME = 100;

    /**
     * A schedule as listed and saved. {@code id} null: not stored, either a new one or, in {@link #schedules()}, the
     * Perpres 21/2023 office default that applies wherever no stored office-wide schedule does. The schedule's
     * Ramadan periods are left out here (the dates are the office's, see {@link #ramadan()}); {@code ramadanWeek}
     * holds its hours inside them. {@code unitName} is empty for the office-wide schedules.
     */
    public record Entry(Long id, Schedule schedule, Map<DayOfWeek, WorkHours> ramadanWeek, String unitName) {
        public Entry {
            Objects.requireNonNull(schedule, "schedule");
            ramadanWeek = Map.copyOf(ramadanWeek);
            unitName = unitName == null ? "" : unitName;
        }

        public boolean stored() {
            return id != null;
        }
    }

    /** The dates of one Ramadan, for the whole office. */
    public record Ramadan(LocalDate from, LocalDate to) {
        public Ramadan {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
        }

        public long days() {
            return ChronoUnit.DAYS.between(from, to) + 1;
        }
    }

    /** An attendance code, its meaning in the office's words (empty for a default: the UI translates those). */
    public record Code(AttendanceCode code, String name, boolean builtIn) {
    }

    private final Transactions tx;

    ScheduleService(Transactions tx) {
        this.tx = tx;
    }

    /**
     * The office default first when it applies (no stored office-wide schedule without a start date), then the stored
     * schedules: office-wide, then per unit by name, each by start date.
     */
    public List<Entry> schedules() {
        return tx.read(w -> {
            Map<Long, String> names = unitNames(w);
            List<StoredSchedule> stored = w.store().schedules().schedules();
            List<Entry> entries = new ArrayList<>();
            if (stored.stream().noneMatch(s -> s.schedule().unitId() == null && s.schedule().validFrom() == null)) {
                entries.add(new Entry(null, Schedule.perpres21_2023(), Schedule.perpres21_2023RamadanWeek(), ""));
            }
            stored.stream().map(s -> entry(s, names))
                    .sorted(Comparator.comparing((Entry e) -> e.schedule().unitId() != null)
                            .thenComparing(Entry::unitName)
                            .thenComparing(e -> e.schedule().validFrom(), Comparator.nullsFirst(Comparator.naturalOrder())))
                    .forEach(entries::add);
            return entries;
        });
    }

    /**
     * Stores a new schedule ({@code id} null) or changes one. Refuses, listing every problem, hours that make no
     * sense, a week without working days, and a validity period that overlaps another schedule of the same unit.
     */
    public Entry save(Entry entry) {
        Schedule s = bare(entry.schedule());
        return tx.write(w -> {
            requireEdit(w);
            ScheduleRepository repo = w.store().schedules();
            List<StoredSchedule> stored = repo.schedules();
            Optional<StoredSchedule> before = Optional.empty();
            if (entry.stored()) {
                before = stored.stream().filter(x -> x.id() == entry.id()).findFirst();
                if (before.isEmpty()) {
                    throw new DomainException(Problem.of(null, "schedule.notFound"));
                }
            }
            if (s.unitId() != null && w.units().findById(s.unitId()).isEmpty()) {
                throw new DomainException(Problem.of("unit", "schedule.unitNotFound", s.unitId()));
            }
            List<Schedule> others = stored.stream().filter(x -> !Objects.equals(x.id(), entry.id()))
                    .map(x -> bare(x.schedule())).toList();
            List<Problem> problems = problems(s, entry.ramadanWeek(), others);
            if (!problems.isEmpty()) {
                throw new DomainException(problems);
            }
            long id;
            if (before.isEmpty()) {
                id = repo.insert(s, entry.ramadanWeek());
            } else {
                id = entry.id();
                repo.update(id, s, entry.ramadanWeek());
            }
            String unitName = s.unitId() == null ? "" : w.units().findById(s.unitId()).map(Unit::name).orElse("");
            w.audit().schedule(id, label(s, unitName),
                    before.map(b -> AuditLog.values(bare(b.schedule()), b.ramadanWeek())).orElse(null),
                    AuditLog.values(s, entry.ramadanWeek()));
            return new Entry(id, s, entry.ramadanWeek(), unitName);
        });
    }

    /**
     * What {@link #save} would refuse about {@code candidate} among the {@code listed} schedules (the one it replaces
     * and any not stored are skipped), without asking who may save: for checking while a person types.
     */
    public static List<Problem> check(Entry candidate, List<Entry> listed) {
        List<Schedule> others = listed.stream().filter(e -> e.stored() && !Objects.equals(e.id(), candidate.id()))
                .map(e -> bare(e.schedule())).toList();
        return problems(bare(candidate.schedule()), candidate.ramadanWeek(), others);
    }

    /**
     * Its own problems, its Ramadan week's, and overlaps it brings; problems the other schedules already had are not
     * its own.
     */
    private static List<Problem> problems(Schedule s, Map<DayOfWeek, WorkHours> ramadanWeek, List<Schedule> others) {
        List<Problem> problems = new ArrayList<>();
        if (s.week().isEmpty()) {
            problems.add(Problem.of("week", "schedule.noWorkingDay"));
        }
        if (ramadanWeek.isEmpty()) {
            problems.add(Problem.of("ramadan", "schedule.noRamadanDay"));
        }
        List<Schedule> all = new ArrayList<>(others);
        all.add(s);
        List<Problem> added = new ArrayList<>(ScheduleRules.check(all));
        ScheduleRules.check(others).forEach(added::remove);
        problems.addAll(added);
        problems.addAll(ScheduleRules.checkWeek("ramadan", ramadanWeek));
        return problems;
    }

    /** Removes a stored schedule; the unit falls back to the office schedule (or the office to Perpres 21/2023). */
    public void delete(long id) {
        tx.write(w -> {
            requireEdit(w);
            StoredSchedule stored = w.store().schedules().schedules().stream().filter(s -> s.id() == id).findFirst()
                    .orElseThrow(() -> new DomainException(Problem.of(null, "schedule.notFound")));
            w.store().schedules().delete(id);
            Schedule s = bare(stored.schedule());
            String unitName = s.unitId() == null ? "" : w.units().findById(s.unitId()).map(Unit::name).orElse("");
            w.audit().schedule(id, label(s, unitName), AuditLog.values(s, stored.ramadanWeek()), null);
            return null;
        });
    }

    /** The office's Ramadan dates, oldest first. */
    public List<Ramadan> ramadan() {
        return tx.read(w -> w.store().schedules().ramadanPeriods().stream()
                .map(r -> new Ramadan(r.from(), r.to())).toList());
    }

    /**
     * Adds Ramadan dates ({@code replacing} null) or changes the period that started on {@code replacing}. Refuses an
     * end before the start, a period longer than {@value #MAX_RAMADAN_DAYS} days, and one that overlaps another.
     */
    public Ramadan saveRamadan(LocalDate replacing, Ramadan r) {
        return tx.write(w -> {
            requireEdit(w);
            ScheduleRepository repo = w.store().schedules();
            List<ScheduleRepository.RamadanDates> stored = repo.ramadanPeriods();
            Optional<ScheduleRepository.RamadanDates> before = replacing == null ? Optional.empty()
                    : stored.stream().filter(x -> x.from().equals(replacing)).findFirst();
            if (replacing != null && before.isEmpty()) {
                throw new DomainException(Problem.of(null, "schedule.ramadanNotFound", replacing));
            }
            List<Problem> problems = new ArrayList<>();
            if (r.to().isBefore(r.from())) {
                problems.add(Problem.of("to", "schedule.ramadanEndBeforeStart", r.from(), r.to()));
            } else if (r.days() > MAX_RAMADAN_DAYS) {
                problems.add(Problem.of("to", "schedule.ramadanTooLong", r.from(), r.to(), r.days(), MAX_RAMADAN_DAYS));
            }
            for (var o : stored) {
                boolean self = o.from().equals(replacing);
                if (!self && ScheduleRules.overlaps(r.from(), r.to(), o.from(), o.to())) {
                    problems.add(Problem.of("from", "schedule.ramadanOverlap", r.from(), r.to(), o.from(), o.to()));
                }
            }
            if (!problems.isEmpty()) {
                throw new DomainException(problems);
            }
            if (replacing != null && !replacing.equals(r.from())) {
                repo.deleteRamadan(replacing);
            }
            repo.saveRamadan(new ScheduleRepository.RamadanDates(r.from(), r.to()));
            w.audit().ramadan(before.map(ScheduleRepository.RamadanDates::from).orElse(null),
                    before.map(ScheduleRepository.RamadanDates::to).orElse(null), r.from(), r.to());
            return r;
        });
    }

    public void deleteRamadan(LocalDate from) {
        tx.write(w -> {
            requireEdit(w);
            ScheduleRepository repo = w.store().schedules();
            var stored = repo.ramadanPeriods().stream().filter(x -> x.from().equals(from)).findFirst()
                    .orElseThrow(() -> new DomainException(Problem.of(null, "schedule.ramadanNotFound", from)));
            repo.deleteRamadan(from);
            w.audit().ramadan(stored.from(), stored.to(), null, null);
            return null;
        });
    }

    /** Every code: the defaults in their order, then the office's own by code. */
    public List<Code> codes() {
        return tx.read(w -> {
            Map<String, String> names = w.store().schedules().officeCodes().stream()
                    .collect(Collectors.toMap(c -> c.code().code(), ScheduleRepository.OfficeCode::name));
            return new AttendanceCodes(w.store().schedules().extraCodes()).all().stream()
                    .map(c -> new Code(c, names.getOrDefault(c.code(), ""), !names.containsKey(c.code()))).toList();
        });
    }

    /**
     * Adds an office code with its meaning and kind (the kind decides whether an absence is valid or unexcused). A
     * default code cannot be redefined: that would change what every recap already written with it means.
     */
    public Code addCode(String code, String name, AttendanceCode.Kind kind) {
        String typed = code == null ? "" : code.trim();
        List<Problem> problems = new ArrayList<>();
        AttendanceCode parsed = null;
        try {
            parsed = AttendanceCode.of(typed, kind == null ? AttendanceCode.Kind.PRESENT : kind);
        } catch (DomainException e) {
            problems.addAll(e.problems());
        }
        String meaning = name == null ? "" : name.trim();
        if (meaning.isEmpty()) {
            problems.add(Problem.of("name", "attendance.codeNameRequired", typed));
        } else if (meaning.length() > MAX_CODE_NAME) {
            problems.add(Problem.of("name", "attendance.codeNameTooLong", MAX_CODE_NAME));
        }
        if (kind == null) {
            problems.add(Problem.of("kind", "attendance.kindRequired", typed));
        }
        if (!problems.isEmpty()) {
            throw new AppException(problems, null);
        }
        AttendanceCode added = parsed;
        return tx.write(w -> {
            requireEdit(w);
            ScheduleRepository repo = w.store().schedules();
            if (AttendanceCodes.defaults().find(added.code()).isPresent()) {
                throw new DomainException(Problem.of("code", "attendance.codeIsDefault", added.code()));
            }
            List<AttendanceCode> extra = new ArrayList<>(repo.extraCodes());
            extra.add(added);
            new AttendanceCodes(extra); // refuses a code the office already added
            repo.insertCode(added, meaning);
            w.audit().attendanceCode(added, meaning, true);
            return new Code(added, meaning, false);
        });
    }

    /** Removes a code the office added, unless a day of attendance carries it (old recaps must keep their meaning). */
    public void deleteCode(String code) {
        tx.write(w -> {
            requireEdit(w);
            String typed = code == null ? "" : code.trim();
            if (AttendanceCodes.defaults().find(typed).isPresent()) {
                throw new DomainException(Problem.of("code", "attendance.codeBuiltIn", typed));
            }
            ScheduleRepository.OfficeCode stored = w.store().schedules().officeCodes().stream()
                    .filter(c -> c.code().code().equalsIgnoreCase(typed)).findFirst()
                    .orElseThrow(() -> new DomainException(Problem.of("code", "attendance.codeUnknown", typed)));
            int uses = w.store().attendance().countDaysWithCode(stored.code().code());
            if (uses > 0) {
                throw new DomainException(Problem.of("code", "attendance.codeInUse", stored.code().code(), uses));
            }
            w.store().schedules().deleteCode(stored.code().code());
            w.audit().attendanceCode(stored.code(), stored.name(), false);
            return null;
        });
    }

    private static void requireEdit(Work w) {
        w.access().require(w.access().canEditStaffData(), "access.staffData");
    }

    private static Map<Long, String> unitNames(Work w) {
        return w.units().findAll().stream().collect(Collectors.toMap(Unit::id, Unit::name, (a, b) -> a));
    }

    private static Entry entry(StoredSchedule s, Map<Long, String> names) {
        Long unit = s.schedule().unitId();
        return new Entry(s.id(), bare(s.schedule()), s.ramadanWeek(), unit == null ? "" : names.getOrDefault(unit, ""));
    }

    /** The schedule without Ramadan periods: those are the office's dates, checked and stored apart. */
    private static Schedule bare(Schedule s) {
        return s.ramadan().isEmpty() ? s
                : new Schedule(s.unitId(), s.validFrom(), s.validTo(), s.week(), s.toleranceSeconds(), List.of());
    }

    /** The trail's label, e.g. "Puskesmas Kota 2026-01-01..": unit (or the whole office) and validity. */
    private static String label(Schedule s, String unitName) {
        Function<LocalDate, String> text = d -> d == null ? "" : d.toString();
        return (unitName.isEmpty() ? "seluruh kantor" : unitName) + " " + text.apply(s.validFrom()) + ".."
                + text.apply(s.validTo());
    }
}
