package id.tertib.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.tertib.app.CellState;
import id.tertib.app.MonthSheet;
import id.tertib.domain.Employee;
import id.tertib.domain.attendance.AttendanceCode.Kind;
import id.tertib.domain.attendance.AttendanceDay;
import id.tertib.domain.attendance.Holiday;
import id.tertib.ui.attendance.AttendanceGrid;
import id.tertib.ui.common.FormField;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The HR officer's November 2026 of a section, with DD, TB, CB, PSW and the office's own WFH in it: the code picker
 * names every code ("H — Hadir"), and the legend names every code used in the month, a new one as soon as it is set.
 */
@ExtendWith(ApplicationExtension.class)
class AttendanceCodeNamesTest {

    private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);
    private UiFixture fx;
    private long seksi;
    private Employee first;

    @Start
    void start(Stage stage) throws Exception {
        fx = new UiFixture().withDemoSignedInAs("hr");
        fx.tertib.calendar().save(new Holiday(LocalDate.of(2026, 12, 25), "Hari Raya Natal",
                Holiday.HolidayKind.NATIONAL)); // sets the year's calendar
        fx.tertib.schedules().addCode("WFH", "Bekerja dari rumah", Kind.DUTY);
        seksi = fx.tertib.units().list().stream().filter(u -> u.code().equals("APT.PA")).findFirst().orElseThrow()
                .id();
        first = fx.tertib.attendance().month(seksi, NOVEMBER).people().get(0);
        String[] codes = {"H", "DD", "TB", "CB", "PSW", "WFH"};
        for (int i = 0; i < codes.length; i++) {
            LocalDate day = LocalDate.of(2026, 11, i < 5 ? 2 + i : 9);
            fx.tertib.attendance().setCode(List.of(new CellState(first.id(), day, Optional.empty())), codes[i], null,
                    "rekap awal");
        }
        fx.show(stage);
    }

    private static String legendText(FxRobot robot, String code) {
        Node entry = robot.lookup("#attendance-legend-" + code).query();
        StringBuilder text = new StringBuilder();
        entry.lookupAll(".label").forEach(n -> text.append(((Label) n).getText()).append(' '));
        return text.toString().trim();
    }

    @Test
    void theLegendNamesEveryCodeInUseAndThePickerNamesEveryCode(FxRobot robot) throws Exception {
        robot.clickOn("#nav-attendance");
        Pick.choose(robot, "#attendance-unit", "Seksi Pengembangan Aplikasi");
        AttendanceGrid grid = robot.lookup("#attendance-grid").query();

        MonthSheet sheet = fx.tertib.attendance().month(seksi, NOVEMBER);
        TreeSet<String> inUse = new TreeSet<>();
        sheet.records().values().forEach(days -> days.values().forEach(d -> inUse.add(d.code())));
        assertThat(inUse).contains("H", "DD", "TB", "CB", "PSW", "WFH");
        for (String code : inUse) {
            assertThat(robot.lookup("#attendance-legend-" + code).tryQuery()).as("legend entry for %s", code)
                    .isPresent();
        }
        assertThat(legendText(robot, "H")).isEqualTo("H Hadir");
        assertThat(legendText(robot, "DD")).isEqualTo("DD Dinas dalam");
        assertThat(legendText(robot, "TB")).isEqualTo("TB Tugas belajar");
        assertThat(legendText(robot, "CB")).isEqualTo("CB Cuti besar");
        assertThat(legendText(robot, "PSW")).isEqualTo("PSW Pulang sebelum waktunya");
        assertThat(legendText(robot, "WFH")).isEqualTo("WFH Bekerja dari rumah");
        assertThat(robot.lookup("#attendance-legend-CS").tryQuery()).as("a code nobody used this month").isEmpty();
        FlowPane legend = robot.lookup("#attendance-legend").query();
        assertThat(legend.getChildren().get(0).getId()).as("codes first, in the office's order")
                .isEqualTo("attendance-legend-H");

        fx.dialogs.fieldAnswers.add(Map.of("code", "CS — Cuti sakit", "reason", "Surat dokter"));
        Point2D cell = WaitForAsyncUtils.asyncFx(() -> grid.cellOnScreen(0, 9)).get(); // Tue 10 Nov
        robot.clickOn(cell);
        robot.clickOn("#attendance-set-code");

        List<FormField> form = fx.dialogs.fieldForms.get(0);
        FormField picker = form.stream().filter(f -> f.key().equals("code")).findFirst().orElseThrow();
        assertThat(picker.choices()).contains("H — Hadir", "TL — Terlambat", "PSW — Pulang sebelum waktunya",
                "DD — Dinas dalam", "TB — Tugas belajar", "CB — Cuti besar", "TK — Tanpa keterangan",
                "WFH — Bekerja dari rumah");
        assertThat(picker.choices()).allSatisfy(c -> assertThat(c).matches("[A-Z0-9]+ — .+"));
        assertThat(fx.tertib.attendance().month(seksi, NOVEMBER).record(first.id(), LocalDate.of(2026, 11, 10)))
                .get().extracting(AttendanceDay::code).isEqualTo("CS");
        assertThat(legendText(robot, "CS")).as("the new code joins the legend").isEqualTo("CS Cuti sakit");
    }

    @Test
    void thePickerOffersTheCellsOwnCodeByItsName(FxRobot robot) throws Exception {
        robot.clickOn("#nav-attendance");
        Pick.choose(robot, "#attendance-unit", "Seksi Pengembangan Aplikasi");
        AttendanceGrid grid = robot.lookup("#attendance-grid").query();

        Point2D cell = WaitForAsyncUtils.asyncFx(() -> grid.cellOnScreen(0, 3)).get(); // Wed 4 Nov (columns from 1 Nov), TB
        robot.clickOn(cell);
        robot.clickOn("#attendance-set-code");

        FormField picker = fx.dialogs.fieldForms.get(0).stream().filter(f -> f.key().equals("code")).findFirst()
                .orElseThrow();
        assertThat(picker.initial()).isEqualTo("TB — Tugas belajar");
    }
}
