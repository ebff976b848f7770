package id.tertib.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.tertib.domain.Unit;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class UnitsViewTest {

    private UiFixture fx;

    @Start
    void start(Stage stage) throws Exception {
        fx = new UiFixture().withUnits();
        fx.show(stage);
    }

    @Test
    void addsASubUnitUnderTheSelectedUnit(FxRobot robot) {
        robot.clickOn("#nav-units");
        robot.clickOn("Seksi Satu  (S1)");
        robot.clickOn("#unit-add-child");
        robot.clickOn("#unit-code").write("S1.A");
        robot.clickOn("#unit-name").write("Subseksi Arsip");
        robot.clickOn("#unit-save");

        Unit parent = fx.tertib.units().list().stream().filter(u -> u.code().equals("S1")).findFirst().orElseThrow();
        assertThat(fx.tertib.units().list()).anySatisfy(u -> {
            assertThat(u.code()).isEqualTo("S1.A");
            assertThat(u.parentId()).isEqualTo(parent.id());
        });
        assertThat(robot.lookup("Subseksi Arsip  (S1.A)").tryQuery()).isPresent();
    }

    @Test
    void refusesToPlaceAUnitUnderItsOwnSubUnit(FxRobot robot) {
        robot.clickOn("#nav-units");
        robot.clickOn("Dinas Uji  (DIN)");
        Pick.choose(robot, "#unit-parent", "Seksi Dua");
        robot.clickOn("#unit-save");

        assertThat(robot.lookup("#unit-error").queryAs(Label.class).getText()).contains("sub-unitnya");
        assertThat(fx.tertib.units().list()).filteredOn(u -> u.code().equals("DIN"))
                .singleElement().satisfies(u -> assertThat(u.parentId()).isNull());
    }

    @Test
    void duplicateCodeIsRefusedWithAMessage(FxRobot robot) {
        robot.clickOn("#nav-units");
        robot.clickOn("#unit-add-root");
        robot.clickOn("#unit-code").write("S2");
        robot.clickOn("#unit-name").write("Lain");
        robot.clickOn("#unit-save");

        assertThat(robot.lookup("#unit-error").queryAs(Label.class).getText()).contains("S2").contains("Seksi Dua");
        assertThat(fx.tertib.units().list()).hasSize(3);
    }
}
