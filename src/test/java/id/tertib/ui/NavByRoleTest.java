package id.tertib.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.tertib.app.DemoService;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Which areas each role finds in the navigation. */
@ExtendWith(ApplicationExtension.class)
class NavByRoleTest {

    private UiFixture fx;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        fx = new UiFixture();
        fx.tertib.demo().fill(DemoService.DEFAULT_SEED, DemoService.DEFAULT_EMPLOYEES);
    }

    private void showAs(FxRobot robot, String account) {
        fx.tertib.auth().signIn(account, DemoService.DEMO_PASSWORD);
        robot.interact(() -> fx.show(stage));
    }

    @Test
    void hrOfficerHasAuditButNotUsers(FxRobot robot) {
        showAs(robot, "hr");
        assertThat(robot.lookup("#nav-discipline").tryQuery()).as("discipline files are HR's").isPresent();
        assertThat(robot.lookup("#nav-audit").tryQuery()).isPresent();
        assertThat(robot.lookup("#nav-users").tryQuery()).isEmpty();
        assertThat(robot.lookup("#employee-add").tryQuery()).isPresent();
    }

    @Test
    void administratorHasBoth(FxRobot robot) {
        showAs(robot, "admin");
        assertThat(robot.lookup("#nav-audit").tryQuery()).isPresent();
        assertThat(robot.lookup("#nav-users").tryQuery()).isPresent();
    }

    @Test
    void viewerSeesNeitherAndCannotAdd(FxRobot robot) {
        showAs(robot, "viewer");
        assertThat(robot.lookup("#nav-discipline").tryQuery()).as("confidential").isEmpty();
        assertThat(robot.lookup("#nav-audit").tryQuery()).isEmpty();
        assertThat(robot.lookup("#nav-users").tryQuery()).isEmpty();
        assertThat(robot.lookup("#employee-add").tryQuery()).isEmpty();
    }

    @Test
    void setUpModeWithoutAccountsIsTreatedAsAdministrator(FxRobot robot) throws Exception {
        fx = new UiFixture().withUnits();
        robot.interact(() -> fx.show(stage));
        assertThat(robot.lookup("#nav-audit").tryQuery()).isPresent();
        assertThat(robot.lookup("#nav-users").tryQuery()).isPresent();
        assertThat(robot.lookup("#employee-add").tryQuery()).isPresent();
    }
}
