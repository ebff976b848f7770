package id.tertib.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.tertib.app.EmployeeFilter;
import id.tertib.app.ImportIssue;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class ImportDialogTest {

    private UiFixture fx;

    @Start
    void start(Stage stage) throws Exception {
        fx = new UiFixture().withUnits();
        fx.show(stage);
    }

    private Path csv() throws Exception {
        Path file = fx.dbFile.resolveSibling("pegawai.csv");
        Files.writeString(file, String.join("\n",
                "NIP;Nama;Jenis Kelamin;Status;Golongan;Jabatan;Jenis Jabatan;Kode Unit;PIN",
                "198609262015051001;Budi Santoso;L;PNS;III/a;Pranata Komputer;Fungsional;S1;101",
                "198609312015051001;Rina Wati;P;PNS;III/a;Pengadministrasi Umum;Pelaksana;S1;102",
                "199001152015052002;Ani Lestari;P;PNS;III/b;Analis;Fungsional;S2;103"));
        return file;
    }

    @Test
    void previewListsTheBadRowAndStoresTheOthersOnlyAfterConfirming(FxRobot robot) throws Exception {
        fx.dialogs.fileToChoose = csv();
        robot.clickOn("#employee-import");

        TableView<ImportIssue> issues = robot.lookup("#import-issues").queryTableView();
        assertThat(issues.getItems()).singleElement().satisfies(i -> {
            assertThat(i.row()).isEqualTo(3);
            assertThat(i.problem().messageKey()).isEqualTo("nip.birthDate");
        });
        assertThat(robot.lookup("#import-summary").queryAs(Label.class).getText()).startsWith("2 baru");
        assertThat(fx.tertib.employees().list(EmployeeFilter.ALL)).as("nothing before confirming").isEmpty();

        robot.clickOn("#import-confirm");

        assertThat(fx.tertib.employees().list(EmployeeFilter.ALL)).extracting(e -> e.name().name())
                .containsExactlyInAnyOrder("Budi Santoso", "Ani Lestari");
        assertThat(robot.lookup("#employee-table").queryTableView().getItems()).hasSize(2);
        assertThat(fx.dialogs.infos).singleElement().asString().contains("2 pegawai baru");
    }

    @Test
    void cancellingThePreviewStoresNothing(FxRobot robot) throws Exception {
        fx.dialogs.fileToChoose = csv();
        robot.clickOn("#employee-import");
        robot.clickOn("Batal");

        assertThat(fx.tertib.employees().list(EmployeeFilter.ALL)).isEmpty();
    }
}
