package id.tertib.bench;

import id.tertib.app.FairnessService;
import id.tertib.app.Tertib;
import id.tertib.domain.fairness.FairnessFlag;
import id.tertib.domain.fairness.TripSample;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Fairness end to end, as a section head's click does it: {@code FairnessService.analyse} reads five years of letters
 * and approved leave from SQLite, builds each trip's pool and runs the statistics. The data are the statistics
 * benchmark's ({@link TripGenerator}: 8,000 people in units of 40, 40,000 trips), stored as rows: one unit per 40,
 * one letter per trip, and an approved leave over a trip's dates for each of its unit's people missing from its pool.
 */
final class FairnessDbBench {

    private FairnessDbBench() {
    }

    static void run(Path dir, int staff, Clock clock) throws Exception {
        int trips = 5 * staff;
        Path db = dir.resolve("fairness-" + staff + ".db");
        List<TripSample> sample = TripGenerator.generate(staff, trips, 42);
        if (!Files.exists(db)) {
            long s = System.nanoTime();
            build(db, staff, sample, clock);
            System.out.printf("%nFairness from the database: built %s in %.1f s%n", db, (System.nanoTime() - s) / 1e9);
        } else {
            System.out.printf("%nFairness from the database: %s (built before)%n", db);
        }
        try (Tertib t = Tertib.open(db, clock)) {
            t.auth().signIn("admin", "demo");
            FairnessService.Query q = FairnessService.Query.of(TripGenerator.FIRST, TripGenerator.LAST, null);
            var threads = ManagementFactory.getThreadMXBean();
            long cold = System.nanoTime();
            FairnessService.Report report = t.fairness().analyse(q, Locale.forLanguageTag("id"));
            System.out.printf(Locale.ROOT, "  first call %.0f ms%n", (System.nanoTime() - cold) / 1e6);
            for (int i = 0; i < 10; i++) {
                report = t.fairness().analyse(q, Locale.forLanguageTag("id"));
            }
            int calls = 15;
            double[] wall = new double[calls];
            double[] cpu = new double[calls];
            for (int i = 0; i < calls; i++) {
                long c = threads.getCurrentThreadCpuTime();
                long s = System.nanoTime();
                report = t.fairness().analyse(q, Locale.forLanguageTag("id"));
                wall[i] = (System.nanoTime() - s) / 1e6;
                cpu[i] = (threads.getCurrentThreadCpuTime() - c) / 1e6;
            }
            Arrays.sort(wall);
            Arrays.sort(cpu);
            long excess = report.rows().stream().filter(r -> r.outcome().flags().contains(FairnessFlag.EXCESS))
                    .count();
            System.out.printf(Locale.ROOT, "  %,d people, %,d trips, Gini %.3f, %d flagged excess%n",
                    report.result().summary().people(), report.result().summary().trips(),
                    report.result().summary().giniTrips(), excess);
            System.out.printf(Locale.ROOT, "  %d warm calls: median %.1f ms, min %.1f, max %.1f wall; median %.1f ms "
                    + "CPU (target: under 200 ms)%n", calls, wall[calls / 2], wall[0], wall[calls - 1], cpu[calls / 2]);
        }
    }

    private static void build(Path db, int staff, List<TripSample> sample, Clock clock) throws Exception {
        try (Tertib t = Tertib.open(db, clock)) {
            t.demo().fill(1, 1); // the schema, the accounts and a root unit
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("DELETE FROM audit_entry");
            }
            int units = staff / TripGenerator.UNIT_SIZE;
            try (PreparedStatement u = c.prepareStatement("INSERT INTO unit (id, code, name, parent_id) VALUES (?, ?, ?, 1)")) {
                for (int i = 0; i < units; i++) {
                    u.setLong(1, 1000 + i);
                    u.setString(2, String.format("B%03d", i));
                    u.setString(3, "Seksi " + i);
                    u.addBatch();
                }
                u.executeBatch();
            }
            try (PreparedStatement e = c.prepareStatement("INSERT INTO employee (id, number, name, gender, birth_date, "
                    + "status, golongan, position_name, position_kind, unit_id, pin, active) VALUES (?, ?, ?, 'MALE', "
                    + "'1980-01-01', 'PNS', 'III/a', 'Staf', 'PELAKSANA', ?, ?, 1)")) {
                for (int i = 0; i < staff; i++) {
                    e.setLong(1, 100_000 + i);
                    e.setString(2, String.format("19800101200501%04d", i));
                    e.setString(3, "Pegawai " + i);
                    e.setLong(4, 1000 + i / TripGenerator.UNIT_SIZE);
                    e.setString(5, String.valueOf(100_000 + i));
                    e.addBatch();
                }
                e.executeBatch();
            }
            try (PreparedStatement st = c.prepareStatement("INSERT INTO surat_tugas (id, number, issued_on, unit_id, "
                    + "purpose, city, kind, depart, return_on, status) VALUES (?, ?, ?, ?, 'Rapat', 'Bandung', "
                    + "'LUAR_KOTA', ?, ?, 'ACTIVE')");
                    PreparedStatement p = c.prepareStatement("INSERT INTO travel_participant (surat_tugas_id, "
                            + "employee_id, position, days, daily_allowance) VALUES (?, ?, ?, ?, 430000)");
                    PreparedStatement l = c.prepareStatement("INSERT INTO leave_request (employee_id, code, date_from, "
                            + "date_to, status, working_days) VALUES (?, 'CT', ?, ?, 'APPROVED', 1)")) {
                for (TripSample trip : sample) {
                    int base = trip.pool().length > 0 ? trip.pool()[0] / TripGenerator.UNIT_SIZE
                            : trip.travellers()[0] / TripGenerator.UNIT_SIZE;
                    LocalDate returns = trip.depart().plusDays(trip.days()[0] - 1L);
                    st.setLong(1, trip.tripId());
                    st.setString(2, "ST/" + trip.tripId());
                    st.setString(3, trip.depart().minusDays(3).toString());
                    st.setLong(4, 1000 + base);
                    st.setString(5, trip.depart().toString());
                    st.setString(6, returns.toString());
                    st.addBatch();
                    for (int j = 0; j < trip.travellers().length; j++) {
                        p.setLong(1, trip.tripId());
                        p.setLong(2, 100_000 + trip.travellers()[j]);
                        p.setInt(3, j + 1);
                        p.setInt(4, trip.days()[j]);
                        p.addBatch();
                    }
                    Set<Integer> free = new HashSet<>();
                    Arrays.stream(trip.pool()).forEach(free::add);
                    for (int i = base * TripGenerator.UNIT_SIZE; i < (base + 1) * TripGenerator.UNIT_SIZE; i++) {
                        if (!free.contains(i)) {
                            l.setLong(1, 100_000 + i);
                            l.setString(2, trip.depart().toString());
                            l.setString(3, returns.toString());
                            l.addBatch();
                        }
                    }
                }
                st.executeBatch();
                p.executeBatch();
                l.executeBatch();
            }
            c.commit();
        }
    }
}
