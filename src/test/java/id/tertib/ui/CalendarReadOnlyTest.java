package id.tertib.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Everyone else reads the working calendar without edit controls. */
@ExtendWith(ApplicationExtension.class)
class CalendarReadOnlyTest {
    private UiFixture fx;

    @Start
    void start(Stage stage) throws Exception {
        fx = new UiFixture().withDemoSignedInAs("kasi");
        fx.show(stage);
    }

    @Test
    void readsTheCalendarWithoutEditControls(FxRobot robot) {
        robot.clickOn("#nav-calendar");

        assertThat(robot.lookup("#calendar-table").tryQuery()).isPresent();
        assertThat(robot.lookup("#calendar-import").tryQuery()).isEmpty();
        assertThat(robot.lookup("#calendar-save").tryQuery()).isEmpty();
    }
}
