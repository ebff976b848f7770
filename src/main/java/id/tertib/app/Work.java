package id.tertib.app;

import id.tertib.domain.Access;
import id.tertib.store.Database;
import id.tertib.store.EmployeeRepository;
import id.tertib.store.SettingRepository;
import id.tertib.store.UnitRepository;
import id.tertib.store.UserRepository;

/** One unit of work: the repositories of one transaction, what the signed-in person may do, and the audit log. */
final class Work {

    private final Database.Tx tx;
    private final Access access;
    private final AuditLog audit;

    Work(Database.Tx tx, Access access, AuditLog audit) {
        this.tx = tx;
        this.access = access;
        this.audit = audit;
    }

    Access access() {
        return access;
    }

    AuditLog audit() {
        return audit;
    }

    UnitRepository units() {
        return tx.units();
    }

    EmployeeRepository employees() {
        return tx.employees();
    }

    SettingRepository settings() {
        return tx.settings();
    }

    UserRepository users() {
        return tx.users();
    }

    Database.Tx store() {
        return tx;
    }
}
