package id.tertib.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TitledPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The administrator sets the office's discipline values; a PPPK ladder that makes no sense is refused, saying why. */
@ExtendWith(ApplicationExtension.class)
class SettingsDisciplineTest {

    private UiFixture fx;

    @Start
    void start(Stage stage) throws Exception {
        fx = new UiFixture().withDemoSignedInAs("admin");
        fx.show(stage);
    }

    @SuppressWarnings("unchecked")
    private static void set(FxRobot robot, String id, int value) {
        Spinner<Integer> s = robot.lookup(id).queryAs(Spinner.class);
        robot.interact(() -> s.getValueFactory().setValue(value));
    }

    @Test
    void administratorChangesTheMinutesPerDayAndABadPppkLadderIsRefused(FxRobot robot) {
        robot.clickOn("#nav-settings");
        robot.interact(() -> robot.lookup("#settings-discipline").queryAs(TitledPane.class).setExpanded(true));
        set(robot, "#settings-disciplineMinutes", 420);
        robot.interact(() -> robot.lookup("#settings-discipline-reason").queryTextInputControl()
                .setText("Perbup 12/2025 pasal 7"));
        robot.interact(() -> robot.lookup("#settings-discipline-save").queryButton().fire());

        assertThat(fx.tertib.discipline().rules().minutesPerDay()).isEqualTo(420);
        assertThat(robot.lookup("#settings-discipline-message").queryAs(Label.class).getText())
                .contains("disimpan");

        set(robot, "#settings-disciplinePppkSedang", 30);
        set(robot, "#settings-disciplinePppkBerat", 25);
        robot.interact(() -> robot.lookup("#settings-discipline-save").queryButton().fire());
        assertThat(robot.lookup("#settings-discipline-message").queryAs(Label.class).getText())
                .contains("berat PPPK");
        assertThat(fx.tertib.discipline().rules().pppkBeratFrom()).isEqualTo(21);
    }
}
