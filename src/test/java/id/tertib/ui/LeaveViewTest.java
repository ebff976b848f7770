package id.tertib.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.tertib.app.LeaveService;
import id.tertib.domain.Employee;
import id.tertib.domain.attendance.AttendanceDay;
import id.tertib.domain.attendance.Holiday;
import id.tertib.domain.leave.LeaveStatus;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** An HR officer records annual leave, is stopped when it is too long, approves it and sees the balance drop. */
@ExtendWith(ApplicationExtension.class)
class LeaveViewTest {

    private UiFixture fx;
    private Employee aan;

    @Start
    void start(Stage stage) throws Exception {
        fx = new UiFixture().withDemoSignedInAs("hr");
        fx.tertib.calendar().save(new Holiday(LocalDate.of(2026, 3, 19), "Hari Suci Nyepi", Holiday.HolidayKind.NATIONAL));
        fx.tertib.calendar().save(new Holiday(LocalDate.of(2026, 3, 20), "Cuti bersama Nyepi",
                Holiday.HolidayKind.CUTI_BERSAMA));
        aan = fx.tertib.employees().save(TestPeople.pns("198609262015051001", "Aan Cutiwan", fx.tertib, "STA.PD"));
        fx.show(stage);
    }

    private String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private void date(FxRobot robot, String id, String typed) {
        robot.doubleClickOn(id).eraseText(12).write(typed).type(KeyCode.TAB);
    }

    @Test
    void createsAndApprovesAnnualLeaveAndTheBalanceDropsAndTheDaysAreMarked(FxRobot robot) {
        robot.clickOn("#nav-leave");
        Pick.choose(robot, "#leave-year-filter", "2026");
        @SuppressWarnings("unchecked")
        ComboBox<Employee> person = robot.lookup("#leave-person").queryAs(ComboBox.class);
        robot.interact(() -> person.getSelectionModel().select(
                person.getItems().stream().filter(e -> e.id() == aan.id()).findFirst().orElseThrow()));
        date(robot, "#leave-from", "16/03/2026");
        date(robot, "#leave-to", "30/04/2026");

        assertThat(text(robot, "#leave-problems")).startsWith("Melebihi sisa cuti tahunan: diminta 32 hari kerja, "
                + "tersedia 12 hari pada tahun 2026.");
        assertThat(robot.lookup("#leave-submit").queryAs(Button.class).isDisabled()).isTrue();

        date(robot, "#leave-to", "24/03/2026");
        assertThat(text(robot, "#leave-problems")).isEmpty();
        assertThat(text(robot, "#leave-preview")).contains("5 hari kerja").contains("sisa 12 hari")
                .contains("tersisa 7 hari");
        assertThat(text(robot, "#leave-remaining")).isEqualTo("12");
        robot.clickOn("#leave-reason").write("Menikahkan anak");
        robot.clickOn("#leave-submit");

        TableView<LeaveService.Entry> table = robot.lookup("#leave-table").queryTableView();
        assertThat(table.getItems()).hasSize(1);
        assertThat(table.getSelectionModel().getSelectedItem().request().status()).isEqualTo(LeaveStatus.REQUESTED);
        assertThat(text(robot, "#leave-pending")).isEqualTo("5");
        robot.clickOn("#leave-approve");

        assertThat(text(robot, "#leave-message")).startsWith("Cuti #")
                .contains("disetujui: 5 hari kerja ditandai CT di kehadiran.");
        assertThat(text(robot, "#leave-taken")).isEqualTo("5");
        assertThat(text(robot, "#leave-remaining")).isEqualTo("7");
        assertThat(table.getItems().get(0).request().status()).isEqualTo(LeaveStatus.APPROVED);
        var march = fx.tertib.attendance().month(aan.unitId(), YearMonth.of(2026, 3));
        for (int day : List.of(16, 17, 18, 23, 24)) {
            assertThat(march.record(aan.id(), LocalDate.of(2026, 3, day)).map(AttendanceDay::code))
                    .as("16-24 March, day %d", day).contains("CT");
        }
        assertThat(march.record(aan.id(), LocalDate.of(2026, 3, 19))).as("Nyepi").isEqualTo(Optional.empty());
        assertThat(march.record(aan.id(), LocalDate.of(2026, 3, 20))).as("cuti bersama").isEmpty();
    }
}
