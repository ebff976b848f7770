package id.tertib.ui.attendance;

import static org.assertj.core.api.Assertions.assertThat;

import id.tertib.app.AuditService;
import id.tertib.app.CellState;
import id.tertib.app.DemoService;
import id.tertib.app.I18n;
import id.tertib.app.Tertib;
import id.tertib.domain.Unit;
import id.tertib.domain.attendance.AttendanceDay;
import id.tertib.domain.attendance.DaySource;
import id.tertib.domain.attendance.Holiday;
import id.tertib.ui.RecordingDialogs;
import id.tertib.ui.common.DirectTaskExecutor;
import id.tertib.ui.common.UiContext;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The grid's state and rules without a window, on the demo office in November 2026 (1 Nov is a Sunday, so day
 * column c is date c + 1; 7 and 8 Nov are a weekend; 16 Nov is set as a holiday). Today is 23 Nov 2026.
 */
class AttendanceGridModelTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T03:00:00Z"), ZoneId.of("Asia/Jakarta"));
    private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);
    private static final int NOV_2 = 1;
    private static final int NOV_3 = 2;
    private static final int NOV_4 = 3;
    private static final int NOV_6 = 5;
    private static final int NOV_7 = 6;
    private static final int NOV_9 = 8;
    private static final int NOV_16 = 15;

    @TempDir
    Path dir;

    private Tertib tertib;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private AttendanceGridModel model;
    private long seksi;

    @BeforeEach
    void office() {
        tertib = Tertib.open(dir.resolve("t.db"), CLOCK);
        tertib.demo().fill(DemoService.DEFAULT_SEED, DemoService.DEFAULT_EMPLOYEES);
        signIn("hr");
        tertib.calendar().save(new Holiday(LocalDate.of(2026, 11, 16), "Hari Jadi Kabupaten", Holiday.HolidayKind.NATIONAL));
        seksi = unit("APT.PA").id();
    }

    @AfterEach
    void close() {
        tertib.close();
    }

    private void signIn(String account) {
        tertib.auth().signIn(account, DemoService.DEMO_PASSWORD);
        model = new AttendanceGridModel(new UiContext(tertib, new I18n(I18n.INDONESIAN), dialogs,
                new DirectTaskExecutor()));
    }

    private Unit unit(String code) {
        return tertib.units().list().stream().filter(u -> u.code().equals(code)).findFirst().orElseThrow();
    }

    /** The first person's 2 and 3 Nov are present, set the way another screen would. */
    private void twoDaysPresentForTheFirstPerson() {
        model.load(seksi, NOVEMBER);
        long first = model.person(0).id();
        tertib.attendance().setCode(List.of(new CellState(first, LocalDate.of(2026, 11, 2), Optional.empty()),
                new CellState(first, LocalDate.of(2026, 11, 3), Optional.empty())), "H", null, "rekap awal");
        model.load(seksi, NOVEMBER);
    }

    private Optional<AttendanceDay> stored(int row, int col) {
        return tertib.attendance().month(seksi, NOVEMBER).record(model.person(row).id(), model.day(col).date());
    }

    @Test
    void loadsTheMonthWithItsWorkingDaysAndOpensOnToday() {
        model.load(seksi, NOVEMBER);

        assertThat(model.rows()).isPositive();
        assertThat(model.days()).isEqualTo(30);
        assertThat(model.day(NOV_7).working()).isFalse();
        assertThat(model.day(NOV_16).holidayName()).isEqualTo("Hari Jadi Kabupaten");
        assertThat(model.editable()).isTrue();
        assertThat(model.focusCol()).isEqualTo(22); // 23 Nov
    }

    @Test
    void typedCodeIsStoredTheRowTotalChangesAndTheFocusMovesDown() {
        twoDaysPresentForTheFirstPerson();
        assertThat(model.totals(0).present()).isEqualTo(2);
        assertThat(model.totals(0).unexcused()).isZero();
        dialogs.fieldAnswers.add(Map.of("reason", "Rekap absen manual dari kasi"));

        model.select(0, NOV_4, false);
        boolean accepted = model.enter("tk", 1, 0, false);

        assertThat(accepted).isTrue();
        assertThat(model.totals(0).unexcused()).isEqualTo(1);
        assertThat(model.totals(0).present()).isEqualTo(2);
        assertThat(model.record(0, NOV_4)).get().extracting(AttendanceDay::code, AttendanceDay::source)
                .containsExactly("TK", DaySource.MANUAL);
        assertThat(stored(0, NOV_4)).get().extracting(AttendanceDay::code).isEqualTo("TK");
        assertThat(model.focusRow()).isEqualTo(1);
        assertThat(model.focusCol()).isEqualTo(NOV_4);
        assertThat(model.reasonProperty().get()).isEqualTo("Rekap absen manual dari kasi");
    }

    @Test
    void theReasonIsAskedOnceAndThenUsedForEveryChange() {
        model.load(seksi, NOVEMBER);
        dialogs.fieldAnswers.add(Map.of("reason", "Koreksi rekap November"));

        model.select(0, NOV_2, false);
        model.enter("H", 1, 0, false);
        model.enter("S", 1, 0, false);
        model.enter("DL", 1, 0, false);

        assertThat(dialogs.fieldTitles).containsExactly("Alasan perubahan");
        assertThat(tertib.audit().list(new AuditService.Filter("hr", "attendance_day", null, null)))
                .hasSize(3).allSatisfy(e -> assertThat(e.reason()).isEqualTo("Koreksi rekap November"));
    }

    @Test
    void withoutAReasonNothingChanges() {
        model.load(seksi, NOVEMBER);

        model.select(0, NOV_2, false);
        model.enter("H", 1, 0, false);

        assertThat(model.record(0, NOV_2)).isEmpty();
        assertThat(stored(0, NOV_2)).isEmpty();
        assertThat(model.messageProperty().get().error()).isTrue();
        assertThat(model.messageProperty().get().text()).contains("alasan");
    }

    @Test
    void undoPutsTheCellBackAndTheTotalWithIt() {
        twoDaysPresentForTheFirstPerson();
        dialogs.fieldAnswers.add(Map.of("reason", "Salah ketik"));
        model.select(0, NOV_3, false);
        model.enter("s", 1, 0, false);
        assertThat(model.totals(0).sick()).isEqualTo(1);
        assertThat(model.totals(0).present()).isEqualTo(1);

        model.undo();

        assertThat(model.record(0, NOV_3)).get().extracting(AttendanceDay::code).isEqualTo("H");
        assertThat(stored(0, NOV_3)).get().extracting(AttendanceDay::code).isEqualTo("H");
        assertThat(model.totals(0).sick()).isZero();
        assertThat(model.totals(0).present()).isEqualTo(2);
        assertThat(model.canUndoProperty().get()).isFalse();
        assertThat(model.focusRow()).isZero();
        assertThat(tertib.audit().list(new AuditService.Filter("hr", "attendance_day", null, null)))
                .extracting(e -> e.reason()).contains("Pembatalan perubahan (Salah ketik)");
    }

    @Test
    void anUnknownCodeChangesNothingAndSaysWhichCodesExist() {
        twoDaysPresentForTheFirstPerson();
        model.select(0, NOV_2, false);

        boolean accepted = model.enter("XY", 1, 0, false);

        assertThat(accepted).isFalse();
        assertThat(model.record(0, NOV_2)).get().extracting(AttendanceDay::code).isEqualTo("H");
        assertThat(model.focusRow()).isZero();
        assertThat(dialogs.fieldTitles).isEmpty();
        assertThat(model.messageProperty().get().error()).isTrue();
        assertThat(model.messageProperty().get().text()).contains("\"XY\"").contains("CLTN").contains("TK");
    }

    @Test
    void weekendsAndHolidaysCannotBeEdited() {
        model.load(seksi, NOVEMBER);

        model.select(0, NOV_7, false);
        assertThat(model.mayEditFocus()).isFalse();
        assertThat(model.messageProperty().get().text()).contains("Sabtu, 7 Nov 2026").contains("Akhir pekan");

        model.select(0, NOV_16, false);
        assertThat(model.enter("H", 1, 0, false)).isFalse();
        assertThat(model.messageProperty().get().text()).contains("Hari Jadi Kabupaten");
        assertThat(stored(0, NOV_16)).isEmpty();
    }

    @Test
    void setCodeOnARangeSkipsTheWeekendAndKeepsTheNote() {
        model.load(seksi, NOVEMBER);
        dialogs.fieldAnswers.add(Map.of("code", "dl", "note", "ST 090/17/2026", "reason", "Surat tugas"));

        model.select(0, NOV_6, false);
        model.select(1, NOV_9, true);
        model.setCodeOnSelection();

        assertThat(dialogs.fieldTitles).containsExactly("Setel kode untuk 4 hari kerja");
        for (int row = 0; row <= 1; row++) {
            assertThat(model.totals(row).duty()).isEqualTo(2);
            assertThat(model.record(row, NOV_7)).isEmpty();
            assertThat(stored(row, NOV_9)).get().extracting(AttendanceDay::code, AttendanceDay::note)
                    .containsExactly("DL", "ST 090/17/2026");
        }
        assertThat(model.reasonProperty().get()).isEqualTo("Surat tugas");

        model.undo();
        assertThat(model.totals(0).duty()).isZero();
        assertThat(model.totals(1).duty()).isZero();
        assertThat(stored(1, NOV_9)).isEmpty();
    }

    @Test
    void fillingTheSelectionWithATypedCodeSetsEveryWorkingDay() {
        model.load(seksi, NOVEMBER);
        dialogs.fieldAnswers.add(Map.of("reason", "Cuti tahunan"));

        model.select(2, NOV_2, false);
        model.select(2, NOV_9, true);
        model.enter("ct", 0, 0, true);

        assertThat(model.totals(2).leave()).isEqualTo(6); // 2-6 and 9 Nov
        assertThat(model.selection()).isEqualTo(new AttendanceGridModel.CellRange(2, NOV_2, 2, NOV_9));
    }

    @Test
    void deleteClearsTheCorrectionsOnly() {
        twoDaysPresentForTheFirstPerson();
        dialogs.fieldAnswers.add(Map.of("reason", "Rapikan"));

        model.select(0, NOV_2, false);
        model.select(0, NOV_4, true);
        model.clearSelection();

        assertThat(model.record(0, NOV_2)).isEmpty();
        assertThat(model.record(0, NOV_3)).isEmpty();
        assertThat(model.totals(0).present()).isZero();
        assertThat(model.messageProperty().get().text()).isEqualTo("Koreksi dihapus pada 2 sel; kembali ke data mesin.");

        model.clearSelection();
        assertThat(model.messageProperty().get().text()).isEqualTo("Tidak ada koreksi manual di sel yang dipilih.");
    }

    @Test
    void aViewerReadsButCannotEdit() {
        signIn("viewer");
        model.load(unit("IKP").id(), NOVEMBER);

        assertThat(model.rows()).isPositive();
        assertThat(model.editable()).isFalse();
        model.select(0, NOV_2, false);
        assertThat(model.enter("H", 1, 0, false)).isFalse();
        model.setCodeOnSelection();

        assertThat(dialogs.fieldTitles).isEmpty();
        assertThat(model.messageProperty().get().text()).isEqualTo("Anda hanya dapat melihat kehadiran unit ini.");
        assertThat(model.record(0, NOV_2)).isEmpty();
    }

    @Test
    void aYearWithoutCalendarIsReadOnlyAndSaysSo() {
        model.load(seksi, YearMonth.of(2027, 1));

        assertThat(model.editable()).isFalse();
        assertThat(model.mayEditFocus()).isFalse();
        assertThat(model.messageProperty().get().text()).contains("Kalender kerja 2027 belum diatur");
    }

    @Test
    void theTooltipSaysWhatIsStoredAndWhereItCameFrom() {
        twoDaysPresentForTheFirstPerson();

        String tip = model.describe(0, NOV_2);

        assertThat(tip).contains(model.person(0).name().full() + " — Senin, 2 Nov 2026")
                .contains("H — Hadir").contains("Sumber: diubah manual");
        assertThat(model.describe(0, NOV_16)).contains("Libur nasional: Hari Jadi Kabupaten");
    }
}
