package id.tertib.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.tertib.app.I18n;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class ShellTest {

    private UiFixture fx;

    @Start
    void start(Stage stage) throws Exception {
        fx = new UiFixture();
        fx.show(stage);
    }

    @Test
    void switchesToEnglishAndRemembersIt(FxRobot robot) {
        robot.clickOn("#nav-settings");
        Pick.choose(robot, "#settings-language", "English");
        robot.clickOn("#settings-apply");

        assertThat(robot.lookup("#nav-employees").queryAs(ToggleButton.class).getText()).isEqualTo("Employees");
        assertThat(fx.tertib.settings().language()).isEqualTo(I18n.ENGLISH);
    }
}
