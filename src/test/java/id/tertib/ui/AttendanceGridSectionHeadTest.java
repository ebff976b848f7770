package id.tertib.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.tertib.app.DemoService;
import id.tertib.domain.Unit;
import id.tertib.domain.attendance.Holiday;
import java.time.LocalDate;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A section head chooses only among his unit and its sub-units, and may edit their month. */
@ExtendWith(ApplicationExtension.class)
class AttendanceGridSectionHeadTest {

    private UiFixture fx;

    @Start
    void start(Stage stage) throws Exception {
        fx = new UiFixture().withDemoSignedInAs("hr");
        fx.tertib.calendar().save(new Holiday(LocalDate.of(2026, 12, 25), "Hari Raya Natal",
                Holiday.HolidayKind.NATIONAL));
        fx.tertib.auth().signIn("kasi", DemoService.DEMO_PASSWORD);
        fx.show(stage);
    }

    @Test
    void seesHisOwnUnitOnlyAndMayEdit(FxRobot robot) {
        robot.clickOn("#nav-attendance");

        ComboBox<Unit> unit = robot.lookup("#attendance-unit").query();
        assertThat(unit.getItems()).extracting(Unit::name).containsExactly("Seksi Pengembangan Aplikasi");
        assertThat(unit.getValue().name()).isEqualTo("Seksi Pengembangan Aplikasi");
        assertThat(robot.lookup("#attendance-set-code").<Node>query().isVisible()).isTrue();
        assertThat(robot.lookup("#attendance-banner").<Node>query().isVisible()).isFalse();
    }
}
