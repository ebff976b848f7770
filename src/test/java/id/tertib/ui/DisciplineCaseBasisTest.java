package id.tertib.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.tertib.app.DemoService;
import id.tertib.app.DisciplineRow;
import id.tertib.app.ImportProgress;
import id.tertib.domain.EmploymentStatus;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A PPPK case opened by the HR officer on the demo office: its header names PP 49/2018 once. */
@ExtendWith(ApplicationExtension.class)
class DisciplineCaseBasisTest {

    private UiFixture fx;

    @Start
    void start(Stage stage) throws Exception {
        fx = new UiFixture();
        fx.tertib.demo().fillWithAttendance(DemoService.DEFAULT_SEED, DemoService.DEFAULT_EMPLOYEES,
                ImportProgress.NONE);
        fx.tertib.auth().signIn("hr", DemoService.DEMO_PASSWORD);
        fx.show(stage);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aPppkCaseHeaderNamesItsRuleSetOnce(FxRobot robot) {
        robot.clickOn("#nav-discipline");
        TableView<DisciplineRow> rows = robot.lookup("#discipline-table").queryAs(TableView.class);
        DisciplineRow pppk = rows.getItems().stream().filter(r -> r.person().status() == EmploymentStatus.PPPK
                && r.assessment().rung().isPresent() && r.openCaseId().isEmpty()).findFirst().orElseThrow();
        robot.interact(() -> rows.getSelectionModel().select(pppk));
        assertThat(robot.lookup("#discipline-rule").queryAs(Label.class).getText())
                .contains("Dasar: PP 49/2018 (PPPK) ·").doesNotContain("(PPPK) PP 49/2018");

        robot.interact(() -> robot.lookup("#discipline-case").queryAs(Button.class).fire());

        assertThat(robot.lookup("#case-title").queryAs(Label.class).getText()).contains(pppk.person().name().full());
        assertThat(robot.lookup("#case-fact-rule").queryAs(Label.class).getText()).isEqualTo("PP 49/2018 (PPPK)");
    }
}
