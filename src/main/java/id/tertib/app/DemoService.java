package id.tertib.app;

import id.tertib.domain.DomainException;
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
    /** The demo accounts' shared password, printed in README; only ever set on a demo database. */
    public static final String DEMO_PASSWORD = "demo";
    private static final String REASON = "kantor demo";

    /** What was created. */
    public record Result(int units, int employees) {
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

    public Result fill(long seed, int employees) {
        if (employees < 1 || employees > MAX_EMPLOYEES) {
            throw AppException.of("demo.employeeCount", 1, MAX_EMPLOYEES);
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
            for (DemoOffice.DemoEmployee p : people) {
                EmployeeDraft d = p.draft();
                EmployeeDraft placed = new EmployeeDraft(0, d.number(), d.frontTitle(), d.name(), d.backTitle(),
                        d.gender(), null, d.status(), d.golongan(), d.positionName(), d.positionKind(),
                        units.get(p.unitIndex()).id(), String.valueOf(pin++), true);
                t.audit().employee(null, t.employees().insert(EmployeeRules.check(placed, today)), REASON);
            }
            String hash = Passwords.hash(DEMO_PASSWORD);
            for (DemoOffice.DemoAccount a : DemoOffice.ACCOUNTS) {
                Long unitId = a.unitIndex() < 0 ? null : units.get(a.unitIndex()).id();
                t.audit().user(null, t.users().insert(new UserAccount(0, a.name(), a.fullName(), a.role(), unitId,
                        true), hash), REASON);
            }
            t.settings().put(SettingsService.DEMO, String.valueOf(seed));
            return new Result(units.size(), people.size());
        });
    }
}
