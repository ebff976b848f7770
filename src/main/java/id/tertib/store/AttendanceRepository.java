package id.tertib.store;

import id.tertib.domain.attendance.AttendanceDay;
import id.tertib.domain.attendance.DaySource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * Raw punches, the imports that brought them, and the daily attendance records. Bulk writes go through plain JDBC
 * batches: a machine file can hold a million punches.
 */
public final class AttendanceRepository {

    /** Punches are written in batches of this many rows. */
    static final int BATCH = 5_000;

    private static final String DAY_COLUMNS = "employee_id, date, code, arrival, departure, late_minutes, "
            + "early_minutes, source, flags, note, machine_code";

    /**
     * Reads {@link #DAY_COLUMNS} by position, with the fast date and time parsers: a year of an agency's incidents is a
     * quarter of a million rows.
     */
    private static final RowMapper<AttendanceDay> DAY = (rs, ctx) -> new AttendanceDay(rs.getLong(1),
            Times.parseDate(rs.getString(2)), rs.getString(3), time(rs.getString(4)), time(rs.getString(5)),
            rs.getInt(6), rs.getInt(7), DaySource.valueOf(rs.getString(8)), rs.getString(9), rs.getString(10),
            Optional.ofNullable(rs.getString(11)));

    /** A punch to store: whose, when, and the device's raw state and verify fields. */
    public record StoredPunch(long employeeId, LocalDateTime at, String state, String verify) {
    }

    /** What one import of a machine file recorded. */
    public record ImportRecord(long id, String fileName, String sha256, String importedAt, String importedBy,
            LocalDate coversFrom, LocalDate coversTo, int read, int stored, int duplicates, int rejected) {
    }

    private final Handle handle;

    AttendanceRepository(Handle handle) {
        this.handle = handle;
    }

    public long insertImport(ImportRecord r) {
        return handle.createUpdate("INSERT INTO punch_import (file_name, file_sha256, imported_at, imported_by, "
                + "covers_from, covers_to, read_count, stored_count, duplicates, rejected) VALUES (:fileName, :sha256, "
                + ":importedAt, :importedBy, :coversFrom, :coversTo, :read, :stored, :duplicates, :rejected)")
                .bind("fileName", r.fileName()).bind("sha256", r.sha256()).bind("importedAt", r.importedAt())
                .bind("importedBy", r.importedBy()).bind("coversFrom", r.coversFrom().toString())
                .bind("coversTo", r.coversTo().toString()).bind("read", r.read()).bind("stored", r.stored())
                .bind("duplicates", r.duplicates()).bind("rejected", r.rejected())
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    public void updateImportCounts(long id, int stored, int duplicates) {
        handle.createUpdate("UPDATE punch_import SET stored_count = :stored, duplicates = :duplicates WHERE id = :id")
                .bind("stored", stored).bind("duplicates", duplicates).bind("id", id).execute();
    }

    public List<ImportRecord> imports() {
        return handle.createQuery("SELECT * FROM punch_import ORDER BY id DESC").map((rs, ctx) -> new ImportRecord(
                rs.getLong("id"), rs.getString("file_name"), rs.getString("file_sha256"), rs.getString("imported_at"),
                rs.getString("imported_by"), LocalDate.parse(rs.getString("covers_from")),
                LocalDate.parse(rs.getString("covers_to")), rs.getInt("read_count"), rs.getInt("stored_count"),
                rs.getInt("duplicates"), rs.getInt("rejected"))).list();
    }

    /**
     * Stores punches not stored before (same person, same second); returns how many were new. {@code afterBatch} is
     * told the running count after each batch, so a caller can show progress and cancel by throwing.
     */
    public int insertPunches(long importId, Collection<StoredPunch> punches, Consumer<Integer> afterBatch) {
        Connection c = handle.getConnection();
        int added = 0;
        int done = 0;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO punch (employee_id, at, import_id, state, verify) "
                + "VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
            for (StoredPunch p : punches) {
                ps.setLong(1, p.employeeId());
                ps.setString(2, Times.dateTime(p.at()));
                ps.setLong(3, importId);
                ps.setString(4, p.state());
                ps.setString(5, p.verify());
                ps.addBatch();
                if (++done % BATCH == 0) {
                    added += sum(ps.executeBatch());
                    afterBatch.accept(done);
                }
            }
            added += sum(ps.executeBatch());
            afterBatch.accept(done);
        } catch (SQLException e) {
            throw Database.translate(e);
        }
        return added;
    }

    private static int sum(int[] counts) {
        int n = 0;
        for (int c : counts) {
            n += c > 0 ? c : 0;
        }
        return n;
    }

    /** Every stored punch of the given people between two dates (inclusive), ordered by person and time. */
    public void forEachPunch(Collection<Long> employeeIds, LocalDate from, LocalDate to,
            java.util.function.BiConsumer<Long, LocalDateTime> sink) {
        if (employeeIds.isEmpty()) {
            return;
        }
        handle.createQuery("SELECT employee_id, at FROM punch WHERE at >= :from AND at < :to "
                + "AND employee_id IN (<ids>) ORDER BY employee_id, at")
                .bind("from", from.toString()).bind("to", to.plusDays(1).toString())
                .bindList("ids", List.copyOf(employeeIds))
                .map((rs, ctx) -> {
                    sink.accept(rs.getLong(1), Times.parseDateTime(rs.getString(2)));
                    return 0;
                }).forEach(x -> { });
    }

    public List<LocalDateTime> punches(long employeeId, LocalDate date) {
        return handle.createQuery("SELECT at FROM punch WHERE employee_id = :id AND at >= :from AND at < :to ORDER BY at")
                .bind("id", employeeId).bind("from", date.toString()).bind("to", date.plusDays(1).toString())
                .map((rs, ctx) -> Times.parseDateTime(rs.getString(1))).list();
    }

    public int countPunches() {
        return handle.createQuery("SELECT COUNT(*) FROM punch").mapTo(Integer.class).one();
    }

    /** The stored days of the given people between two dates (inclusive). */
    public List<AttendanceDay> days(Collection<Long> employeeIds, LocalDate from, LocalDate to) {
        if (employeeIds.isEmpty()) {
            return List.of();
        }
        return handle.createQuery("SELECT " + DAY_COLUMNS + " FROM attendance_day WHERE date >= :from AND date <= :to "
                + "AND employee_id IN (<ids>) ORDER BY employee_id, date")
                .bind("from", from.toString()).bind("to", to.toString()).bindList("ids", List.copyOf(employeeIds))
                .map(DAY).list();
    }

    /**
     * The stored days between two dates (inclusive) that may count for discipline: minutes of lateness or early
     * departure, or an unexcused code among {@code codes}. TK and the minutes come from the partial index made for
     * this read (V12), so a year for thousands of people takes a fraction of a second; other unexcused codes an office
     * added are found by a scan that does not go through the date index.
     */
    public void forEachIncident(LocalDate from, LocalDate to, Collection<String> codes, Consumer<AttendanceDay> sink) {
        read(from, to, true, "", codes, " AND NOT (" + INCIDENT + ")", sink);
    }

    /**
     * Every stored day between two dates (inclusive) coded with one of the unexcused {@code codes}: TK through the
     * partial incident index, an office's own unexcused codes by a scan, as in {@link #forEachIncident}.
     */
    public void forEachUnexcused(LocalDate from, LocalDate to, Collection<String> codes,
            Consumer<AttendanceDay> sink) {
        read(from, to, codes.contains(TK), " AND code = 'TK'", codes, "", sink);
    }

    /**
     * The days of the partial incident index (narrowed by {@code indexed}), then the days with an office's own codes
     * among {@code codes} (narrowed by {@code scanned}) by a scan that keeps off the date index.
     */
    private void read(LocalDate from, LocalDate to, boolean useIndex, String indexed, Collection<String> codes,
            String scanned, Consumer<AttendanceDay> sink) {
        if (useIndex) {
            handle.createQuery("SELECT " + LEAN_DAY_COLUMNS + " FROM attendance_day WHERE date >= :from "
                    + "AND date <= :to AND (" + INCIDENT + ")" + indexed)
                    .bind("from", from.toString()).bind("to", to.toString()).map(DAY).forEach(sink);
        }
        List<String> others = codes.stream().filter(c -> !c.equals(TK)).toList();
        if (!others.isEmpty()) {
            handle.createQuery("SELECT " + DAY_COLUMNS + " FROM attendance_day WHERE +date >= :from AND +date <= :to "
                    + "AND code IN (<codes>)" + scanned)
                    .bind("from", from.toString()).bind("to", to.toString()).bindList("codes", others).map(DAY)
                    .forEach(sink);
        }
    }

    /**
     * {@link #DAY_COLUMNS} with the text that is nearly always empty read as NULL, which the driver hands over without
     * decoding: a quarter of a million rows read noticeably faster.
     */
    private static final String LEAN_DAY_COLUMNS = "employee_id, date, code, arrival, departure, late_minutes, "
            + "early_minutes, source, NULLIF(flags, ''), NULLIF(note, ''), machine_code";

    /** The condition of the partial index attendance_day_incident, word for word, so that SQLite uses it. */
    private static final String INCIDENT = "late_minutes > 0 OR early_minutes > 0 OR code = 'TK'";
    private static final String TK = "TK";

    /**
     * Everyone's stored days between two dates (inclusive) coded with one of {@code codes}, except the days an approved
     * leave marked (source LEAVE: the leave register already has them), as coded days without times or note. The
     * travel checks and the fairness pools read absence days this way, once for the whole period rather than once per
     * person, through the partial covering index of V15; presence, duty and TK codes are never among the answers.
     */
    public void forEachCoded(LocalDate from, LocalDate to, Collection<String> codes, Consumer<AttendanceDay> sink) {
        List<String> asked = codes.stream().filter(c -> !NOT_ABSENCE.contains(c)).toList();
        if (asked.isEmpty()) {
            return;
        }
        handle.createQuery("SELECT employee_id, date, code, source FROM attendance_day WHERE date >= :from "
                + "AND date <= :to AND " + ABSENCE + " AND code IN (<codes>) AND source <> 'LEAVE'")
                .bind("from", from.toString()).bind("to", to.toString()).bindList("codes", asked)
                .map((rs, ctx) -> AttendanceDay.coded(rs.getLong(1), Times.parseDate(rs.getString(2)),
                        rs.getString(3), DaySource.valueOf(rs.getString(4)), ""))
                .forEach(sink);
    }

    /** The condition of the partial index attendance_day_absence (V14), word for word, so that SQLite uses it. */
    private static final String ABSENCE = "code NOT IN ('H', 'TL', 'PSW', 'DL', 'TK')";
    private static final List<String> NOT_ABSENCE = List.of("H", "TL", "PSW", "DL", "TK");

    /** Every stored day between two dates (inclusive), for agency-wide recaps. */
    public List<AttendanceDay> allDays(LocalDate from, LocalDate to) {
        return handle.createQuery("SELECT " + DAY_COLUMNS + " FROM attendance_day WHERE date >= :from AND date <= :to")
                .bind("from", from.toString()).bind("to", to.toString()).map(DAY).list();
    }

    public Optional<AttendanceDay> day(long employeeId, LocalDate date) {
        return handle.createQuery("SELECT " + DAY_COLUMNS + " FROM attendance_day WHERE employee_id = :id AND date = :d")
                .bind("id", employeeId).bind("d", date.toString()).map(DAY).findOne();
    }

    /** How many stored days carry the code, as the code in force or as the machine's code under a correction. */
    public int countDaysWithCode(String code) {
        return handle.createQuery("SELECT COUNT(*) FROM attendance_day WHERE code = :code OR machine_code = :code")
                .bind("code", code).mapTo(Integer.class).one();
    }

    /** How many stored days carry the code in force now. */
    public int countDaysCoded(String code) {
        return handle.createQuery("SELECT COUNT(*) FROM attendance_day WHERE code = :code")
                .bind("code", code).mapTo(Integer.class).one();
    }

    public int countDays() {
        return handle.createQuery("SELECT COUNT(*) FROM attendance_day").mapTo(Integer.class).one();
    }

    /** Inserts or replaces the days given (one row per person and date). */
    public void saveDays(Collection<AttendanceDay> days) {
        Connection c = handle.getConnection();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO attendance_day (" + DAY_COLUMNS + ") VALUES "
                + "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (employee_id, date) DO UPDATE SET code = excluded.code, "
                + "arrival = excluded.arrival, departure = excluded.departure, late_minutes = excluded.late_minutes, "
                + "early_minutes = excluded.early_minutes, source = excluded.source, flags = excluded.flags, "
                + "note = excluded.note, machine_code = excluded.machine_code")) {
            int n = 0;
            for (AttendanceDay d : days) {
                ps.setLong(1, d.employeeId());
                ps.setString(2, d.date().toString());
                ps.setString(3, d.code());
                ps.setString(4, d.arrival().map(Times::time).orElse(null));
                ps.setString(5, d.departure().map(Times::time).orElse(null));
                ps.setInt(6, d.lateMinutes());
                ps.setInt(7, d.earlyMinutes());
                ps.setString(8, d.source().name());
                ps.setString(9, d.flags());
                ps.setString(10, d.note());
                ps.setString(11, d.machineCode().orElse(null));
                ps.addBatch();
                if (++n % BATCH == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        } catch (SQLException e) {
            throw Database.translate(e);
        }
    }

    public void deleteDay(long employeeId, LocalDate date) {
        handle.createUpdate("DELETE FROM attendance_day WHERE employee_id = :id AND date = :d")
                .bind("id", employeeId).bind("d", date.toString()).execute();
    }

    private static Optional<LocalTime> time(String text) {
        return text == null ? Optional.empty() : Optional.of(Times.parseTime(text));
    }
}
