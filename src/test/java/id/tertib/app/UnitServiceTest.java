package id.tertib.app;

import static id.tertib.app.AppFixtures.refusalKeys;
import static org.assertj.core.api.Assertions.assertThat;

import id.tertib.domain.EmploymentStatus;
import id.tertib.domain.Unit;
import id.tertib.domain.UnitTree;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnitServiceTest {

    @TempDir
    Path dir;

    private Tertib tertib;
    private UnitService units;
    private Unit dinas;
    private Unit bidang;
    private Unit seksi;

    @BeforeEach
    void setUp() {
        tertib = AppFixtures.open(dir);
        units = tertib.units();
        dinas = units.save(new Unit(0, "DIN", "Dinas Kominfo", null));
        bidang = units.save(new Unit(0, "APT", "Bidang Aplikasi", dinas.id()));
        seksi = units.save(new Unit(0, "APT.PA", "Seksi Pengembangan Aplikasi", bidang.id()));
    }

    @Test
    void buildsATree() {
        UnitTree tree = units.tree();

        assertThat(tree.roots()).containsExactly(dinas);
        assertThat(tree.depth(seksi.id())).isEqualTo(2);
        assertThat(tree.path(seksi.id())).isEqualTo("Dinas Kominfo › Bidang Aplikasi › Seksi Pengembangan Aplikasi");
    }

    @Test
    void trimsCodeAndName() {
        Unit u = units.save(new Unit(0, "  SET ", "  Sekretariat ", dinas.id()));

        assertThat(u.code()).isEqualTo("SET");
        assertThat(u.name()).isEqualTo("Sekretariat");
        assertThat(units.list()).contains(u);
    }

    @Test
    void refusesADuplicateCode() {
        assertThat(refusalKeys(() -> units.save(new Unit(0, "APT", "Another", null)))).containsExactly("unit.codeTaken");
        assertThat(refusalKeys(() -> units.save(new Unit(seksi.id(), "APT", seksi.name(), seksi.parentId()))))
                .containsExactly("unit.codeTaken");
        assertThat(units.list()).hasSize(3);
    }

    @Test
    void refusesACodeThatDiffersOnlyInCase() {
        assertThat(refusalKeys(() -> units.save(new Unit(0, "apt.pa", "Kembar", null)))).containsExactly("unit.codeTaken");
        assertThat(units.list()).hasSize(3);
    }

    @Test
    void refusesToUpdateAUnitThatNoLongerExists() {
        assertThat(refusalKeys(() -> units.save(new Unit(9999, "X", "Hilang", null)))).containsExactly("unit.notFound");
    }

    @Test
    void refusesBadCodesAndNames() {
        assertThat(refusalKeys(() -> units.save(new Unit(0, "A B", "", null))))
                .containsExactly("unit.codeFormat", "unit.nameRequired");
        assertThat(refusalKeys(() -> units.save(new Unit(0, "", "x".repeat(201), null))))
                .containsExactly("unit.codeRequired", "unit.nameTooLong");
        assertThat(units.list()).hasSize(3);
    }

    @Test
    void refusesAParentThatDoesNotExist() {
        assertThat(refusalKeys(() -> units.save(new Unit(0, "X", "X", 999L)))).containsExactly("unit.parentMissing");
    }

    @Test
    void refusesToMoveAUnitUnderItsOwnDescendant() {
        assertThat(refusalKeys(() -> units.save(new Unit(dinas.id(), "DIN", "Dinas Kominfo", seksi.id()))))
                .containsExactly("unit.cycle");
        assertThat(refusalKeys(() -> units.save(new Unit(bidang.id(), "APT", "Bidang Aplikasi", bidang.id()))))
                .containsExactly("unit.cycle");
        assertThat(units.list()).contains(dinas, bidang);
    }

    @Test
    void movesAUnitUnderAnotherBranch() {
        Unit infra = units.save(new Unit(0, "INF", "Bidang Infrastruktur", dinas.id()));

        Unit moved = units.save(new Unit(seksi.id(), seksi.code(), seksi.name(), infra.id()));

        assertThat(units.tree().path(moved.id())).isEqualTo("Dinas Kominfo › Bidang Infrastruktur › " + seksi.name());
        assertThat(units.tree().childrenOf(bidang.id())).isEmpty();
    }

    @Test
    void refusesToDeleteAUnitWithSubUnits() {
        assertThat(refusalKeys(() -> units.delete(bidang.id()))).containsExactly("unit.hasChildren");
        assertThat(units.list()).contains(bidang);
    }

    @Test
    void countsActiveEmployeesPerUnitWithoutSubUnits() {
        tertib.employees().save(AppFixtures.draft(AppFixtures.NIP_BUDI, "Budi", EmploymentStatus.PNS, null, "",
                seksi.id()));
        var ani = tertib.employees().save(AppFixtures.draft(AppFixtures.NI_SITI, "Siti", EmploymentStatus.PPPK,
                id.tertib.domain.Gender.FEMALE, "", seksi.id()));
        assertThat(units.activeEmployeeCounts()).containsExactly(java.util.Map.entry(seksi.id(), 2));

        tertib.employees().setActive(ani.id(), false, null);

        assertThat(units.activeEmployeeCounts()).as("inactive people do not count; the bidang has none of its own")
                .containsExactly(java.util.Map.entry(seksi.id(), 1));
    }

    @Test
    void refusesToDeleteAUnitWithEmployees() {
        tertib.employees().save(AppFixtures.draft(AppFixtures.NIP_BUDI, "Budi", EmploymentStatus.PNS, null, "",
                seksi.id()));

        assertThat(AppFixtures.refusal(() -> units.delete(seksi.id())))
                .singleElement().satisfies(p -> {
                    assertThat(p.messageKey()).isEqualTo("unit.hasEmployees");
                    assertThat(p.args()).containsExactly(seksi.name(), 1);
                });
        assertThat(units.list()).contains(seksi);
    }

    @Test
    void deletesAnEmptyLeafUnit() {
        units.delete(seksi.id());

        assertThat(units.list()).containsExactlyInAnyOrder(dinas, bidang);
        assertThat(refusalKeys(() -> units.delete(seksi.id()))).containsExactly("unit.notFound");
    }
}
