package id.tertib.app;

import id.tertib.domain.DomainException;
import id.tertib.domain.Problem;
import id.tertib.domain.Unit;
import id.tertib.domain.UnitTree;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Use cases on the unit tree. Everyone sees the units in their scope; administrators and HR officers edit. */
public final class UnitService {

    private final Transactions tx;

    UnitService(Transactions tx) {
        this.tx = tx;
    }

    /** The units the signed-in person may see: all, or their own unit and its sub-units. */
    public List<Unit> list() {
        return tx.read(w -> w.units().findAll().stream().filter(u -> w.access().canSeeUnit(u.id())).toList());
    }

    public UnitTree tree() {
        return new UnitTree(list());
    }

    /** Active employees per unit id, counting only each unit's own staff (not its sub-units'). */
    public Map<Long, Integer> activeEmployeeCounts() {
        return tx.read(w -> w.units().activeEmployeeCounts().entrySet().stream()
                .filter(e -> w.access().canSeeUnit(e.getKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
    }

    /** Creates a unit ({@code id} 0) or updates one; refuses duplicate codes and loops in the tree. */
    public Unit save(Unit unit) {
        List<Problem> problems = Unit.check(unit.code(), unit.name());
        if (!problems.isEmpty()) {
            throw new AppException(problems, null);
        }
        Unit clean = new Unit(unit.id(), unit.code().trim(), unit.name().trim(), unit.parentId());
        return tx.write(w -> {
            w.access().require(w.access().canEditStaffData(), "access.staffData");
            var units = w.units();
            units.findByCode(clean.code()).filter(other -> other.id() != clean.id()).ifPresent(other -> {
                throw new DomainException(Problem.of("code", "unit.codeTaken", clean.code(), other.name()));
            });
            if (clean.parentId() != null && units.findById(clean.parentId()).isEmpty()) {
                throw new DomainException(Problem.of("parent", "unit.parentMissing"));
            }
            if (clean.id() == 0) {
                Unit created = units.insert(clean);
                w.audit().unit(null, created, null);
                return created;
            }
            Unit before = units.findById(clean.id())
                    .orElseThrow(() -> new DomainException(Problem.of(null, "unit.notFound")));
            if (new UnitTree(units.findAll()).wouldCreateCycle(clean.id(), clean.parentId())) {
                throw new DomainException(Problem.of("parent", "unit.cycle"));
            }
            units.update(clean);
            w.audit().unit(before, clean, null);
            return clean;
        });
    }

    /** Deletes a unit that has no sub-units, no employees and no accounts. */
    public void delete(long id) {
        tx.write(w -> {
            w.access().require(w.access().canEditStaffData(), "access.staffData");
            var units = w.units();
            Unit unit = units.findById(id).orElseThrow(() -> new DomainException(Problem.of(null, "unit.notFound")));
            if (units.countChildren(id) > 0) {
                throw new DomainException(Problem.of(null, "unit.hasChildren", unit.name()));
            }
            int employees = units.countEmployees(id);
            if (employees > 0) {
                throw new DomainException(Problem.of(null, "unit.hasEmployees", unit.name(), employees));
            }
            if (w.users().countInUnit(id) > 0) {
                throw new DomainException(Problem.of(null, "unit.hasUsers", unit.name()));
            }
            units.delete(id);
            w.audit().unit(unit, null, null);
            return null;
        });
    }
}
