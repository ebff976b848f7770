package id.tertib.app;

import static id.tertib.app.AppFixtures.refusalKeys;
import static org.assertj.core.api.Assertions.assertThat;

import id.tertib.domain.Employee;
import id.tertib.domain.EmploymentStatus;
import id.tertib.domain.Role;
import id.tertib.domain.Unit;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Roles are enforced in the use cases: a section head cannot read or write another unit through any of them. */
class PermissionTest {

    @TempDir
    Path dir;

    private Tertib tertib;
    private Unit own;
    private Unit ownSub;
    private Unit other;
    private Employee inOwn;
    private Employee inOther;

    @BeforeEach
    void setUp() throws Exception {
        tertib = AppFixtures.open(dir);
        Unit dinas = tertib.units().save(new Unit(0, "DIN", "Dinas", null));
        own = tertib.units().save(new Unit(0, "BID1", "Bidang Satu", dinas.id()));
        ownSub = tertib.units().save(new Unit(0, "SEK1", "Seksi Satu", own.id()));
        other = tertib.units().save(new Unit(0, "BID2", "Bidang Dua", dinas.id()));
        inOwn = tertib.employees().save(AppFixtures.draft(AppFixtures.NIP_BUDI, "Budi", EmploymentStatus.PNS, null,
                "", ownSub.id()));
        inOther = tertib.employees().save(AppFixtures.draft(AppFixtures.NIP_DEWI, "Dewi", EmploymentStatus.PNS, null,
                "", other.id()));
        tertib.auth().createFirstAdmin("admin", "", "rahasia-kantor");
        tertib.users().create("kasi", "Kepala", Role.SECTION_HEAD, own.id(), "rahasia-kasi");
        tertib.users().create("lihat", "Pemantau", Role.VIEWER, other.id(), "rahasia-lihat");
        tertib.users().create("hr", "Kepegawaian", Role.HR_OFFICER, null, "rahasia-hr");
        tertib.auth().signOut();
    }

    private void as(String name, String password) {
        tertib.auth().signOut();
        tertib.auth().signIn(name, password);
    }

    @Test
    void aSectionHeadSeesOnlyTheirUnitAndItsSubUnits() {
        as("kasi", "rahasia-kasi");

        assertThat(tertib.units().list()).extracting(Unit::code).containsExactlyInAnyOrder("BID1", "SEK1");
        assertThat(tertib.employees().list(EmployeeFilter.ALL)).extracting(Employee::id).containsExactly(inOwn.id());
        assertThat(tertib.employees().list(new EmployeeFilter(other.id(), null, "", true))).isEmpty();
        assertThat(tertib.units().activeEmployeeCounts()).containsOnlyKeys(ownSub.id());
        assertThat(refusalKeys(() -> tertib.audit().history(AuditService.EMPLOYEE, inOther.id())))
                .containsExactly("access.audit");
        assertThat(tertib.audit().history(AuditService.EMPLOYEE, inOwn.id())).isNotEmpty();
    }

    @Test
    void aSectionHeadCannotWriteStaffDataAnywhere() throws Exception {
        as("kasi", "rahasia-kasi");
        Path csv = AppFixtures.write(dir, "p.csv", "nip,name,status,position_kind,unit_code\n"
                + AppFixtures.NIP_AGUS + ",Agus,PNS,pelaksana,BID2\n");
        Path units = AppFixtures.write(dir, "u.csv", "code,name,parent_code\nX,Unit X,\n");

        assertThat(refusalKeys(() -> tertib.employees().save(id.tertib.domain.EmployeeDraft.of(inOther))))
                .containsExactly("access.staffData");
        assertThat(refusalKeys(() -> tertib.employees().save(id.tertib.domain.EmployeeDraft.of(inOwn))))
                .containsExactly("access.staffData");
        assertThat(refusalKeys(() -> tertib.employees().remove(inOther.id(), null))).containsExactly("access.staffData");
        assertThat(refusalKeys(() -> tertib.employees().setActive(inOther.id(), false, null)))
                .containsExactly("access.staffData");
        assertThat(refusalKeys(() -> tertib.units().save(new Unit(0, "NEW", "Baru", other.id()))))
                .containsExactly("access.staffData");
        assertThat(refusalKeys(() -> tertib.units().delete(other.id()))).containsExactly("access.staffData");
        assertThat(refusalKeys(() -> tertib.employeeImport().preview(csv))).containsExactly("access.staffData");
        assertThat(refusalKeys(() -> tertib.unitImport().preview(units))).containsExactly("access.staffData");
        assertThat(refusalKeys(() -> tertib.users().list())).containsExactly("access.users");
        assertThat(refusalKeys(() -> tertib.audit().list(AuditService.Filter.ALL))).containsExactly("access.audit");
        assertThat(refusalKeys(() -> tertib.audit().verify())).containsExactly("access.audit");
        assertThat(refusalKeys(() -> tertib.demo().fill(1, 10))).containsExactly("demo.notEmpty");
    }

    @Test
    void aViewerReadsOnlyTheirUnit() {
        as("lihat", "rahasia-lihat");

        assertThat(tertib.employees().list(EmployeeFilter.ALL)).extracting(Employee::id).containsExactly(inOther.id());
        assertThat(refusalKeys(() -> tertib.employees().save(id.tertib.domain.EmployeeDraft.of(inOther))))
                .containsExactly("access.staffData");
    }

    @Test
    void anHrOfficerSeesAndEditsEverythingButAccounts() {
        as("hr", "rahasia-hr");

        assertThat(tertib.employees().list(EmployeeFilter.ALL)).hasSize(2);
        tertib.units().save(new Unit(0, "BID3", "Bidang Tiga", null));
        assertThat(tertib.audit().verify().intact()).isTrue();
        assertThat(refusalKeys(() -> tertib.users().list())).containsExactly("access.users");
    }

    @Test
    void aRoleChangeTakesEffectAtOnceInAnotherWindow() {
        // The section head's window opened second, so it only reads (one writer); the administrator writes.
        Tertib kasiWindow = Tertib.open(dir.resolve("tertib.db"), AppFixtures.CLOCK);
        kasiWindow.auth().signIn("kasi", "rahasia-kasi");
        assertThat(kasiWindow.employees().list(EmployeeFilter.ALL)).hasSize(1);

        as("admin", "rahasia-kantor");
        var kasi = tertib.users().list().stream().filter(u -> u.name().equals("kasi")).findFirst().orElseThrow();
        tertib.users().update(new id.tertib.domain.UserAccount(kasi.id(), kasi.name(), kasi.fullName(),
                Role.HR_OFFICER, null, true));

        assertThat(kasiWindow.employees().list(EmployeeFilter.ALL)).hasSize(2);
        kasiWindow.close();
    }

    @Test
    void anAdministratorCannotLockThemselvesOut() {
        as("admin", "rahasia-kantor");
        var me = tertib.auth().current().orElseThrow();

        assertThat(refusalKeys(() -> tertib.users().update(new id.tertib.domain.UserAccount(me.id(), me.name(),
                me.fullName(), Role.VIEWER, own.id(), true)))).containsExactly("user.notYourself");
        assertThat(refusalKeys(() -> tertib.users().update(new id.tertib.domain.UserAccount(me.id(), me.name(),
                me.fullName(), Role.ADMINISTRATOR, null, false)))).containsExactly("user.notYourself");
    }

    @Test
    void aUnitWithAnAccountIsNotDeleted() {
        as("admin", "rahasia-kantor");
        assertThat(refusalKeys(() -> tertib.units().delete(other.id()))).contains("unit.hasEmployees");
        tertib.employees().remove(inOther.id(), null);

        assertThat(refusalKeys(() -> tertib.units().delete(other.id()))).containsExactly("unit.hasUsers");
    }

    @Test
    void onlyAnAdministratorBacksUpOrRestores() {
        as("hr", "rahasia-hr");
        assertThat(refusalKeys(() -> tertib.backups().backupTo(dir.resolve("hr.db")))).containsExactly("access.admin");
        assertThat(refusalKeys(() -> tertib.backups().setKeep(3))).containsExactly("access.admin");
        as("kasi", "rahasia-kasi");
        assertThat(refusalKeys(() -> tertib.backups().backupTo(dir.resolve("kasi.db")))).containsExactly("access.admin");

        as("admin", "rahasia-kantor");
        var backup = tertib.backups().backupTo(dir.resolve("admin.db"));
        assertThat(backup.file()).exists();
        as("kasi", "rahasia-kasi");
        assertThat(refusalKeys(() -> tertib.backups().restore(backup.file()))).containsExactly("access.admin");
    }

    @Test
    void aRestoreIsRecordedInTheRestoredTrailWhichStaysIntact() {
        as("admin", "rahasia-kantor");
        var backup = tertib.backups().backupTo(dir.resolve("sebelum.db"));
        tertib.units().save(new Unit(0, "BARU", "Unit Baru", null));

        tertib.backups().restore(backup.file());

        assertThat(tertib.units().list()).extracting(Unit::code).doesNotContain("BARU");
        var last = tertib.audit().list(AuditService.Filter.ALL).get(0);
        assertThat(last.entity()).isEqualTo("database");
        assertThat(last.actor()).isEqualTo("admin");
        assertThat(last.after()).containsEntry("restored_from", "sebelum.db");
        assertThat(tertib.audit().verify().intact()).isTrue();
    }
}
