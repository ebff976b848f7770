package id.tertib.store;

import id.tertib.domain.performance.CoreValue;
import id.tertib.domain.performance.NoteKind;
import id.tertib.domain.performance.PerformanceNote;
import id.tertib.domain.performance.Rating;
import id.tertib.domain.performance.SkpPeriod;
import id.tertib.domain.performance.SkpResult;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.Update;

/** Performance notes and SKP results. */
public final class PerformanceRepository {

    private static final String NOTE_COLUMNS = "id, employee_id, noted_on, kind, core_values, text, author, evidence";
    private static final String SKP_COLUMNS = "id, employee_id, year, period, results, behaviour, note";

    private static final RowMapper<PerformanceNote> NOTE = (rs, ctx) -> new PerformanceNote(rs.getLong("id"),
            rs.getLong("employee_id"), Times.parseDate(rs.getString("noted_on")),
            NoteKind.valueOf(rs.getString("kind")), values(rs.getString("core_values")), rs.getString("text"),
            rs.getString("author"), rs.getString("evidence"));
    private static final RowMapper<SkpResult> SKP = (rs, ctx) -> new SkpResult(rs.getLong("id"),
            rs.getLong("employee_id"), rs.getInt("year"), SkpPeriod.valueOf(rs.getString("period")),
            Rating.valueOf(rs.getString("results")), Rating.valueOf(rs.getString("behaviour")), rs.getString("note"));

    /** Which notes: null parts do not filter; {@code employeeIds} null for everyone. */
    public record NoteFilter(Collection<Long> employeeIds, LocalDate from, LocalDate to, NoteKind kind,
            CoreValue value) {
    }

    private final Handle handle;

    PerformanceRepository(Handle handle) {
        this.handle = handle;
    }

    public PerformanceNote insertNote(PerformanceNote n) {
        long id = bind(handle.createUpdate("INSERT INTO performance_note (employee_id, noted_on, kind, core_values, "
                + "text, author, evidence) VALUES (:employee, :on, :kind, :values, :text, :author, :evidence)"), n)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        return n.withId(id);
    }

    public void updateNote(PerformanceNote n) {
        bind(handle.createUpdate("UPDATE performance_note SET employee_id = :employee, noted_on = :on, kind = :kind, "
                + "core_values = :values, text = :text, author = :author, evidence = :evidence WHERE id = :id"), n)
                .bind("id", n.id()).execute();
    }

    public void deleteNote(long id) {
        handle.createUpdate("DELETE FROM performance_note WHERE id = :id").bind("id", id).execute();
    }

    public Optional<PerformanceNote> findNote(long id) {
        return handle.createQuery("SELECT " + NOTE_COLUMNS + " FROM performance_note WHERE id = :id").bind("id", id)
                .map(NOTE).findOne();
    }

    /** Notes by date, newest first. */
    public List<PerformanceNote> notes(NoteFilter f) {
        if (f.employeeIds() != null && f.employeeIds().isEmpty()) {
            return List.of();
        }
        StringBuilder sql = new StringBuilder("SELECT " + NOTE_COLUMNS + " FROM performance_note WHERE 1 = 1");
        if (f.employeeIds() != null) {
            sql.append(" AND employee_id IN (<ids>)");
        }
        if (f.from() != null) {
            sql.append(" AND noted_on >= :from");
        }
        if (f.to() != null) {
            sql.append(" AND noted_on <= :to");
        }
        if (f.kind() != null) {
            sql.append(" AND kind = :kind");
        }
        if (f.value() != null) {
            sql.append(" AND (',' || core_values || ',') LIKE :value");
        }
        sql.append(" ORDER BY noted_on DESC, id DESC");
        Query q = handle.createQuery(sql.toString());
        if (f.employeeIds() != null) {
            q.bindList("ids", List.copyOf(f.employeeIds()));
        }
        if (f.from() != null) {
            q.bind("from", f.from().toString());
        }
        if (f.to() != null) {
            q.bind("to", f.to().toString());
        }
        if (f.kind() != null) {
            q.bind("kind", f.kind().name());
        }
        if (f.value() != null) {
            q.bind("value", "%," + f.value().name() + ",%");
        }
        return q.map(NOTE).list();
    }

    public SkpResult insertSkp(SkpResult r) {
        long id = bind(handle.createUpdate("INSERT INTO skp_result (employee_id, year, period, results, behaviour, note) "
                + "VALUES (:employee, :year, :period, :results, :behaviour, :note)"), r)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        return r.withId(id);
    }

    public void updateSkp(SkpResult r) {
        bind(handle.createUpdate("UPDATE skp_result SET employee_id = :employee, year = :year, period = :period, "
                + "results = :results, behaviour = :behaviour, note = :note WHERE id = :id"), r).bind("id", r.id())
                .execute();
    }

    public void deleteSkp(long id) {
        handle.createUpdate("DELETE FROM skp_result WHERE id = :id").bind("id", id).execute();
    }

    public Optional<SkpResult> findSkp(long id) {
        return handle.createQuery("SELECT " + SKP_COLUMNS + " FROM skp_result WHERE id = :id").bind("id", id)
                .map(SKP).findOne();
    }

    /** The result of a person for a year and period, if recorded. */
    public Optional<SkpResult> findSkp(long employeeId, int year, SkpPeriod period) {
        return handle.createQuery("SELECT " + SKP_COLUMNS + " FROM skp_result WHERE employee_id = :e AND year = :y "
                + "AND period = :p").bind("e", employeeId).bind("y", year).bind("p", period.name()).map(SKP).findOne();
    }

    /** Results of these people (null: everyone), of one year (null: all), by year then period. */
    public List<SkpResult> skp(Collection<Long> employeeIds, Integer year) {
        if (employeeIds != null && employeeIds.isEmpty()) {
            return List.of();
        }
        StringBuilder sql = new StringBuilder("SELECT " + SKP_COLUMNS + " FROM skp_result WHERE 1 = 1");
        if (employeeIds != null) {
            sql.append(" AND employee_id IN (<ids>)");
        }
        if (year != null) {
            sql.append(" AND year = :year");
        }
        sql.append(" ORDER BY year, period, employee_id");
        Query q = handle.createQuery(sql.toString());
        if (employeeIds != null) {
            q.bindList("ids", List.copyOf(employeeIds));
        }
        if (year != null) {
            q.bind("year", year);
        }
        return q.map(SKP).list();
    }

    private static Update bind(Update u, PerformanceNote n) {
        return u.bind("employee", n.employeeId()).bind("on", n.date().toString()).bind("kind", n.kind().name())
                .bind("values", n.orderedValues().stream().map(Enum::name).collect(Collectors.joining(",")))
                .bind("text", n.text()).bind("author", n.author()).bind("evidence", n.evidence());
    }

    private static Update bind(Update u, SkpResult r) {
        return u.bind("employee", r.employeeId()).bind("year", r.year()).bind("period", r.period().name())
                .bind("results", r.results().name()).bind("behaviour", r.behaviour().name()).bind("note", r.note());
    }

    private static Set<CoreValue> values(String stored) {
        if (stored == null || stored.isBlank()) {
            return Set.of();
        }
        EnumSet<CoreValue> set = EnumSet.noneOf(CoreValue.class);
        Arrays.stream(stored.split(",")).map(String::trim).filter(s -> !s.isEmpty()).map(CoreValue::valueOf)
                .forEach(set::add);
        return set;
    }
}
