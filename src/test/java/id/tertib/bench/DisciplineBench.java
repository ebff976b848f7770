package id.tertib.bench;

import id.tertib.app.DisciplineRow;
import id.tertib.app.DisciplineService;
import id.tertib.app.Tertib;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The discipline assessment of a whole agency for a year, as the HR officer's Penilaian tab asks for it
 * ({@code DisciplineService.assess}, everyone): 8,000 people in units of 40, a stored day for each of them on every
 * working day of 2026 up to 20 November (about 1.8 million rows), with the demo's habits: one in ten days late or
 * leaving early by a few minutes, one person in fifty drifting into TK (a few of them for ten days in a row).
 */
final class DisciplineBench {

    private static final int UNIT_SIZE = 40;
    private static final LocalDate FIRST = LocalDate.of(2026, 1, 1);
    private static final LocalDate LAST = LocalDate.of(2026, 11, 20);
    private static final List<LocalDate> HOLIDAYS = List.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 19),
            LocalDate.of(2026, 3, 20), LocalDate.of(2026, 5, 1), LocalDate.of(2026, 8, 17));

    private DisciplineBench() {
    }

    static void run(Path dir, int staff, Clock clock) throws Exception {
        Path db = dir.resolve("discipline-" + staff + ".db");
        if (!Files.exists(db)) {
            long s = System.nanoTime();
            int rows = build(db, staff, clock);
            System.out.printf(Locale.ROOT, "%nDiscipline assessment: built %s (%,d stored days) in %.1f s%n", db, rows,
                    (System.nanoTime() - s) / 1e9);
        } else {
            System.out.printf("%nDiscipline assessment: %s (built before)%n", db);
        }
        try (Tertib t = Tertib.open(db, clock)) {
            t.auth().signIn("admin", "demo");
            DisciplineService.Query q = new DisciplineService.Query(2026, null, true);
            var threads = ManagementFactory.getThreadMXBean();
            long cold = System.nanoTime();
            List<DisciplineRow> rows = t.discipline().assess(q);
            System.out.printf(Locale.ROOT, "  first call %.0f ms%n", (System.nanoTime() - cold) / 1e6);
            for (int i = 0; i < 5; i++) {
                rows = t.discipline().assess(q);
            }
            int calls = 11;
            double[] wall = new double[calls];
            double[] cpu = new double[calls];
            for (int i = 0; i < calls; i++) {
                long c = threads.getCurrentThreadCpuTime();
                long s = System.nanoTime();
                rows = t.discipline().assess(q);
                wall[i] = (System.nanoTime() - s) / 1e6;
                cpu[i] = (threads.getCurrentThreadCpuTime() - c) / 1e6;
            }
            Arrays.sort(wall);
            Arrays.sort(cpu);
            long reached = rows.stream().filter(r -> r.assessment().rung().isPresent()).count();
            long byRun = rows.stream().filter(r -> r.assessment().byRun()).count();
            System.out.printf(Locale.ROOT, "  %,d people assessed, %d at a rung, %d by a 10-day run%n", rows.size(),
                    reached, byRun);
            System.out.printf(Locale.ROOT, "  %d warm calls: median %.0f ms, min %.0f, max %.0f wall; median %.0f ms "
                    + "CPU (target: under 1 s)%n", calls, wall[calls / 2], wall[0], wall[calls - 1], cpu[calls / 2]);
        }
    }

    private static int build(Path db, int staff, Clock clock) throws Exception {
        try (Tertib t = Tertib.open(db, clock)) {
            t.demo().fill(1, 1); // the schema, the accounts and a root unit
        }
        Random r = new Random(7);
        int rows = 0;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("DELETE FROM audit_entry");
                s.execute("INSERT INTO calendar_year (year) VALUES (2026)");
                for (LocalDate h : HOLIDAYS) {
                    s.execute("INSERT INTO holiday (date, name, kind) VALUES ('" + h + "', 'Libur', 'NATIONAL')");
                }
            }
            try (PreparedStatement u = c.prepareStatement("INSERT INTO unit (id, code, name, parent_id) VALUES (?, ?, ?, 1)");
                    PreparedStatement e = c.prepareStatement("INSERT INTO employee (id, number, name, gender, "
                            + "birth_date, status, golongan, position_name, position_kind, unit_id, pin, active) VALUES "
                            + "(?, ?, ?, 'MALE', '1980-01-01', 'PNS', 'III/a', 'Staf', 'PELAKSANA', ?, ?, 1)")) {
                for (int i = 0; i < staff / UNIT_SIZE; i++) {
                    u.setLong(1, 1000 + i);
                    u.setString(2, String.format("B%03d", i));
                    u.setString(3, "Seksi " + i);
                    u.addBatch();
                }
                u.executeBatch();
                for (int i = 0; i < staff; i++) {
                    e.setLong(1, 100_000 + i);
                    e.setString(2, String.format("19800101200501%04d", i));
                    e.setString(3, "Pegawai " + i);
                    e.setLong(4, 1000 + i / UNIT_SIZE);
                    e.setString(5, String.valueOf(100_000 + i));
                    e.addBatch();
                }
                e.executeBatch();
            }
            try (PreparedStatement d = c.prepareStatement("INSERT INTO attendance_day (employee_id, date, code, arrival, "
                    + "departure, late_minutes, early_minutes, source) VALUES (?, ?, ?, ?, ?, ?, ?, 'MACHINE')")) {
                for (int i = 0; i < staff; i++) {
                    boolean drifter = i % 50 == 7;
                    LocalDate runFrom = i % 400 == 7 ? LocalDate.of(2026, 10, 19) : null;
                    for (LocalDate day = FIRST; !day.isAfter(LAST); day = day.plusDays(1)) {
                        if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY
                                || HOLIDAYS.contains(day)) {
                            continue;
                        }
                        boolean tk = drifter && r.nextDouble() < 0.03
                                || runFrom != null && !day.isBefore(runFrom) && day.isBefore(runFrom.plusDays(12));
                        int late = !tk && r.nextDouble() < 0.1 ? 1 + r.nextInt(40) : 0;
                        int early = !tk && r.nextDouble() < 0.03 ? 1 + r.nextInt(60) : 0;
                        d.setLong(1, 100_000 + i);
                        d.setString(2, day.toString());
                        d.setString(3, tk ? "TK" : late > 0 ? "TL" : early > 0 ? "PSW" : "H");
                        d.setString(4, tk ? null : "07:" + String.format("%02d", late > 0 ? Math.min(59, 30 + late) : 20));
                        d.setString(5, tk ? null : "16:00");
                        d.setInt(6, late);
                        d.setInt(7, early);
                        d.addBatch();
                        if (++rows % 10_000 == 0) {
                            d.executeBatch();
                        }
                    }
                }
                d.executeBatch();
            }
            c.commit();
        }
        return rows;
    }
}
