package id.tertib.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import id.tertib.domain.EmployeeDraft;
import id.tertib.domain.EmploymentStatus;
import id.tertib.domain.Gender;
import id.tertib.domain.PositionKind;
import id.tertib.domain.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Shared set-up for use-case tests: a fixed clock (23 Nov 2026, 10:00 WIB) and a real database file. */
final class AppFixtures {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T03:00:00Z"), ZoneId.of("Asia/Jakarta"));

    static final String NIP_BUDI = "198609262015051001";
    static final String NI_SITI = "199203152022212005";
    static final String NIP_DEWI = "199001012019032002";
    static final String NIP_AGUS = "199805102025011003";

    private AppFixtures() {
    }

    static Tertib open(Path dir) {
        return Tertib.open(dir.resolve("tertib.db"), CLOCK);
    }

    static Path write(Path dir, String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    static EmployeeDraft draft(String number, String name, EmploymentStatus status, Gender gender, String golongan,
            long unitId) {
        return new EmployeeDraft(0, number, "", name, "", gender, null, status, golongan, "Staf",
                PositionKind.PELAKSANA, unitId, null, true);
    }

    static EmployeeDraft renamed(EmployeeDraft d, long id, String name) {
        return new EmployeeDraft(id, d.number(), d.frontTitle(), name, d.backTitle(), d.gender(), d.birthDate(),
                d.status(), d.golongan(), d.positionName(), d.positionKind(), d.unitId(), d.pin(), d.active());
    }

    /** The problems of the AppException the call must throw. */
    static List<Problem> refusal(ThrowingCallable call) {
        AppException e = catchThrowableOfType(AppException.class, call);
        assertThat(e).as("expected the use case to refuse").isNotNull();
        return e.problems();
    }

    static List<String> refusalKeys(ThrowingCallable call) {
        return refusal(call).stream().map(Problem::messageKey).toList();
    }

    /** Runs SQL on the database file through a plain connection, as a later schema version would. */
    static void sql(Path dbFile, String... statements) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dbFile.toAbsolutePath());
                Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.execute(statement);
            }
        }
    }
}
