package id.tertib.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.tertib.app.EmployeeFilter;
import id.tertib.domain.Employee;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class EmployeesViewTest {

    private UiFixture fx;

    @Start
    void start(Stage stage) throws Exception {
        fx = new UiFixture().withUnits();
        fx.show(stage);
    }

    @Test
    void addsAnEmployeeThroughTheFormAndFindsItInTheTable(FxRobot robot) {
        robot.clickOn("#employee-add");
        robot.clickOn("#employee-nip").write("19860926 201505 1 001");
        robot.clickOn("#employee-name").write("Budi Santoso");
        robot.clickOn("#employee-backTitle").write("S.Kom.");
        robot.clickOn("#employee-positionName").write("Pranata Komputer Ahli Muda");
        Pick.choose(robot, "#employee-positionKind", "Fungsional");
        Pick.choose(robot, "#employee-unit", "Seksi Dua");
        robot.clickOn("#employee-save");

        List<Employee> stored = fx.tertib.employees().list(EmployeeFilter.ALL);
        assertThat(stored).singleElement().satisfies(e -> {
            assertThat(e.number()).isEqualTo("198609262015051001");
            assertThat(e.name().full()).isEqualTo("Budi Santoso, S.Kom.");
            assertThat(e.birthDate()).hasToString("1986-09-26");
        });
        robot.clickOn("#employee-search").write("budi");
        TableView<Employee> table = robot.lookup("#employee-table").queryTableView();
        assertThat(table.getItems()).extracting(e -> e.name().name()).containsExactly("Budi Santoso");
        assertThat(robot.lookup("#employee-notice").queryAs(Label.class).getText()).contains("Budi Santoso");
    }

    @Test
    void badNipShowsTheInlineErrorAndSavesNothing(FxRobot robot) {
        robot.clickOn("#employee-add");
        robot.clickOn("#employee-nip").write("198609312015051001");
        robot.clickOn("#employee-name").write("Siti Rahma");
        Pick.choose(robot, "#employee-positionKind", "Pelaksana");
        Pick.choose(robot, "#employee-unit", "Seksi Satu");
        robot.clickOn("#employee-save");

        Label error = robot.lookup("#error-nip").queryAs(Label.class);
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).contains("19860931").contains("tanggal lahir tidak valid");
        assertThat(fx.tertib.employees().list(EmployeeFilter.ALL)).isEmpty();
        assertThat(fx.dialogs.errors).isEmpty();
    }

    @Test
    void theFormAsksForTheTmtOfAPppkWhoseNiCarriesNoAppointmentYear(FxRobot robot) {
        robot.clickOn("#employee-add");
        Pick.choose(robot, "#employee-status", "PPPK");
        robot.clickOn("#employee-nip").write("199203150000212005"); // digits 9-12 "0000": no year
        robot.clickOn("#employee-name").write("Ani Lestari");
        Pick.choose(robot, "#employee-gender", "Perempuan");
        Pick.choose(robot, "#employee-positionKind", "Pelaksana");
        Pick.choose(robot, "#employee-unit", "Seksi Satu");
        robot.clickOn("#employee-save");

        Label error = robot.lookup("#error-appointedOn").queryAs(Label.class);
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).contains("TMT PPPK");
        assertThat(fx.tertib.employees().list(EmployeeFilter.ALL)).isEmpty();

        javafx.scene.control.DatePicker tmt = robot.lookup("#employee-appointedOn").queryAs(
                javafx.scene.control.DatePicker.class);
        robot.interact(() -> tmt.setValue(java.time.LocalDate.of(2023, 3, 1)));
        robot.clickOn("#employee-save");

        assertThat(fx.tertib.employees().list(EmployeeFilter.ALL)).singleElement()
                .satisfies(e -> assertThat(e.appointedOn()).hasToString("2023-03-01"));
    }

    @Test
    void theTmtFieldIsForPppkOnly(FxRobot robot) {
        robot.clickOn("#employee-add");
        javafx.scene.control.DatePicker tmt = robot.lookup("#employee-appointedOn").queryAs(
                javafx.scene.control.DatePicker.class);
        assertThat(tmt.isDisabled()).isTrue();
        Pick.choose(robot, "#employee-status", "PPPK");
        assertThat(tmt.isDisabled()).isFalse();
    }

    @Test
    void nipErrorShowsWhenLeavingTheFieldNotWhileTyping(FxRobot robot) {
        robot.clickOn("#employee-add");
        robot.clickOn("#employee-nip").write("19860926201505100");
        Label error = robot.lookup("#error-nip").queryAs(Label.class);
        assertThat(error.isVisible()).as("still typing").isFalse();

        robot.clickOn("#employee-name");
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).contains("18 angka");

        robot.clickOn("#employee-nip").type(KeyCode.END).write("1");
        assertThat(error.isVisible()).as("fixed while typing").isFalse();
    }

    @Test
    void genderThatContradictsTheNipIsRefusedBesideTheField(FxRobot robot) {
        robot.clickOn("#employee-add");
        robot.clickOn("#employee-nip").write("198609262015051001");
        Pick.choose(robot, "#employee-gender", "Perempuan");

        Label error = robot.lookup("#error-gender").queryAs(Label.class);
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).contains("tidak sesuai dengan NIP");
    }

    @Test
    void filtersByUnitIncludingSubUnitsAndByStatus(FxRobot robot) throws Exception {
        fx.tertib.employees().save(TestPeople.pns("198609262015051001", "Budi", fx.tertib, "S1"));
        fx.tertib.employees().save(TestPeople.pns("199001152015052002", "Ani", fx.tertib, "S2"));
        robot.clickOn("#nav-units").clickOn("#nav-employees");

        Pick.choose(robot, "#employee-unit-filter", "Seksi Dua");
        TableView<Employee> table = robot.lookup("#employee-table").queryTableView();
        assertThat(table.getItems()).extracting(e -> e.name().name()).containsExactly("Ani");

        Pick.choose(robot, "#employee-unit-filter", "Dinas Uji");
        assertThat(table.getItems()).extracting(e -> e.name().name()).containsExactlyInAnyOrder("Ani", "Budi");
    }
}
