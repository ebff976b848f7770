package id.tertib.ui.fairness;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import id.tertib.app.FairnessService;
import id.tertib.app.I18n;
import id.tertib.app.Tertib;
import id.tertib.ui.RecordingDialogs;
import id.tertib.ui.common.DirectTaskExecutor;
import id.tertib.ui.common.UiContext;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The screen fed a hand-made report (no analysis behind it): what the summary says, which rows and bars are marked,
 * and that the charts draw. With {@code -Dfairness.shots=DIR} it also saves what each tab looks like, for a person to
 * judge.
 */
@ExtendWith(ApplicationExtension.class)
class FairnessSampleViewTest {

    private FairnessView view;
    private Scene scene;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private Path dir;

    @Start
    void start(Stage stage) throws Exception {
        dir = Files.createTempDirectory("tertib-fairness");
        Tertib tertib = Tertib.open(dir.resolve("t.db"),
                Clock.fixed(Instant.parse("2026-11-23T03:00:00Z"), ZoneId.of("Asia/Jakarta")));
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        view = new FairnessView(new UiContext(tertib, new I18n(I18n.INDONESIAN), dialogs, new DirectTaskExecutor()));
        javafx.scene.layout.BorderPane root = new javafx.scene.layout.BorderPane(view.view());
        root.getStylesheets().add(FairnessView.class.getResource("/id/tertib/ui/tertib.css").toExternalForm());
        scene = new Scene(root, 1146, 700);
        stage.setScene(scene);
        stage.show();
    }

    private void shot(FxRobot robot, String name) throws Exception {
        String target = System.getProperty("fairness.shots");
        if (target != null) {
            robot.interact(() -> PngImages.write(PngImages.snapshot(scene.getRoot()), Path.of(target, name)));
        }
    }

    @Test
    void showsAHandMadeReport(FxRobot robot) throws Exception {
        FairnessService.Report report = SampleReports.year();
        robot.interact(() -> {
            view.model().defaults(java.time.LocalDate.of(2026, 11, 23), null);
            view.model().show(report);
        });

        assertThat(robot.lookup("#fairness-people").queryAs(Label.class).getText()).isEqualTo("24");
        assertThat(robot.lookup("#fairness-gini").queryAs(Label.class).getText()).matches("0,\\d\\d");
        assertThat(robot.lookup("#fairness-reading").queryAs(Label.class).getText())
                .contains("20% orang dengan perjalanan terbanyak memegang").contains("3 orang ditandai");
        TableView<FairnessService.Row> table = robot.lookup("#fairness-table").queryTableView();
        assertThat(table.getItems()).hasSize(24);
        assertThat(table.getItems().stream().filter(r -> r.outcome().flagged()).count()).isEqualTo(3);
        robot.interact(() -> table.getSelectionModel().select(0));
        assertThat(robot.lookup("#fairness-detail").queryAs(Label.class).getText())
                .startsWith(table.getItems().get(0).employee().name().full() + ": 16 perjalanan, 48 hari, uang harian "
                        + "Rp25.440.000 (berangkat 1 Des 2025 s.d. 30 Nov 2026).")
                .contains("peluang kebetulan < 0,1%");
        shot(robot, "sample-table.png");

        robot.clickOn("#fairness-tab-bars");
        PersonBars bars = robot.lookup("#fairness-bars").queryAs(PersonBars.class);
        XYChart.Series<Number, String> series = bars.getData().get(0);
        assertThat(series.getData()).hasSize(24);
        assertThat(series.getData().stream().map(XYChart.Data::getNode)
                .filter(n -> n.getStyleClass().contains("fairness-bar-flagged")).count()).isEqualTo(3);
        shot(robot, "sample-bars.png");

        robot.clickOn("#fairness-tab-lorenz");
        shot(robot, "sample-lorenz.png");
        robot.clickOn("#fairness-tab-heat");
        shot(robot, "sample-heat.png");

        Path png = dir.resolve("heat.png");
        dialogs.saveFileToChoose = png;
        robot.clickOn("#fairness-export-png");
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image).isNotNull();
        assertThat(image.getWidth()).isGreaterThan(600);
        assertThat(dialogs.infos).last().asString().contains("heat.png");

        robot.clickOn("#fairness-tab-notes");
        Node notes = robot.lookup("#fairness-notes").query();
        assertThat(notes).isNotNull();
        shot(robot, "sample-notes.png");
    }
}
