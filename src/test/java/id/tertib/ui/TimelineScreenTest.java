package id.tertib.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.tertib.app.DemoService;
import id.tertib.app.DisciplineRow;
import id.tertib.app.DisciplineService;
import id.tertib.app.ImportProgress;
import id.tertib.domain.Employee;
import id.tertib.domain.timeline.TimelineEntry;
import id.tertib.domain.timeline.TimelineEntry.Category;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The HR officer opens the timeline of the demo's worst case of the year from the employees screen: the summary shows
 * the TK days and the discipline line, the entries run in date order with the ten-day run and the case's steps, and
 * unticking a kind of record hides its entries.
 */
@ExtendWith(ApplicationExtension.class)
class TimelineScreenTest {

    private UiFixture fx;
    private Employee worst;

    @Start
    void start(Stage stage) throws Exception {
        fx = new UiFixture();
        fx.tertib.demo().fillWithAttendance(DemoService.DEFAULT_SEED, DemoService.DEFAULT_EMPLOYEES,
                ImportProgress.NONE);
        fx.tertib.auth().signIn("hr", DemoService.DEMO_PASSWORD);
        DisciplineRow first = fx.tertib.discipline().assess(new DisciplineService.Query(2026, null, false)).get(0);
        worst = first.person();
        fx.show(stage);
    }

    @SuppressWarnings("unchecked")
    @Test
    void opensAPersonsYearFromTheEmployeesScreenAndFiltersItsEntries(FxRobot robot) {
        TableView<Employee> people = robot.lookup("#employee-table").queryAs(TableView.class);
        robot.interact(() -> people.getSelectionModel().select(people.getItems().stream()
                .filter(e -> e.id() == worst.id()).findFirst().orElseThrow()));
        robot.clickOn("#employee-timeline");

        ComboBox<Employee> person = robot.lookup("#timeline-person").queryAs(ComboBox.class);
        assertThat(person.getValue().id()).isEqualTo(worst.id());
        assertThat(robot.lookup("#timeline-card-tk").queryAs(Label.class).getText()).matches("TK \\d+ hari");
        assertThat(robot.lookup("#timeline-card-discipline").queryAs(Label.class).getText())
                .contains("Berat", "PP 94/2021");
        TableView<TimelineEntry> entries = robot.lookup("#timeline-table").queryAs(TableView.class);
        assertThat(entries.getItems()).extracting(TimelineEntry::from).isSorted();
        assertThat(entries.getItems()).extracting(TimelineEntry::category).contains(Category.ATTENDANCE,
                Category.DISCIPLINE);
        assertThat(entries.getItems()).filteredOn(e -> e.category() == Category.ATTENDANCE && e.code().equals("TK")
                && !e.from().isBefore(java.time.LocalDate.of(2026, 10, 19))
                && !e.from().isAfter(java.time.LocalDate.of(2026, 10, 30))).hasSize(10);

        robot.clickOn("#timeline-show-attendance");
        assertThat(entries.getItems()).extracting(TimelineEntry::category).doesNotContain(Category.ATTENDANCE)
                .contains(Category.DISCIPLINE);
        assertThat(robot.lookup("#timeline-count").queryAs(Label.class).getText()).contains("dari");

        Employee other = person.getItems().stream().filter(e -> e.id() != worst.id()).findFirst().orElseThrow();
        robot.interact(() -> person.setValue(other));
        assertThat(entries.getItems()).allSatisfy(e -> assertThat(e.category()).isNotEqualTo(Category.ATTENDANCE));
    }
}
