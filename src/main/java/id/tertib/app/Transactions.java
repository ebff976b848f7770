package id.tertib.app;

import id.tertib.domain.Access;
import id.tertib.domain.DomainException;
import id.tertib.domain.Problem;
import id.tertib.domain.UnitTree;
import id.tertib.domain.UserAccount;
import id.tertib.store.Database;
import id.tertib.store.StoreException;
import java.time.Clock;
import java.util.List;

/**
 * The one door through which use cases touch the database. Each unit of work learns here who is signed in and
 * what they may do ({@link Access}), and writes its audit entries in the same transaction as its changes.
 */
final class Transactions {

    /** Work done with one {@link Work}. */
    @FunctionalInterface
    interface Job<T> {
        T run(Work work);
    }

    private final Database db;
    private final Session session;
    private final Clock clock;

    Transactions(Database db, Session session, Clock clock) {
        this.db = db;
        this.session = session;
        this.clock = clock;
    }

    <T> T write(Job<T> job) {
        return guarded(() -> db.inTransaction(tx -> job.run(work(tx))));
    }

    <T> T read(Job<T> job) {
        return guarded(() -> db.read(tx -> job.run(work(tx))));
    }

    /**
     * For signing in: no one is signed in yet, so no access is checked; {@code actor} names who acts. On a
     * read-only database (another Tertib is the writer) this runs as a read, so signing in still works there.
     */
    <T> T asSystem(String actor, Job<T> job) {
        Database.TxWork<T> work = tx -> job.run(new Work(tx, Access.setup(), new AuditLog(tx, actor, clock)));
        return guarded(() -> db.isReadOnly() ? db.read(work) : db.inTransaction(work));
    }

    /** Work that reveals nothing and may run before anyone signs in (language, emptiness, the demo mark). */
    <T> T beforeSignIn(Job<T> job) {
        return asSystem(SYSTEM, job);
    }

    /** The actor of work nobody in particular does. */
    static final String SYSTEM = "system";

    boolean readOnly() {
        return db.isReadOnly();
    }

    /**
     * Refuses at once when another Tertib is the writer: an import says so before it reads and checks a whole file
     * (seconds for a large one), not only when it would store.
     */
    void requireWritable() {
        if (db.isReadOnly()) {
            throw AppException.of("store.openElsewhere", db.file());
        }
    }

    private Work work(Database.Tx tx) {
        Access access = access(tx);
        return new Work(tx, access, new AuditLog(tx, access.actor(), clock));
    }

    /**
     * A database without accounts is being set up and is open to whoever set it up. Once accounts exist, every
     * unit of work needs a signed-in, still active account; its role and unit are read afresh each time, so a
     * change by the administrator takes effect at once.
     */
    private Access access(Database.Tx tx) {
        if (tx.users().count() == 0) {
            return Access.setup();
        }
        long id = session.user().map(UserAccount::id)
                .orElseThrow(() -> new DomainException(Problem.of(null, "auth.required")));
        UserAccount current = tx.users().findById(id).filter(UserAccount::active)
                .orElseThrow(() -> new DomainException(Problem.of(null, "auth.accountDisabled")));
        return Access.of(current, new UnitTree(tx.units().findAll()));
    }

    private static <T> T guarded(java.util.function.Supplier<T> call) {
        try {
            return call.get();
        } catch (StoreException e) {
            throw translate(e);
        } catch (DomainException e) {
            throw new AppException(e.problems(), e);
        }
    }

    static AppException translate(StoreException e) {
        return new AppException(List.of(Problem.of(null, e.messageKey(), e.args())), e);
    }
}
