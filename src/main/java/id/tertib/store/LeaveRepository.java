package id.tertib.store;

import id.tertib.domain.leave.LeaveRequest;
import id.tertib.domain.leave.LeaveStatus;
import id.tertib.domain.leave.OpeningBalance;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

/** Leave requests and the opening balances of annual leave. */
public final class LeaveRepository {

    private static final String COLUMNS = "id, employee_id, code, date_from, date_to, status, working_days, reason, note";

    private static final RowMapper<LeaveRequest> REQUEST = (rs, ctx) -> new LeaveRequest(rs.getLong("id"),
            rs.getLong("employee_id"), rs.getString("code"), Times.parseDate(rs.getString("date_from")),
            Times.parseDate(rs.getString("date_to")), LeaveStatus.valueOf(rs.getString("status")),
            rs.getInt("working_days"), rs.getString("reason"), rs.getString("note"));

    private static final RowMapper<OpeningBalance> OPENING = (rs, ctx) -> new OpeningBalance(rs.getLong("employee_id"),
            rs.getInt("year"), rs.getInt("carried_over"), rs.getInt("taken_before"), rs.getString("note"));

    private final Handle handle;

    LeaveRepository(Handle handle) {
        this.handle = handle;
    }

    /** Stores a new request and returns it with its id. */
    public LeaveRequest insert(LeaveRequest r) {
        long id = handle.createUpdate("INSERT INTO leave_request (employee_id, code, date_from, date_to, status, "
                + "working_days, reason, note) VALUES (:employeeId, :code, :from, :to, :status, :days, :reason, :note)")
                .bind("employeeId", r.employeeId()).bind("code", r.code()).bind("from", r.from().toString())
                .bind("to", r.to().toString()).bind("status", r.status().name()).bind("days", r.workingDays())
                .bind("reason", r.reason()).bind("note", r.note())
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        return r.withId(id);
    }

    /** A request changes only in its status, note and day count; who and when it was for stay as requested. */
    public void updateDecision(LeaveRequest r) {
        handle.createUpdate("UPDATE leave_request SET status = :status, note = :note, working_days = :days WHERE id = :id")
                .bind("status", r.status().name()).bind("note", r.note()).bind("days", r.workingDays())
                .bind("id", r.id()).execute();
    }

    public Optional<LeaveRequest> find(long id) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM leave_request WHERE id = :id").bind("id", id)
                .map(REQUEST).findOne();
    }

    /** One person's requests, newest first. */
    public List<LeaveRequest> forEmployee(long employeeId) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM leave_request WHERE employee_id = :id "
                + "ORDER BY date_from DESC, id DESC").bind("id", employeeId).map(REQUEST).list();
    }

    /** The requests of the given people that touch the period (both ends inclusive), newest first. */
    public List<LeaveRequest> touching(Collection<Long> employeeIds, LocalDate from, LocalDate to) {
        if (employeeIds.isEmpty()) {
            return List.of();
        }
        return handle.createQuery("SELECT " + COLUMNS + " FROM leave_request WHERE date_from <= :to AND date_to >= :from "
                + "AND employee_id IN (<ids>) ORDER BY date_from DESC, id DESC")
                .bind("from", from.toString()).bind("to", to.toString()).bindList("ids", List.copyOf(employeeIds))
                .map(REQUEST).list();
    }

    public int count() {
        return handle.createQuery("SELECT COUNT(*) FROM leave_request").mapTo(Integer.class).one();
    }

    public Optional<OpeningBalance> opening(long employeeId, int year) {
        return handle.createQuery("SELECT * FROM leave_opening WHERE employee_id = :id AND year = :year")
                .bind("id", employeeId).bind("year", year).map(OPENING).findOne();
    }

    public List<OpeningBalance> openings(long employeeId) {
        return handle.createQuery("SELECT * FROM leave_opening WHERE employee_id = :id ORDER BY year")
                .bind("id", employeeId).map(OPENING).list();
    }

    public void saveOpening(OpeningBalance o) {
        handle.createUpdate("INSERT INTO leave_opening (employee_id, year, carried_over, taken_before, note) VALUES "
                + "(:id, :year, :carried, :taken, :note) ON CONFLICT (employee_id, year) DO UPDATE SET "
                + "carried_over = excluded.carried_over, taken_before = excluded.taken_before, note = excluded.note")
                .bind("id", o.employeeId()).bind("year", o.year()).bind("carried", o.carriedOver())
                .bind("taken", o.takenBefore()).bind("note", o.note()).execute();
    }

    public void deleteOpening(long employeeId, int year) {
        handle.createUpdate("DELETE FROM leave_opening WHERE employee_id = :id AND year = :year")
                .bind("id", employeeId).bind("year", year).execute();
    }
}
