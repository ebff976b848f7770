package id.tertib.bench;

import id.tertib.app.CalendarService;
import id.tertib.app.DemoService;
import id.tertib.app.EmployeeFilter;
import id.tertib.app.ImportProgress;
import id.tertib.app.PunchImport;
import id.tertib.app.PunchPreview;
import id.tertib.app.Tertib;
import id.tertib.domain.Employee;
import id.tertib.domain.EmployeeDraft;
import id.tertib.domain.Unit;
import id.tertib.domain.fairness.FairnessAnalysis;
import id.tertib.domain.fairness.FairnessFlag;
import id.tertib.domain.fairness.FairnessResult;
import id.tertib.domain.fairness.FairnessRules;
import id.tertib.domain.fairness.FairnessSummary;
import id.tertib.domain.fairness.TripSample;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Speed benchmarks of issues 4 and 5 (docs/benchmarks.md). Not a test: run by {@code tools/bench.sh}, never by
 * {@code mvnw verify}. Each benchmark is one method registered in {@link #BENCHES}.
 *
 * <pre>
 * tools/bench.sh [import|month|recap|fairness|fairness-db|discipline|all] [--staff 8000] [--rounds 3] [--dir /tmp/tertib-bench]
 * </pre>
 */
public final class Bench {

    /** The clock of the tests: Monday 23 Nov 2026, 10:00 WIB; the punches are from August to October 2026. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T03:00:00Z"), ZoneId.of("Asia/Jakarta"));
    static final LocalDate FROM = LocalDate.of(2026, 8, 3);
    static final LocalDate TO = LocalDate.of(2026, 10, 30);
    /** The holidays of the period (SKB 2026), imported as a calendar file so the year is set. */
    static final String CALENDAR = "date,name,kind\n2026-08-17,Hari Kemerdekaan Republik Indonesia,libur nasional\n"
            + "2026-08-25,Maulid Nabi Muhammad SAW,libur nasional\n2026-12-25,Kelahiran Yesus Kristus,libur nasional\n";
    static final Set<LocalDate> HOLIDAYS = Set.of(LocalDate.of(2026, 8, 17), LocalDate.of(2026, 8, 25));

    private interface Benchmark {
        void run(Bench bench) throws Exception;
    }

    private static final Map<String, Benchmark> BENCHES = new LinkedHashMap<>();

    static {
        BENCHES.put("import", Bench::importPunches);
        BENCHES.put("month", Bench::monthSheet);
        BENCHES.put("recap", Bench::agencyRecap);
        BENCHES.put("fairness", Bench::fairness);
        BENCHES.put("fairness-db", b -> FairnessDbBench.run(b.dir, b.staff, CLOCK));
        BENCHES.put("discipline", b -> DisciplineBench.run(b.dir, b.staff, CLOCK));
    }

    private final Path dir;
    private final int staff;
    private final int rounds;
    /** The database of the last import, with a month of days for everyone: the month benchmark reads it. */
    private Path imported;

    private Bench(Path dir, int staff, int rounds) {
        this.dir = dir;
        this.staff = staff;
        this.rounds = rounds;
    }

    public static void main(String[] args) throws Exception {
        String which = args.length > 0 && !args[0].startsWith("--") ? args[0] : "all";
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].startsWith("--")) {
                options.put(args[i].substring(2), args[i + 1]);
            }
        }
        Path dir = Path.of(options.getOrDefault("dir", System.getProperty("java.io.tmpdir") + "/tertib-bench"));
        Files.createDirectories(dir);
        Bench bench = new Bench(dir, Integer.parseInt(options.getOrDefault("staff", "8000")),
                Integer.parseInt(options.getOrDefault("rounds", "3")));
        System.out.printf("Tertib benchmarks, %s, %d cores, %s, java %s, folder %s%n", LocalDate.now(),
                Runtime.getRuntime().availableProcessors(), loadAverage(), System.getProperty("java.version"), dir);
        for (var e : BENCHES.entrySet()) {
            if (which.equals("all") || which.equals(e.getKey())) {
                e.getValue().run(bench);
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Import of about 1,000,000 attlog punches against sqlite3 .import of the same rows.

    private void importPunches() throws Exception {
        List<LocalDate> days = workingDays();
        Path attlog = dir.resolve("attlog.dat");
        long lines = AttlogGenerator.write(attlog, staff, days, 42);
        System.out.printf("%nImport: %,d staff x %d working days (%s..%s) = %,d lines, %,d bytes%n", staff,
                days.size(), FROM, TO, lines, Files.size(attlog));
        Path template = template();
        List<double[]> sqlite = new ArrayList<>();
        List<double[]> tertib = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            // Side by side, alternating, so both see the same machine and page cache.
            sqlite.add(sqliteImport(attlog, round, lines));
            tertib.add(tertibImport(template, attlog, round, lines, days.size()));
        }
        double sqliteWall = median(sqlite, 0);
        double tertibWall = median(tertib, 0);
        double sqliteCpu = median(sqlite, 1);
        double tertibCpu = median(tertib, 1);
        System.out.printf("Median of %d: sqlite3 .import %.2f s wall (%.2f s CPU); Tertib %.2f s wall (%.2f s CPU); "
                + "ratio %.2fx wall, %.2fx CPU (target: at most 1.5x)%n", rounds, sqliteWall, sqliteCpu, tertibWall,
                tertibCpu, tertibWall / sqliteWall, tertibCpu / sqliteCpu);
    }

    private static List<LocalDate> workingDays() {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = FROM; !d.isAfter(TO); d = d.plusDays(1)) {
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY
                    && !HOLIDAYS.contains(d)) {
                days.add(d);
            }
        }
        return days;
    }

    /** A fresh office of {@code staff} people with PINs and the calendar set, made once and copied per round. */
    private Path template() throws IOException {
        Path template = dir.resolve("template-" + staff + ".db");
        if (Files.exists(template)) {
            return template;
        }
        Path building = dir.resolve("building.db");
        deleteDatabase(building);
        try (Tertib t = Tertib.open(building, CLOCK)) {
            t.demo().fill(1, staff);
            t.auth().signIn("admin", DemoService.DEMO_PASSWORD);
            Path calendar = Files.writeString(dir.resolve("calendar-2026.csv"), CALENDAR);
            CalendarService.Preview preview = t.calendar().preview(calendar);
            t.calendar().commit(preview);
        }
        Files.move(building, template);
        return template;
    }

    /** The sqlite3 command-line shell importing the file into a bare table: the floor for storing the rows. */
    private double[] sqliteImport(Path attlog, int round, long lines) throws Exception {
        Path db = dir.resolve("sqlite3-" + round + ".db");
        deleteDatabase(db);
        Path times = dir.resolve("sqlite3-time.txt");
        String script = "CREATE TABLE punch(pin TEXT, at TEXT, dev TEXT, state TEXT, verify TEXT, work TEXT);\n"
                + ".mode tabs\n.import " + attlog.toAbsolutePath() + " punch\n";
        ProcessBuilder pb = new ProcessBuilder("/usr/bin/time", "-f", "%U %S", "-o", times.toString(), "sqlite3",
                db.toString()).redirectErrorStream(true);
        long start = System.nanoTime();
        Process p = pb.start();
        p.getOutputStream().write(script.getBytes());
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes());
        if (p.waitFor() != 0) {
            throw new IllegalStateException("sqlite3 failed: " + out);
        }
        double wall = (System.nanoTime() - start) / 1e9;
        double cpu = Arrays.stream(Files.readString(times).trim().split("\\s+")).mapToDouble(Double::parseDouble).sum();
        Process count = new ProcessBuilder("sqlite3", db.toString(), "SELECT COUNT(*) FROM punch").start();
        long rows = Long.parseLong(new String(count.getInputStream().readAllBytes()).trim());
        count.waitFor();
        if (rows != lines) {
            throw new IllegalStateException("sqlite3 imported " + rows + " rows of " + lines);
        }
        System.out.printf("  round %d  sqlite3 .import  %6.2f s wall %6.2f s CPU  (%,d rows, %,d bytes)%n", round, wall,
                cpu, rows, Files.size(db));
        deleteDatabase(db);
        return new double[] {wall, cpu};
    }

    /** The whole Tertib import: read, check (preview), store the punches and derive the days (commit). */
    private double[] tertibImport(Path template, Path attlog, int round, long lines, int workingDays)
            throws Exception {
        Path db = dir.resolve("tertib-" + round + ".db");
        deleteDatabase(db);
        Files.copy(template, db, StandardCopyOption.REPLACE_EXISTING);
        double wall;
        double cpu;
        try (Tertib t = Tertib.open(db, CLOCK)) {
            t.auth().signIn("admin", DemoService.DEMO_PASSWORD);
            Phases phases = new Phases();
            var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            long cpu0 = os.getProcessCpuTime();
            long start = System.nanoTime();
            phases.start = start;
            phases.startCpu = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            PunchPreview preview = t.punchImport().preview(attlog, PunchImport.Format.ATTLOG, null, phases);
            phases.previewed();
            PunchImport.Result result = t.punchImport().commit(preview, phases);
            long end = System.nanoTime();
            String threadCpu = phases.describeCpu();
            wall = (end - start) / 1e9;
            cpu = (os.getProcessCpuTime() - cpu0) / 1e9;
            if (result.stored() != lines || result.daysWritten() != (long) staff * workingDays) {
                throw new IllegalStateException("Tertib stored " + result + ", expected " + lines + " punches and "
                        + (long) staff * workingDays + " days");
            }
            System.out.printf("  round %d  Tertib import    %6.2f s wall %6.2f s CPU  (%,d punches, %,d days, %,d bytes)"
                    + "%n            wall: %s%n            %s%n", round, wall, cpu, result.stored(), result.daysWritten(),
                    Files.size(db), phases.describe(end), threadCpu);
        }
        if (round < rounds) {
            deleteDatabase(db);
        } else {
            imported = dir.resolve("imported-" + staff + ".db");
            deleteDatabase(imported);
            Files.move(db, imported);
            deleteDatabase(db);
        }
        return new double[] {wall, cpu};
    }

    // ---------------------------------------------------------------------------------------------------------------
    // One unit's month, 150 people x 31 days, as the month sheet opens it.

    private void monthSheet() throws Exception {
        if (imported == null && Files.exists(dir.resolve("imported-" + staff + ".db"))) {
            imported = dir.resolve("imported-" + staff + ".db"); // left by an earlier import benchmark
        }
        if (imported == null) {
            importPunches();
        }
        try (Tertib t = Tertib.open(imported, CLOCK)) {
            t.auth().signIn("admin", DemoService.DEMO_PASSWORD);
            long root = t.units().list().stream().filter(u -> u.parentId() == null).findFirst().orElseThrow().id();
            Unit unit = t.units().list().stream().filter(u -> u.code().equals("BENCH")).findFirst()
                    .orElseGet(() -> t.units().save(new Unit(0, "BENCH", "Seksi Uji Kecepatan", root)));
            List<Employee> all = t.employees().list(EmployeeFilter.ALL);
            List<Employee> moved = all.stream().filter(e -> e.unitId() == unit.id()).toList();
            if (moved.isEmpty()) { // a fresh database: the first 150 people by id make up the unit
                moved = all.stream().sorted(java.util.Comparator.comparingLong(Employee::id)).limit(150).toList();
            }
            for (Employee e : moved.stream().filter(e -> e.unitId() != unit.id()).toList()) {
                EmployeeDraft d = EmployeeDraft.of(e);
                t.employees().save(new EmployeeDraft(d.id(), d.number(), d.frontTitle(), d.name(), d.backTitle(),
                        d.gender(), d.birthDate(), d.status(), d.golongan(), d.positionName(), d.positionKind(),
                        unit.id(), d.pin(), d.active()));
            }
            YearMonth month = YearMonth.of(2026, 8);
            int records = 0;
            for (int i = 0; i < 5; i++) {
                records = t.attendance().month(unit.id(), month).records().values().stream().mapToInt(Map::size).sum();
            }
            double[] ms = new double[20];
            for (int i = 0; i < ms.length; i++) {
                long s = System.nanoTime();
                t.attendance().month(unit.id(), month);
                ms[i] = (System.nanoTime() - s) / 1e6;
            }
            Arrays.sort(ms);
            System.out.printf("%nMonth sheet: unit of %d people, %s (31 days, %,d records), in an office of %,d: "
                    + "median %.1f ms, min %.1f, max %.1f of 20 warm calls (target: under 100 ms)%n", moved.size(),
                    month, records, staff, (ms[9] + ms[10]) / 2, ms[0], ms[ms.length - 1]);
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // The whole agency's monthly recap (8,000 people), exported as XLSX and CSV: the first export in a fresh process
    // (what an HR officer waits for) and the median of 10 warm ones.

    private void agencyRecap() throws Exception {
        if (imported == null && Files.exists(dir.resolve("imported-" + staff + ".db"))) {
            imported = dir.resolve("imported-" + staff + ".db");
        }
        if (imported == null) {
            importPunches();
        }
        try (Tertib t = Tertib.open(imported, CLOCK)) {
            t.auth().signIn("admin", DemoService.DEMO_PASSWORD);
            YearMonth month = YearMonth.of(2026, 9);
            for (String ext : List.of("xlsx", "csv")) {
                Path out = dir.resolve("rekap-agency." + ext);
                long s = System.nanoTime();
                int people = t.recap().export(null, month, out).rows().size();
                double first = (System.nanoTime() - s) / 1e9;
                double[] warm = new double[10];
                for (int i = 0; i < warm.length; i++) {
                    long w = System.nanoTime();
                    t.recap().export(null, month, out);
                    warm[i] = (System.nanoTime() - w) / 1e9;
                }
                Arrays.sort(warm);
                System.out.printf("%nAgency recap %s, %s: %,d people, %,d bytes: first %.2f s, warm median %.2f s, "
                        + "max %.2f s (target: under 3 s)%n", ext.toUpperCase(java.util.Locale.ROOT), month, people,
                        Files.size(out), first, (warm[4] + warm[5]) / 2, warm[warm.length - 1]);
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Fairness statistics over five years: 40,000 trips and 8,000 people (issue 5), warm. Only the statistics
    // (FairnessAnalysis.analyse); building the pools from the database is timed end to end elsewhere.

    private void fairness() {
        int trips = 5 * staff;
        long built = System.nanoTime();
        List<TripSample> sample = TripGenerator.generate(staff, trips, 42);
        long poolEntries = sample.stream().mapToLong(t -> t.pool().length).sum();
        System.out.printf("%nFairness: %,d people in units of %d, %,d trips %s..%s, %,d pool entries (generated in "
                + "%.1f s)%n", staff, TripGenerator.UNIT_SIZE, trips, sample.get(0).depart(),
                sample.get(sample.size() - 1).depart(), poolEntries, (System.nanoTime() - built) / 1e9);
        var threads = ManagementFactory.getThreadMXBean();
        long cold = System.nanoTime();
        FairnessResult result = FairnessAnalysis.analyse(staff, sample, FairnessRules.DEFAULT);
        long warm = System.nanoTime();
        for (int i = 0; i < 30; i++) {
            result = FairnessAnalysis.analyse(staff, sample, FairnessRules.DEFAULT);
        }
        System.out.printf(Locale.ROOT, "  first call (cold JVM) %.0f ms; 30 warm-up calls %.2f s%n",
                (warm - cold) / 1e6, (System.nanoTime() - warm) / 1e9);
        int calls = Math.max(20, rounds);
        double[] wall = new double[calls];
        double[] cpu = new double[calls];
        for (int i = 0; i < calls; i++) {
            long c = threads.getCurrentThreadCpuTime();
            long s = System.nanoTime();
            result = FairnessAnalysis.analyse(staff, sample, FairnessRules.DEFAULT);
            wall[i] = (System.nanoTime() - s) / 1e6;
            cpu[i] = (threads.getCurrentThreadCpuTime() - c) / 1e6;
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        long excess = result.people().stream().filter(p -> p.flags().contains(FairnessFlag.EXCESS)).count();
        long streaks = result.people().stream().filter(p -> p.flags().contains(FairnessFlag.STREAK)).count();
        long favouredExcess = result.people().stream()
                .filter(p -> p.flags().contains(FairnessFlag.EXCESS) && TripGenerator.favoured(p.person())).count();
        long tiny = result.people().stream().filter(p -> p.pValue() < 1e-3).count();
        FairnessSummary s = result.summary();
        System.out.printf(Locale.ROOT, "  %,d places, Gini trips %.3f, top 20%% hold %.1f%%; flagged: %d excess (%d of "
                + "them among the %d favoured), %d streak; %d p-values below 0.001 (upper tail summed)%n", s.places(),
                s.giniTrips(), 100 * s.top20Trips(), excess, favouredExcess, 3 * staff / TripGenerator.UNIT_SIZE,
                streaks, tiny);
        System.out.printf(Locale.ROOT, "  %d warm calls: median %.1f ms, min %.1f, max %.1f wall; median %.1f ms CPU "
                + "(target: under 200 ms)%n", calls, median(wall), wall[0], wall[calls - 1], median(cpu));
    }

    private static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    // ---------------------------------------------------------------------------------------------------------------

    /** When each phase of an import first reported, and when the last person's days were derived. */
    private static final class Phases implements ImportProgress {
        private static final java.lang.management.ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
        final Map<Phase, Long> first = new EnumMap<>(Phase.class);
        final Map<Phase, Long> firstCpu = new EnumMap<>(Phase.class);
        long start;
        long startCpu = THREADS.getCurrentThreadCpuTime();
        long previewed;
        long previewedCpu;
        long derived;
        long derivedCpu;

        void previewed() {
            previewed = System.nanoTime();
            previewedCpu = THREADS.getCurrentThreadCpuTime();
        }

        @Override
        public void step(Phase phase, long done, long total) {
            long now = System.nanoTime();
            if (first.putIfAbsent(phase, now) == null) {
                firstCpu.put(phase, THREADS.getCurrentThreadCpuTime());
            }
            if (phase == Phase.DERIVING && done == total) {
                derived = now;
                derivedCpu = THREADS.getCurrentThreadCpuTime();
            }
        }

        /** The same split in CPU seconds of the importing thread, which the machine's other work does not inflate. */
        String describeCpu() {
            long end = THREADS.getCurrentThreadCpuTime();
            long checking = firstCpu.getOrDefault(Phase.CHECKING, previewedCpu);
            long storing = firstCpu.getOrDefault(Phase.STORING, previewedCpu);
            long deriving = firstCpu.getOrDefault(Phase.DERIVING, storing);
            return String.format(Locale.ROOT, "importing thread CPU %.2f s: reading %.2f, checking %.2f | loading "
                    + "stored %.2f, storing punches %.2f, deriving %.2f, storing days %.2f", s(startCpu, end),
                    s(startCpu, checking), s(checking, previewedCpu), s(previewedCpu, storing), s(storing, deriving),
                    s(deriving, derivedCpu), s(derivedCpu, end));
        }

        @Override
        public boolean cancelled() {
            return false;
        }

        String describe(long end) {
            long checking = first.getOrDefault(Phase.CHECKING, previewed);
            long storing = first.getOrDefault(Phase.STORING, previewed);
            long deriving = first.getOrDefault(Phase.DERIVING, storing);
            return String.format(Locale.ROOT, "reading %.2f s, checking %.2f s | commit: loading stored %.2f s, "
                    + "storing punches %.2f s, deriving %.2f s, storing days %.2f s", s(start, checking),
                    s(checking, previewed), s(previewed, storing), s(storing, deriving), s(deriving, derived),
                    s(derived, end));
        }

        private static double s(long from, long to) {
            return (to - from) / 1e9;
        }
    }

    private static double median(List<double[]> runs, int index) {
        double[] v = runs.stream().mapToDouble(r -> r[index]).sorted().toArray();
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    private static String loadAverage() {
        return String.format(Locale.ROOT, "load average %.2f",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static void deleteDatabase(Path db) throws IOException {
        for (String suffix : List.of("", "-wal", "-shm", "-journal", ".lock")) {
            Files.deleteIfExists(db.resolveSibling(db.getFileName() + suffix));
        }
    }
}
