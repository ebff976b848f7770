package id.tertib.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import id.tertib.domain.Employee;
import id.tertib.domain.EmploymentStatus;
import id.tertib.domain.NiPppk;
import id.tertib.domain.Nip;
import id.tertib.domain.Unit;
import id.tertib.domain.UnitTree;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoServiceTest {

    private static final LocalDate TODAY = LocalDate.now(AppFixtures.CLOCK);

    @TempDir
    Path dir;

    private Tertib demo(String folder, long seed) {
        Tertib tertib = AppFixtures.open(dir.resolve(folder));
        tertib.demo().fill(seed, DemoService.DEFAULT_EMPLOYEES);
        tertib.auth().signIn("admin", DemoService.DEMO_PASSWORD);
        return tertib;
    }

    private static String export(Tertib tertib) {
        StringBuilder csv = new StringBuilder();
        EmployeeExport.csv(tertib.employees().list(EmployeeFilter.ALL), tertib.units().list(), csv);
        return csv.toString();
    }

    @Test
    void fillsAnEmptyDatabaseWithOneDinasSixBidangAndTwelveSeksi() {
        Tertib tertib = AppFixtures.open(dir);
        assertThat(tertib.demo().isEmpty()).isTrue();

        DemoService.Result result = tertib.demo().fill(DemoService.DEFAULT_SEED, DemoService.DEFAULT_EMPLOYEES);
        tertib.auth().signIn("admin", DemoService.DEMO_PASSWORD);

        assertThat(result).isEqualTo(new DemoService.Result(19, 120));
        UnitTree tree = tertib.units().tree();
        Map<Integer, Long> unitsByDepth = tertib.units().list().stream()
                .collect(Collectors.groupingBy(u -> tree.depth(u.id()), Collectors.counting()));
        assertThat(unitsByDepth).isEqualTo(Map.of(0, 1L, 1, 6L, 2, 12L));
        assertThat(tertib.employees().list(EmployeeFilter.ALL)).hasSize(120).allMatch(Employee::active);
        assertThat(tertib.settings().isDemo()).isTrue();
        assertThat(tertib.demo().isEmpty()).isFalse();
    }

    @Test
    void everyNumberIsValidAndUnique() {
        List<Employee> staff = demo("a", DemoService.DEFAULT_SEED).employees().list(EmployeeFilter.ALL);

        for (Employee e : staff) {
            if (e.status() == EmploymentStatus.PPPK) {
                NiPppk ni = NiPppk.parse(e.number());
                assertThat(ni.birthDate()).as(e.number()).isEqualTo(e.birthDate());
            } else {
                Nip nip = Nip.parse(e.number(), TODAY);
                assertThat(nip.gender()).as(e.number()).isEqualTo(e.gender());
                assertThat(nip.birthDate()).as(e.number()).isEqualTo(e.birthDate());
            }
            assertThat(e.golongan()).as(e.number()).isNotNull();
            assertThat(e.golongan().fits(e.status())).as(e.number()).isTrue();
        }
        assertThat(staff).extracting(Employee::number).doesNotHaveDuplicates();
        assertThat(staff).extracting(Employee::pin).doesNotHaveDuplicates();
        assertThat(staff).extracting(Employee::status).contains(EmploymentStatus.PNS, EmploymentStatus.CPNS,
                EmploymentStatus.PPPK);
    }

    @Test
    void everyUnitHasStaffAndTheHeadsArePns() {
        Tertib tertib = demo("a", DemoService.DEFAULT_SEED);
        Map<Long, Unit> units = tertib.units().list().stream().collect(Collectors.toMap(Unit::id, Function.identity()));
        List<Employee> staff = tertib.employees().list(EmployeeFilter.ALL);

        assertThat(staff).extracting(Employee::unitId).containsAll(units.keySet());
        assertThat(staff).filteredOn(e -> e.positionKind().isStructural()).hasSize(19)
                .allMatch(e -> e.status() == EmploymentStatus.PNS);
    }

    @Test
    void theSameSeedGivesTheSameOffice() {
        String first = export(demo("a", 7));
        String second = export(demo("b", 7));

        assertThat(first).isEqualTo(second);
        assertThat(first.lines()).hasSize(121);
    }

    @Test
    void anotherSeedGivesAnotherOffice() {
        assertThat(export(demo("a", 7))).isNotEqualTo(export(demo("b", 8)));
    }

    @Test
    void largerOfficesKeepNumbersUnique() {
        Tertib tertib = AppFixtures.open(dir);

        tertib.demo().fill(3, 2000);
        tertib.auth().signIn("admin", DemoService.DEMO_PASSWORD);

        List<Employee> staff = tertib.employees().list(EmployeeFilter.ALL);
        assertThat(staff).hasSize(2000).extracting(Employee::number).doesNotHaveDuplicates();
    }

    @Test
    void refusesADatabaseThatAlreadyHoldsData() {
        Tertib tertib = demo("a", 1);

        assertThat(AppFixtures.refusalKeys(() -> tertib.demo().fill(2, 10))).containsExactly("demo.notEmpty");
        assertThat(tertib.employees().list(EmployeeFilter.ALL)).hasSize(120);
    }

    @Test
    void refusesADatabaseWithOnlyAUnit() {
        Tertib tertib = AppFixtures.open(dir);
        tertib.units().save(new Unit(0, "X", "Kantor Saya", null));

        assertThat(tertib.demo().isEmpty()).isFalse();
        assertThat(AppFixtures.refusalKeys(() -> tertib.demo().fill(1, 10))).containsExactly("demo.notEmpty");
        assertThat(tertib.units().list()).hasSize(1);
    }

    @Test
    void refusesAnUnreasonableNumberOfEmployees() {
        Tertib tertib = AppFixtures.open(dir);

        assertThat(AppFixtures.refusalKeys(() -> tertib.demo().fill(1, 0))).containsExactly("demo.employeeCount");
        assertThat(AppFixtures.refusalKeys(() -> tertib.demo().fill(1, DemoService.MAX_EMPLOYEES + 1)))
                .containsExactly("demo.employeeCount");
        assertThat(tertib.demo().isEmpty()).isTrue();
        assertThatCode(() -> tertib.demo().fill(1, 1)).doesNotThrowAnyException();
    }

    @Test
    void theDemoAccountsDoNotShareOnePasswordHash() throws Exception {
        Path dbDir = java.nio.file.Files.createTempDirectory("demo-hash");
        try (Tertib t = AppFixtures.open(dbDir)) {
            t.demo().fill(DemoService.DEFAULT_SEED, 20);
        }
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + dbDir.resolve("tertib.db"));
                java.sql.ResultSet rs = c.createStatement().executeQuery(
                        "SELECT COUNT(*), COUNT(DISTINCT password_hash) FROM app_user")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(2)).as("distinct hashes").isEqualTo(rs.getInt(1)).isGreaterThanOrEqualTo(4);
        }
    }
}
