package id.tertib.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.tertib.app.AuditService;
import id.tertib.app.ScheduleService;
import id.tertib.domain.attendance.AttendanceCode;
import id.tertib.domain.attendance.WorkHours;
import java.time.DayOfWeek;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** HR officers keep the schedules and codes on the Jadwal Kerja screen. */
@ExtendWith(ApplicationExtension.class)
class SchedulesViewTest {

    private UiFixture fx;

    @Start
    void start(Stage stage) throws Exception {
        fx = new UiFixture().withDemoSignedInAs("hr");
        fx.show(stage);
    }

    private void retype(FxRobot robot, String query, String text) {
        TextField field = robot.lookup(query).queryAs(TextField.class);
        robot.interact(field::clear);
        robot.clickOn(query).write(text);
    }

    @Test
    void changesTheFridayEndOfTheOfficeScheduleAndStoresIt(FxRobot robot) {
        robot.clickOn("#nav-schedules");
        Label title = robot.lookup("#schedule-title").queryAs(Label.class);
        assertThat(title.getText()).contains("Perpres 21/2023");
        Label total = robot.lookup("#schedule-weekTotal").queryAs(Label.class);
        assertThat(total.getText()).isEqualTo("37,5 jam/minggu");

        retype(robot, "#schedule-FRIDAY-end", "7.00");
        Label messages = robot.lookup("#schedule-messages").queryAs(Label.class);
        assertThat(messages.getText()).isEqualTo("Jumat: jam pulang 07:00 tidak boleh sebelum jam masuk 07:30.");

        retype(robot, "#schedule-FRIDAY-end", "17:00");
        assertThat(messages.getText()).isEmpty();
        assertThat(total.getText()).isEqualTo("38 jam/minggu");
        robot.clickOn("#schedule-save");

        List<ScheduleService.Entry> stored = fx.tertib.schedules().schedules();
        assertThat(stored).hasSize(1);
        assertThat(stored.get(0).stored()).isTrue();
        assertThat(stored.get(0).schedule().week().get(DayOfWeek.FRIDAY))
                .isEqualTo(WorkHours.of("07:30", "17:00", "11:30", "13:00"));
        assertThat(robot.lookup("#schedule-notice").queryAs(Label.class).getText()).isEqualTo("Tersimpan: Seluruh kantor");
        TableView<ScheduleService.Entry> list = robot.lookup("#schedule-list").queryTableView();
        assertThat(list.getItems()).extracting(ScheduleService.Entry::id).containsExactly(stored.get(0).id());
        assertThat(fx.tertib.audit().list(new AuditService.Filter("hr", "schedule", null, null))).hasSize(1);
    }

    @Test
    void aNewUnitScheduleThatOverlapsIsRefusedWithTheDatesInWords(FxRobot robot) {
        robot.clickOn("#nav-schedules");
        robot.clickOn("#schedule-new");
        Pick.choose(robot, "#schedule-unit", fx.tertib.units().list().get(1).name());
        robot.clickOn("#schedule-validFrom .text-field").write("1/1/2026").type(KeyCode.ENTER);
        robot.clickOn("#schedule-save");
        robot.clickOn("#schedule-new");
        Pick.choose(robot, "#schedule-unit", fx.tertib.units().list().get(1).name());
        robot.clickOn("#schedule-validFrom .text-field").write("1/6/2026").type(KeyCode.ENTER);

        assertThat(robot.lookup("#schedule-messages").queryAs(Label.class).getText()).startsWith(
                "Masa berlaku mulai 1 Jun 2026 bertumpang tindih dengan jadwal lain unit ini (mulai 1 Jan 2026).");
        robot.clickOn("#schedule-save");
        assertThat(fx.tertib.schedules().schedules()).hasSize(2);
    }

    @Test
    void addsAnOfficeCodeThatShowsAsAValidAbsence(FxRobot robot) {
        robot.clickOn("#nav-schedules");
        robot.clickOn("#codes-tab");
        robot.clickOn("#code-code").write("wfh");
        robot.clickOn("#code-name").write("Bekerja dari rumah");
        Pick.choose(robot, "#code-kind", "Dinas");
        robot.clickOn("#code-add");

        assertThat(robot.lookup("#code-message").queryAs(Label.class).getText()).isEqualTo("Kode WFH ditambahkan.");
        TableView<ScheduleService.Code> table = robot.lookup("#code-list").queryTableView();
        ScheduleService.Code last = table.getItems().get(table.getItems().size() - 1);
        assertThat(last.code()).isEqualTo(AttendanceCode.of("WFH", AttendanceCode.Kind.DUTY));
        assertThat(table.getColumns().get(3).getCellData(last)).isEqualTo("Sah, masuk kerja");
        assertThat(table.getColumns().get(1).getCellData(0)).isEqualTo("Hadir tepat waktu");
        assertThat(fx.tertib.attendance().codes().find("WFH")).isPresent();
    }
}
