package id.tertib.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.tertib.domain.attendance.Holiday;
import java.nio.file.Files;
import java.time.LocalDate;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** HR officers import and edit the working calendar. */
@ExtendWith(ApplicationExtension.class)
class CalendarViewTest {
    private UiFixture fx;

    @Start
    void start(Stage stage) throws Exception {
        fx = new UiFixture().withDemoSignedInAs("hr");
        fx.show(stage);
    }

    @Test
    void importsTheYearThenAddsAHolidayAndTheWorkingDaysDrop(FxRobot robot) throws Exception {
        fx.dialogs.fileToChoose = Files.writeString(fx.dbFile.resolveSibling("libur.csv"),
                "date,name,kind\n2025-08-18,Cuti Bersama Kemerdekaan,cuti bersama\n2025-12-25,Natal,libur nasional\n");
        robot.clickOn("#nav-calendar");
        robot.clickOn("#calendar-import");
        robot.clickOn("#import-confirm");
        Pick.choose(robot, "#calendar-year", "2025");
        Label summary = robot.lookup("#calendar-summary").queryAs(Label.class);
        assertThat(summary.getText()).isEqualTo("1 libur nasional, 1 cuti bersama; 259 hari kerja dalam setahun.");

        robot.clickOn("#calendar-date").write("17/10/2025").type(javafx.scene.input.KeyCode.TAB);
        robot.clickOn("#calendar-name").write("Libur daerah");
        robot.clickOn("#calendar-save");

        TableView<Holiday> table = robot.lookup("#calendar-table").queryTableView();
        assertThat(table.getItems()).extracting(Holiday::date).containsExactly(LocalDate.of(2025, 8, 18),
                LocalDate.of(2025, 10, 17), LocalDate.of(2025, 12, 25));
        assertThat(summary.getText()).isEqualTo("2 libur nasional, 1 cuti bersama; 258 hari kerja dalam setahun.");
        assertThat(fx.tertib.audit().list(new id.tertib.app.AuditService.Filter("hr", "holiday", null, null)))
                .hasSize(3);
    }
}
