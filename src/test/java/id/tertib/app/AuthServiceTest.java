package id.tertib.app;

import static id.tertib.app.AppFixtures.refusalKeys;
import static org.assertj.core.api.Assertions.assertThat;

import id.tertib.domain.Problem;
import id.tertib.domain.Role;
import id.tertib.domain.UserAccount;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuthServiceTest {

    /** A clock the test moves forward, to see a lockout expire. */
    static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-11-23T03:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("Asia/Jakarta");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @TempDir
    Path dir;

    private final MovableClock clock = new MovableClock();
    private Tertib tertib;

    @BeforeEach
    void setUp() {
        tertib = Tertib.open(dir.resolve("t.db"), clock);
    }

    @Test
    void aNewDatabaseHasNoAccountsAndIsOpenForSetUp() {
        assertThat(tertib.auth().hasAccounts()).isFalse();
        assertThat(tertib.units().list()).isEmpty();
    }

    @Test
    void theFirstAdministratorIsCreatedOnceAndSignedIn() {
        UserAccount admin = tertib.auth().createFirstAdmin("  Admin ", "Sri Wahyuni", "rahasia-kantor");

        assertThat(admin.name()).isEqualTo("admin");
        assertThat(admin.role()).isEqualTo(Role.ADMINISTRATOR);
        assertThat(tertib.auth().current()).contains(admin);
        assertThat(refusalKeys(() -> tertib.auth().createFirstAdmin("lain", "", "rahasia-kantor")))
                .containsExactly("auth.alreadyInitialised");
    }

    @Test
    void aShortPasswordIsRefused() {
        assertThat(refusalKeys(() -> tertib.auth().createFirstAdmin("admin", "", "pendek")))
                .containsExactly("user.passwordTooShort");
        assertThat(tertib.auth().hasAccounts()).isFalse();
    }

    @Test
    void onceAccountsExistNothingWorksWithoutSigningIn() {
        tertib.auth().createFirstAdmin("admin", "", "rahasia-kantor");
        tertib.auth().signOut();

        assertThat(refusalKeys(() -> tertib.units().list())).containsExactly("auth.required");
        assertThat(refusalKeys(() -> tertib.audit().verify())).containsExactly("auth.required");
    }

    @Test
    void wrongPasswordAndUnknownNameGiveTheSameMessage() {
        tertib.auth().createFirstAdmin("admin", "", "rahasia-kantor");
        tertib.auth().signOut();

        assertThat(refusalKeys(() -> tertib.auth().signIn("admin", "salah"))).containsExactly("auth.wrong");
        assertThat(refusalKeys(() -> tertib.auth().signIn("tidakada", "salah"))).containsExactly("auth.wrong");
        assertThat(tertib.auth().signIn("ADMIN", "rahasia-kantor").name()).as("names ignore case").isEqualTo("admin");
    }

    @Test
    void fiveWrongPasswordsLockTheAccountForFiveMinutes() {
        tertib.auth().createFirstAdmin("admin", "", "rahasia-kantor");
        tertib.auth().signOut();
        for (int i = 1; i < AuthService.MAX_ATTEMPTS; i++) {
            assertThat(refusalKeys(() -> tertib.auth().signIn("admin", "salah"))).containsExactly("auth.wrong");
        }
        // The lock says nothing an unknown name would not: the same answer, so names cannot be probed.
        List<Problem> unknown = AppFixtures.refusal(() -> tertib.auth().signIn("tidakada", "salah"));
        assertThat(AppFixtures.refusal(() -> tertib.auth().signIn("admin", "salah"))).isEqualTo(unknown);

        assertThat(AppFixtures.refusal(() -> tertib.auth().signIn("admin", "rahasia-kantor")))
                .as("even the right password while locked").isEqualTo(unknown);
        clock.advance(AuthService.LOCK_TIME.plusSeconds(1));
        assertThat(tertib.auth().signIn("admin", "rahasia-kantor").name()).isEqualTo("admin");
    }

    @Test
    void aSuccessfulSignInResetsTheCount() {
        tertib.auth().createFirstAdmin("admin", "", "rahasia-kantor");
        tertib.auth().signOut();
        for (int i = 1; i < AuthService.MAX_ATTEMPTS; i++) {
            refusalKeys(() -> tertib.auth().signIn("admin", "salah"));
        }
        tertib.auth().signIn("admin", "rahasia-kantor");
        tertib.auth().signOut();

        assertThat(refusalKeys(() -> tertib.auth().signIn("admin", "salah"))).containsExactly("auth.wrong");
    }

    @Test
    void anAdministratorResetsAPasswordAndLiftsTheLock() {
        tertib.auth().createFirstAdmin("admin", "", "rahasia-kantor");
        UserAccount hr = tertib.users().create("hr", "Petugas", Role.HR_OFFICER, null, "kata-sandi-1");
        tertib.auth().signOut();
        for (int i = 0; i < AuthService.MAX_ATTEMPTS; i++) {
            refusalKeys(() -> tertib.auth().signIn("hr", "salah"));
        }
        tertib.auth().signIn("admin", "rahasia-kantor");

        tertib.users().resetPassword(hr.id(), "kata-sandi-2");
        tertib.auth().signOut();

        assertThat(tertib.auth().signIn("hr", "kata-sandi-2").role()).isEqualTo(Role.HR_OFFICER);
    }

    @Test
    void aDisabledAccountCannotSignInAndLosesAccessAtOnce() {
        tertib.auth().createFirstAdmin("admin", "", "rahasia-kantor");
        UserAccount hr = tertib.users().create("hr", "Petugas", Role.HR_OFFICER, null, "kata-sandi-1");
        Tertib secondWindow = Tertib.open(dir.resolve("t.db"), clock);
        secondWindow.auth().signIn("hr", "kata-sandi-1");

        tertib.users().update(new UserAccount(hr.id(), hr.name(), hr.fullName(), hr.role(), null, false));

        assertThat(refusalKeys(() -> secondWindow.units().list())).containsExactly("auth.accountDisabled");
        secondWindow.auth().signOut();
        assertThat(refusalKeys(() -> secondWindow.auth().signIn("hr", "kata-sandi-1")))
                .containsExactly("auth.accountDisabled");
    }

    @Test
    void passwordsAreStoredOnlyAsBcryptHashes() throws Exception {
        tertib.auth().createFirstAdmin("admin", "", "rahasia-kantor");

        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("t.db"));
                var rs = c.createStatement().executeQuery("SELECT password_hash FROM app_user")) {
            rs.next();
            assertThat(rs.getString(1)).startsWith("$2a$10$").doesNotContain("rahasia");
        }
        assertThat(java.nio.file.Files.readString(dir.resolve("t.db"), java.nio.charset.StandardCharsets.ISO_8859_1))
                .doesNotContain("rahasia-kantor");
    }
}
