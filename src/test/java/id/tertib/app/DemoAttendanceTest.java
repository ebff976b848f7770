package id.tertib.app;

import static org.assertj.core.api.Assertions.assertThat;

import id.tertib.domain.Employee;
import id.tertib.domain.attendance.AttendanceDay;
import id.tertib.domain.attendance.DaySource;
import id.tertib.domain.attendance.Holiday;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo office with two years of attendance, filled once (clock: Monday 23 Nov 2026): 1 Jan 2025 to Sunday
 * 22 Nov 2026, read back through the month sheets as people see them.
 */
class DemoAttendanceTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @TempDir
    static Path dir;

    private static Tertib tertib;
    private static DemoService.Result result;
    /** Every stored day by person and date, 1 Jan 2025 to 30 Nov 2026. */
    private static final Map<Long, TreeMap<LocalDate, AttendanceDay>> DAYS = new HashMap<>();
    private static final List<LocalDate> WORKING_DAYS = new ArrayList<>();
    private static List<Employee> staff;

    @BeforeAll
    static void fill() {
        tertib = AppFixtures.open(dir);
        result = tertib.demo().fillWithAttendance(DemoService.DEFAULT_SEED, DemoService.DEFAULT_EMPLOYEES,
                ImportProgress.NONE);
        tertib.auth().signIn("admin", DemoService.DEMO_PASSWORD);
        staff = tertib.employees().list(EmployeeFilter.ALL);
        long root = tertib.units().list().stream().filter(u -> u.parentId() == null).findFirst().orElseThrow().id();
        for (YearMonth m = YearMonth.of(2025, 1); !m.isAfter(YearMonth.of(2026, 11)); m = m.plusMonths(1)) {
            MonthSheet sheet = tertib.attendance().month(root, m);
            sheet.records().forEach((id, days) -> DAYS.computeIfAbsent(id, k -> new TreeMap<>()).putAll(days));
            sheet.days().stream().filter(MonthSheet.DayColumn::working).forEach(c -> WORKING_DAYS.add(c.date()));
        }
    }

    private static long count(long id, String code, int year) {
        return DAYS.getOrDefault(id, new TreeMap<>()).values().stream()
                .filter(d -> d.code().equals(code) && d.date().getYear() == year).count();
    }

    @Test
    void setsTheCalendarOfThePreviousAndTheCurrentYearWithRamadan() throws SQLException {
        assertThat(tertib.calendar().years()).containsExactly(2025, 2026);
        List<Holiday> y2025 = tertib.calendar().holidays(2025);
        assertThat(y2025).filteredOn(h -> h.kind() == Holiday.HolidayKind.NATIONAL).hasSize(17);
        assertThat(y2025).filteredOn(h -> h.kind() == Holiday.HolidayKind.CUTI_BERSAMA).hasSize(10);
        assertThat(y2025).extracting(Holiday::date).contains(LocalDate.of(2025, 3, 31), LocalDate.of(2025, 4, 7),
                LocalDate.of(2025, 8, 17));
        assertThat(tertib.calendar().holidays(2026)).hasSize(17 + 8);
        assertThat(result.holidays()).isEqualTo(27 + 25);
        assertThat(query("SELECT date_from || '..' || date_to FROM ramadan_period ORDER BY date_from"))
                .containsExactly("2025-03-01..2025-03-30", "2026-02-19..2026-03-20");
    }

    @Test
    void everyWorkingDayUpToYesterdayHasARecordAndNothingLaterHasAny() throws SQLException {
        assertThat(result.from()).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(result.to()).isEqualTo(TODAY.minusDays(1));
        assertThat(query("SELECT MAX(at) FROM punch")).singleElement().asString().startsWith("2026-11-20");
        assertThat(query("SELECT MAX(date) FROM attendance_day")).containsExactly("2026-11-20");
        assertThat(WORKING_DAYS).as("23 months of working days").hasSizeBetween(440, 470);
        long before = WORKING_DAYS.stream().filter(d -> d.isBefore(TODAY)).count();
        Employee head = staff.stream().filter(e -> e.positionKind().isStructural()).findFirst().orElseThrow();
        assertThat(DAYS.get(head.id())).hasSize((int) before);
        assertThat(query("SELECT COUNT(*) FROM attendance_day")).containsExactly(String.valueOf(result.days()));
        assertThat(query("SELECT COUNT(*) FROM punch")).containsExactly(String.valueOf(result.punches()));
    }

    @Test
    void peopleAreMostlyOnTimeWithSomeHabituallyLateAndSomeLeavingEarly() {
        List<Double> lateShare = new ArrayList<>();
        List<Double> earlyShare = new ArrayList<>();
        for (Employee e : staff) {
            var days = DAYS.get(e.id()).values();
            long machine = days.stream().filter(d -> d.source() == DaySource.MACHINE).count();
            lateShare.add((double) days.stream().filter(d -> d.code().equals("TL")).count() / machine);
            earlyShare.add((double) days.stream().filter(d -> d.code().equals("PSW")).count() / machine);
        }
        double averageLate = lateShare.stream().mapToDouble(x -> x).average().orElseThrow();
        assertThat(lateShare.stream().filter(s -> s < 0.08).count()).as("mostly on time").isGreaterThan(80);
        assertThat(averageLate).isBetween(0.05, 0.2);
        assertThat(lateShare.stream().filter(s -> s > 0.3).count()).as("habitually late").isBetween(8L, 30L);
        assertThat(earlyShare.stream().filter(s -> s > 0.2).count()).as("often leave early").isBetween(4L, 20L);
        List<AttendanceDay> all = DAYS.values().stream().flatMap(m -> m.values().stream()).toList();
        assertThat(all).filteredOn(d -> d.flags().contains("MISSING_DEPARTURE")).hasSizeGreaterThan(200);
        assertThat(all).filteredOn(d -> d.flags().contains("PUNCHES_OUTSIDE_WINDOWS")).hasSizeGreaterThan(1000);
        assertThat(all).filteredOn(d -> d.code().equals("TL")).allMatch(d -> d.lateMinutes() > 0
                && d.arrival().orElseThrow().isAfter(java.time.LocalTime.of(7, 30, 59)));
    }

    @Test
    void sickPermissionAndLeaveAreRecordedDaysWithAReason() {
        List<AttendanceDay> all = DAYS.values().stream().flatMap(m -> m.values().stream()).toList();
        assertThat(all).filteredOn(d -> d.code().equals("S")).hasSizeGreaterThan(150)
                .allMatch(d -> d.source() == DaySource.MANUAL && d.note().equals("kantor demo"));
        assertThat(all).filteredOn(d -> d.code().equals("I")).hasSizeGreaterThan(50)
                .allMatch(d -> d.source() == DaySource.MANUAL);
        assertThat(all).filteredOn(d -> d.code().equals("CT")).hasSizeGreaterThan(800)
                .allMatch(d -> d.source() == DaySource.LEAVE);
        for (Employee e : staff) {
            assertThat(count(e.id(), "CT", 2025)).as("annual leave of %s", e.name().full()).isLessThanOrEqualTo(12);
        }
    }

    @Test
    void threePeopleDriftIntoTkMoreThisYearThanLast() {
        List<Long> drifting = staff.stream().map(Employee::id)
                .filter(id -> count(id, "TK", 2025) + count(id, "TK", 2026) > 0).toList();

        assertThat(drifting).hasSize(3);
        for (long id : drifting) {
            assertThat(count(id, "TK", 2026)).isGreaterThan(count(id, "TK", 2025)).isGreaterThanOrEqualTo(7);
        }
        assertThat(result.tk()).isEqualTo(drifting.stream().mapToLong(id -> count(id, "TK", 2025)
                + count(id, "TK", 2026)).sum());
    }

    @Test
    void onePersonIsAbsentTenConsecutiveWorkingDaysAcrossAWeekendThisYear() {
        List<LocalDate[]> runs = new ArrayList<>();
        for (Employee e : staff) {
            var days = DAYS.get(e.id());
            LocalDate start = null;
            int length = 0;
            for (LocalDate d : WORKING_DAYS) {
                boolean tk = days.containsKey(d) && days.get(d).code().equals("TK");
                if (tk) {
                    start = length == 0 ? d : start;
                    length++;
                } else {
                    if (length >= 5) {
                        runs.add(new LocalDate[] {start, WORKING_DAYS.get(WORKING_DAYS.indexOf(d) - 1)});
                    }
                    length = 0;
                }
            }
        }

        assertThat(runs).as("runs of five working days or more").hasSize(1);
        LocalDate from = runs.get(0)[0];
        LocalDate to = runs.get(0)[1];
        assertThat(from.getYear()).isEqualTo(2026);
        assertThat(WORKING_DAYS.indexOf(to) - WORKING_DAYS.indexOf(from) + 1).isEqualTo(10);
        assertThat(from.datesUntil(to).anyMatch(d -> d.getDayOfWeek() == DayOfWeek.SATURDAY)).isTrue();
    }

    @Test
    void theTrailHasOneEntryForTheAttendanceAndOnePerHoliday() {
        List<AuditService.Change> trail = tertib.audit().list(AuditService.Filter.ALL);

        assertThat(trail).filteredOn(c -> c.entity().equals("punch_import")).singleElement()
                .satisfies(c -> assertThat(c.reason()).isEqualTo("kantor demo"));
        assertThat(trail).filteredOn(c -> c.entity().equals("holiday")).hasSize(52);
        assertThat(trail).noneMatch(c -> c.entity().equals("attendance_day"));
    }

    @Test
    void theSameSeedGivesTheSameAttendanceAndAnotherSeedOther() throws SQLException {
        String dump = "SELECT group_concat(employee_id || date || code || ifnull(arrival, '') || ifnull(departure, ''), ';') "
                + "FROM (SELECT * FROM attendance_day ORDER BY employee_id, date)";
        List<String> dumps = new ArrayList<>();
        for (String[] run : new String[][] {{"s7a", "7"}, {"s7b", "7"}, {"s8", "8"}}) {
            Tertib t = AppFixtures.open(dir.resolve(run[0]));
            t.demo().fillWithAttendance(Long.parseLong(run[1]), 15, ImportProgress.NONE);
            t.close();
            dumps.add(query(dir.resolve(run[0]).resolve("tertib.db"), dump).get(0));
        }

        assertThat(dumps.get(0)).hasSizeGreaterThan(1000).isEqualTo(dumps.get(1)).isNotEqualTo(dumps.get(2));
    }

    private static List<String> query(String sql) throws SQLException {
        return query(dir.resolve("tertib.db"), sql);
    }

    private static List<String> query(Path db, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
                Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
        }
        return rows;
    }
}
