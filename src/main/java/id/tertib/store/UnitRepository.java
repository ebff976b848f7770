package id.tertib.store;

import id.tertib.domain.Unit;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

/** Units, stored in table {@code unit}. */
public final class UnitRepository {

    private static final RowMapper<Unit> MAPPER = (rs, ctx) -> new Unit(
            rs.getLong("id"), rs.getString("code"), rs.getString("name"),
            rs.getObject("parent_id") == null ? null : rs.getLong("parent_id"));

    private final Handle handle;

    UnitRepository(Handle handle) {
        this.handle = handle;
    }

    public List<Unit> findAll() {
        return handle.createQuery("SELECT id, code, name, parent_id FROM unit ORDER BY code").map(MAPPER).list();
    }

    /** Finds a unit by code regardless of case: codes differ by more than case (migration V3). */
    public Optional<Unit> findByCode(String code) {
        return handle.createQuery("SELECT id, code, name, parent_id FROM unit WHERE LOWER(code) = LOWER(:code)")
                .bind("code", code).map(MAPPER).findOne();
    }

    public Optional<Unit> findById(long id) {
        return handle.createQuery("SELECT id, code, name, parent_id FROM unit WHERE id = :id")
                .bind("id", id).map(MAPPER).findOne();
    }

    /** Inserts the unit and returns it with its new id. */
    public Unit insert(Unit unit) {
        long id = handle.createUpdate("INSERT INTO unit (code, name, parent_id) VALUES (:code, :name, :parent)")
                .bind("code", unit.code()).bind("name", unit.name()).bind("parent", unit.parentId())
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        return new Unit(id, unit.code(), unit.name(), unit.parentId());
    }

    public void update(Unit unit) {
        handle.createUpdate("UPDATE unit SET code = :code, name = :name, parent_id = :parent WHERE id = :id")
                .bind("code", unit.code()).bind("name", unit.name()).bind("parent", unit.parentId())
                .bind("id", unit.id()).execute();
    }

    public void delete(long id) {
        handle.createUpdate("DELETE FROM unit WHERE id = :id").bind("id", id).execute();
    }

    public int countChildren(long id) {
        return handle.createQuery("SELECT COUNT(*) FROM unit WHERE parent_id = :id").bind("id", id)
                .mapTo(Integer.class).one();
    }

    /** Active employees per unit id (units without any are absent). */
    public java.util.Map<Long, Integer> activeEmployeeCounts() {
        java.util.Map<Long, Integer> counts = new java.util.HashMap<>();
        handle.createQuery("SELECT unit_id, COUNT(*) AS n FROM employee WHERE active = TRUE GROUP BY unit_id")
                .map((rs, ctx) -> java.util.Map.entry(rs.getLong("unit_id"), rs.getInt("n")))
                .forEach(e -> counts.put(e.getKey(), e.getValue()));
        return counts;
    }

    public int countEmployees(long id) {
        return handle.createQuery("SELECT COUNT(*) FROM employee WHERE unit_id = :id").bind("id", id)
                .mapTo(Integer.class).one();
    }
}
