package id.tertib.app;

import static id.tertib.app.AppFixtures.refusalKeys;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import id.tertib.domain.AuditAction;
import id.tertib.domain.attendance.AttendanceCode.Kind;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Codes the office adds to the defaults: kind decides valid or unexcused; defaults stay as they are. */
class OfficeCodesTest {

    @TempDir
    Path dir;

    private Tertib tertib;

    @BeforeEach
    void setUp() {
        tertib = AppFixtures.open(dir);
        tertib.demo().fill(1, 10);
        tertib.auth().signIn("hr", DemoService.DEMO_PASSWORD);
    }

    @Test
    void listsTheDefaultsThenTheOfficeCodesWithTheirKind() {
        tertib.schedules().addCode(" wfh ", "Bekerja dari rumah", Kind.DUTY);

        List<ScheduleService.Code> codes = tertib.schedules().codes();

        assertThat(codes).hasSize(17);
        assertThat(codes.get(0)).extracting(c -> c.code().code(), ScheduleService.Code::builtIn).containsExactly("H", true);
        ScheduleService.Code wfh = codes.get(16);
        assertThat(wfh.code().code()).isEqualTo("WFH");
        assertThat(wfh.name()).isEqualTo("Bekerja dari rumah");
        assertThat(wfh.builtIn()).isFalse();
        assertThat(wfh.code().isValidAbsence()).isTrue();
        assertThat(codes).filteredOn(c -> c.code().isUnexcused()).extracting(c -> c.code().code()).containsExactly("TK");
        assertThat(tertib.attendance().codes().find("wfh")).isPresent();
        assertThat(tertib.audit().list(new AuditService.Filter("hr", "attendance_code", null, null)))
                .extracting(AuditService.Change::action, AuditService.Change::label)
                .containsExactly(tuple(AuditAction.CREATE, "WFH Bekerja dari rumah"));
    }

    @Test
    void aMonthNamesTheDefaultCodesByTheBundleAndAnOfficeCodeByItsOwnName() {
        tertib.schedules().addCode("WFH", "Bekerja dari rumah", Kind.DUTY);
        long unit = tertib.units().list().get(0).id();

        CodeNames names = tertib.attendance().month(unit, java.time.YearMonth.of(2026, 11)).codeNames();

        I18n id = new I18n(I18n.INDONESIAN);
        assertThat(names.label("WFH", id)).isEqualTo("WFH — Bekerja dari rumah");
        assertThat(names.label("DD", id)).isEqualTo("DD — Dinas dalam");
        assertThat(names.label("CB", new I18n(java.util.Locale.ENGLISH))).startsWith("CB — ").doesNotEndWith("— ");
        assertThat(names.name("XYZ", id)).as("a code nobody named").isEqualTo("Kode kantor");
    }

    @Test
    void refusesADefaultATakenCodeABadFormatAndMissingMeaningOrKind() {
        tertib.schedules().addCode("WFH", "Bekerja dari rumah", Kind.DUTY);

        assertThat(refusalKeys(() -> tertib.schedules().addCode("tk", "Mangkir", Kind.UNEXCUSED)))
                .containsExactly("attendance.codeIsDefault");
        assertThat(refusalKeys(() -> tertib.schedules().addCode("WFH", "Lagi", Kind.DUTY)))
                .containsExactly("attendance.codeDuplicate");
        assertThat(refusalKeys(() -> tertib.schedules().addCode("W-1", "", null)))
                .containsExactly("attendance.codeFormat", "attendance.codeNameRequired", "attendance.kindRequired");
        assertThat(tertib.schedules().codes()).hasSize(17);
    }

    @Test
    void deletesAnOfficeCodeOnlyWhileNoDayCarriesIt() throws Exception {
        tertib.schedules().addCode("WFH", "Bekerja dari rumah", Kind.DUTY);
        tertib.schedules().addCode("DK", "Diklat", Kind.STUDY);
        AppFixtures.sql(dir.resolve("tertib.db"), "INSERT INTO attendance_day (employee_id, date, code, source) "
                + "SELECT MIN(id), '" + LocalDate.of(2026, 11, 2) + "', 'WFH', 'MANUAL' FROM employee");

        assertThat(refusalKeys(() -> tertib.schedules().deleteCode("WFH"))).containsExactly("attendance.codeInUse");
        assertThat(refusalKeys(() -> tertib.schedules().deleteCode("CT"))).containsExactly("attendance.codeBuiltIn");
        assertThat(refusalKeys(() -> tertib.schedules().deleteCode("XX"))).containsExactly("attendance.codeUnknown");
        tertib.schedules().deleteCode("dk");

        assertThat(tertib.schedules().codes()).extracting(c -> c.code().code()).contains("WFH").doesNotContain("DK");
        assertThat(tertib.audit().list(new AuditService.Filter("hr", "attendance_code", null, null)))
                .extracting(AuditService.Change::action).first().isEqualTo(AuditAction.DELETE);
    }

    @Test
    void aViewerReadsTheCodesButCannotDeleteOne() {
        tertib.schedules().addCode("WFH", "Bekerja dari rumah", Kind.DUTY);
        tertib.auth().signOut();
        tertib.auth().signIn("viewer", DemoService.DEMO_PASSWORD);

        assertThat(tertib.schedules().codes()).hasSize(17);
        assertThat(refusalKeys(() -> tertib.schedules().deleteCode("WFH"))).containsExactly("access.staffData");
    }
}
