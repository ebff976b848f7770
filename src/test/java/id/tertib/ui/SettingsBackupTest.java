package id.tertib.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.tertib.app.Backup;
import id.tertib.app.I18n;
import id.tertib.app.Recovery;
import id.tertib.app.Tertib;
import id.tertib.domain.Unit;
import id.tertib.ui.common.DirectTaskExecutor;
import id.tertib.ui.common.UiContext;
import id.tertib.ui.shell.MainView;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The "Cadangan" section of Pengaturan, clicked through with the real database and recorded dialogs. */
@ExtendWith(ApplicationExtension.class)
class SettingsBackupTest {

    private UiFixture fx;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        fx = new UiFixture().withUnits();
        fx.show(stage);
    }

    @SuppressWarnings("unchecked")
    private TableView<Backup> backupTable(FxRobot robot) {
        return robot.lookup("#settings-backup-table").queryAs(TableView.class);
    }

    @Test
    void backUpNowWritesTheChosenFile(FxRobot robot) throws Exception {
        Path target = fx.dbFile.resolveSibling("cadangan-kantor.db");
        fx.dialogs.saveFileToChoose = target;

        robot.clickOn("#nav-settings");
        robot.clickOn("#settings-backup-now");

        assertThat(target).isRegularFile();
        assertThat(Recovery.check(target).file()).isEqualTo(target.toAbsolutePath());
        assertThat(fx.dialogs.saveFileTitles).singleElement().asString().startsWith("Simpan cadangan: test-");
        assertThat(fx.dialogs.infos).singleElement().asString().contains("Cadangan dibuat: " + target.toAbsolutePath());
        assertThat(fx.dialogs.errors).isEmpty();
    }

    @Test
    void restoringTheSelectedBackupReloadsTheScreens(FxRobot robot) {
        Backup automatic = fx.tertib.backups().autoBackupIfDue().orElseThrow();
        fx.tertib.units().save(new Unit(0, "S3", "Seksi Sesudah Cadangan", null));

        robot.clickOn("#nav-settings");
        assertThat(backupTable(robot).getItems()).extracting(Backup::file).containsExactly(automatic.file());
        robot.clickOn(automatic.file().getFileName().toString());
        robot.clickOn("#settings-backup-restore");

        assertThat(fx.dialogs.confirmations).singleElement().asString().startsWith("Pulihkan dari cadangan: Ganti");
        assertThat(fx.dialogs.errors).isEmpty();
        assertThat(fx.tertib.units().list()).extracting(Unit::code).containsExactlyInAnyOrder("DIN", "S1", "S2");
        robot.clickOn("#nav-settings");
        assertThat(backupTable(robot).getItems()).extracting(Backup::kind)
                .containsExactlyInAnyOrder(Backup.Kind.AUTOMATIC, Backup.Kind.BEFORE_RESTORE);
        robot.clickOn("#nav-units");
        assertThat(robot.lookup("Seksi Sesudah Cadangan").tryQuery()).isEmpty();
    }

    @Test
    void aDeclinedRestoreChangesNothing(FxRobot robot) {
        Backup automatic = fx.tertib.backups().autoBackupIfDue().orElseThrow();
        fx.tertib.units().save(new Unit(0, "S3", "Seksi Sesudah Cadangan", null));
        fx.dialogs.answerConfirm = false;

        robot.clickOn("#nav-settings");
        robot.clickOn(automatic.file().getFileName().toString());
        robot.clickOn("#settings-backup-restore");

        assertThat(fx.tertib.units().list()).hasSize(4);
        assertThat(fx.tertib.backups().list()).hasSize(1);
    }

    @Test
    void aSecondWindowOnTheSameDatabaseSaysItIsReadOnly(FxRobot robot) throws Exception {
        Tertib second = Tertib.open(fx.dbFile, UiFixture.CLOCK);
        RecordingDialogs dialogs = new RecordingDialogs();
        robot.interact(() -> {
            MainView main = new MainView(new UiContext(second, new I18n(I18n.INDONESIAN), dialogs,
                    new DirectTaskExecutor()), () -> { });
            stage.setScene(new Scene(main.root(), 1280, 800));
            main.warnIfReadOnly();
        });

        assertThat(robot.lookup("#status-read-only").queryAs(Label.class).getText()).isEqualTo("HANYA BACA");
        assertThat(dialogs.infos).singleElement().asString().startsWith("Hanya baca: Tertib lain sedang membuka");
        robot.clickOn("#nav-settings");
        assertThat(robot.lookup("#settings-backup-restore-other").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(robot.lookup("#settings-backup-now").queryAs(Button.class).isDisabled()).isFalse();
        assertThat(Files.exists(fx.dbFile)).isTrue();
        second.close();
    }
}
