package id.tertib.app;

import id.tertib.domain.DomainException;
import id.tertib.store.Database;
import id.tertib.store.StoreException;
import id.tertib.domain.Problem;
import java.util.List;

/**
 * The one door through which use cases touch the database. Every write goes through {@link #write}, so
 * the audit trail and permission checks can be added here once for all use cases.
 */
final class Transactions {

    private final Database db;

    Transactions(Database db) {
        this.db = db;
    }

    <T> T write(Database.TxWork<T> work) {
        try {
            return db.inTransaction(work);
        } catch (StoreException e) {
            throw translate(e);
        } catch (DomainException e) {
            throw new AppException(e.problems(), e);
        }
    }

    <T> T read(Database.TxWork<T> work) {
        try {
            return db.read(work);
        } catch (StoreException e) {
            throw translate(e);
        }
    }

    static AppException translate(StoreException e) {
        return new AppException(List.of(Problem.of(null, e.messageKey(), e.args())), e);
    }
}
