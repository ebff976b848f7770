package id.tertib.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.tertib.app.DemoService;
import id.tertib.app.FairnessService;
import id.tertib.app.ImportProgress;
import id.tertib.domain.Unit;
import id.tertib.domain.UnitTree;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
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
 * Keadilan Penugasan on the demo office, whose travel favours one person in each of three bidang (Sekretariat,
 * Aplikasi Informatika, Infrastruktur TIK). An HR officer sees the whole office; the section head of Seksi
 * Pengembangan Aplikasi sees only his seksi.
 */
@ExtendWith(ApplicationExtension.class)
class FairnessScreenTest {

    /** The bidang whose trips the demo gives mostly to one person. */
    private static final List<String> UNFAIR = List.of("SET", "APT", "INF");

    private UiFixture fx;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        fx = new UiFixture();
        fx.tertib.demo().fillWithAttendance(DemoService.DEFAULT_SEED, DemoService.DEFAULT_EMPLOYEES,
                ImportProgress.NONE);
        fx.tertib.auth().signIn("hr", DemoService.DEMO_PASSWORD);
        fx.show(stage);
    }

    /** Signs in as someone else (HR is signed in at the start) and opens their main window, as sign-in does. */
    private void signInAs(FxRobot robot, String account) {
        robot.interact(() -> {
            fx.tertib.auth().signIn(account, DemoService.DEMO_PASSWORD);
            fx.show(stage);
        });
    }

    private TableView<FairnessService.Row> table(FxRobot robot) {
        return robot.lookup("#fairness-table").queryTableView();
    }

    private static List<FairnessService.Row> flagged(TableView<FairnessService.Row> table) {
        return table.getItems().stream().filter(r -> r.outcome().flagged()).toList();
    }

    /** The bidang code each unit belongs to. */
    private Map<Long, String> bidangOf() {
        List<Unit> units = fx.tertib.units().list();
        UnitTree tree = new UnitTree(units);
        return units.stream().filter(u -> u.parentId() != null && tree.depth(u.id()) == 1)
                .flatMap(b -> tree.selfAndDescendants(b.id()).stream().map(id -> Map.entry(id, b.code())))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    @Test
    void anHrOfficerSeesTheThreeFavouritesFlaggedAndNobodyElseThenChartsAndExports(FxRobot robot) throws Exception {
        robot.clickOn("#nav-fairness");

        // Opened analysed: every unit, 1 Dec 2025 - 23 Nov 2026.
        assertThat(robot.lookup("#fairness-from").queryAs(DatePicker.class).getEditor().getText())
                .isEqualTo("1 Des 2025");
        assertThat(robot.lookup("#fairness-to").queryAs(DatePicker.class).getEditor().getText())
                .isEqualTo("23 Nov 2026");
        TableView<FairnessService.Row> table = table(robot);
        assertThat(table.getItems()).hasSizeGreaterThan(100);
        List<FairnessService.Row> flagged = flagged(table);
        Map<Long, String> bidang = bidangOf();
        assertThat(flagged).hasSize(3);
        assertThat(flagged).extracting(r -> bidang.get(r.employee().unitId()))
                .containsExactlyInAnyOrderElementsOf(UNFAIR);
        for (FairnessService.Row r : flagged) { // each is the one who went most in their bidang
            String b = bidang.get(r.employee().unitId());
            assertThat(table.getItems().stream().filter(o -> b.equals(bidang.get(o.employee().unitId())))
                    .mapToInt(o -> o.outcome().trips()).max().orElseThrow()).isEqualTo(r.outcome().trips());
            assertThat(r.explanation()).startsWith(r.employee().name().full() + ": ");
        }
        assertThat(table.getItems().subList(0, 3)).as("most trips first").containsExactlyInAnyOrderElementsOf(flagged);
        assertThat(robot.lookup("#fairness-reading").queryAs(Label.class).getText()).contains("3 orang ditandai");
        assertThat(robot.lookup("#fairness-gini").queryAs(Label.class).getText()).matches("0,\\d\\d");
        assertThat(robot.lookup("#fairness-rules").queryAs(Label.class).getText()).startsWith("Periode 1 Des 2025");
        assertThat(table.getColumns()).as("the counts name the period they count")
                .filteredOn(c -> "fairness-counted".equals(c.getId())).singleElement()
                .satisfies(c -> assertThat(c.getText()).isEqualTo("Berangkat 1 Des 2025 s.d. 23 Nov 2026"));

        robot.clickOn("#fairness-tab-bars");
        BarChart<?, ?> bars = robot.lookup("#fairness-bars").queryAs(BarChart.class);
        List<? extends XYChart.Data<?, ?>> data = bars.getData().get(0).getData();
        assertThat(data).isNotEmpty();
        assertThat(data.stream().map(XYChart.Data::getNode)
                .filter(n -> n.getStyleClass().contains("fairness-bar-flagged"))).hasSize(3);
        Path png = fx.dbFile.resolveSibling("bars.png");
        fx.dialogs.saveFileToChoose = png;
        robot.clickOn("#fairness-export-png");
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image).as("a PNG file").isNotNull();
        assertThat(image.getWidth()).isBetween(600, 3000);
        assertThat(image.getHeight()).isGreaterThan(data.size() * 20);
        assertThat(fx.dialogs.infos).last().asString().contains("bars.png");

        robot.clickOn("#fairness-tab-lorenz");
        LineChart<?, ?> lorenz = robot.lookup("#fairness-lorenz").queryAs(LineChart.class);
        assertThat(lorenz.getData()).hasSize(2);
        assertThat(lorenz.getData().get(0).getData().size()).isGreaterThan(10);
        assertThat(lorenz.getData().get(1).getData()).hasSize(2);

        robot.clickOn("#fairness-tab-heat");
        Canvas heat = robot.lookup("#fairness-heat").queryAs(Canvas.class);
        assertThat(heat.getWidth()).as("names, 12 months and a total").isGreaterThan(12 * 40);
        assertThat(heat.getHeight()).isGreaterThan(100);

        robot.clickOn("#fairness-tab-notes");
        Node notes = robot.lookup("#fairness-notes").query();
        assertThat(robot.from(notes).lookup(".fairness-note-entry").queryAll()).hasSize(3);

        Path xlsx = fx.dbFile.resolveSibling("keadilan.xlsx");
        fx.dialogs.saveFileToChoose = xlsx;
        robot.clickOn("#fairness-export-xlsx");
        assertThat(fx.dialogs.errors).isEmpty();
        assertThat(Files.size(xlsx)).isGreaterThan(1000);
        assertThat(fx.dialogs.infos).last().asString().contains("keadilan.xlsx");
        try (var zip = new java.util.zip.ZipFile(xlsx.toFile())) {
            assertThat(zip.getEntry("xl/workbook.xml")).as("an XLSX workbook").isNotNull();
        }

        Path pdf = fx.dbFile.resolveSibling("keadilan.pdf");
        fx.dialogs.saveFileToChoose = pdf;
        robot.clickOn("#fairness-export-pdf");
        assertThat(fx.dialogs.errors).isEmpty();
        assertThat(new String(Files.readAllBytes(pdf), 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        assertThat(fx.dialogs.infos).last().asString().contains("keadilan.pdf");
    }

    @Test
    void theMeasureToggleSwitchesTheChartsToDays(FxRobot robot) {
        robot.clickOn("#nav-fairness");
        robot.clickOn("#fairness-tab-bars");
        robot.clickOn("#fairness-measure-days");

        BarChart<?, ?> bars = robot.lookup("#fairness-bars").queryAs(BarChart.class);
        TableView<FairnessService.Row> table = table(robot);
        int mostDays = table.getItems().stream().mapToInt(r -> r.outcome().days()).max().orElseThrow();
        assertThat(((Number) bars.getData().get(0).getData().get(bars.getData().get(0).getData().size() - 1)
                .getXValue()).intValue()).as("the top bar").isEqualTo(mostDays);
        assertThat(robot.lookup(".fairness-tile-caption").queryAllAs(Label.class).stream().map(Label::getText))
                .contains("Gini hari perjalanan");
    }

    @Test
    void aSectionHeadSeesHisSeksiWithOnlyItsFavouriteFlagged(FxRobot robot) {
        signInAs(robot, "kasi");
        robot.clickOn("#nav-fairness");

        @SuppressWarnings("unchecked")
        ComboBox<Unit> unit = robot.lookup("#fairness-unit").queryAs(ComboBox.class);
        assertThat(unit.getValue().code()).isEqualTo("APT.PA");
        TableView<FairnessService.Row> table = table(robot);
        Set<Long> seksi = Set.of(unit.getValue().id());
        assertThat(table.getItems()).isNotEmpty()
                .allSatisfy(r -> assertThat(seksi).contains(r.employee().unitId()));
        // At most the one favourite of Aplikasi Informatika, if he works in this seksi: the one who went most.
        int most = table.getItems().stream().mapToInt(r -> r.outcome().trips()).max().orElseThrow();
        assertThat(flagged(table)).hasSizeLessThanOrEqualTo(1)
                .allSatisfy(r -> assertThat(r.outcome().trips()).isEqualTo(most));
    }

    @Test
    void aPeriodEndingBeforeItStartsIsRefusedBeforeAsking(FxRobot robot) {
        robot.clickOn("#nav-fairness");
        robot.doubleClickOn("#fairness-from").eraseText(12).write("24/11/2026")
                .type(javafx.scene.input.KeyCode.TAB);

        assertThat(robot.lookup("#fairness-problem").queryAs(Label.class).getText())
                .isEqualTo("Tanggal awal 24 Nov 2026 jatuh sesudah tanggal akhir 23 Nov 2026: perbaiki salah satunya.");
        assertThat(robot.lookup("#fairness-analyse").queryAs(Button.class).isDisabled()).isTrue();
    }
}
