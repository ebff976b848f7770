package id.tertib.ui;

import atlantafx.base.theme.PrimerLight;
import id.tertib.app.DemoService;
import id.tertib.app.I18n;
import id.tertib.app.Tertib;
import id.tertib.domain.Unit;
import id.tertib.ui.common.DirectTaskExecutor;
import id.tertib.ui.common.UiContext;
import id.tertib.ui.shell.MainView;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** Opens the real main window on a fresh SQLite file, with work run at once and dialogs recorded. */
final class UiFixture {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T03:00:00Z"), ZoneId.of("Asia/Jakarta"));

    final Path dbFile;
    final Tertib tertib;
    final RecordingDialogs dialogs = new RecordingDialogs();
    MainView main;

    UiFixture() throws IOException {
        dbFile = Files.createTempDirectory("tertib-ui").resolve("test.db");
        tertib = Tertib.open(dbFile, CLOCK);
    }

    /** A small office: one dinas with two seksi. */
    UiFixture withUnits() {
        Unit dinas = tertib.units().save(new Unit(0, "DIN", "Dinas Uji", null));
        tertib.units().save(new Unit(0, "S1", "Seksi Satu", dinas.id()));
        tertib.units().save(new Unit(0, "S2", "Seksi Dua", dinas.id()));
        return this;
    }

    /** The demo office (units, 120 employees, accounts admin/hr/kasi/viewer), signed in as {@code account}. */
    UiFixture withDemoSignedInAs(String account) {
        return withDemoSignedInAs(account, DemoService.DEFAULT_EMPLOYEES);
    }

    /** The demo office with {@code employees} people, signed in as {@code account}. */
    UiFixture withDemoSignedInAs(String account, int employees) {
        tertib.demo().fill(DemoService.DEFAULT_SEED, employees);
        tertib.auth().signIn(account, DemoService.DEMO_PASSWORD);
        return this;
    }

    void show(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        UiContext ctx = new UiContext(tertib, new I18n(I18n.INDONESIAN), dialogs, new DirectTaskExecutor());
        main = new MainView(ctx, () -> { });
        stage.setScene(new Scene(main.root(), 1280, 800));
        stage.show();
    }
}
