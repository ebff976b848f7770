package id.tertib.cli;

import static org.assertj.core.api.Assertions.assertThat;

import id.tertib.app.DemoService;
import id.tertib.app.EmployeeFilter;
import id.tertib.app.Tertib;
import id.tertib.domain.Employee;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T03:00:00Z"), ZoneId.of("Asia/Jakarta"));

    private static final String UNITS = "code,name,parent_code\n"
            + "BID,Bidang Aplikasi,DIN\n"
            + "DIN,Dinas Kominfo,\n";

    /** Row 3 has 31 September as birth date. */
    private static final String EMPLOYEES = "nip,name,status,golongan,position_kind,unit_code\n"
            + "198609262015051001,Budi Santoso,PNS,III/b,JF,BID\n"
            + "198609312015051001,Salah Tanggal,PNS,III/a,pelaksana,BID\n"
            + "199001012019032002,Dewi Lestari,PNS,III/a,pelaksana,DIN\n";

    @TempDir
    Path dir;

    /** What one run of the command line gave back. */
    record Run(int exit, String out, String err) {
        List<String> outLines() {
            return out.lines().toList();
        }

        List<String> errLines() {
            return err.lines().toList();
        }
    }

    private Run runWithInput(String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Cli.run(args, CLOCK, new PrintWriter(out), new PrintWriter(err),
                new BufferedReader(new StringReader(stdin)), Map.of("TERTIB_PASSWORD", DemoService.DEMO_PASSWORD));
        return new Run(exit, out.toString(), err.toString());
    }

    private Run run(String... args) {
        return runWithInput("", args);
    }

    private String db() {
        return dir.resolve("tertib.db").toString();
    }

    private Path file(String name, String content) throws Exception {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    private List<Employee> storedEmployees() {
        Tertib tertib = Tertib.open(dir.resolve("tertib.db"), CLOCK);
        if (tertib.auth().hasAccounts()) {
            tertib.auth().signIn("admin", DemoService.DEMO_PASSWORD);
        }
        return tertib.employees().list(EmployeeFilter.ALL);
    }

    @Test
    void demoThenListAsCsvPrintsAHeaderAndEveryEmployee() {
        Run demo = run("--db", db(), "demo");
        Run list = run("--db", db(), "--user", "admin", "employees", "list", "--format", "csv");

        assertThat(demo.exit()).isZero();
        assertThat(demo.out()).contains("19 unit", "120 pegawai", "1 Jan 2025 s.d. 22 Nov 2026", "pindaian");
        assertThat(list.exit()).isZero();
        assertThat(list.err()).isEmpty();
        assertThat(list.outLines()).hasSize(121);
        assertThat(list.outLines().get(0))
                .isEqualTo("nip,front_title,name,back_title,gender,birth_date,status,golongan,position,position_kind,"
                        + "unit_code,pin,active,appointed_on");
    }

    @Test
    void listAsTableEndsWithTheCountInTheChosenLanguage() {
        run("--db", db(), "demo", "--no-attendance");

        Run id = run("--db", db(), "--user", "admin", "employees", "list");
        Run en = run("--db", db(), "--user", "admin", "--lang", "en", "employees", "list");

        assertThat(id.outLines()).hasSize(122).last().isEqualTo("120 pegawai.");
        assertThat(en.outLines()).last().isEqualTo("120 employees.");
        assertThat(id.outLines().get(1)).matches("\\d{8} \\d{6} [12] \\d{3} .*|\\d{18} .*");
    }

    @Test
    void listByUnitIncludesItsSubUnits() {
        run("--db", db(), "demo", "--no-attendance");

        Run set = run("--db", db(), "--user", "admin", "employees", "list", "--unit", "set", "--format", "csv");
        Run seksi = run("--db", db(), "--user", "admin", "employees", "list", "--unit", "SET.UK", "--format", "csv");

        assertThat(set.exit()).isZero();
        List<String> setRows = set.outLines().subList(1, set.outLines().size());
        List<String> seksiRows = seksi.outLines().subList(1, seksi.outLines().size());
        assertThat(setRows).allMatch(l -> l.contains(",SET,") || l.contains(",SET.UK,") || l.contains(",SET.PK,"));
        assertThat(setRows).anyMatch(l -> l.contains(",SET,")).anyMatch(l -> l.contains(",SET.UK,"))
                .anyMatch(l -> l.contains(",SET.PK,"));
        assertThat(seksiRows).isNotEmpty().allMatch(l -> l.contains(",SET.UK,"));
        assertThat(setRows).containsAll(seksiRows);
    }

    @Test
    void anUnknownUnitFailsWithOneLineOnErr() {
        run("--db", db(), "demo", "--no-attendance");

        Run id = run("--db", db(), "--user", "admin", "employees", "list", "--unit", "NOPE");
        Run en = run("--db", db(), "--user", "admin", "--lang", "en", "employees", "list", "--unit", "NOPE");

        assertThat(id.exit()).isEqualTo(1);
        assertThat(id.out()).isEmpty();
        assertThat(id.errLines()).containsExactly("Galat: Unit dengan kode NOPE tidak ada.");
        assertThat(en.exit()).isEqualTo(1);
        assertThat(en.errLines()).containsExactly("Error: No unit with code NOPE.");
    }

    @Test
    void anUnknownFormatFails() {
        Run r = run("--db", db(), "--user", "admin", "--lang", "en", "employees", "list", "--format", "pdf");

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.errLines()).containsExactly("Error: Unknown format pdf; use csv or table.");
    }

    @Test
    void importWithoutConfirmationStoresNothing() throws Exception {
        run("--db", db(), "--user", "admin", "units", "import", "--yes", file("unit.csv", UNITS).toString());
        Path employees = file("pegawai.csv", EMPLOYEES);

        Run r = runWithInput("", "--db", db(), "--user", "admin", "--lang", "en", "employees", "import", employees.toString());

        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.out()).contains("2 new", "Store 2 rows? [y/N]", "Cancelled; nothing was stored.");
        assertThat(storedEmployees()).isEmpty();
    }

    @Test
    void answeringNoStoresNothing() throws Exception {
        run("--db", db(), "--user", "admin", "units", "import", "--yes", file("unit.csv", UNITS).toString());

        Run r = runWithInput("n\n", "--db", db(), "--user", "admin", "employees", "import", file("pegawai.csv", EMPLOYEES).toString());

        assertThat(r.exit()).isEqualTo(3);
        assertThat(storedEmployees()).isEmpty();
    }

    @Test
    void importConfirmedOnStdinStoresTheGoodRows() throws Exception {
        run("--db", db(), "--user", "admin", "units", "import", "--yes", file("unit.csv", UNITS).toString());

        Run r = runWithInput("y\n", "--db", db(), "--user", "admin", "employees", "import", file("pegawai.csv", EMPLOYEES).toString());

        assertThat(r.exit()).isZero();
        assertThat(storedEmployees()).extracting(Employee::number)
                .containsExactlyInAnyOrder("198609262015051001", "199001012019032002");
    }

    @Test
    void importWithYesStoresAndNamesTheRejectedRow() throws Exception {
        run("--db", db(), "--user", "admin", "units", "import", "--yes", file("unit.csv", UNITS).toString());

        Run r = run("--db", db(), "--user", "admin", "--lang", "en", "employees", "import", "--yes",
                file("pegawai.csv", EMPLOYEES).toString());

        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("1 rows rejected")
                .contains("row 3, column nip: NIP 19860931...: birth date is not valid")
                .contains("Stored: 2 new employees, 0 updated.");
        assertThat(storedEmployees()).hasSize(2);
    }

    @Test
    void reimportingTheSameFileHasNothingToStore() throws Exception {
        run("--db", db(), "--user", "admin", "units", "import", "--yes", file("unit.csv", UNITS).toString());
        Path clean = file("bersih.csv", EMPLOYEES.replace("198609312015051001,Salah Tanggal,PNS,III/a,pelaksana,BID\n",
                ""));
        run("--db", db(), "--user", "admin", "employees", "import", "--yes", clean.toString());

        Run again = run("--db", db(), "--user", "admin", "--lang", "en", "employees", "import", clean.toString());

        assertThat(again.exit()).isZero();
        assertThat(again.out()).contains("0 new, 0 updated, 2 unchanged", "Nothing to store.");
        assertThat(storedEmployees()).hasSize(2);
    }

    @Test
    void unitsImportAndList() throws Exception {
        Run imported = run("--db", db(), "--user", "admin", "--lang", "en", "units", "import", "--yes", file("unit.csv", UNITS).toString());
        Run list = run("--db", db(), "--user", "admin", "units", "list");

        assertThat(imported.exit()).isZero();
        assertThat(imported.out()).contains("2 new", "Stored: 2 units.");
        assertThat(list.outLines()).containsExactly("DIN  Dinas Kominfo", "  BID  Bidang Aplikasi");
    }

    @Test
    void unitsImportReportsALoopAndFailsWhenNothingIsLeft() throws Exception {
        Path loop = file("loop.csv", "code,name,parent_code\nA,Unit A,B\nB,Unit B,A\n");

        Run r = run("--db", db(), "--user", "admin", "--lang", "en", "units", "import", "--yes", loop.toString());

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("row 2, column parent_code: parent units form a loop")
                .contains("row 3, column parent_code").contains("Nothing to store.");
    }

    @Test
    void aMissingImportFileIsOneLineOnErr() {
        Run r = run("--db", db(), "--user", "admin", "--lang", "en", "employees", "import", dir.resolve("nope.csv").toString());

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.errLines()).hasSize(1).first().asString().startsWith("Error: ").contains("nope.csv");
    }

    @Test
    void demoRefusesAFilledDatabase() {
        run("--db", db(), "demo", "--no-attendance");

        Run again = run("--db", db(), "--user", "admin", "--lang", "en", "demo");

        assertThat(again.exit()).isEqualTo(1);
        assertThat(again.errLines()).containsExactly(
                "Error: The database already holds data; the demo office only fills an empty database.");
    }

    @Test
    void aDatabaseThatCannotBeOpenedIsOneLineOnErr() throws Exception {
        Path notAFolder = file("plain-file", "x");

        Run r = run("--db", notAFolder.resolve("tertib.db").toString(), "employees", "list");

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.errLines()).hasSize(1);
        assertThat(r.err()).contains("plain-file").doesNotContain("Exception", "\tat ");
    }

    @Test
    void helpListsTheCommands() {
        Run r = run("--help");

        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("demo", "units", "employees", "--db", "--lang");
    }

    @Test
    void noCommandPrintsUsageToTheGivenOutput() {
        Run r = run("--db", db());

        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("Penggunaan:", "employees");
    }

    @Test
    void anUnknownCommandIsAUsageError() {
        Run r = run("--db", db(), "--user", "admin", "payroll");

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("payroll");
        assertThat(dir.resolve("tertib.db")).doesNotExist();
    }

    private Run runAs(Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Cli.run(args, CLOCK, new PrintWriter(out), new PrintWriter(err), new BufferedReader(new StringReader("")),
                env);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void aDatabaseWithAccountsRefusesCommandsWithoutAValidSignIn() {
        run("--db", db(), "demo", "--no-attendance");

        Run none = runAs(Map.of(), "--db", db(), "employees", "list");
        Run wrong = runAs(Map.of("TERTIB_PASSWORD", "salah"), "--db", db(), "--user", "admin", "employees", "list");

        assertThat(none.exit()).isEqualTo(1);
        assertThat(none.errLines()).singleElement().asString().contains("--user");
        assertThat(wrong.exit()).isEqualTo(1);
        assertThat(wrong.errLines()).containsExactly("Galat: Nama atau kata sandi salah. Setelah 5 kali salah, akun dikunci 5 menit: coba lagi nanti, atau minta administrator mengatur ulang kata sandi.");
    }

    @Test
    void aSectionHeadListsOnlyTheirSeksiAndCannotImport() throws Exception {
        run("--db", db(), "demo", "--no-attendance");
        Path units = file("u.csv", "code,name,parent_code\nBARU,Unit Baru,\n");

        Run list = run("--db", db(), "--user", "kasi", "employees", "list", "--format", "csv");
        Run imp = run("--db", db(), "--user", "kasi", "units", "import", units.toString(), "--yes");

        assertThat(list.outLines().subList(1, list.outLines().size())).isNotEmpty().allMatch(l -> l.contains(",APT.PA,"));
        assertThat(imp.exit()).isEqualTo(1);
        assertThat(imp.errLines()).singleElement().asString().contains("kasi tidak berwenang");
    }

    @Test
    void initCreatesTheFirstAdministratorFromThePasswordVariable() {
        Run init = runAs(Map.of("TERTIB_PASSWORD", "rahasia-kantor"), "--db", db(), "init", "--admin", "sri");
        Run again = runAs(Map.of("TERTIB_PASSWORD", "rahasia-kantor"), "--db", db(), "init", "--admin", "lain");
        Run list = runAs(Map.of("TERTIB_PASSWORD", "rahasia-kantor"), "--db", db(), "--user", "sri", "users", "list");

        assertThat(init.exit()).isZero();
        assertThat(init.out()).contains("sri");
        assertThat(again.exit()).isEqualTo(1);
        assertThat(list.out()).contains("sri", "Administrator");
    }

    @Test
    void anAdministratorAddsAnAccountThatCanSignIn() {
        run("--db", db(), "demo", "--no-attendance");

        Run add = runAs(Map.of("TERTIB_PASSWORD", "demo", "TERTIB_NEW_PASSWORD", "rahasia-baru"), "--db", db(),
                "--user", "admin", "users", "add", "ani", "--role", "kasi", "--unit", "SET.UK", "--full-name", "Ani");
        Run asAni = runAs(Map.of("TERTIB_PASSWORD", "rahasia-baru"), "--db", db(), "--user", "ani", "employees", "list",
                "--format", "csv");

        assertThat(add.exit()).isZero();
        assertThat(asAni.exit()).isZero();
        assertThat(asAni.outLines().subList(1, asAni.outLines().size())).allMatch(l -> l.contains(",SET.UK,"));
    }

    @Test
    void auditVerifyExitsFourAndNamesTheEntryAfterTampering() throws Exception {
        run("--db", db(), "demo", "--no-attendance");
        Run intact = run("--db", db(), "--user", "hr", "audit", "verify");
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db())) {
            c.createStatement().executeUpdate("UPDATE audit_entry SET label = 'palsu' WHERE id = 42");
        }
        Run broken = run("--db", db(), "--user", "hr", "audit", "verify");

        assertThat(intact.exit()).isZero();
        assertThat(intact.out()).startsWith("Jejak audit utuh:");
        assertThat(broken.exit()).isEqualTo(4);
        assertThat(broken.out()).contains("entri 42");
    }

    @Test
    void auditListShowsBeforeAndAfter() throws Exception {
        run("--db", db(), "demo", "--no-attendance");
        Path rename = file("r.csv", "nip,name,status,position_kind,unit_code\n"
                + "198609262015051001,Budi Baru,PNS,pelaksana,SET.UK\n");
        run("--db", db(), "--user", "hr", "employees", "import", rename.toString(), "--yes");

        Run list = run("--db", db(), "--user", "hr", "audit", "list", "--limit", "1");

        assertThat(list.exit()).isZero();
        assertThat(list.out()).contains("hr", "Dibuat", "Budi Baru", "impor r.csv");
    }

    @Test
    void calendarImportReportsBadRowsAndListShowsTheYear() throws Exception {
        run("--db", db(), "demo", "--no-attendance");
        Path file = file("libur.csv", "date,name,kind\n2025-08-17,Hari Kemerdekaan RI,libur nasional\n"
                + "2025-12-26,Cuti Bersama Natal,cuti bersama\n2025-13-01,Salah,libur nasional\n");

        Run imported = run("--db", db(), "--user", "hr", "calendar", "import", file.toString(), "--yes");
        Run list = run("--db", db(), "--user", "viewer", "calendar", "list", "--year", "2025");

        assertThat(imported.exit()).isZero();
        assertThat(imported.out()).contains("2 baru", "baris 4", "Tersimpan: 2 hari libur.");
        assertThat(list.outLines()).containsExactly("Tahun yang sudah diatur: 2025",
                "17 Agu 2025  Libur nasional   Hari Kemerdekaan RI",
                "26 Des 2025  Cuti bersama     Cuti Bersama Natal");
    }
}
