package id.tertib.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.tertib.app.CaseFile;
import id.tertib.app.DemoService;
import id.tertib.app.DisciplineRow;
import id.tertib.app.ImportProgress;
import id.tertib.domain.discipline.Level;
import id.tertib.domain.discipline.StepKind;
import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The HR officer on the demo office (23 Nov 2026): the worst case of the year is a ten-day run whose days open from its
 * figure; a person with a written warning gets a case opened from the assessment, is summoned, and the examination
 * record (BAP) is drafted with the facts and edited, and the case file is exported as PDF with the step and the edited
 * BAP in it; the overdue demo case stands out in the case list.
 */
@ExtendWith(ApplicationExtension.class)
class DisciplineScreenTest {

    @TempDir
    Path dir;
    private UiFixture fx;

    @Start
    void start(Stage stage) throws Exception {
        fx = new UiFixture();
        fx.tertib.demo().fillWithAttendance(DemoService.DEFAULT_SEED, DemoService.DEFAULT_EMPLOYEES,
                ImportProgress.NONE);
        fx.tertib.auth().signIn("hr", DemoService.DEMO_PASSWORD);
        fx.show(stage);
    }

    @SuppressWarnings("unchecked")
    private static <T> TableView<T> table(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(TableView.class);
    }

    @Test
    void figuresOpenTheirDaysACaseIsOpenedSummonedAndItsBapDrafted(FxRobot robot) throws Exception {
        robot.clickOn("#nav-discipline");
        TableView<DisciplineRow> rows = table(robot, "#discipline-table");
        assertThat(rows.getItems()).isNotEmpty();
        DisciplineRow first = rows.getItems().get(0);
        assertThat(first.assessment().byRun()).as("the ten-day run is the worst of the year").isTrue();

        robot.interact(() -> rows.getSelectionModel().select(0));
        assertThat(robot.lookup("#discipline-fig-run").queryAs(Hyperlink.class).getText()).startsWith("10 hari");
        robot.clickOn("#discipline-fig-run");
        ListView<String> days = robot.lookup("#discipline-days").queryAs(ListView.class);
        assertThat(days.getItems()).hasSize(10);
        assertThat(days.getItems().get(0)).contains("19 Okt 2026", "TK");
        robot.clickOn("#discipline-fig-converted");
        assertThat(days.getItems().get(1)).contains(": 450 =");

        DisciplineRow warned = rows.getItems().stream().filter(r -> r.assessment().level().orElse(null) == Level.RINGAN
                && r.openCaseId().isEmpty()).findFirst().orElseThrow();
        robot.interact(() -> rows.getSelectionModel().select(warned));
        Button open = robot.lookup("#discipline-case").queryAs(Button.class);
        assertThat(open.isDisabled()).isFalse();
        robot.interact(open::fire); // below the figures; the side panel scrolls
        assertThat(fx.dialogs.confirmations).anySatisfy(c -> assertThat(c).contains(warned.person().name().full()));

        TableView<CaseFile> cases = table(robot, "#case-table");
        CaseFile opened = cases.getSelectionModel().getSelectedItem();
        assertThat(opened.person().id()).isEqualTo(warned.person().id());
        assertThat(robot.lookup("#case-title").queryAs(Label.class).getText()).contains(warned.person().name().full());
        assertThat(robot.lookup("#case-deadline").queryAs(Label.class).getText()).contains("panggilan I");

        robot.clickOn("#case-step-document").write("800/150/BKPSDM/2026");
        robot.clickOn("#case-step-record");
        assertThat(robot.lookup("#case-message").queryAs(Label.class).getText()).contains("Panggilan I");
        assertThat(robot.lookup("#case-deadline").queryAs(Label.class).getText()).contains("paling lambat");
        assertThat(fx.tertib.discipline().caseFile(opened.c().id()).c().steps()).extracting(s -> s.kind())
                .containsExactly(StepKind.SUMMONS_1);

        fx.dialogs.textEdits.add("BERITA ACARA PEMERIKSAAN (diedit)");
        // Below the fold of the case panel: pressed as the keyboard would, without scrolling the robot there.
        robot.interact(() -> robot.lookup("#case-letter-bap").queryAs(Button.class).fire());
        assertThat(fx.dialogs.textsToEdit.get(0)).startsWith("BERITA ACARA PEMERIKSAAN")
                .contains(warned.person().name().full(), "hari kerja");
        assertThat(fx.tertib.discipline().letter(opened.c().id(), id.tertib.domain.discipline.LetterKind.BAP,
                java.util.Locale.forLanguageTag("id"))).isEqualTo("BERITA ACARA PEMERIKSAAN (diedit)");

        Path pdf = dir.resolve("berkas.pdf");
        fx.dialogs.saveFileToChoose = pdf;
        robot.interact(() -> robot.lookup("#case-export-dossier").queryAs(Button.class).fire());
        assertThat(robot.lookup("#case-message").queryAs(Label.class).getText()).contains("berkas.pdf");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Berkas Pemeriksaan Disiplin",
                    warned.person().name().full(), "Panggilan I", "800/150/BKPSDM/2026",
                    "BERITA ACARA PEMERIKSAAN (diedit)");
        }

        assertThat(cases.getItems()).anySatisfy(f -> assertThat(f.overdue()).isTrue());
    }
}
