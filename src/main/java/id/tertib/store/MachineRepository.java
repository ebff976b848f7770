package id.tertib.store;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jdbi.v3.core.Handle;

/** Fingerprint machines by name and the units each serves (tables {@code machine}, {@code machine_unit}). */
public final class MachineRepository {

    /** A machine as stored: its name as first written and the ids of the units it serves. */
    public record Machine(long id, String name, Set<Long> unitIds) {
        public Machine {
            unitIds = Set.copyOf(unitIds);
        }
    }

    private final Handle handle;

    MachineRepository(Handle handle) {
        this.handle = handle;
    }

    /** The machine of that name, whatever its case. */
    public Optional<Machine> find(String name) {
        return handle.createQuery("SELECT id, name FROM machine WHERE LOWER(name) = LOWER(:name)").bind("name", name)
                .map((rs, ctx) -> new Machine(rs.getLong("id"), rs.getString("name"), units(rs.getLong("id"))))
                .findOne();
    }

    /** Every machine by name, in name order. */
    public Map<String, Set<Long>> all() {
        Map<String, Set<Long>> out = new LinkedHashMap<>();
        List<Machine> machines = handle.createQuery("SELECT id, name FROM machine ORDER BY LOWER(name)")
                .map((rs, ctx) -> new Machine(rs.getLong("id"), rs.getString("name"), Set.of())).list();
        for (Machine m : machines) {
            out.put(m.name(), units(m.id()));
        }
        return out;
    }

    /** Stores the machine (new under that name, or the one of that name) serving exactly {@code unitIds}. */
    public Machine save(String name, Collection<Long> unitIds) {
        long id = find(name).map(Machine::id).orElseGet(() -> handle
                .createUpdate("INSERT INTO machine (name) VALUES (:name)").bind("name", name)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
        handle.createUpdate("DELETE FROM machine_unit WHERE machine_id = :id").bind("id", id).execute();
        for (long unit : new TreeSet<>(unitIds)) {
            handle.createUpdate("INSERT INTO machine_unit (machine_id, unit_id) VALUES (:m, :u)").bind("m", id)
                    .bind("u", unit).execute();
        }
        return find(name).orElseThrow();
    }

    private Set<Long> units(long machineId) {
        return new TreeSet<>(handle.createQuery("SELECT unit_id FROM machine_unit WHERE machine_id = :id")
                .bind("id", machineId).mapTo(Long.class).list());
    }
}
