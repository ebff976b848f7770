package id.tertib.ui;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import id.tertib.app.DemoService;
import id.tertib.app.EmployeeFilter;
import id.tertib.app.I18n;
import id.tertib.domain.Role;
import id.tertib.ui.common.DirectTaskExecutor;
import id.tertib.ui.common.UiContext;
import id.tertib.ui.shell.Shell;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The window before sign-in: first start (demo or first administrator), sign-in, wrong password, sign-out. */
@ExtendWith(ApplicationExtension.class)
class SignInViewTest {

    private UiFixture fx;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        fx = new UiFixture();
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        stage.setScene(new Scene(new Pane(), 1280, 800));
        stage.show();
    }

    private void openShell(FxRobot robot) {
        UiContext ctx = new UiContext(fx.tertib, new I18n(I18n.INDONESIAN), fx.dialogs, new DirectTaskExecutor());
        robot.interact(() -> new Shell(ctx, stage, null).showSignIn());
    }

    @Test
    void firstStartWithTheDemoOfficeSignsInAsItsAdministrator(FxRobot robot) {
        openShell(robot);
        robot.clickOn("#signin-demo");

        assertThat(fx.tertib.auth().current()).hasValueSatisfying(u -> assertThat(u.role()).isEqualTo(Role.ADMINISTRATOR));
        assertThat(robot.lookup("#employee-table").queryTableView().getItems()).hasSize(120);
        assertThat(stage.getTitle()).contains("DEMO");
    }

    /** Every text on the first-start card as rendered: cut text ends in an ellipsis and differs from the label's. */
    private static void assertNoTextCut(FxRobot robot) {
        var labels = robot.lookup(".tertib-card .label").queryAllAs(Label.class);
        assertThat(labels).hasSizeGreaterThan(5);
        for (Label label : labels) {
            Text shown = (Text) label.lookup(".text");
            if (shown != null && !label.getText().isEmpty() && shownOnScreen(label)) {
                assertThat(shown.getText()).as("label %s", label.getText()).isEqualTo(label.getText());
            }
        }
    }

    private static boolean shownOnScreen(javafx.scene.Node node) {
        for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    @Test
    void theFirstStartTextIsShownWholeWithTheDemoPasswordInEveryWindowSize(FxRobot robot) {
        openShell(robot);
        // Largest first: Monocle's headless screen (1280x800) cannot grow a window's pixel buffer again. At 1366x768
        // the card has the height of 1024x768 and more width than it takes (at most 460 px).
        for (double[] size : new double[][] {{1024, 768}, {960, 600}}) {
            robot.interact(() -> {
                stage.setWidth(size[0]);
                stage.setHeight(size[1]);
            });
            robot.interact(() -> { }); // one more pulse: the layout after the resize

            assertNoTextCut(robot);
            Label demo = robot.lookup("#signin-demo-text").queryAs(Label.class);
            assertThat(demo.getText()).contains("kata sandi: " + DemoService.DEMO_PASSWORD);
            assertThat(demo.localToScene(demo.getBoundsInLocal()).getMaxY()).as("the demo text is in the window at %s",
                    size[0] + "x" + size[1]).isLessThanOrEqualTo(stage.getScene().getHeight());
        }
        robot.interact(() -> { // the stage is shared with the next test
            stage.setWidth(1280);
            stage.setHeight(800);
        });
    }

    @Test
    void theTitleSaysDemoBeforeSignInAndAfterSigningOut(FxRobot robot) {
        fx.tertib.demo().fill(DemoService.DEFAULT_SEED, DemoService.DEFAULT_EMPLOYEES);
        openShell(robot);
        assertThat(stage.getTitle()).endsWith("— DEMO");

        robot.clickOn("#signin-name").write("hr");
        robot.clickOn("#signin-password").write(DemoService.DEMO_PASSWORD);
        robot.clickOn("#signin-button");
        assertThat(stage.getTitle()).endsWith("— DEMO");

        robot.clickOn("#sign-out");
        assertThat(robot.lookup("#signin-button").tryQuery()).isPresent();
        assertThat(stage.getTitle()).as("signed out, still the demo office").endsWith("— DEMO");
        assertNoTextCut(robot);
    }

    @Test
    void firstStartCanCreateTheFirstAdministrator(FxRobot robot) {
        openShell(robot);
        robot.clickOn("#first-fullname").write("Sri Wahyuni");
        robot.clickOn("#first-password").write("rahasia-kantor");
        robot.clickOn("#first-repeat").write("rahasia-lain");
        robot.clickOn("#first-create");
        assertThat(robot.lookup("#first-error").queryAs(Label.class).getText()).contains("tidak sama");
        assertThat(fx.tertib.auth().hasAccounts()).isFalse();

        robot.doubleClickOn("#first-repeat").eraseText(20).write("rahasia-kantor");
        robot.clickOn("#first-create");

        assertThat(fx.tertib.auth().hasAccounts()).isTrue();
        assertThat(robot.lookup("#status-user").queryAs(Label.class).getText()).contains("Sri Wahyuni");
    }

    @Test
    void aSectionHeadSignsInAndSeesOnlyTheirUnitThenSignsOut(FxRobot robot) {
        fx.tertib.demo().fill(DemoService.DEFAULT_SEED, DemoService.DEFAULT_EMPLOYEES);
        openShell(robot);
        assertThat(robot.lookup("#signin-demo-hint").tryQuery()).isPresent();

        robot.clickOn("#signin-name").write("kasi");
        robot.clickOn("#signin-password").write("salah");
        robot.clickOn("#signin-button");
        assertThat(robot.lookup("#signin-error").queryAs(Label.class).getText()).isEqualTo("Nama atau kata sandi salah. Setelah 5 kali salah, akun dikunci 5 menit: coba lagi nanti, atau minta administrator mengatur ulang kata sandi.");

        robot.clickOn("#signin-password").write(DemoService.DEMO_PASSWORD);
        robot.clickOn("#signin-button");

        int seksiStaff = fx.tertib.employees().list(EmployeeFilter.ALL).size();
        assertThat(seksiStaff).isBetween(1, 30);
        assertThat(robot.lookup("#employee-table").queryTableView().getItems()).hasSize(seksiStaff);

        robot.clickOn("#sign-out");
        assertThat(fx.tertib.auth().current()).isEmpty();
        assertThat(robot.lookup("#signin-button").tryQuery()).isPresent();
    }
}
