package id.tertib.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.tertib.domain.Employee;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A section head sees their unit's staff and units read-only, with history, and no Users or Audit areas. */
@ExtendWith(ApplicationExtension.class)
class RoleViewsTest {

    private UiFixture fx;

    @Start
    void start(Stage stage) throws Exception {
        fx = new UiFixture().withDemoSignedInAs("kasi");
        fx.show(stage);
    }

    @Test
    void sectionHeadSeesEmployeesReadOnly(FxRobot robot) {
        assertThat(robot.lookup("#employee-add").tryQuery()).isEmpty();
        assertThat(robot.lookup("#employee-import").tryQuery()).isEmpty();
        assertThat(robot.lookup("#employee-save").tryQuery()).isEmpty();
        assertThat(robot.lookup("#employee-delete").tryQuery()).isEmpty();

        TableView<Employee> table = robot.lookup("#employee-table").queryTableView();
        assertThat(table.getItems()).isNotEmpty();
        robot.clickOn(robot.lookup("#employee-table .table-row-cell").nth(0).<Node>query());
        Employee shown = table.getSelectionModel().getSelectedItem();
        assertThat(robot.lookup("#employee-name").queryTextInputControl().getText()).isEqualTo(shown.name().name());
        for (String input : new String[] {"#employee-nip", "#employee-name", "#employee-status", "#employee-golongan",
            "#employee-unit", "#employee-birthDate", "#employee-pin", "#employee-active"}) {
            assertThat(robot.lookup(input).<Node>query().isDisabled()).as(input).isTrue();
        }
        assertThat(robot.lookup("#employee-history").<Node>query().isDisabled()).isFalse();
    }

    @Test
    void sectionHeadSeesUnitsReadOnly(FxRobot robot) {
        robot.clickOn("#nav-units");
        assertThat(robot.lookup("#unit-add-root").tryQuery()).isEmpty();
        assertThat(robot.lookup("#unit-add-child").tryQuery()).isEmpty();
        assertThat(robot.lookup("#unit-import").tryQuery()).isEmpty();
        assertThat(robot.lookup("#unit-save").tryQuery()).isEmpty();
        assertThat(robot.lookup("#unit-delete").tryQuery()).isEmpty();
        robot.clickOn("Seksi Pengembangan Aplikasi  (APT.PA)");
        assertThat(robot.lookup("#unit-name").queryTextInputControl().getText()).isEqualTo("Seksi Pengembangan Aplikasi");
        assertThat(robot.lookup("#unit-name").<Node>query().isDisabled()).isTrue();
        assertThat(robot.lookup("#unit-code").<Node>query().isDisabled()).isTrue();
        javafx.scene.control.ComboBox<id.tertib.domain.Unit> parent = robot.lookup("#unit-parent").queryComboBox();
        assertThat(parent.isDisabled()).isTrue();
        assertThat(parent.getConverter().toString(parent.getValue())).as("not 'top level': the parent is out of scope")
                .isEqualTo("(unit induk di luar cakupan Anda)");

        robot.clickOn("#unit-history");
        assertThat(robot.lookup("#history-entries .tertib-history-head").queryAllAs(javafx.scene.control.Label.class))
                .singleElement().satisfies(l -> assertThat(l.getText()).contains("setup").contains("Dibuat"));
    }

    @Test
    void sectionHeadHasNoUsersOrAuditArea(FxRobot robot) {
        assertThat(robot.lookup("#nav-employees").tryQuery()).isPresent();
        assertThat(robot.lookup("#nav-users").tryQuery()).isEmpty();
        assertThat(robot.lookup("#nav-audit").tryQuery()).isEmpty();
    }
}
