package id.tertib.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.tertib.app.DemoService;
import id.tertib.app.TravelService;
import id.tertib.domain.Employee;
import id.tertib.domain.Unit;
import id.tertib.domain.attendance.AttendanceDay;
import id.tertib.domain.attendance.Holiday;
import id.tertib.domain.travel.Participant;
import id.tertib.domain.travel.TravelKind;
import id.tertib.domain.travel.TravelStatus;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A section head writes a Surat Tugas in the form: the who-goes-next list fills once unit and dates are set, a
 * candidate is added, then someone already on another trip on those dates, which the form warns about; saving asks
 * for the reason, the letter appears in the register and in the reconciliation, and is cancelled again.
 * December 2026: Wednesday 9 to Friday 11; the other trip runs Tuesday 8 to Thursday 10.
 */
@ExtendWith(ApplicationExtension.class)
class TravelViewTest {

    private static final String OTHER = "088/ST/XII/2026";
    private static final String NUMBER = "090/ST/XII/2026";

    private UiFixture fx;
    private Unit seksi;
    private Employee busy;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        fx = new UiFixture().withDemoSignedInAs("hr"); // sets the calendar, then hands over to the section head
        fx.tertib.calendar().save(new Holiday(LocalDate.of(2026, 12, 25), "Hari Raya Natal",
                Holiday.HolidayKind.NATIONAL));
        seksi = fx.tertib.units().list().stream().filter(u -> u.code().equals("APT.PA")).findFirst().orElseThrow();
        List<Employee> staff = fx.tertib.employees().list(new id.tertib.app.EmployeeFilter(seksi.id(), null, "", false))
                .stream().sorted(Comparator.comparing((Employee e) -> e.name().name())).toList();
        busy = staff.get(staff.size() - 1);
        fx.tertib.travel().save(new TravelService.Draft(0, OTHER, dec(1), seksi.id(), "DPA 2026",
                "Bimbingan teknis", "Bandung", "Jawa Barat", TravelKind.LUAR_KOTA, dec(8), dec(10), "Kereta api",
                "5.1.02.04.01", "Kepala Dinas", List.of(new Participant(busy.id(), 1, 3, 430_000))), "",
                "Satu-satunya yang menguasai aplikasi");
        fx.tertib.auth().signIn("kasi", DemoService.DEMO_PASSWORD);
        fx.show(stage);
    }

    private static LocalDate dec(int day) {
        return LocalDate.of(2026, 12, day);
    }

    private static void date(FxRobot robot, String id, String typed) {
        robot.doubleClickOn(id).eraseText(12).write(typed).type(KeyCode.TAB);
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void sectionHeadWritesALetterSeesWhoGoesNextAndTheConflictAndCancelsIt(FxRobot robot) {
        robot.clickOn("#nav-travel");
        Pick.choose(robot, "#travel-year-filter", "2026");
        TableView<TravelService.Entry> register = robot.lookup("#travel-table").queryTableView();
        assertThat(register.getItems()).extracting(e -> e.trip().number()).containsExactly(OTHER);

        robot.clickOn("#travel-new");
        TableView<TravelService.Candidate> candidates = robot.lookup("#travel-candidates").queryTableView();
        assertThat(candidates.getItems()).as("no dates yet").isEmpty();
        assertThat(text(robot, "#travel-candidates-hint")).startsWith("Pilih unit penerbit");
        robot.clickOn("#travel-number").write(NUMBER);
        robot.clickOn("#travel-purpose").write("Rapat koordinasi SPBE");
        robot.clickOn("#travel-city").write("Bandung");
        robot.clickOn("#travel-province").write("Jawa Barat");
        date(robot, "#travel-depart", "09/12/2026");
        date(robot, "#travel-returns", "11/12/2026");

        assertThat(candidates.getItems()).as("the unit's people, ranked").hasSizeGreaterThan(2);
        assertThat(candidates.getColumns()).as("the figures name the rotation window they count")
                .filteredOn(c -> "travel-candidates-counted".equals(c.getId())).singleElement()
                .satisfies(c -> assertThat(c.getText()).isEqualTo("Dihitung 9 Des 2025 s.d. 8 Des 2026"));
        TravelService.Candidate first = candidates.getItems().get(0);
        assertThat(first.rank()).isEqualTo(1);
        assertThat(first.available()).isTrue();
        TravelService.Candidate taken = candidates.getItems().stream()
                .filter(c -> c.employee().id() == busy.id()).findFirst().orElseThrow();
        assertThat(taken.rank()).as("busy people come last, unranked").isZero();
        assertThat(candidates.getItems().get(candidates.getItems().size() - 1)).isEqualTo(taken);

        robot.clickOn(robot.lookup("#travel-candidates .table-cell")
                .match(org.testfx.matcher.control.LabeledMatchers.hasText(first.employee().name().full()))
                .<Node>query());
        robot.clickOn("#travel-candidate-add");
        TableView<?> travellers = robot.lookup("#travel-travellers").queryTableView();
        assertThat(travellers.getItems()).hasSize(1);
        robot.clickOn(".travel-allowance").write("530000");
        assertThat(text(robot, "#travel-allowance-total")).isEqualTo("Jumlah uang harian: Rp1.590.000");
        assertThat(robot.lookup("#travel-conflicts").<Node>query().isVisible()).isFalse();

        robot.interact(() -> candidates.getSelectionModel().select(taken));
        robot.clickOn("#travel-candidate-add");

        assertThat(travellers.getItems()).hasSize(2);
        assertThat(text(robot, "#travel-allowance-total")).as("the second copies the first's allowance")
                .isEqualTo("Jumlah uang harian: Rp3.180.000");
        VBox warning = robot.lookup("#travel-conflicts").queryAs(VBox.class);
        assertThat(warning.isVisible()).isTrue();
        assertThat(warning.getChildren()).extracting(n -> ((Label) n).getText()).containsExactly(
                "Perhatian: 1 konflik. Tetap boleh disimpan, dengan alasan.",
                "• " + busy.name().full() + " juga bertugas dengan ST " + OTHER
                        + " pada 9 Des 2026 s.d. 10 Des 2026 (perjalanan ganda).");

        fx.dialogs.fieldAnswers.add(Map.of("reason", "Narasumber utama acara"));
        fx.dialogs.fieldAnswers.add(Map.of("reason", "Keahlian SPBE"));
        robot.clickOn("#travel-save");

        assertThat(fx.dialogs.fieldTitles).first().isEqualTo("Simpan meskipun ada konflik?");
        assertThat(robot.lookup("#travel-form").tryQuery()).as("the form closed").isEmpty();
        assertThat(register.getItems()).extracting(e -> e.trip().number()).contains(NUMBER);
        TravelService.Entry saved = register.getSelectionModel().getSelectedItem();
        assertThat(saved.trip().number()).isEqualTo(NUMBER);
        assertThat(saved.travellers()).extracting(Employee::id).containsExactly(first.employee().id(), busy.id());
        assertThat(text(robot, "#travel-message")).startsWith("Surat Tugas " + NUMBER + " disimpan dengan 2 pelaksana");
        assertThat(fx.tertib.attendance().month(seksi.id(), YearMonth.of(2026, 12))
                .record(first.employee().id(), dec(9)).map(AttendanceDay::code)).contains("DL");

        robot.clickOn("#travel-conflicts-open");
        TableView<TravelService.ConflictEntry> report = robot.lookup("#travel-conflicts-table").queryTableView();
        assertThat(report.getItems()).singleElement().satisfies(c -> {
            assertThat(c.employee().id()).isEqualTo(busy.id());
            assertThat(c.conflict().tripNumber()).isEqualTo(NUMBER);
        });
        robot.clickOn("#travel-conflicts-close");

        fx.dialogs.fieldAnswers.clear();
        fx.dialogs.fieldAnswers.add(Map.of("note", "Acara ditunda penyelenggara"));
        robot.clickOn("#travel-cancel");

        assertThat(text(robot, "#travel-message")).startsWith("Surat Tugas " + NUMBER + " dibatalkan");
        assertThat(register.getSelectionModel().getSelectedItem().trip().status()).isEqualTo(TravelStatus.CANCELLED);
        assertThat(fx.tertib.attendance().month(seksi.id(), YearMonth.of(2026, 12))
                .record(first.employee().id(), dec(9))).as("DL taken out").isEmpty();
        assertThat(robot.lookup("#travel-edit").<Node>query().isDisabled()).as("a cancelled letter").isTrue();

        robot.doubleClickOn(robot.lookup("#travel-table .travel-cancelled").<Node>query());
        assertThat(robot.lookup("#travel-form").tryQuery()).as("opened to read").isPresent();
        assertThat(robot.lookup("#travel-save").tryQuery()).isEmpty();
        assertThat(robot.lookup("#travel-number").queryTextInputControl().isEditable()).isFalse();
        assertThat(robot.lookup("#travel-number").queryTextInputControl().getText()).isEqualTo(NUMBER);
        robot.clickOn("#travel-form-close");
    }

    @Test
    void aViewerReadsTheRegisterAndTheReconciliationButChangesNothing(FxRobot robot) {
        fx.tertib.auth().signIn("viewer", DemoService.DEMO_PASSWORD);
        robot.interact(() -> fx.show(stage));
        robot.clickOn("#nav-travel");

        assertThat(robot.lookup("#travel-new").tryQuery()).isEmpty();
        assertThat(robot.lookup("#travel-edit").tryQuery()).isEmpty();
        assertThat(robot.lookup("#travel-cancel").tryQuery()).isEmpty();
        assertThat(robot.lookup("#travel-table").queryTableView().getItems()).as("another unit's letter").isEmpty();
        robot.clickOn("#travel-conflicts-open");
        assertThat(robot.lookup("#travel-conflicts-count").queryAs(Label.class).getText())
                .startsWith("0 konflik pada 1 Jan – 31 Des");
    }

    @Test
    void problemsShowBesideTheirFieldsAndNothingIsSaved(FxRobot robot) {
        robot.clickOn("#nav-travel");
        robot.clickOn("#travel-new");
        robot.clickOn("#travel-save");

        assertThat(text(robot, "#travel-error-number")).isEqualTo("Nomor surat tugas wajib diisi.");
        assertThat(text(robot, "#travel-error-city")).isEqualTo("Kota tujuan wajib diisi.");
        assertThat(text(robot, "#travel-error-depart")).isEqualTo("Tanggal berangkat wajib diisi.");
        assertThat(text(robot, "#travel-error-participants")).isEqualTo("Tambahkan sedikitnya satu pelaksana perjalanan.");

        robot.clickOn("#travel-number").write(OTHER);
        robot.clickOn("#travel-city");
        assertThat(text(robot, "#travel-error-number")).startsWith("Nomor " + OTHER + " sudah dipakai");
        robot.clickOn("#travel-form-close");
        assertThat(fx.tertib.travel().list(TravelService.Filter.ALL)).hasSize(1);
    }
}
