package id.tertib.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.tertib.app.AppException;
import id.tertib.app.DemoService;
import id.tertib.domain.Role;
import id.tertib.domain.UserAccount;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** An administrator creates a section head's account for a unit, resets its password, and meets refusals inline. */
@ExtendWith(ApplicationExtension.class)
class UsersViewTest {

    private UiFixture fx;

    @Start
    void start(Stage stage) throws Exception {
        fx = new UiFixture().withDemoSignedInAs("admin");
        fx.show(stage);
    }

    private String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    @Test
    void createsASectionHeadForAUnitAndResetsThePassword(FxRobot robot) {
        robot.clickOn("#nav-users");
        robot.clickOn("#user-new");
        robot.clickOn("#user-name").write("kasi.pusdat");
        robot.clickOn("#user-fullname").write("Rina Kartika");
        Pick.choose(robot, "#user-role", "Kepala seksi");
        Pick.choose(robot, "#user-unit", "Seksi Pusat Data");
        robot.clickOn("#user-password").write("awal-12345");
        robot.clickOn("#user-repeat").write("awal-12345");
        robot.clickOn("#user-save");

        assertThat(text(robot, "#user-error")).isEmpty();
        UserAccount created = fx.tertib.users().list().stream().filter(u -> u.name().equals("kasi.pusdat"))
                .findFirst().orElseThrow();
        long unitId = fx.tertib.units().list().stream().filter(u -> u.code().equals("INF.PDC")).findFirst()
                .orElseThrow().id();
        assertThat(created.role()).isEqualTo(Role.SECTION_HEAD);
        assertThat(created.unitId()).isEqualTo(unitId);
        assertThat(created.fullName()).isEqualTo("Rina Kartika");
        assertThat(robot.lookup("#user-table").queryTableView().getSelectionModel().getSelectedItem()).isEqualTo(created);

        robot.clickOn("#user-reset");
        robot.clickOn("#reset-password").write("pendek");
        robot.clickOn("#reset-repeat").write("pendek");
        robot.clickOn("#reset-confirm");
        assertThat(text(robot, "#reset-error")).contains("paling sedikit 8");

        robot.doubleClickOn("#reset-password").eraseText(6).write("baru-rahasia-9");
        robot.doubleClickOn("#reset-repeat").eraseText(6).write("baru-rahasia-9");
        robot.clickOn("#reset-confirm");
        assertThat(robot.lookup("#reset-confirm").tryQuery()).as("dialog closed").isEmpty();
        assertThat(text(robot, "#user-notice")).contains("kasi.pusdat");

        assertThat(fx.tertib.auth().signIn("kasi.pusdat", "baru-rahasia-9").role()).isEqualTo(Role.SECTION_HEAD);
        Assertions.assertThatThrownBy(() -> fx.tertib.auth().signIn("kasi.pusdat", "awal-12345"))
                .isInstanceOf(AppException.class);
        fx.tertib.auth().signIn("admin", DemoService.DEMO_PASSWORD);
    }

    @Test
    void unitChoiceIsOnlyForSectionHeadsAndViewers(FxRobot robot) {
        robot.clickOn("#nav-users");
        robot.clickOn("#user-new");
        Pick.choose(robot, "#user-role", "Petugas kepegawaian");
        assertThat(robot.lookup("#user-unit").<Node>query().isDisabled()).isTrue();
        Pick.choose(robot, "#user-role", "Pemantau");
        assertThat(robot.lookup("#user-unit").<Node>query().isDisabled()).isFalse();
    }

    @Test
    void refusalsShowBesideTheForm(FxRobot robot) {
        robot.clickOn("#nav-users");
        robot.clickOn("#user-new");
        robot.clickOn("#user-name").write("hr");
        Pick.choose(robot, "#user-role", "Petugas kepegawaian");
        robot.clickOn("#user-password").write("awal-12345");
        robot.clickOn("#user-repeat").write("awal-12345");
        robot.clickOn("#user-save");
        assertThat(text(robot, "#user-error")).isEqualTo("Nama akun hr sudah dipakai.");

        robot.clickOn("admin");
        assertThat(robot.lookup("#user-password").<Node>query().isVisible()).isFalse();
        Pick.choose(robot, "#user-role", "Pemantau");
        Pick.choose(robot, "#user-unit", "Seksi Komunikasi Publik");
        robot.clickOn("#user-save");
        assertThat(text(robot, "#user-error")).contains("tidak bisa mencabut peran administrator");
        assertThat(fx.tertib.users().list()).filteredOn(u -> u.name().equals("admin"))
                .singleElement().satisfies(u -> assertThat(u.role()).isEqualTo(Role.ADMINISTRATOR));
        assertThat(fx.dialogs.errors).isEmpty();
    }
}
