package id.tertib.app;

import id.tertib.domain.DomainException;
import id.tertib.domain.Employee;
import id.tertib.domain.EmployeeDraft;
import id.tertib.domain.EmployeeRules;
import id.tertib.domain.Problem;
import id.tertib.domain.Unit;
import id.tertib.domain.UserAccount;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Fills an empty database with the demo office, so a new user sees a living app at once. */
public final class DemoService {

    public static final long DEFAULT_SEED = 2026;
    public static final int DEFAULT_EMPLOYEES = 120;
    public static final int MAX_EMPLOYEES = 100_000;
    /** Two years of attendance for more people than this would take minutes and gigabytes of memory. */
    public static final int MAX_EMPLOYEES_WITH_ATTENDANCE = 2_000;
    /** The demo accounts' shared password, printed in README; only ever set on a demo database. */
    public static final String DEMO_PASSWORD = "demo";
    private static final String REASON = "kantor demo";

    /**
     * What was created. Without attendance the last four are 0; {@code days} counts every stored day (derived from the
     * punches, TK included, and the sick, permission and leave days recorded), {@code tk} the days of TK among them.
     */
    public record Result(int units, int employees, int holidays, int punches, int days, int tk, LocalDate from,
            LocalDate to, int trips) {

        Result(int units, int employees) {
            this(units, employees, 0, 0, 0, 0, null, null, 0);
        }
    }

    private final Transactions tx;
    private final Clock clock;

    DemoService(Transactions tx, Clock clock) {
        this.tx = tx;
        this.clock = clock;
    }

    /** True when there are no units, employees or accounts yet; asked before anyone can sign in. */
    public boolean isEmpty() {
        return tx.beforeSignIn(t -> t.units().findAll().isEmpty() && t.employees().count() == 0
                && t.users().count() == 0);
    }

    /** The office, its staff and the demo accounts, without attendance: what most tests build on. */
    public Result fill(long seed, int employees) {
        return fill(seed, employees, false, ImportProgress.NONE);
    }

    /**
     * The office as {@link #fill}, and two years of its attendance: the working calendar (holidays, cuti bersama,
     * Ramadan) of the previous and the current year, and machine punches from 1 January of the previous year to
     * yesterday, stored and turned into days the way a machine file is ({@link PunchImport#store}), and the official
     * travel of those two years ({@link DemoTravel}) with its DL days.
     */
    public Result fillWithAttendance(long seed, int employees, ImportProgress progress) {
        return fill(seed, employees, true, progress);
    }

    private Result fill(long seed, int employees, boolean attendance, ImportProgress progress) {
        if (employees < 1 || employees > MAX_EMPLOYEES) {
            throw AppException.of("demo.employeeCount", 1, MAX_EMPLOYEES);
        }
        if (attendance && employees > MAX_EMPLOYEES_WITH_ATTENDANCE) {
            throw AppException.of("demo.attendanceTooLarge", MAX_EMPLOYEES_WITH_ATTENDANCE);
        }
        DemoOffice office = new DemoOffice(seed);
        List<DemoOffice.DemoEmployee> people = office.employees(employees);
        LocalDate today = LocalDate.now(clock);
        return tx.write(t -> {
            if (!t.units().findAll().isEmpty() || t.employees().count() > 0 || t.users().count() > 0) {
                throw new DomainException(Problem.of(null, "demo.notEmpty"));
            }
            List<Unit> units = new ArrayList<>();
            for (DemoOffice.DemoUnit u : DemoOffice.UNITS) {
                Long parent = u.parentIndex() < 0 ? null : units.get(u.parentIndex()).id();
                Unit created = t.units().insert(new Unit(0, u.code(), u.name(), parent));
                t.audit().unit(null, created, REASON);
                units.add(created);
            }
            int pin = 1001;
            List<Employee> staff = new ArrayList<>();
            for (DemoOffice.DemoEmployee p : people) {
                EmployeeDraft d = p.draft();
                EmployeeDraft placed = new EmployeeDraft(0, d.number(), d.frontTitle(), d.name(), d.backTitle(),
                        d.gender(), null, d.status(), d.golongan(), d.positionName(), d.positionKind(),
                        units.get(p.unitIndex()).id(), String.valueOf(pin++), true);
                Employee created = t.employees().insert(EmployeeRules.check(placed, today));
                t.audit().employee(null, created, REASON);
                staff.add(created);
            }
            for (DemoOffice.DemoAccount a : DemoOffice.ACCOUNTS) {
                Long unitId = a.unitIndex() < 0 ? null : units.get(a.unitIndex()).id();
                // Each account its own salted hash: one shared hash would tell that the passwords are the same.
                t.audit().user(null, t.users().insert(new UserAccount(0, a.name(), a.fullName(), a.role(), unitId,
                        true), Passwords.hash(DEMO_PASSWORD)), REASON);
            }
            t.settings().put(SettingsService.DEMO, String.valueOf(seed));
            if (!attendance) {
                return new Result(units.size(), people.size());
            }
            return new DemoAttendanceFill(t, clock, seed, REASON).fill(units, staff, progress)
                    .with(units.size(), people.size());
        });
    }
}
