package id.tertib.app;

import static org.assertj.core.api.Assertions.assertThat;

import id.tertib.domain.AuditAction;
import id.tertib.domain.AuditChain;
import id.tertib.domain.Employee;
import id.tertib.domain.EmploymentStatus;
import id.tertib.domain.Role;
import id.tertib.domain.Unit;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every change is recorded with who, when, what, before and after; tampering with the trail is found. */
class AuditTrailTest {

    @TempDir
    Path dir;

    private Tertib tertib;
    private Unit seksi;

    @BeforeEach
    void setUp() {
        tertib = AppFixtures.open(dir);
        tertib.auth().createFirstAdmin("admin", "", "rahasia-kantor");
        tertib.users().create("hr", "Petugas", Role.HR_OFFICER, null, "rahasia-hr");
        tertib.auth().signOut();
        tertib.auth().signIn("hr", "rahasia-hr");
        seksi = tertib.units().save(new Unit(0, "SEK", "Seksi Umum", null));
    }

    private Connection raw() throws Exception {
        return DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("tertib.db"));
    }

    @Test
    void anEmployeeChangeIsRecordedWithBeforeAfterAndWho() {
        Employee budi = tertib.employees().save(AppFixtures.draft(AppFixtures.NIP_BUDI, "Budi", EmploymentStatus.PNS,
                null, "III/a", seksi.id()));
        tertib.employees().save(AppFixtures.renamed(id.tertib.domain.EmployeeDraft.of(budi), budi.id(), "Budi Santoso"));
        tertib.employees().setActive(budi.id(), false, "pensiun");

        var history = tertib.audit().history(AuditService.EMPLOYEE, budi.id());

        assertThat(history).extracting(AuditService.Change::action)
                .containsExactly(AuditAction.UPDATE, AuditAction.UPDATE, AuditAction.CREATE);
        AuditService.Change rename = history.get(1);
        assertThat(rename.actor()).isEqualTo("hr");
        assertThat(rename.at()).isEqualTo(AppFixtures.CLOCK.instant());
        assertThat(rename.changedFields()).containsExactly("name");
        assertThat(rename.before()).containsEntry("name", "Budi");
        assertThat(rename.after()).containsEntry("name", "Budi Santoso");
        assertThat(history.get(0).reason()).isEqualTo("pensiun");
        assertThat(history.get(0).changedFields()).containsExactly("active");
        assertThat(history.get(2).before()).isEmpty();
        assertThat(history.get(2).after()).containsEntry("nip", AppFixtures.NIP_BUDI).containsEntry("golongan", "III/a");
    }

    @Test
    void aDeletionKeepsTheLastValues() {
        Employee budi = tertib.employees().save(AppFixtures.draft(AppFixtures.NIP_BUDI, "Budi", EmploymentStatus.PNS,
                null, "", seksi.id()));
        tertib.employees().remove(budi.id(), "salah input");

        AuditService.Change deletion = tertib.audit().history(AuditService.EMPLOYEE, budi.id()).get(0);
        assertThat(deletion.action()).isEqualTo(AuditAction.DELETE);
        assertThat(deletion.before()).containsEntry("name", "Budi");
        assertThat(deletion.after()).isEmpty();
        assertThat(deletion.reason()).isEqualTo("salah input");
    }

    @Test
    void anImportNamesItsFileAsTheReasonAndUnchangedRowsAddNothing() throws Exception {
        Path file = AppFixtures.write(dir, "pegawai.csv", "nip,name,status,position_kind,unit_code\n"
                + AppFixtures.NIP_BUDI + ",Budi,PNS,pelaksana,SEK\n");
        tertib.employeeImport().commit(tertib.employeeImport().preview(file));
        int before = tertib.audit().list(AuditService.Filter.ALL).size();
        tertib.employeeImport().commit(tertib.employeeImport().preview(file));

        assertThat(tertib.audit().list(AuditService.Filter.ALL)).hasSize(before);
        assertThat(tertib.audit().list(new AuditService.Filter(null, AuditService.EMPLOYEE, null, null)))
                .singleElement().satisfies(c -> assertThat(c.reason()).isEqualTo("impor pegawai.csv"));
    }

    @Test
    void filtersByAccountAndEntity() {
        tertib.employees().save(AppFixtures.draft(AppFixtures.NIP_BUDI, "Budi", EmploymentStatus.PNS, null, "",
                seksi.id()));

        assertThat(tertib.audit().list(new AuditService.Filter("HR", null, null, null)))
                .extracting(AuditService.Change::entity).containsExactly("employee", "unit");
        assertThat(tertib.audit().list(new AuditService.Filter("admin", null, null, null)))
                .extracting(AuditService.Change::entity).containsExactly("user", "user");
        assertThat(tertib.audit().list(new AuditService.Filter(null, "unit", null, null))).hasSize(1);
    }

    @Test
    void passwordsNeverAppearInTheTrail() {
        var hr = tertib.auth().current().orElseThrow();
        tertib.auth().signOut();
        tertib.auth().signIn("admin", "rahasia-kantor");
        tertib.users().resetPassword(hr.id(), "kata-sandi-baru");

        var reset = tertib.audit().history(AuditService.USER, hr.id()).get(0);
        assertThat(reset.reason()).isEqualTo("atur ulang kata sandi");
        assertThat(reset.after().toString() + reset.before()).doesNotContain("kata-sandi-baru").doesNotContain("$2a$");
    }

    @Test
    void anIntactTrailVerifies() {
        tertib.employees().save(AppFixtures.draft(AppFixtures.NIP_BUDI, "Budi", EmploymentStatus.PNS, null, "",
                seksi.id()));

        AuditService.Verification v = tertib.audit().verify();
        assertThat(v.intact()).isTrue();
        assertThat(v.entries()).isEqualTo(4);
    }

    @Test
    void anEntryEditedWithAnotherToolIsNamed() throws Exception {
        tertib.employees().save(AppFixtures.draft(AppFixtures.NIP_BUDI, "Budi", EmploymentStatus.PNS, null, "",
                seksi.id()));
        try (Connection c = raw()) {
            c.createStatement().executeUpdate("UPDATE audit_entry SET actor = 'admin' WHERE id = 3");
        }

        assertThat(tertib.audit().verify().problem()).contains(new AuditChain.Break(3, AuditChain.Break.Kind.ALTERED));
    }

    @Test
    void aRemovedEntryIsFoundWhereTheChainBreaks() throws Exception {
        tertib.employees().save(AppFixtures.draft(AppFixtures.NIP_BUDI, "Budi", EmploymentStatus.PNS, null, "",
                seksi.id()));
        try (Connection c = raw()) {
            c.createStatement().executeUpdate("DELETE FROM audit_entry WHERE id = 2");
        }

        assertThat(tertib.audit().verify().problem())
                .contains(new AuditChain.Break(3, AuditChain.Break.Kind.REMOVED_BEFORE));
    }

    @Test
    void aRemovedLastEntryIsFound() throws Exception {
        tertib.employees().save(AppFixtures.draft(AppFixtures.NIP_BUDI, "Budi", EmploymentStatus.PNS, null, "",
                seksi.id()));
        try (Connection c = raw()) {
            c.createStatement().executeUpdate("DELETE FROM audit_entry WHERE id = 4");
        }

        assertThat(tertib.audit().verify().problem())
                .contains(new AuditChain.Break(4, AuditChain.Break.Kind.REMOVED_AT_END));
    }

    @Test
    void aFailedChangeLeavesNoAuditEntry() {
        int before = tertib.audit().list(AuditService.Filter.ALL).size();

        AppFixtures.refusalKeys(() -> tertib.units().save(new Unit(0, "SEK", "Kembar", null)));

        assertThat(tertib.audit().list(AuditService.Filter.ALL)).hasSize(before);
    }
}
