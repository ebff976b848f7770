package id.tertib.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.tertib.app.CellState;
import id.tertib.app.MonthSheet;
import id.tertib.domain.Employee;
import id.tertib.domain.attendance.AttendanceDay;
import id.tertib.domain.attendance.DaySource;
import id.tertib.domain.attendance.Holiday;
import id.tertib.ui.attendance.AttendanceGrid;
import id.tertib.ui.attendance.TotalColumn;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * An HR officer keeps November 2026 of a section in the grid with the keyboard. The first person already has
 * 2 and 3 Nov present; day column 3 is Wednesday 4 Nov.
 */
@ExtendWith(ApplicationExtension.class)
class AttendanceGridTest {

    static final YearMonth NOVEMBER = YearMonth.of(2026, 11);
    static final String SEKSI = "Seksi Pengembangan Aplikasi";

    private UiFixture fx;
    private long seksi;
    private Employee first;

    @Start
    void start(Stage stage) throws Exception {
        fx = new UiFixture().withDemoSignedInAs("hr");
        fx.tertib.calendar().save(new Holiday(LocalDate.of(2026, 12, 25), "Hari Raya Natal",
                Holiday.HolidayKind.NATIONAL));
        seksi = fx.tertib.units().list().stream().filter(u -> u.code().equals("APT.PA")).findFirst().orElseThrow()
                .id();
        first = fx.tertib.attendance().month(seksi, NOVEMBER).people().get(0);
        fx.tertib.attendance().setCode(List.of(new CellState(first.id(), LocalDate.of(2026, 11, 2), Optional.empty()),
                new CellState(first.id(), LocalDate.of(2026, 11, 3), Optional.empty())), "H", null, "rekap awal");
        fx.show(stage);
    }

    private AttendanceGrid open(FxRobot robot) {
        robot.clickOn("#nav-attendance");
        Pick.choose(robot, "#attendance-unit", SEKSI);
        return robot.lookup("#attendance-grid").query();
    }

    private static void clickCell(FxRobot robot, AttendanceGrid grid, int row, int col) throws Exception {
        Point2D at = WaitForAsyncUtils.asyncFx(() -> grid.cellOnScreen(row, col)).get();
        robot.clickOn(at);
    }

    private Optional<AttendanceDay> stored(LocalDate date) {
        MonthSheet sheet = fx.tertib.attendance().month(seksi, NOVEMBER);
        return sheet.record(first.id(), date);
    }

    private String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void typingACodeAndEnterStoresItAndTheRowTotalChanges(FxRobot robot) throws Exception {
        AttendanceGrid grid = open(robot);
        assertThat(grid.shownTotal(0, TotalColumn.H)).isEqualTo("2");
        assertThat(grid.shownTotal(0, TotalColumn.TK)).isEqualTo("0");
        fx.dialogs.fieldAnswers.add(Map.of("reason", "Rekap absen manual dari kasi"));

        clickCell(robot, grid, 0, 3);
        robot.write("tk").type(KeyCode.ENTER);

        assertThat(grid.shownTotal(0, TotalColumn.TK)).isEqualTo("1");
        assertThat(grid.shownTotal(0, TotalColumn.H)).isEqualTo("2");
        assertThat(grid.shownCode(0, 3)).isEqualTo("TK");
        assertThat(stored(LocalDate.of(2026, 11, 4))).get()
                .extracting(AttendanceDay::code, AttendanceDay::source).containsExactly("TK", DaySource.MANUAL);
        assertThat(fx.dialogs.fieldTitles).containsExactly("Alasan perubahan");
        assertThat(text(robot, "#attendance-reason")).isEqualTo("Rekap absen manual dari kasi");
        assertThat(text(robot, "#attendance-message")).isEqualTo("Tersimpan: TK pada 1 sel.");
        // Enter moved down: the status line now speaks of the second person on 4 Nov.
        assertThat(text(robot, "#attendance-cell-info")).doesNotContain(first.name().full())
                .contains("Rabu, 4 Nov 2026");

        // The next code uses the same reason; an arrow commits it too.
        robot.write("s").type(KeyCode.UP);
        assertThat(fx.dialogs.fieldTitles).hasSize(1);
        assertThat(grid.shownCode(1, 3)).isEqualTo("S");
        assertThat(grid.shownTotal(1, TotalColumn.S)).isEqualTo("1");
    }

    @Test
    void undoWithCtrlZPutsTheCellBack(FxRobot robot) throws Exception {
        AttendanceGrid grid = open(robot);
        fx.dialogs.fieldAnswers.add(Map.of("reason", "Salah ketik"));
        clickCell(robot, grid, 0, 2);
        robot.write("dl").type(KeyCode.ENTER);
        assertThat(grid.shownTotal(0, TotalColumn.DL)).isEqualTo("1");
        assertThat(grid.shownTotal(0, TotalColumn.H)).isEqualTo("1");

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);

        assertThat(grid.shownTotal(0, TotalColumn.DL)).isEqualTo("0");
        assertThat(grid.shownTotal(0, TotalColumn.H)).isEqualTo("2");
        assertThat(stored(LocalDate.of(2026, 11, 3))).get().extracting(AttendanceDay::code).isEqualTo("H");
    }

    @Test
    void escapeCancelsAndAnUnknownCodeChangesNothing(FxRobot robot) throws Exception {
        AttendanceGrid grid = open(robot);
        clickCell(robot, grid, 0, 3);

        robot.write("h").type(KeyCode.ESCAPE);
        assertThat(grid.isEditing()).isFalse();
        robot.write("xy").type(KeyCode.ENTER);

        assertThat(grid.shownCode(0, 3)).isEmpty();
        assertThat(stored(LocalDate.of(2026, 11, 4))).isEmpty();
        assertThat(fx.dialogs.fieldTitles).isEmpty();
        assertThat(text(robot, "#attendance-message")).startsWith("Kode \"XY\" tidak dikenal; sel tidak diubah.");
    }

    @Test
    void deleteClearsTheCorrectionOfTheSelectedRange(FxRobot robot) throws Exception {
        AttendanceGrid grid = open(robot);
        fx.dialogs.fieldAnswers.add(Map.of("reason", "Data mesin yang berlaku"));
        clickCell(robot, grid, 0, 1);

        robot.press(KeyCode.SHIFT).type(KeyCode.RIGHT).release(KeyCode.SHIFT).type(KeyCode.DELETE);

        assertThat(grid.shownTotal(0, TotalColumn.H)).isEqualTo("0");
        assertThat(stored(LocalDate.of(2026, 11, 2))).isEmpty();
        assertThat(stored(LocalDate.of(2026, 11, 3))).isEmpty();
    }
}
