package id.tertib.app;

import id.tertib.store.Database;
import id.tertib.store.DatabaseLock;
import id.tertib.store.PrivateFiles;
import id.tertib.store.StoreException;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;

/**
 * The application's use cases on one database, wired once. The GUI and the CLI create one of these and
 * talk to nothing below it.
 */
public final class Tertib implements AutoCloseable {

    private final Path databaseFile;
    private final OutputFiles outputs;
    private final UnitService units;
    private final EmployeeService employees;
    private final EmployeeImport employeeImport;
    private final UnitImport unitImport;
    private final SettingsService settings;
    private final DemoService demo;
    private final AuthService auth;
    private final UserService users;
    private final AuditService audit;
    private final BackupService backups;
    private final CalendarService calendar;
    private final AttendanceService attendance;
    private final RecapService recap;
    private final DailyImport dailyImport;
    private final PunchImport punchImport;
    private final ScheduleService schedules;
    private final LeaveService leave;
    private final TravelService travel;
    private final FairnessService fairness;
    private final TravelImport travelImport;
    private final DisciplineService discipline;
    private final PerformanceService performance;
    private final TimelineService timeline;
    private final boolean readOnly;
    private DatabaseLock lock;

    private Tertib(Database db, Clock clock, DatabaseLock lock) {
        Session session = new Session();
        Transactions tx = new Transactions(db, session, clock);
        this.outputs = new OutputFiles(db.file());
        this.auth = new AuthService(tx, session, clock);
        this.users = new UserService(tx);
        this.audit = new AuditService(tx);
        this.calendar = new CalendarService(tx);
        this.attendance = new AttendanceService(tx, clock);
        this.punchImport = new PunchImport(tx, clock);
        this.schedules = new ScheduleService(tx);
        this.leave = new LeaveService(tx, clock);
        this.travel = new TravelService(tx, clock);
        this.fairness = new FairnessService(tx, clock, outputs);
        this.travelImport = new TravelImport(tx);
        this.discipline = new DisciplineService(tx, clock, outputs);
        this.performance = new PerformanceService(tx);
        this.timeline = new TimelineService(tx, clock);
        this.databaseFile = db.file();
        this.units = new UnitService(tx);
        this.employees = new EmployeeService(tx, clock);
        this.employeeImport = new EmployeeImport(tx, clock);
        this.unitImport = new UnitImport(tx);
        this.settings = new SettingsService(tx);
        this.recap = new RecapService(tx, clock, settings, outputs);
        this.dailyImport = new DailyImport(tx, clock);
        this.demo = new DemoService(tx, clock);
        this.lock = lock;
        this.readOnly = db.isReadOnly();
        this.backups = new BackupService(tx, db.file(), clock, this::isReadOnly, outputs);
    }

    /**
     * Opens (creating and migrating as needed) the database at {@code file}, holding its write lock until
     * {@link #close}. When another Tertib holds the lock, the database is opened read-only instead
     * ({@link #isReadOnly}). A damaged database ({@code PRAGMA quick_check}) is refused with a
     * {@link DamagedDatabaseException} naming the newest good backup.
     */
    public static Tertib open(Path file, Clock clock) {
        Path db = file.toAbsolutePath();
        DatabaseLock held = null;
        boolean opened = false;
        try {
            createPrivateFolder(db);
            held = DatabaseLock.tryAcquire(db).orElse(null);
            Tertib tertib;
            if (held == null) {
                tertib = new Tertib(Database.openReadOnly(db), clock, null);
            } else {
                PrivateFiles.createFile(db);
                tertib = new Tertib(Database.open(db), clock, held);
            }
            opened = true;
            return tertib;
        } catch (IOException e) {
            throw AppException.of("store.cannotWrite", db);
        } catch (StoreException e) {
            if ("store.damaged".equals(e.messageKey())) {
                throw Recovery.damaged(db, clock, e);
            }
            throw Transactions.translate(e);
        } finally {
            if (!opened && held != null) {
                held.close();
            }
        }
    }

    /** The folder is made private when Tertib creates it, and always when it is the default data folder. */
    private static void createPrivateFolder(Path db) {
        Path folder = db.getParent();
        try {
            PrivateFiles.createFolders(folder);
        } catch (IOException e) {
            throw new StoreException("store.cannotCreateFolder", e, folder);
        }
        if (folder.equals(DataLocation.defaultDatabase().toAbsolutePath().getParent())) {
            PrivateFiles.restrictFolder(folder);
        }
    }

    /** True when another Tertib had the database open: reads work, every write is refused. */
    public boolean isReadOnly() {
        return readOnly;
    }

    /** Refuses at once, with the same message as a refused write, when the database is open read-only. */
    public void requireWritable() {
        if (readOnly) {
            throw AppException.of("store.openElsewhere", databaseFile);
        }
    }

    /** Releases the write lock (another Tertib may then write); the auto-backup comes before this. */
    @Override
    public synchronized void close() {
        if (lock != null) {
            lock.close();
            lock = null;
        }
    }

    public BackupService backups() {
        return backups;
    }

    public Path databaseFile() {
        return databaseFile;
    }

    public TimelineService timeline() {
        return timeline;
    }

    public PerformanceService performance() {
        return performance;
    }

    /** Where files the user names may be written (exports, backups): one check for the window and the command line. */
    public OutputFiles outputs() {
        return outputs;
    }

    public DisciplineService discipline() {
        return discipline;
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

    public PunchImport punchImport() {
        return punchImport;
    }

    public AttendanceService attendance() {
        return attendance;
    }

    public RecapService recap() {
        return recap;
    }

    public DailyImport dailyImport() {
        return dailyImport;
    }

    public ScheduleService schedules() {
        return schedules;
    }

    public LeaveService leave() {
        return leave;
    }

    public TravelService travel() {
        return travel;
    }

    public FairnessService fairness() {
        return fairness;
    }

    public TravelImport travelImport() {
        return travelImport;
    }

    public CalendarService calendar() {
        return calendar;
    }
}
