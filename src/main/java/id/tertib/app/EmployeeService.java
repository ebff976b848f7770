package id.tertib.app;

import id.tertib.domain.DomainException;
import id.tertib.domain.Employee;
import id.tertib.domain.EmployeeDraft;
import id.tertib.domain.EmployeeRules;
import id.tertib.domain.Problem;
import id.tertib.domain.UnitTree;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** Use cases on employees. */
public final class EmployeeService {

    /** What {@link #remove} did: people with records are deactivated, never deleted. */
    public enum Removal { DELETED, DEACTIVATED }

    private final Transactions tx;
    private final Clock clock;

    EmployeeService(Transactions tx, Clock clock) {
        this.tx = tx;
        this.clock = clock;
    }

    /** The employees the signed-in person may see that match the filter. */
    public List<Employee> list(EmployeeFilter filter) {
        return tx.read(w -> {
            var match = filter.asPredicate(new UnitTree(w.units().findAll()));
            return w.employees().findAll().stream()
                    .filter(e -> w.access().canSeeUnit(e.unitId()) && match.test(e)).toList();
        });
    }

    /**
     * Checks the draft against the rules without saving, and its machine PIN against the other active people; the form
     * calls this as the user types.
     */
    public List<Problem> validate(EmployeeDraft draft) {
        Employee e;
        try {
            e = EmployeeRules.check(draft, today());
        } catch (DomainException ex) {
            return ex.problems();
        }
        return tx.read(w -> pinTaken(w, e).map(List::of).orElse(List.of()));
    }

    /**
     * A machine PIN belongs to one active person: a scan under a PIN two people share cannot be given to either, so the
     * next machine import would make the one who was present TK. The problem names the other person.
     */
    static java.util.Optional<Problem> pinTaken(Work w, Employee e) {
        if (!e.active() || e.pin() == null) {
            return java.util.Optional.empty();
        }
        return w.employees().findActiveByPin(e.pin()).stream()
                .filter(other -> other.id() != e.id() && !other.number().equals(e.number())).findFirst()
                .map(other -> Problem.of("pin", "employee.pinTaken", e.pin(), other.name().full(),
                        other.numberGrouped()));
    }

    /** Creates ({@code id} 0) or updates an employee after checking every rule. */
    public Employee save(EmployeeDraft draft) {
        Employee employee = checked(draft);
        return tx.write(w -> store(w, employee, null));
    }

    /** Stores one checked employee with its audit entry; shared with the import. */
    static Employee store(Work w, Employee employee, String reason) {
        w.access().require(w.access().canEditStaffData(), "access.staffData");
        var employees = w.employees();
        employees.findByNumber(employee.number()).filter(other -> other.id() != employee.id()).ifPresent(other -> {
            throw new DomainException(Problem.of("nip", "employee.numberTaken", employee.number(), other.name().full()));
        });
        if (w.units().findById(employee.unitId()).isEmpty()) {
            throw new DomainException(Problem.of("unit", "employee.unitRequired"));
        }
        pinTaken(w, employee).ifPresent(p -> {
            throw new DomainException(p);
        });
        if (employee.id() == 0) {
            Employee created = employees.insert(employee);
            w.audit().employee(null, created, reason);
            return created;
        }
        Employee before = employees.findById(employee.id())
                .orElseThrow(() -> new DomainException(Problem.of(null, "employee.notFound")));
        employees.update(employee);
        w.audit().employee(before, employee, reason);
        return employee;
    }

    /** Deletes an employee without records; deactivates one who has records (attendance, trips, ...). */
    public Removal remove(long id, String reason) {
        return tx.write(w -> {
            w.access().require(w.access().canEditStaffData(), "access.staffData");
            var employees = w.employees();
            Employee e = employees.findById(id)
                    .orElseThrow(() -> new DomainException(Problem.of(null, "employee.notFound")));
            if (employees.countRecords(id) > 0) {
                employees.update(e.withActive(false));
                w.audit().employee(e, e.withActive(false), reason);
                return Removal.DEACTIVATED;
            }
            employees.delete(id);
            w.audit().employee(e, null, reason);
            return Removal.DELETED;
        });
    }

    public void setActive(long id, boolean active, String reason) {
        tx.write(w -> {
            w.access().require(w.access().canEditStaffData(), "access.staffData");
            var employees = w.employees();
            Employee e = employees.findById(id)
                    .orElseThrow(() -> new DomainException(Problem.of(null, "employee.notFound")));
            pinTaken(w, e.withActive(active)).ifPresent(p -> {
                throw new DomainException(p);
            });
            employees.update(e.withActive(active));
            w.audit().employee(e, e.withActive(active), reason);
            return null;
        });
    }

    private Employee checked(EmployeeDraft draft) {
        try {
            return EmployeeRules.check(draft, today());
        } catch (DomainException e) {
            throw new AppException(e.problems(), e);
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
