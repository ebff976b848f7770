package id.tertib.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The HR officer in the window as Tertib first opens on a small screen (960x600): thirteen areas in the sidebar do
 * not push the status bar, with "Keluar", below the window, and the attendance month and year stay readable.
 */
@ExtendWith(ApplicationExtension.class)
class SmallWindowTest {

    private UiFixture fx;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        fx = new UiFixture().withDemoSignedInAs("hr", 20);
        fx.show(stage);
    }

    private double bottomOf(FxRobot robot, String id) {
        Node n = robot.lookup(id).query();
        return n.localToScene(n.getBoundsInLocal()).getMaxY();
    }

    @Test
    void theStatusBarAndSignOutStayInTheSmallestWindow(FxRobot robot) {
        robot.interact(() -> {
            stage.setWidth(960);
            stage.setHeight(600);
        });
        robot.interact(() -> { }); // one more pulse: the layout after the resize
        try {
            robot.clickOn("#nav-attendance");
            double height = stage.getScene().getHeight();
            assertThat(height).isLessThanOrEqualTo(600);
            assertThat(bottomOf(robot, "#sign-out")).as("Keluar inside the window").isLessThanOrEqualTo(height);
            assertThat(bottomOf(robot, "#attendance-cell-info")).isLessThanOrEqualTo(height);
            for (String id : new String[] {"#attendance-month", "#attendance-year"}) {
                Region box = robot.lookup(id).query();
                assertThat(box.getWidth()).as("%s at its full width", id).isGreaterThanOrEqualTo(box.prefWidth(-1));
            }
        } finally {
            robot.interact(() -> { // the stage is shared with the next test
                stage.setWidth(1280);
                stage.setHeight(800);
            });
        }
    }
}
