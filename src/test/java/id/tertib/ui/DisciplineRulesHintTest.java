package id.tertib.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The discipline values (minutes per day, PPPK thresholds) are set in Settings by an administrator only: the
 * administrator is told to change them there, the HR officer who can change them.
 */
@ExtendWith(ApplicationExtension.class)
class DisciplineRulesHintTest {

    private UiFixture fx;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        fx = new UiFixture();
        fx.tertib.demo().fill(id.tertib.app.DemoService.DEFAULT_SEED, 20);
    }

    private String rulesLineFor(FxRobot robot, String account) {
        fx.tertib.auth().signIn(account, id.tertib.app.DemoService.DEMO_PASSWORD);
        robot.interact(() -> fx.show(stage));
        robot.clickOn("#nav-discipline");
        return robot.lookup("#discipline-rules").queryAs(Label.class).getText();
    }

    @Test
    void anHrOfficerIsToldThatAnAdministratorChangesTheDisciplineValues(FxRobot robot) {
        assertThat(rulesLineFor(robot, "hr")).endsWith("Administrator dapat mengubahnya di Pengaturan.")
                .doesNotContain("Ubah di Pengaturan");
    }

    @Test
    void anAdministratorIsToldToChangeTheDisciplineValuesInSettings(FxRobot robot) {
        assertThat(rulesLineFor(robot, "admin")).endsWith("(0 = tidak dipakai). Ubah di Pengaturan.").doesNotContain("Administrator dapat");
    }
}
