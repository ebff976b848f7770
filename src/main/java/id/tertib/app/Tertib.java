package id.tertib.app;

import id.tertib.store.Database;
import id.tertib.store.StoreException;
import java.nio.file.Path;
import java.time.Clock;

/**
 * The application's use cases on one database, wired once. The GUI and the CLI create one of these and
 * talk to nothing below it.
 */
public final class Tertib {

    private final Path databaseFile;
    private final UnitService units;
    private final EmployeeService employees;
    private final EmployeeImport employeeImport;
    private final UnitImport unitImport;
    private final SettingsService settings;
    private final DemoService demo;
    private final AuthService auth;
    private final UserService users;
    private final AuditService audit;

    private Tertib(Database db, Clock clock) {
        Session session = new Session();
        Transactions tx = new Transactions(db, session, clock);
        this.auth = new AuthService(tx, session, clock);
        this.users = new UserService(tx);
        this.audit = new AuditService(tx);
        this.databaseFile = db.file();
        this.units = new UnitService(tx);
        this.employees = new EmployeeService(tx, clock);
        this.employeeImport = new EmployeeImport(tx, clock);
        this.unitImport = new UnitImport(tx);
        this.settings = new SettingsService(tx);
        this.demo = new DemoService(tx, clock);
    }

    /** Opens (creating and migrating as needed) the database at {@code file}. */
    public static Tertib open(Path file, Clock clock) {
        try {
            return new Tertib(Database.open(file), clock);
        } catch (StoreException e) {
            throw Transactions.translate(e);
        }
    }

    public Path databaseFile() {
        return databaseFile;
    }

    public UnitService units() {
        return units;
    }

    public EmployeeService employees() {
        return employees;
    }

    public EmployeeImport employeeImport() {
        return employeeImport;
    }

    public UnitImport unitImport() {
        return unitImport;
    }

    public SettingsService settings() {
        return settings;
    }

    public DemoService demo() {
        return demo;
    }

    public AuthService auth() {
        return auth;
    }

    public UserService users() {
        return users;
    }

    public AuditService audit() {
        return audit;
    }
}
