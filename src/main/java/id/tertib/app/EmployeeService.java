package id.tertib.app;

import id.tertib.domain.DomainException;
import id.tertib.domain.Employee;
import id.tertib.domain.EmployeeDraft;
import id.tertib.domain.EmployeeRules;
import id.tertib.domain.Problem;
import id.tertib.domain.UnitTree;
import id.tertib.store.Database;
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

    public List<Employee> list(EmployeeFilter filter) {
        return tx.read(t -> t.employees().findAll().stream()
                .filter(filter.asPredicate(new UnitTree(t.units().findAll()))).toList());
    }

    /** Checks the draft against the rules without saving; the form calls this as the user types. */
    public List<Problem> validate(EmployeeDraft draft) {
        try {
            EmployeeRules.check(draft, today());
            return List.of();
        } catch (DomainException e) {
            return e.problems();
        }
    }

    /** Creates ({@code id} 0) or updates an employee after checking every rule. */
    public Employee save(EmployeeDraft draft) {
        Employee employee = checked(draft);
        return tx.write(t -> store(t, employee));
    }

    static Employee store(Database.Tx t, Employee employee) {
        var employees = t.employees();
        employees.findByNumber(employee.number()).filter(other -> other.id() != employee.id()).ifPresent(other -> {
            throw new DomainException(Problem.of("nip", "employee.numberTaken", employee.number(), other.name().full()));
        });
        if (t.units().findById(employee.unitId()).isEmpty()) {
            throw new DomainException(Problem.of("unit", "employee.unitRequired"));
        }
        if (employee.id() == 0) {
            return employees.insert(employee);
        }
        employees.update(employee);
        return employee;
    }

    /** Deletes an employee without records; deactivates one who has records (attendance, trips, ...). */
    public Removal remove(long id) {
        return tx.write(t -> {
            var employees = t.employees();
            Employee e = employees.findById(id)
                    .orElseThrow(() -> new DomainException(Problem.of(null, "employee.notFound")));
            if (employees.countRecords(id) > 0) {
                employees.update(e.withActive(false));
                return Removal.DEACTIVATED;
            }
            employees.delete(id);
            return Removal.DELETED;
        });
    }

    public void setActive(long id, boolean active) {
        tx.write(t -> {
            var employees = t.employees();
            Employee e = employees.findById(id)
                    .orElseThrow(() -> new DomainException(Problem.of(null, "employee.notFound")));
            employees.update(e.withActive(active));
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
