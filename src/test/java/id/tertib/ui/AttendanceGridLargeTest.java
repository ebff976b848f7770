package id.tertib.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.tertib.domain.attendance.Holiday;
import id.tertib.ui.attendance.AttendanceGrid;
import java.time.LocalDate;
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

/** 500 people by 30 days: the grid builds no node per cell, and the keyboard reaches the last person. */
@ExtendWith(ApplicationExtension.class)
class AttendanceGridLargeTest {

    private UiFixture fx;

    @Start
    void start(Stage stage) throws Exception {
        fx = new UiFixture().withDemoSignedInAs("hr", 500);
        fx.tertib.calendar().save(new Holiday(LocalDate.of(2026, 12, 25), "Hari Raya Natal",
                Holiday.HolidayKind.NATIONAL));
        fx.show(stage);
    }

    @Test
    void fiveHundredPeopleCostNoMoreNodesThanFive(FxRobot robot) throws Exception {
        robot.clickOn("#nav-attendance"); // HR opens on the whole office
        AttendanceGrid grid = robot.lookup("#attendance-grid").query();
        assertThat(grid.shownTotal(499, id.tertib.ui.attendance.TotalColumn.H)).isEqualTo("0");

        assertThat(robot.lookup("#attendance-grid *").queryAll()).hasSizeLessThan(40);

        Point2D cell = WaitForAsyncUtils.asyncFx(() -> grid.cellOnScreen(0, 1)).get();
        robot.clickOn(cell).press(KeyCode.CONTROL).type(KeyCode.END).release(KeyCode.CONTROL);
        String lastPerson = fx.tertib.attendance().month(fx.tertib.units().tree().depthFirst().get(0).id(),
                java.time.YearMonth.of(2026, 11)).people().get(499).name().full();
        assertThat(robot.lookup("#attendance-cell-info").queryAs(Label.class).getText())
                .startsWith(lastPerson + " — Senin, 30 Nov 2026");
    }
}
