package id.tertib.app;

import id.tertib.domain.DomainException;
import id.tertib.domain.Problem;
import id.tertib.domain.Role;
import id.tertib.domain.UserAccount;
import id.tertib.store.UserRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Signing in and out. Five wrong passwords in a row lock an account for {@link #LOCK_TIME}; the message for an
 * unknown name and a wrong password is the same, so the form does not reveal which names exist.
 */
public final class AuthService {

    public static final int MAX_ATTEMPTS = 5;
    public static final Duration LOCK_TIME = Duration.ofMinutes(5);
    /** Checked against when the name is unknown, so that both refusals take the same time. */
    private static final String DUMMY_HASH = Passwords.hash("no such account");

    private final Transactions tx;
    private final Session session;
    private final Clock clock;

    AuthService(Transactions tx, Session session, Clock clock) {
        this.tx = tx;
        this.session = session;
        this.clock = clock;
    }

    /** True once the first account exists; from then on every use case needs a signed-in person. */
    public boolean hasAccounts() {
        return tx.beforeSignIn(w -> w.users().count() > 0);
    }

    public Optional<UserAccount> current() {
        return session.user();
    }

    /** Creates the first administrator of a database that has no accounts yet, and signs them in. */
    public UserAccount createFirstAdmin(String name, String fullName, String password) {
        String clean = UserAccount.normalizeName(name);
        List<Problem> problems = new ArrayList<>(UserAccount.check(clean, Role.ADMINISTRATOR, null));
        problems.addAll(UserAccount.checkPassword(password));
        if (!problems.isEmpty()) {
            throw new AppException(problems, null);
        }
        UserAccount admin = tx.asSystem(clean, w -> {
            if (w.users().count() > 0) {
                throw new DomainException(Problem.of(null, "auth.alreadyInitialised"));
            }
            UserAccount created = w.users().insert(new UserAccount(0, clean, fullName == null ? "" : fullName.trim(),
                    Role.ADMINISTRATOR, null, true), Passwords.hash(password));
            w.audit().user(null, created, null);
            return created;
        });
        session.signIn(admin);
        return admin;
    }

    /**
     * Signs in, or refuses. An unknown name, a wrong password and a locked account get one and the same answer, so
     * that nobody learns from it which names exist (ADR 0005); a disabled account is said so only to someone who
     * gave its right password.
     */
    public UserAccount signIn(String name, String password) {
        String clean = UserAccount.normalizeName(name);
        Instant now = clock.instant();
        Outcome outcome = tx.asSystem(clean, w -> attempt(w.users(), clean, password, now, !tx.readOnly()));
        if (outcome.refusal() != null) {
            throw new AppException(outcome.refusal());
        }
        session.signIn(outcome.account());
        return outcome.account();
    }

    private record Outcome(UserAccount account, Problem refusal) {
    }

    /**
     * Runs in its own transaction so that a failed attempt is counted even though sign-in is refused. A
     * read-only window (another Tertib is the writer) cannot count; the writer's window does.
     */
    private static Outcome attempt(UserRepository users, String name, String password, Instant now, boolean count) {
        Optional<UserRepository.Credentials> found = users.credentials(name);
        if (found.isEmpty()) {
            Passwords.matches(password, DUMMY_HASH); // same time as a real check: names are not revealed
            return new Outcome(null, Problem.of(null, "auth.wrong"));
        }
        UserRepository.Credentials c = found.get();
        if (c.lockedUntil() != null && now.isBefore(c.lockedUntil())) {
            Passwords.matches(password, DUMMY_HASH); // the same time as any other refusal
            return new Outcome(null, Problem.of(null, "auth.wrong"));
        }
        if (!Passwords.matches(password, c.passwordHash())) {
            int failed = c.failedAttempts() + 1;
            boolean lock = count && failed >= MAX_ATTEMPTS;
            if (count) {
                users.recordAttempts(c.account().id(), lock ? 0 : failed, lock ? now.plus(LOCK_TIME) : null);
            }
            return new Outcome(null, Problem.of(null, "auth.wrong"));
        }
        if (!c.account().active()) {
            return new Outcome(null, Problem.of(null, "auth.accountDisabled"));
        }
        if (count && (c.failedAttempts() > 0 || c.lockedUntil() != null)) {
            users.recordAttempts(c.account().id(), 0, null);
        }
        return new Outcome(c.account(), null);
    }

    public void signOut() {
        session.signOut();
    }

}
