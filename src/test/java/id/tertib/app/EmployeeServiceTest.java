package id.tertib.app;

import static id.tertib.app.AppFixtures.NIP_AGUS;
import static id.tertib.app.AppFixtures.NIP_BUDI;
import static id.tertib.app.AppFixtures.NIP_DEWI;
import static id.tertib.app.AppFixtures.NI_SITI;
import static id.tertib.app.AppFixtures.draft;
import static id.tertib.app.AppFixtures.refusal;
import static id.tertib.app.AppFixtures.refusalKeys;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import id.tertib.domain.Employee;
import id.tertib.domain.EmployeeDraft;
import id.tertib.domain.EmploymentStatus;
import id.tertib.domain.Gender;
import id.tertib.domain.Problem;
import id.tertib.domain.Unit;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmployeeServiceTest {

    @TempDir
    Path dir;

    private Tertib tertib;
    private EmployeeService employees;
    private Unit dinas;
    private Unit bidang;
    private Unit seksi;
    private Unit other;

    @BeforeEach
    void setUp() {
        tertib = AppFixtures.open(dir);
        employees = tertib.employees();
        dinas = tertib.units().save(new Unit(0, "DIN", "Dinas", null));
        bidang = tertib.units().save(new Unit(0, "BID", "Bidang", dinas.id()));
        seksi = tertib.units().save(new Unit(0, "SEK", "Seksi", bidang.id()));
        other = tertib.units().save(new Unit(0, "LAIN", "Badan Lain", null));
    }

    private List<String> names(EmployeeFilter filter) {
        return employees.list(filter).stream().map(e -> e.name().name()).toList();
    }

    @Test
    void savesANewEmployee() {
        Employee budi = employees.save(draft("19860926 201505 1 001", "Budi Santoso", EmploymentStatus.PNS, null,
                "III/b", seksi.id()));

        assertThat(budi.id()).isPositive();
        assertThat(budi.number()).isEqualTo(NIP_BUDI);
        assertThat(budi.birthDate()).isEqualTo(LocalDate.of(1986, 9, 26));
        assertThat(budi.gender()).isEqualTo(Gender.MALE);
        assertThat(employees.list(EmployeeFilter.ALL)).containsExactly(budi);
    }

    @Test
    void refusesANumberAlreadyUsedBySomeoneElse() {
        employees.save(draft(NIP_BUDI, "Budi Santoso", EmploymentStatus.PNS, null, "", seksi.id()));

        List<Problem> problems = refusal(() -> employees.save(draft("19860926 201505 1 001", "Budi Lain",
                EmploymentStatus.PNS, null, "", bidang.id())));

        assertThat(problems).extracting(Problem::field, Problem::messageKey, Problem::args)
                .containsExactly(tuple("nip", "employee.numberTaken", List.of(NIP_BUDI, "Budi Santoso")));
        assertThat(names(EmployeeFilter.ALL)).containsExactly("Budi Santoso");
    }

    @Test
    void updatesAnEmployeeKeepingTheirNumber() {
        EmployeeDraft d = draft(NIP_BUDI, "Budi Santoso", EmploymentStatus.PNS, null, "III/b", seksi.id());
        Employee budi = employees.save(d);

        Employee updated = employees.save(AppFixtures.renamed(d, budi.id(), "Budi Santoso Wibowo"));

        assertThat(updated.id()).isEqualTo(budi.id());
        assertThat(employees.list(EmployeeFilter.ALL)).containsExactly(updated);
        assertThat(updated.name().name()).isEqualTo("Budi Santoso Wibowo");
    }

    @Test
    void refusesAnInvalidDraftWithEveryProblemAndStoresNothing() {
        EmployeeDraft bad = draft("198609312015051001", "", EmploymentStatus.PNS, null, "", seksi.id());

        assertThat(refusalKeys(() -> employees.save(bad))).containsExactlyInAnyOrder(
                "nip.birthDate", "employee.nameRequired");
        assertThat(employees.validate(bad)).extracting(Problem::messageKey).containsExactlyInAnyOrder(
                "nip.birthDate", "employee.nameRequired");
        assertThat(employees.list(EmployeeFilter.ALL)).isEmpty();
    }

    @Test
    void validateDoesNotSave() {
        assertThat(employees.validate(draft(NIP_BUDI, "Budi", EmploymentStatus.PNS, null, "", seksi.id()))).isEmpty();
        assertThat(employees.list(EmployeeFilter.ALL)).isEmpty();
    }

    @Test
    void refusesAUnitThatDoesNotExist() {
        assertThat(refusalKeys(() -> employees.save(draft(NIP_BUDI, "Budi", EmploymentStatus.PNS, null, "", 999))))
                .containsExactly("employee.unitRequired");
    }

    @Test
    void judgesTheAppointmentAgainstTheClock() {
        // TMT December 2026 is next month for the fixed clock (23 Nov 2026).
        assertThat(refusalKeys(() -> employees.save(draft("199805102026121003", "Agus", EmploymentStatus.CPNS,
                null, "", seksi.id())))).containsExactly("nip.appointmentFuture");
    }

    private void staff() {
        employees.save(draft(NIP_BUDI, "Budi Santoso", EmploymentStatus.PNS, null, "III/b", seksi.id()));
        employees.save(draft(NI_SITI, "Siti Rahma", EmploymentStatus.PPPK, Gender.FEMALE, "IX", bidang.id()));
        employees.save(draft(NIP_AGUS, "Agus Hidayat", EmploymentStatus.CPNS, null, "II/a", other.id()));
        Employee dewi = employees.save(draft(NIP_DEWI, "Dewi Lestari", EmploymentStatus.PNS, null, "III/a",
                dinas.id()));
        employees.setActive(dewi.id(), false, null);
    }

    @Test
    void filtersByUnitIncludingItsSubUnits() {
        staff();

        assertThat(names(new EmployeeFilter(bidang.id(), null, "", true))).containsExactly("Budi Santoso", "Siti Rahma");
        assertThat(names(new EmployeeFilter(seksi.id(), null, "", true))).containsExactly("Budi Santoso");
        assertThat(names(new EmployeeFilter(dinas.id(), null, "", true)))
                .containsExactly("Budi Santoso", "Dewi Lestari", "Siti Rahma");
        assertThat(names(new EmployeeFilter(other.id(), null, "", true))).containsExactly("Agus Hidayat");
    }

    @Test
    void filtersByStatus() {
        staff();

        assertThat(names(new EmployeeFilter(null, EmploymentStatus.PPPK, "", true))).containsExactly("Siti Rahma");
        assertThat(names(new EmployeeFilter(null, EmploymentStatus.CPNS, "", true))).containsExactly("Agus Hidayat");
        assertThat(names(new EmployeeFilter(null, EmploymentStatus.PNS, "", true)))
                .containsExactly("Budi Santoso", "Dewi Lestari");
    }

    @Test
    void filtersByTextInTheNameIgnoringCase() {
        staff();

        assertThat(names(new EmployeeFilter(null, null, "SANTOSO", true))).containsExactly("Budi Santoso");
        assertThat(names(new EmployeeFilter(null, null, "  rahma ", true))).containsExactly("Siti Rahma");
        assertThat(names(new EmployeeFilter(null, null, "xyz", true))).isEmpty();
    }

    @Test
    void filtersByNipTypedWithSpaces() {
        staff();

        assertThat(names(new EmployeeFilter(null, null, "19860926 201505 1 001", true))).containsExactly("Budi Santoso");
        assertThat(names(new EmployeeFilter(null, null, "2015 05", true))).containsExactly("Budi Santoso");
        assertThat(names(new EmployeeFilter(null, null, "19920315", true))).containsExactly("Siti Rahma");
    }

    @Test
    void hidesInactiveEmployeesUnlessAsked() {
        staff();

        assertThat(names(new EmployeeFilter(null, null, "", false)))
                .containsExactly("Agus Hidayat", "Budi Santoso", "Siti Rahma");
        assertThat(names(new EmployeeFilter(dinas.id(), null, "dewi", false))).isEmpty();
        assertThat(names(new EmployeeFilter(dinas.id(), null, "dewi", true))).containsExactly("Dewi Lestari");
    }

    @Test
    void combinesFilters() {
        staff();

        assertThat(names(new EmployeeFilter(dinas.id(), EmploymentStatus.PNS, "", false)))
                .containsExactly("Budi Santoso");
    }

    @Test
    void removeDeletesAnEmployeeWithoutRecords() {
        Employee budi = employees.save(draft(NIP_BUDI, "Budi", EmploymentStatus.PNS, null, "", seksi.id()));

        assertThat(employees.remove(budi.id(), null)).isEqualTo(EmployeeService.Removal.DELETED);
        assertThat(employees.list(EmployeeFilter.ALL)).isEmpty();
    }

    @Test
    void removeDeactivatesAnEmployeeWithRecords() throws Exception {
        Employee budi = employees.save(draft(NIP_BUDI, "Budi", EmploymentStatus.PNS, null, "", seksi.id()));
        AppFixtures.sql(tertib.databaseFile(),
                "CREATE TABLE trip(id INTEGER PRIMARY KEY, employee_id INTEGER REFERENCES employee(id))",
                "INSERT INTO trip (employee_id) VALUES (" + budi.id() + ")");

        assertThat(employees.remove(budi.id(), null)).isEqualTo(EmployeeService.Removal.DEACTIVATED);

        assertThat(employees.list(EmployeeFilter.ALL)).containsExactly(budi.withActive(false));
        assertThat(employees.list(new EmployeeFilter(null, null, "", false))).isEmpty();
    }

    @Test
    void removingSomeoneAlreadyGoneIsReported() {
        assertThat(refusalKeys(() -> employees.remove(12345, null))).containsExactly("employee.notFound");
    }

    @Test
    void setActiveReactivates() {
        Employee budi = employees.save(draft(NIP_BUDI, "Budi", EmploymentStatus.PNS, null, "", seksi.id()));

        employees.setActive(budi.id(), false, null);
        employees.setActive(budi.id(), true, null);

        assertThat(employees.list(new EmployeeFilter(null, null, "", false))).containsExactly(budi);
    }

    private static EmployeeDraft withPin(EmployeeDraft d, String pin, boolean active) {
        return new EmployeeDraft(d.id(), d.number(), d.frontTitle(), d.name(), d.backTitle(), d.gender(),
                d.birthDate(), d.status(), d.golongan(), d.positionName(), d.positionKind(), d.unitId(), pin, active);
    }

    @Test
    void aMachinePinBelongsToOneActivePersonAndTheRefusalNamesTheOther() {
        Employee budi = employees.save(withPin(draft(NIP_BUDI, "Budi Santoso", EmploymentStatus.PNS, null, "III/b",
                seksi.id()), "1001", true));
        EmployeeDraft dewi = withPin(draft(AppFixtures.NIP_DEWI, "Dewi Lestari", EmploymentStatus.PNS, null, "III/a",
                seksi.id()), "1001", true);

        assertThat(employees.validate(dewi)).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("pin");
            assertThat(p.messageKey()).isEqualTo("employee.pinTaken");
            assertThat(p.args()).contains("1001", "Budi Santoso");
        });
        assertThat(AppFixtures.refusalKeys(() -> employees.save(dewi))).containsExactly("employee.pinTaken");
        assertThat(employees.list(EmployeeFilter.ALL)).hasSize(1);

        // An inactive holder frees the PIN; bringing him back while Dewi has it is refused.
        employees.setActive(budi.id(), false, "pensiun");
        Employee saved = employees.save(dewi);
        assertThat(saved.pin()).isEqualTo("1001");
        assertThat(AppFixtures.refusalKeys(() -> employees.setActive(budi.id(), true, "kembali")))
                .containsExactly("employee.pinTaken");
        // Saving Dewi again with her own PIN is no conflict with herself.
        assertThat(employees.validate(EmployeeDraft.of(saved))).isEmpty();
    }
}
