package id.tertib.store;

import id.tertib.domain.travel.Participant;
import id.tertib.domain.travel.SuratTugas;
import id.tertib.domain.travel.TravelKind;
import id.tertib.domain.travel.TravelStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.Update;

/** Surat Tugas with their travellers, always read and written together. */
public final class TravelRepository {

    private static final String COLUMNS = "id, number, issued_on, unit_id, basis, purpose, city, province, kind, depart, "
            + "return_on, transport, budget_account, issuer, status";

    private final Handle handle;

    TravelRepository(Handle handle) {
        this.handle = handle;
    }

    /** Stores a new letter with its travellers and returns it with its id. */
    public SuratTugas insert(SuratTugas t) {
        long id = bindHeader(handle.createUpdate("INSERT INTO surat_tugas (number, issued_on, unit_id, basis, purpose, "
                + "city, province, kind, depart, return_on, transport, budget_account, issuer, status) VALUES (:number, "
                + ":date, :unitId, :basis, :purpose, :city, :province, :kind, :depart, :returns, :transport, :budget, "
                + ":issuer, :status)"), t)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        SuratTugas saved = t.withId(id);
        insertParticipants(saved);
        return saved;
    }

    /** Replaces a stored letter's fields and travellers. */
    public void update(SuratTugas t) {
        bindHeader(handle.createUpdate("UPDATE surat_tugas SET number = :number, issued_on = :date, unit_id = :unitId, "
                + "basis = :basis, purpose = :purpose, city = :city, province = :province, kind = :kind, "
                + "depart = :depart, return_on = :returns, transport = :transport, budget_account = :budget, "
                + "issuer = :issuer, status = :status WHERE id = :id"), t).bind("id", t.id()).execute();
        handle.createUpdate("DELETE FROM travel_participant WHERE surat_tugas_id = :id").bind("id", t.id()).execute();
        insertParticipants(t);
    }

    public void updateStatus(long id, TravelStatus status) {
        handle.createUpdate("UPDATE surat_tugas SET status = :status WHERE id = :id").bind("status", status.name())
                .bind("id", id).execute();
    }

    public Optional<SuratTugas> find(long id) {
        return withParticipants(handle.createQuery("SELECT " + COLUMNS + " FROM surat_tugas WHERE id = :id")
                .bind("id", id)).stream().findFirst();
    }

    /** The letter with this number, ignoring case, whatever its status. */
    public Optional<SuratTugas> findByNumber(String number) {
        return withParticipants(handle.createQuery("SELECT " + COLUMNS + " FROM surat_tugas "
                + "WHERE number = :number COLLATE NOCASE").bind("number", number)).stream().findFirst();
    }

    /** Which of these numbers are taken already (as stored, ignoring case). */
    public List<String> existingNumbers(Collection<String> numbers) {
        if (numbers.isEmpty()) {
            return List.of();
        }
        return handle.createQuery("SELECT number FROM surat_tugas WHERE number COLLATE NOCASE IN (<numbers>)")
                .bindList("numbers", List.copyOf(numbers)).mapTo(String.class).list();
    }

    /** Letters whose dates touch {@code from..to} (inclusive), by departure then id; all or only active ones. */
    public List<SuratTugas> touching(LocalDate from, LocalDate to, boolean activeOnly) {
        return withParticipants(handle.createQuery("SELECT " + COLUMNS + " FROM surat_tugas WHERE depart <= :to "
                + "AND return_on >= :from" + (activeOnly ? " AND status = 'ACTIVE'" : "") + " ORDER BY depart, id")
                .bind("from", from.toString()).bind("to", to.toString()));
    }

    /** Active letters with any of these people on them whose dates touch {@code from..to}, by departure then id. */
    public List<SuratTugas> activeWith(Collection<Long> employeeIds, LocalDate from, LocalDate to) {
        if (employeeIds.isEmpty()) {
            return List.of();
        }
        return withParticipants(handle.createQuery("SELECT " + COLUMNS + " FROM surat_tugas WHERE depart <= :to "
                + "AND return_on >= :from AND status = 'ACTIVE' AND id IN (SELECT surat_tugas_id FROM "
                + "travel_participant WHERE employee_id IN (<ids>)) ORDER BY depart, id")
                .bind("from", from.toString()).bind("to", to.toString()).bindList("ids", List.copyOf(employeeIds)));
    }

    public int count() {
        return handle.createQuery("SELECT COUNT(*) FROM surat_tugas").mapTo(Integer.class).one();
    }

    private static Update bindHeader(Update u, SuratTugas t) {
        return u.bind("number", t.number()).bind("date", t.date().toString()).bind("unitId", t.unitId())
                .bind("basis", t.basis()).bind("purpose", t.purpose()).bind("city", t.city())
                .bind("province", t.province()).bind("kind", t.kind().name()).bind("depart", t.depart().toString())
                .bind("returns", t.returns().toString()).bind("transport", t.transport())
                .bind("budget", t.budgetAccount()).bind("issuer", t.issuer()).bind("status", t.status().name());
    }

    private void insertParticipants(SuratTugas t) {
        PreparedBatch batch = handle.prepareBatch("INSERT INTO travel_participant (surat_tugas_id, employee_id, "
                + "position, days, daily_allowance) VALUES (:trip, :employee, :position, :days, :allowance)");
        for (Participant p : t.participants()) {
            batch.bind("trip", t.id()).bind("employee", p.employeeId()).bind("position", p.order())
                    .bind("days", p.days()).bind("allowance", p.dailyAllowance()).add();
        }
        if (!t.participants().isEmpty()) {
            batch.execute();
        }
    }

    /**
     * Runs the query for letters, then reads their travellers in one query more (by id range when many), so a list
     * of thousands of letters costs two queries, not one per letter.
     */
    private List<SuratTugas> withParticipants(Query query) {
        Map<Long, SuratTugas> byId = new LinkedHashMap<>();
        query.map((rs, ctx) -> new SuratTugas(rs.getLong("id"), rs.getString("number"),
                Times.parseDate(rs.getString("issued_on")), rs.getLong("unit_id"), rs.getString("basis"),
                rs.getString("purpose"), rs.getString("city"), rs.getString("province"),
                TravelKind.valueOf(rs.getString("kind")), Times.parseDate(rs.getString("depart")),
                Times.parseDate(rs.getString("return_on")), rs.getString("transport"),
                rs.getString("budget_account"), rs.getString("issuer"), TravelStatus.valueOf(rs.getString("status")),
                List.of())).forEach(t -> byId.put(t.id(), t));
        if (byId.isEmpty()) {
            return List.of();
        }
        long low = byId.keySet().stream().mapToLong(Long::longValue).min().orElseThrow();
        long high = byId.keySet().stream().mapToLong(Long::longValue).max().orElseThrow();
        Map<Long, List<Participant>> travellers = new LinkedHashMap<>();
        handle.createQuery("SELECT surat_tugas_id, employee_id, position, days, daily_allowance FROM travel_participant "
                + "WHERE surat_tugas_id BETWEEN :low AND :high ORDER BY surat_tugas_id, position")
                .bind("low", low).bind("high", high)
                .map((rs, ctx) -> {
                    long trip = rs.getLong("surat_tugas_id");
                    if (byId.containsKey(trip)) {
                        travellers.computeIfAbsent(trip, k -> new ArrayList<>()).add(new Participant(
                                rs.getLong("employee_id"), rs.getInt("position"), rs.getInt("days"),
                                rs.getLong("daily_allowance")));
                    }
                    return trip;
                }).forEach(x -> { });
        List<SuratTugas> out = new ArrayList<>(byId.size());
        for (SuratTugas t : byId.values()) {
            out.add(new SuratTugas(t.id(), t.number(), t.date(), t.unitId(), t.basis(), t.purpose(), t.city(),
                    t.province(), t.kind(), t.depart(), t.returns(), t.transport(), t.budgetAccount(), t.issuer(),
                    t.status(), travellers.getOrDefault(t.id(), List.of())));
        }
        return out;
    }
}
