package id.tertib.app;

import id.tertib.domain.DomainException;
import id.tertib.domain.Problem;
import id.tertib.domain.Unit;
import id.tertib.domain.UnitTree;
import java.util.List;

/** Use cases on the unit tree. */
public final class UnitService {

    private final Transactions tx;

    UnitService(Transactions tx) {
        this.tx = tx;
    }

    public List<Unit> list() {
        return tx.read(t -> t.units().findAll());
    }

    public UnitTree tree() {
        return new UnitTree(list());
    }

    /** Active employees per unit id, counting only each unit's own staff (not its sub-units'). */
    public java.util.Map<Long, Integer> activeEmployeeCounts() {
        return tx.read(t -> t.units().activeEmployeeCounts());
    }

    /** Creates a unit ({@code id} 0) or updates one; refuses duplicate codes and loops in the tree. */
    public Unit save(Unit unit) {
        List<Problem> problems = Unit.check(unit.code(), unit.name());
        if (!problems.isEmpty()) {
            throw new AppException(problems, null);
        }
        Unit clean = new Unit(unit.id(), unit.code().trim(), unit.name().trim(), unit.parentId());
        return tx.write(t -> {
            var units = t.units();
            units.findByCode(clean.code()).filter(other -> other.id() != clean.id()).ifPresent(other -> {
                throw new DomainException(Problem.of("code", "unit.codeTaken", clean.code(), other.name()));
            });
            if (clean.parentId() != null && units.findById(clean.parentId()).isEmpty()) {
                throw new DomainException(Problem.of("parent", "unit.parentMissing"));
            }
            if (clean.id() == 0) {
                return units.insert(clean);
            }
            if (units.findById(clean.id()).isEmpty()) {
                throw new DomainException(Problem.of(null, "unit.notFound"));
            }
            if (new UnitTree(units.findAll()).wouldCreateCycle(clean.id(), clean.parentId())) {
                throw new DomainException(Problem.of("parent", "unit.cycle"));
            }
            units.update(clean);
            return clean;
        });
    }

    /** Deletes a unit that has no sub-units and no employees. */
    public void delete(long id) {
        tx.write(t -> {
            var units = t.units();
            Unit unit = units.findById(id).orElseThrow(() -> new DomainException(Problem.of(null, "unit.notFound")));
            if (units.countChildren(id) > 0) {
                throw new DomainException(Problem.of(null, "unit.hasChildren", unit.name()));
            }
            int employees = units.countEmployees(id);
            if (employees > 0) {
                throw new DomainException(Problem.of(null, "unit.hasEmployees", unit.name(), employees));
            }
            units.delete(id);
            return null;
        });
    }
}
