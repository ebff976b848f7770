package id.tertib.cli;

import static org.assertj.core.api.Assertions.assertThat;

import id.tertib.app.DemoService;
import id.tertib.app.EmployeeFilter;
import id.tertib.app.Tertib;
import id.tertib.domain.Employee;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tertib attendance import}; the clock stands at Monday 23 Nov 2026, 10:00 WIB, and the scans are today's. */
class AttendanceCliTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T03:00:00Z"), ZoneId.of("Asia/Jakarta"));

    @TempDir
    Path dir;

    private Run run(String... args) {
        return Run.of(CLOCK, "", args);
    }

    private String db() {
        return dir.resolve("tertib.db").toString();
    }

    private Path file(String name, String content) throws Exception {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    @BeforeEach
    void demoWithCalendar() throws Exception {
        run("--db", db(), "demo", "--no-attendance");
        run("--db", db(), "--user", "hr", "calendar", "import",
                file("libur.csv", "date,name,kind\n2026-12-25,Hari Raya Natal,libur nasional\n").toString(), "--yes");
    }

    @Test
    void importsAnAttlogPrintingCountsAndReasonsAndAddsNothingTwice() throws Exception {
        Path attlog = file("X100_attlog.dat", "PIN\tDateTime\tDevice\tState\tVerify\tWork\n"
                + "     1001\t2026-11-23 07:25:00\t1\t0\t1\t0\n"
                + "     1001\t2026-11-23 07:25:00\t1\t0\t1\t0\n"
                + "     1002\t2026-11-23 07:41:10\t1\t1\t1\t0\n"
                + "     4242\t2026-11-23 07:10:00\t1\t0\t1\t0\n"
                + "     1003\t2026-11-23 25:61:00\t1\t0\t1\t0\n");

        Run first = run("--db", db(), "--user", "hr", "attendance", "import", attlog.toString(), "--yes");
        Run again = run("--db", db(), "--user", "hr", "attendance", "import", attlog.toString(), "--yes");

        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(first.out()).contains("5 pindaian dibaca", "baris 5: PIN 4242 tidak terdaftar", "baris 6",
                "Selesai: 5 dibaca, 2 disimpan, 1 duplikat dilewati, 2 ditolak");
        assertThat(again.out()).contains("Selesai: 5 dibaca, 0 disimpan, 3 duplikat dilewati, 2 ditolak");
    }

    @Test
    void importsACsvWithColumnsNamedOnceAndThenByTheSavedMapping() throws Exception {
        Path csv = file("fingerspot.csv", "Tanggal;Jam;No. PIN\n23/11/2026;07:20;1001\n23/11/2026;07:35;1002\n");

        Run named = run("--db", db(), "--user", "admin", "attendance", "import", csv.toString(), "--pin-column",
                "No. PIN", "--date-column", "Tanggal", "--time-column", "Jam", "--save-mapping", "fingerspot", "--yes");
        Run saved = run("--db", db(), "--user", "admin", "attendance", "import", csv.toString(), "--mapping",
                "fingerspot", "--yes");
        Run missing = run("--db", db(), "--user", "admin", "attendance", "import", csv.toString(), "--yes");

        assertThat(named.exit()).as(named.err()).isZero();
        assertThat(named.out()).contains("Pemetaan kolom \"fingerspot\" disimpan.", "2 disimpan");
        assertThat(saved.out()).contains("0 disimpan, 2 duplikat dilewati");
        assertThat(missing.exit()).isNotZero();
        assertThat(missing.err()).contains("perlu pemetaan");
    }

    @Test
    void aMappingIsKeptOnlyWhenTheImportIsStored() throws Exception {
        Path csv = file("fingerspot.csv", "Tanggal;Jam;No. PIN\n23/11/2026;07:20;1001\n");

        Run refused = Run.of(CLOCK, "t\n", "--db", db(), "--user", "admin", "attendance", "import", csv.toString(),
                "--pin-column", "No. PIN", "--date-column", "Tanggal", "--time-column", "Jam", "--save-mapping",
                "fingerspot");
        Run byName = run("--db", db(), "--user", "admin", "attendance", "import", csv.toString(), "--mapping",
                "fingerspot", "--yes");

        assertThat(refused.exit()).isEqualTo(3);
        assertThat(refused.out()).doesNotContain("Pemetaan kolom");
        assertThat(byName.exit()).as("the mapping of a refused import was not kept").isNotZero();
    }

    @Test
    void aFileWhoseEveryLineIsRejectedStillListsTheReasons() throws Exception {
        Path attlog = file("Y200_attlog.dat", "     4242\t2026-11-23 07:10:00\t1\t0\t1\t0\n"
                + "     1003\t2026-11-23 25:61:00\t1\t0\t1\t0\n");

        Run all = run("--db", db(), "--user", "hr", "attendance", "import", attlog.toString(), "--yes");

        assertThat(all.exit()).isEqualTo(1);
        assertThat(all.out()).contains("baris 1: PIN 4242 tidak terdaftar", "baris 2");
        assertThat(all.err()).contains("tidak memuat satu pun pindaian");
    }

    /** Days recorded for the person with {@code pin} in November 2026. */
    private int novemberDays(String pin) {
        try (Tertib t = Tertib.open(dir.resolve("tertib.db"), CLOCK)) {
            t.auth().signIn("hr", DemoService.DEMO_PASSWORD);
            Employee e = t.employees().list(EmployeeFilter.ALL).stream().filter(x -> pin.equals(x.pin())).findFirst()
                    .orElseThrow();
            return t.attendance().month(e.unitId(), YearMonth.of(2026, 11)).records().getOrDefault(e.id(), Map.of())
                    .size();
        }
    }

    /** The code of the unit of the person with {@code pin}. */
    private String unitOf(String pin) {
        try (Tertib t = Tertib.open(dir.resolve("tertib.db"), CLOCK)) {
            t.auth().signIn("hr", DemoService.DEMO_PASSWORD);
            long unit = t.employees().list(EmployeeFilter.ALL).stream().filter(x -> pin.equals(x.pin())).findFirst()
                    .orElseThrow().unitId();
            return t.units().list().stream().filter(u -> u.id() == unit).findFirst().orElseThrow().code();
        }
    }

    @Test
    void aOneMachineImportInAnOfficeWithTwoMachinesLeavesTheOtherBuildingAlone() throws Exception {
        // Building A's machine serves the units of PINs 1001 and 1002; PIN 1003 works in building B.
        String a1 = unitOf("1001");
        String a2 = unitOf("1002");
        Path attlog = file("BWXP201260011_attlog.dat", "     1001\t2026-11-20 07:25:00\t1\t0\t1\t0\n"
                + "     1001\t2026-11-20 16:35:00\t1\t1\t1\t0\n");

        Run first = run("--db", db(), "--user", "hr", "attendance", "import", attlog.toString(), "--units",
                a1 + "," + a2, "--yes");
        Run again = run("--db", db(), "--user", "hr", "attendance", "import", attlog.toString(), "--yes");

        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(first.out()).contains("Mesin BWXP201260011 melayani unit yang ditetapkan sekarang", a1, a2,
                "orang aktif ber-PIN di unit itu tidak ada dalam berkas dan mendapat",
                "Pegawai unit lain tidak tersentuh");
        assertThat(novemberDays("1002")).as("building A, absent on Friday: TK").isEqualTo(1);
        assertThat(novemberDays("1003")).as("building B: not this machine's people").isZero();
        assertThat(again.out()).as("remembered for the machine").contains(
                "Mesin BWXP201260011 melayani unit yang tersimpan untuknya", "--units KODE,KODE");
        Run unknown = run("--db", db(), "--user", "hr", "attendance", "import", attlog.toString(), "--units",
                "GEDUNG-Z", "--yes");
        assertThat(unknown.exit()).isNotZero();
        assertThat(unknown.err()).contains("Unit GEDUNG-Z tidak ada", a1);
    }

    @Test
    void withoutUnitsTheMachineServesTheUnitsOfThePeopleInItsFile() throws Exception {
        Path attlog = file("export.dat", "     1001\t2026-11-20 07:25:00\t1\t0\t1\t0\n");

        Run r = run("--db", db(), "--user", "hr", "attendance", "import", attlog.toString(), "--yes");

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("Berkas tidak menyebut mesin; dipakai unit orang-orang dalam berkas: "
                + unitOf("1001"));
        assertThat(novemberDays("1003")).isZero();
    }

    @Test
    void aSectionHeadCannotImportAndAYearWithoutCalendarIsRefused() throws Exception {
        Path attlog = file("a.dat", "     1001\t2024-05-02 07:25:00\t1\t0\t1\t0\n");

        Run kasi = run("--db", db(), "--user", "kasi", "attendance", "import", attlog.toString(), "--yes");
        Run hr = run("--db", db(), "--user", "hr", "attendance", "import", attlog.toString(), "--yes");

        assertThat(kasi.exit()).isNotZero();
        assertThat(kasi.err()).contains("tidak berwenang mengimpor data mesin");
        assertThat(hr.exit()).isNotZero();
        assertThat(hr.err()).contains("Kalender kerja", "2024");
    }
}
