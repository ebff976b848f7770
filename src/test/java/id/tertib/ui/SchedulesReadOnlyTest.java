package id.tertib.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A section head reads the schedules and codes; the controls to change them are not offered. */
@ExtendWith(ApplicationExtension.class)
class SchedulesReadOnlyTest {
    private UiFixture fx;

    @Start
    void start(Stage stage) throws Exception {
        fx = new UiFixture().withDemoSignedInAs("kasi");
        fx.show(stage);
    }

    @Test
    void readsTheScheduleWithoutEditControls(FxRobot robot) {
        robot.clickOn("#nav-schedules");

        assertThat(robot.lookup("#schedule-list").queryTableView().getItems()).hasSize(1);
        assertThat(robot.lookup("#schedule-FRIDAY-end").queryAs(TextField.class).getText()).isEqualTo("16:30");
        assertThat(robot.lookup("#schedule-FRIDAY-end").queryAs(TextField.class).isEditable()).isFalse();
        assertThat(robot.lookup("#schedule-save").tryQuery()).isEmpty();
        assertThat(robot.lookup("#schedule-new").tryQuery()).isEmpty();
        robot.clickOn("#codes-tab");
        assertThat(robot.lookup("#code-list").queryTableView().getItems()).hasSize(16);
        assertThat(robot.lookup("#code-add").tryQuery()).isEmpty();
    }
}
