package id.tertib.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.tertib.app.PerformanceService;
import id.tertib.domain.Employee;
import id.tertib.domain.performance.CoreValue;
import id.tertib.domain.performance.NoteKind;
import id.tertib.domain.performance.Predikat;
import id.tertib.domain.performance.Rating;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The demo section head writes a note on one of his people and records an SKP result whose predikat follows. */
@ExtendWith(ApplicationExtension.class)
class PerformanceScreenTest {

    private UiFixture fx;

    @Start
    void start(Stage stage) throws Exception {
        fx = new UiFixture().withDemoSignedInAs("kasi");
        fx.show(stage);
    }

    @SuppressWarnings("unchecked")
    private static <T> ComboBox<T> combo(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(ComboBox.class);
    }

    @Test
    void sectionHeadWritesANoteAndRecordsAnSkpResult(FxRobot robot) {
        robot.clickOn("#nav-performance");
        ComboBox<Employee> person = combo(robot, "#note-person");
        assertThat(person.getItems()).isNotEmpty();
        Employee who = person.getItems().get(0);
        robot.interact(() -> person.setValue(who));
        robot.interact(() -> combo(robot, "#note-kind").setValue(NoteKind.NEEDS_IMPROVEMENT));
        robot.clickOn("#note-value-akuntabel");
        robot.clickOn("#note-text").write("Laporan SPJ terlambat dua minggu");
        robot.clickOn("#note-save");

        assertThat(robot.lookup("#note-message").queryAs(Label.class).getText()).contains(who.name().full());
        TableView<PerformanceService.NoteEntry> notes = robot.lookup("#note-table").queryAs(TableView.class);
        assertThat(notes.getItems()).singleElement().satisfies(e -> {
            assertThat(e.note().values()).containsExactly(CoreValue.AKUNTABEL);
            assertThat(e.note().author()).isNotBlank();
            assertThat(e.person().id()).isEqualTo(who.id());
        });

        // Filtered to another person the note is not listed; back to everyone it is.
        ComboBox<Employee> filter = combo(robot, "#note-person-filter");
        Employee other = filter.getItems().stream().filter(e -> e.id() != who.id()).findFirst().orElseThrow();
        robot.interact(() -> filter.setValue(other));
        assertThat(notes.getItems()).isEmpty();
        robot.clickOn("#note-person-clear");
        assertThat(notes.getItems()).hasSize(1);
        robot.interact(() -> robot.lookup("#note-from").queryAs(javafx.scene.control.DatePicker.class)
                .setValue(java.time.LocalDate.of(2026, 11, 24)));
        assertThat(notes.getItems()).as("written on 23 Nov").isEmpty();
        robot.interact(() -> robot.lookup("#note-from").queryAs(javafx.scene.control.DatePicker.class)
                .setValue(null));

        robot.clickOn("#performance-tab-skp");
        ComboBox<Employee> skpPerson = combo(robot, "#skp-person");
        robot.interact(() -> skpPerson.setValue(who));
        robot.interact(() -> combo(robot, "#skp-results").setValue(Rating.ABOVE));
        robot.interact(() -> combo(robot, "#skp-behaviour").setValue(Rating.ABOVE));
        assertThat(robot.lookup("#skp-predikat").queryAs(Label.class).getText()).isEqualTo("Sangat Baik");
        robot.interact(() -> combo(robot, "#skp-behaviour").setValue(Rating.BELOW));
        assertThat(robot.lookup("#skp-predikat").queryAs(Label.class).getText()).isEqualTo("Kurang/Misconduct");
        robot.clickOn("#skp-save");

        TableView<PerformanceService.SkpEntry> skp = robot.lookup("#skp-table").queryAs(TableView.class);
        assertThat(skp.getItems()).singleElement()
                .satisfies(e -> assertThat(e.result().predikat()).isEqualTo(Predikat.KURANG));
    }
}
