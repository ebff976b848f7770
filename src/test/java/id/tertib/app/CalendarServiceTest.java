package id.tertib.app;

import static id.tertib.app.AppFixtures.refusalKeys;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import id.tertib.domain.attendance.Holiday;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CalendarServiceTest {

    private static final String FILE = "date,name,kind\n"
            + "2025-04-01,Idul Fitri 1446 H,libur nasional\n"
            + "2025-04-02,Cuti Bersama Idul Fitri,cuti bersama\n"
            + "2025-02-30,Tanggal salah,libur nasional\n"
            + "2025-04-01,Dua kali,libur nasional\n";

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
    void previewReportsBadAndRepeatedDatesAndStoresNothing() throws Exception {
        CalendarService.Preview preview = tertib.calendar().preview(AppFixtures.write(dir, "libur.csv", FILE));

        assertThat(preview.lines()).extracting(l -> l.holiday().date(), CalendarService.Line::action).containsExactly(
                tuple(LocalDate.of(2025, 4, 1), ImportAction.INSERT), tuple(LocalDate.of(2025, 4, 2), ImportAction.INSERT));
        assertThat(preview.issues()).extracting(ImportIssue::row, i -> i.problem().messageKey())
                .containsExactly(tuple(4, "attendance.badDate"), tuple(5, "import.duplicateInFile"));
        assertThat(tertib.calendar().years()).isEmpty();
    }

    @Test
    void commitSetsTheYearAndTheCalendarKnowsItsWorkingDays() throws Exception {
        CalendarService calendar = tertib.calendar();
        calendar.commit(calendar.preview(AppFixtures.write(dir, "libur.csv", FILE)));

        assertThat(calendar.years()).containsExactly(2025);
        assertThat(calendar.holidays(2025)).extracting(Holiday::kind)
                .containsExactly(Holiday.HolidayKind.NATIONAL, Holiday.HolidayKind.CUTI_BERSAMA);
        var working = calendar.calendar();
        assertThat(working.isWorkingDay(LocalDate.of(2025, 4, 2))).as("cuti bersama, a Wednesday").isFalse();
        assertThat(working.isWorkingDay(LocalDate.of(2025, 4, 3))).isTrue();
        assertThat(working.isWorkingDay(LocalDate.of(2025, 4, 5))).as("a Saturday").isFalse();
    }

    @Test
    void reImportingChangesNothingAndARenameIsAnUpdateWithItsAuditEntry() throws Exception {
        CalendarService calendar = tertib.calendar();
        calendar.commit(calendar.preview(AppFixtures.write(dir, "libur.csv", FILE)));
        assertThat(calendar.commit(calendar.preview(AppFixtures.write(dir, "lagi.csv", FILE)))).isZero();

        Path renamed = AppFixtures.write(dir, "ubah.csv", "date,name,kind\n2025-04-01,Hari Raya Idul Fitri,nasional\n");
        CalendarService.Preview preview = calendar.preview(renamed);
        assertThat(preview.lines()).extracting(CalendarService.Line::action).containsExactly(ImportAction.UPDATE);
        calendar.commit(preview);

        var entry = tertib.audit().list(new AuditService.Filter(null, "holiday", null, null)).get(0);
        assertThat(entry.actor()).isEqualTo("hr");
        assertThat(entry.before()).containsEntry("name", "Idul Fitri 1446 H");
        assertThat(entry.after()).containsEntry("name", "Hari Raya Idul Fitri");
        assertThat(entry.reason()).isEqualTo("impor ubah.csv");
    }

    @Test
    void aSectionHeadReadsTheCalendarButCannotImportIt() throws Exception {
        Path file = AppFixtures.write(dir, "libur.csv", FILE);
        tertib.calendar().commit(tertib.calendar().preview(file));
        tertib.auth().signOut();
        tertib.auth().signIn("kasi", DemoService.DEMO_PASSWORD);

        assertThat(tertib.calendar().holidays(2025)).hasSize(2);
        assertThat(refusalKeys(() -> tertib.calendar().preview(file))).containsExactly("access.staffData");
    }
}
