package id.tertib.app;

import id.tertib.domain.Employee;
import id.tertib.domain.attendance.AttendanceDay;
import id.tertib.domain.Unit;
import id.tertib.domain.travel.SuratTugas;
import id.tertib.domain.Nip;
import id.tertib.domain.attendance.Holiday;
import id.tertib.domain.attendance.WorkHours;
import id.tertib.store.ScheduleRepository.RamadanDates;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Gives the demo office two years of attendance inside the demo's transaction: sets the working calendar and Ramadan
 * dates of the previous and the current year, records the sick, permission and leave days, and stores the machine
 * punches through the same path as a machine file ({@link PunchImport#store}), which derives the days. The audit trail
 * gets one entry per holiday, as the calendar screen writes, and one for the attendance as a whole.
 */
final class DemoAttendanceFill {

    /** What the attendance part made; the office part adds units and employees. */
    record Made(int holidays, int punches, int days, int tk, LocalDate from, LocalDate to, int trips) {
        DemoService.Result with(int units, int employees) {
            return new DemoService.Result(units, employees, holidays, punches, days, tk, from, to, trips);
        }
    }

    static final String SOURCE = "kantor-demo";

    private final Work w;
    private final Clock clock;
    private final long seed;
    private final String reason;

    DemoAttendanceFill(Work w, Clock clock, long seed, String reason) {
        this.w = w;
        this.clock = clock;
        this.seed = seed;
        this.reason = reason;
    }

    Made fill(List<Unit> units, List<Employee> staff, ImportProgress progress) {
        long rootUnitId = units.get(0).id();
        LocalDate today = LocalDate.now(clock);
        LocalDate from = LocalDate.of(today.getYear() - 1, 1, 1);
        LocalDate to = today.minusDays(1);
        int holidays = calendar(from.getYear(), today.getYear());
        List<RamadanDates> ramadan = ramadan(from.getYear(), today.getYear());
        AttendanceRules.ScheduleBook book = AttendanceRules.load(w).book();
        List<DemoAttendance.WorkDay> days = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            Optional<WorkHours> hours = book.isWorkingDay(rootUnitId, d) ? book.hours(rootUnitId, d) : Optional.empty();
            if (hours.isPresent()) {
                days.add(new DemoAttendance.WorkDay(d, hours.get()));
            }
        }
        List<DemoAttendance.Person> people = staff.stream().map(e -> person(e, from, today)).toList();
        DemoAttendance attendance = new DemoAttendance(seed, days, d -> book.isWorkingDay(rootUnitId, d),
                today.getYear());
        Map<Long, LocalDate> appointed = people.stream()
                .collect(Collectors.toMap(DemoAttendance.Person::id, DemoAttendance.Person::from));
        Set<Long> drifters = attendance.habits(people).entrySet().stream()
                .filter(e -> e.getValue() == DemoAttendance.Habit.DRIFTING).map(Map.Entry::getKey)
                .collect(Collectors.toSet());
        DemoTravel.Plan travel = new DemoTravel(seed, d -> book.isWorkingDay(rootUnitId, d))
                .plan(units, staff, appointed, drifters, from, to);
        DemoAttendance.Plan plan = attendance.generate(people, travel.fixed());
        List<AttendanceDay> recorded = DemoLeave.entitledOnly(plan.recorded(), staff, LeaveSettings.rules(w));
        var store = w.store().attendance();
        store.saveDays(recorded);
        DemoLeave.register(w, recorded, staff, (e, d) -> book.isWorkingDay(e.unitId(), d), reason);
        PunchImport.Stored stored = PunchImport.store(w, clock, new PunchImport.Batch(SOURCE, "", plan.punches().size(),
                0, from, to, plan.punches(), staff.stream().map(Employee::id).toList(),
                units.stream().map(Unit::id).collect(Collectors.toSet())), progress);
        store.updateImportCounts(stored.importId(), stored.stored(), plan.punches().size() - stored.stored());
        int dayCount = stored.days().size() + recorded.size();
        w.audit().punchImport(stored.importId(), SOURCE, counts(from, to, recorded, stored, ramadan), reason);
        AttendanceRules.ScheduleBook marking = AttendanceRules.load(w).book();
        for (SuratTugas t : travel.trips()) {
            SuratTugas saved = w.store().travel().insert(t);
            w.audit().suratTugas(null, saved, Map.of(), reason);
            TravelService.markDays(w, marking, saved, null);
        }
        // Trip days had no punch, so the machine derived TK on them before the letters marked them DL.
        int tk = w.store().attendance().countDaysCoded("TK");
        DemoDiscipline.open(w, staff, today);
        DemoPerformance.fill(w, staff, drifters, today, seed, reason);
        return new Made(holidays, stored.stored(), dayCount, tk, from, to, travel.trips().size());
    }

    /** The holidays of each year, as the calendar screen saves them: the year marked set, each holiday audited. */
    private int calendar(int firstYear, int lastYear) {
        var calendar = w.store().calendar();
        int n = 0;
        for (int year = firstYear; year <= lastYear; year++) {
            calendar.addYear(year);
            for (Holiday h : DemoCalendar.holidays(year)) {
                calendar.insert(h);
                w.audit().holiday(null, h, reason);
                n++;
            }
        }
        return n;
    }

    private List<RamadanDates> ramadan(int firstYear, int lastYear) {
        List<RamadanDates> periods = new ArrayList<>();
        for (int year = firstYear; year <= lastYear; year++) {
            for (LocalDate[] p : DemoCalendar.ramadan(year)) {
                RamadanDates r = new RamadanDates(p[0], p[1]);
                w.store().schedules().saveRamadan(r);
                periods.add(r);
            }
        }
        return periods;
    }

    /** Punches start with the appointment; the three who drift into TK are PPPK or PNS appointed before the period. */
    private static DemoAttendance.Person person(Employee e, LocalDate from, LocalDate today) {
        LocalDate appointed = LocalDate.MIN;
        if (e.status().isPns()) {
            try {
                appointed = Nip.parse(e.number(), today).appointment().atDay(1);
            } catch (RuntimeException notANip) {
                appointed = LocalDate.MIN;
            }
        }
        boolean eligible = !e.positionKind().isStructural() && !appointed.isAfter(from);
        return new DemoAttendance.Person(e.id(), appointed, eligible);
    }

    private static Map<String, String> counts(LocalDate from, LocalDate to, List<AttendanceDay> recorded,
            PunchImport.Stored stored, List<RamadanDates> ramadan) {
        Map<String, String> counts = new LinkedHashMap<>();
        counts.put("file", SOURCE);
        counts.put("covers", from + ".." + to);
        counts.put("stored", String.valueOf(stored.stored()));
        counts.put("days", String.valueOf(stored.days().size()));
        counts.put("tk", String.valueOf(stored.derivedTk()));
        for (String code : List.of("S", "I", "CT")) {
            counts.put(code, String.valueOf(recorded.stream().filter(d -> d.code().equals(code)).count()));
        }
        counts.put("ramadan", String.join(", ", ramadan.stream().map(r -> r.from() + ".." + r.to()).toList()));
        return counts;
    }
}
