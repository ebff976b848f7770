package id.tertib.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.tertib.domain.Employee;
import id.tertib.domain.attendance.Holiday;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** What a new HR officer does first: import the fingerprint machine's file, then export the month's recap. */
@ExtendWith(ApplicationExtension.class)
class MachineImportAndRecapTest {

    private UiFixture fx;

    @Start
    void start(Stage stage) throws Exception {
        fx = new UiFixture().withDemoSignedInAs("hr");
        if (!fx.tertib.calendar().years().contains(2026)) {
            fx.tertib.calendar().save(new Holiday(LocalDate.of(2026, 12, 25), "Hari Raya Natal",
                    Holiday.HolidayKind.NATIONAL));
        }
        fx.show(stage);
    }

    private Path attlog() throws Exception {
        Path file = fx.dbFile.resolveSibling("X100_attlog.dat");
        Files.writeString(file, "No\tDateTime\tDevice\tState\tVerify\tWorkcode\n"
                + "     1001\t2026-11-23 07:21:14\t1\t0\t1\t0\n"
                + "     1001\t2026-11-23 07:21:14\t1\t0\t1\t0\n"
                + "     1002\t2026-11-23 07:34:02\t1\t1\t1\t0\n"
                + "     7777\t2026-11-23 07:10:00\t1\t0\t1\t0\n");
        return file;
    }

    private Employee byPin(String pin) {
        return fx.tertib.employees().list(id.tertib.app.EmployeeFilter.ALL).stream()
                .filter(e -> pin.equals(e.pin())).findFirst().orElseThrow();
    }

    @Test
    void importsAMachineFileThenExportsTheRecap(FxRobot robot) throws Exception {
        fx.dialogs.fileToChoose = attlog();
        robot.clickOn("#nav-attendance");
        robot.clickOn("#punch-import");

        assertThat(robot.lookup("#punch-summary").queryAs(Label.class).getText())
                .startsWith("4 pindaian dibaca: 2 baru, 1 duplikat dilewati, 1 ditolak");
        assertThat(robot.lookup("#punch-rejected").queryTableView().getItems()).hasSize(1);
        robot.clickOn("#punch-confirm");

        assertThat(fx.dialogs.infos).last().asString().contains("Selesai: 4 dibaca, 2 disimpan");
        Employee late = byPin("1002");
        var day = fx.tertib.attendance().month(late.unitId(), YearMonth.of(2026, 11))
                .record(late.id(), LocalDate.of(2026, 11, 23)).orElseThrow();
        assertThat(day.code()).isEqualTo("TL");
        assertThat(day.lateMinutes()).isEqualTo(4);

        Path out = fx.dbFile.resolveSibling("rekap.csv");
        fx.dialogs.saveFileToChoose = out;
        robot.clickOn("#recap-export");

        List<String> lines = Files.readAllLines(out);
        assertThat(lines.get(0)).startsWith("nip,name,1,2,").endsWith(",30,hadir,tl_minutes,psw_minutes,sakit,izin,cuti,dl,tk,incomplete_days");
        assertThat(fx.dialogs.infos).last().asString().contains("rekap.csv");
    }

    @Test
    void thePreviewNamesTheUnitsTheMachineServesAndTheDialogChangesAndRemembersThem(FxRobot robot) throws Exception {
        fx.dialogs.fileToChoose = attlog();
        robot.clickOn("#nav-attendance");
        robot.clickOn("#punch-import");

        assertThat(robot.lookup("#punch-scope").queryAs(Label.class).getText())
                .contains("Mesin X100 belum punya unit tetap", "Pegawai unit lain tidak tersentuh");
        robot.clickOn("#punch-units");
        robot.clickOn("#machine-unit-IKP");
        robot.clickOn("#machine-apply");

        assertThat(robot.lookup("#punch-scope").queryAs(Label.class).getText())
                .contains("Mesin X100 melayani unit yang ditetapkan sekarang", "IKP (");
        robot.clickOn("#punch-confirm");

        assertThat(fx.tertib.punchImport().machines()).containsKey("X100");
        assertThat(fx.tertib.punchImport().machines().get("X100")).contains("IKP");
    }

    @Test
    void stoppingTheImportOrCancellingThePreviewStoresNothing(FxRobot robot) throws Exception {
        fx.dialogs.fileToChoose = attlog();
        robot.clickOn("#nav-attendance");
        robot.clickOn("#punch-import");
        robot.clickOn("Batal");

        Employee early = byPin("1001");
        assertThat(fx.tertib.attendance().month(early.unitId(), YearMonth.of(2026, 11))
                .record(early.id(), LocalDate.of(2026, 11, 23))).isEmpty();
    }
}
