package id.tertib.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.tertib.app.DemoService;
import id.tertib.domain.attendance.Holiday;
import id.tertib.ui.attendance.AttendanceGrid;
import java.time.LocalDate;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A viewer reads the month of his unit but cannot change a cell. */
@ExtendWith(ApplicationExtension.class)
class AttendanceGridReadOnlyTest {

    private UiFixture fx;

    @Start
    void start(Stage stage) throws Exception {
        fx = new UiFixture().withDemoSignedInAs("hr");
        fx.tertib.calendar().save(new Holiday(LocalDate.of(2026, 12, 25), "Hari Raya Natal",
                Holiday.HolidayKind.NATIONAL));
        fx.tertib.auth().signIn("viewer", DemoService.DEMO_PASSWORD);
        fx.show(stage);
    }

    @Test
    void aViewerCannotEdit(FxRobot robot) throws Exception {
        robot.clickOn("#nav-attendance");
        AttendanceGrid grid = robot.lookup("#attendance-grid").query();

        assertThat(robot.lookup("#attendance-set-code").<Node>query().isVisible()).isFalse();
        assertThat(robot.lookup("#attendance-undo").<Node>query().isVisible()).isFalse();
        assertThat(robot.lookup("#attendance-banner").queryAs(Label.class).getText())
                .isEqualTo("Anda hanya dapat melihat kehadiran unit ini.");
        Point2D cell = WaitForAsyncUtils.asyncFx(() -> grid.cellOnScreen(0, 1)).get(); // Monday 2 Nov
        robot.clickOn(cell).write("h").type(KeyCode.ENTER).type(KeyCode.DELETE);

        assertThat(grid.isEditing()).isFalse();
        assertThat(grid.shownCode(0, 1)).isEmpty();
        assertThat(fx.dialogs.fieldTitles).isEmpty();
        assertThat(robot.lookup("#attendance-message").queryAs(Label.class).getText())
                .isEqualTo("Anda hanya dapat melihat kehadiran unit ini.");
    }
}
