package id.tertib.store;

import id.tertib.domain.Employee;
import id.tertib.domain.EmploymentStatus;
import id.tertib.domain.Gender;
import id.tertib.domain.Golongan;
import id.tertib.domain.PersonName;
import id.tertib.domain.PositionKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Update;

/** Employees, stored in table {@code employee}. */
public final class EmployeeRepository {

    private static final String COLUMNS = "id, number, front_title, name, back_title, gender, birth_date, status, "
            + "golongan, position_name, position_kind, unit_id, pin, active, appointed_on";

    private static final RowMapper<Employee> MAPPER = (rs, ctx) -> {
        EmploymentStatus status = EmploymentStatus.valueOf(rs.getString("status"));
        String golongan = rs.getString("golongan");
        return new Employee(
                rs.getLong("id"),
                rs.getString("number"),
                new PersonName(rs.getString("front_title"), rs.getString("name"), rs.getString("back_title")),
                Gender.valueOf(rs.getString("gender")),
                LocalDate.parse(rs.getString("birth_date")),
                status,
                golongan == null ? null : Golongan.parse(golongan, status).orElse(null),
                rs.getString("position_name"),
                PositionKind.valueOf(rs.getString("position_kind")),
                rs.getLong("unit_id"),
                rs.getString("pin"),
                rs.getBoolean("active"),
                rs.getString("appointed_on") == null ? null : LocalDate.parse(rs.getString("appointed_on")));
    };

    private final Handle handle;

    EmployeeRepository(Handle handle) {
        this.handle = handle;
    }

    public List<Employee> findAll() {
        return handle.createQuery("SELECT " + COLUMNS + " FROM employee ORDER BY name, number").map(MAPPER).list();
    }

    /** The employees of the given units, ordered as {@link #findAll}: a unit's month need not load the agency. */
    public List<Employee> findInUnits(java.util.Collection<Long> unitIds) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return handle.createQuery("SELECT " + COLUMNS + " FROM employee WHERE unit_id IN (<units>) ORDER BY name, number")
                .bindList("units", List.copyOf(unitIds)).map(MAPPER).list();
    }

    public Optional<Employee> findById(long id) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM employee WHERE id = :id").bind("id", id)
                .map(MAPPER).findOne();
    }

    public Optional<Employee> findByNumber(String number) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM employee WHERE number = :number")
                .bind("number", number).map(MAPPER).findOne();
    }

    /** The active people enrolled on the machines under {@code pin} (one, unless older data says otherwise). */
    public List<Employee> findActiveByPin(String pin) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM employee WHERE pin = :pin AND active = 1 ORDER BY id")
                .bind("pin", pin).map(MAPPER).list();
    }

    public int count() {
        return handle.createQuery("SELECT COUNT(*) FROM employee").mapTo(Integer.class).one();
    }

    /** Inserts the employee and returns it with its new id. */
    public Employee insert(Employee e) {
        Update update = handle.createUpdate("INSERT INTO employee (number, front_title, name, back_title, gender, "
                + "birth_date, status, golongan, position_name, position_kind, unit_id, pin, active, appointed_on) VALUES "
                + "(:number, :frontTitle, :name, :backTitle, :gender, :birthDate, :status, :golongan, :positionName, "
                + ":positionKind, :unitId, :pin, :active, :appointedOn)");
        long id = bind(update, e).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        return e.withId(id);
    }

    public void update(Employee e) {
        Update update = handle.createUpdate("UPDATE employee SET number = :number, front_title = :frontTitle, "
                + "name = :name, back_title = :backTitle, gender = :gender, birth_date = :birthDate, status = :status, "
                + "golongan = :golongan, position_name = :positionName, position_kind = :positionKind, "
                + "unit_id = :unitId, pin = :pin, active = :active, appointed_on = :appointedOn WHERE id = :id");
        bind(update, e).bind("id", e.id()).execute();
    }

    public void delete(long id) {
        handle.createUpdate("DELETE FROM employee WHERE id = :id").bind("id", id).execute();
    }

    /**
     * How many rows in other tables refer to this employee (attendance, trips, notes, ... as later
     * migrations add them). Found from the schema's foreign keys, so a new table is counted without
     * changing this method.
     */
    public int countRecords(long id) {
        List<Map<String, Object>> refs = handle.createQuery(
                        "SELECT m.name AS tbl, f.\"from\" AS col FROM sqlite_master m "
                                + "JOIN pragma_foreign_key_list(m.name) f WHERE m.type = 'table' AND f.\"table\" = 'employee'")
                .mapToMap().list();
        int total = 0;
        for (Map<String, Object> ref : refs) {
            String sql = "SELECT COUNT(*) FROM \"" + ref.get("tbl") + "\" WHERE \"" + ref.get("col") + "\" = :id";
            total += handle.createQuery(sql).bind("id", id).mapTo(Integer.class).one();
        }
        return total;
    }

    private static Update bind(Update update, Employee e) {
        return update.bind("number", e.number())
                .bind("frontTitle", e.name().frontTitle())
                .bind("name", e.name().name())
                .bind("backTitle", e.name().backTitle())
                .bind("gender", e.gender().name())
                .bind("birthDate", e.birthDate().toString())
                .bind("status", e.status().name())
                .bind("golongan", e.golongan() == null ? null : e.golongan().code())
                .bind("positionName", e.positionName())
                .bind("positionKind", e.positionKind().name())
                .bind("unitId", e.unitId())
                .bind("pin", e.pin())
                .bind("active", e.active())
                .bind("appointedOn", e.appointedOn() == null ? null : e.appointedOn().toString());
    }
}
