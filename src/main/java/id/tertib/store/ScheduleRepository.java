package id.tertib.store;

import id.tertib.domain.attendance.AttendanceCode;
import id.tertib.domain.attendance.RamadanPeriod;
import id.tertib.domain.attendance.Schedule;
import id.tertib.domain.attendance.ScheduleRules;
import id.tertib.domain.attendance.WorkHours;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/**
 * Work schedules with their weekly and Ramadan hours, the office's Ramadan dates, and the attendance codes the office
 * added. A schedule is returned with every stored Ramadan period that falls in its validity attached (cut to its
 * validity, so a schedule that starts or ends during Ramadan holds only its own part); a schedule without Ramadan hours
 * of its own gets the Perpres 21/2023 Ramadan week.
 */
public final class ScheduleRepository {

    /** A schedule, its row id, and its Ramadan hours (kept even while no Ramadan dates are set). */
    public record StoredSchedule(long id, Schedule schedule, Map<DayOfWeek, WorkHours> ramadanWeek) {
    }

    /** A code the office added, with what it means in the office's own words. */
    public record OfficeCode(AttendanceCode code, String name) {
    }

    /** A Ramadan period's dates; the hours come from each schedule. */
    public record RamadanDates(LocalDate from, LocalDate to) {
    }

    private final Handle handle;

    ScheduleRepository(Handle handle) {
        this.handle = handle;
    }

    public List<StoredSchedule> schedules() {
        Map<Long, Map<DayOfWeek, WorkHours>> weeks = new HashMap<>();
        Map<Long, Map<DayOfWeek, WorkHours>> ramadanWeeks = new HashMap<>();
        handle.createQuery("SELECT schedule_id, ramadan, weekday, start_time, end_time, break_start, break_end "
                + "FROM schedule_hours").map((rs, ctx) -> {
                    var target = rs.getBoolean("ramadan") ? ramadanWeeks : weeks;
                    target.computeIfAbsent(rs.getLong("schedule_id"), k -> new EnumMap<>(DayOfWeek.class))
                            .put(DayOfWeek.of(rs.getInt("weekday")), new WorkHours(
                                    LocalTime.parse(rs.getString("start_time")), LocalTime.parse(rs.getString("end_time")),
                                    time(rs.getString("break_start")), time(rs.getString("break_end"))));
                    return 0;
                }).list();
        List<RamadanDates> ramadan = ramadanPeriods();
        return handle.createQuery("SELECT id, unit_id, valid_from, valid_to, tolerance_seconds FROM work_schedule "
                + "ORDER BY unit_id IS NOT NULL, unit_id, valid_from").map((rs, ctx) -> {
                    long id = rs.getLong("id");
                    long unit = rs.getLong("unit_id");
                    Long unitId = rs.wasNull() ? null : unit;
                    Map<DayOfWeek, WorkHours> rWeek = ramadanWeeks.getOrDefault(id,
                            Schedule.perpres21_2023RamadanWeek());
                    LocalDate from = date(rs.getString("valid_from"));
                    LocalDate to = date(rs.getString("valid_to"));
                    List<RamadanPeriod> periods = ramadan.stream()
                            .filter(r -> ScheduleRules.overlaps(r.from(), r.to(), from, to))
                            .map(r -> new RamadanPeriod(from == null || r.from().isAfter(from) ? r.from() : from,
                                    to == null || r.to().isBefore(to) ? r.to() : to, rWeek)).toList();
                    return new StoredSchedule(id, new Schedule(unitId, from, to, weeks.getOrDefault(id, Map.of()),
                            rs.getInt("tolerance_seconds"), periods), rWeek);
                }).list();
    }

    /** Stores a new schedule with its weekly hours and the Ramadan hours of its first Ramadan period, if any. */
    public long insert(Schedule s) {
        return insert(s, s.ramadan().isEmpty() ? Map.of() : s.ramadan().get(0).hours());
    }

    /** Stores a new schedule with its weekly and Ramadan hours (its Ramadan periods are the office's, not stored here). */
    public long insert(Schedule s, Map<DayOfWeek, WorkHours> ramadanWeek) {
        long id = handle.createUpdate("INSERT INTO work_schedule (unit_id, valid_from, valid_to, tolerance_seconds) "
                + "VALUES (:unit, :from, :to, :tolerance)").bind("unit", s.unitId())
                .bind("from", text(s.validFrom())).bind("to", text(s.validTo())).bind("tolerance", s.toleranceSeconds())
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        insertHours(id, s.week(), ramadanWeek);
        return id;
    }

    public void update(long id, Schedule s, Map<DayOfWeek, WorkHours> ramadanWeek) {
        handle.createUpdate("UPDATE work_schedule SET unit_id = :unit, valid_from = :from, valid_to = :to, "
                + "tolerance_seconds = :tolerance WHERE id = :id").bind("unit", s.unitId())
                .bind("from", text(s.validFrom())).bind("to", text(s.validTo()))
                .bind("tolerance", s.toleranceSeconds()).bind("id", id).execute();
        handle.createUpdate("DELETE FROM schedule_hours WHERE schedule_id = :id").bind("id", id).execute();
        insertHours(id, s.week(), ramadanWeek);
    }

    public void delete(long id) {
        handle.createUpdate("DELETE FROM schedule_hours WHERE schedule_id = :id").bind("id", id).execute();
        handle.createUpdate("DELETE FROM work_schedule WHERE id = :id").bind("id", id).execute();
    }

    private void insertHours(long id, Map<DayOfWeek, WorkHours> week, Map<DayOfWeek, WorkHours> ramadanWeek) {
        insertWeek(id, false, week);
        insertWeek(id, true, ramadanWeek);
    }

    private void insertWeek(long id, boolean ramadan, Map<DayOfWeek, WorkHours> week) {
        for (var e : week.entrySet()) {
            WorkHours h = e.getValue();
            handle.createUpdate("INSERT INTO schedule_hours (schedule_id, ramadan, weekday, start_time, end_time, "
                    + "break_start, break_end) VALUES (:id, :ramadan, :day, :start, :end, :bs, :be)")
                    .bind("id", id).bind("ramadan", ramadan).bind("day", e.getKey().getValue())
                    .bind("start", h.start().toString()).bind("end", h.end().toString())
                    .bind("bs", h.breakStart() == null ? null : h.breakStart().toString())
                    .bind("be", h.breakEnd() == null ? null : h.breakEnd().toString()).execute();
        }
    }

    public List<RamadanDates> ramadanPeriods() {
        return handle.createQuery("SELECT date_from, date_to FROM ramadan_period ORDER BY date_from")
                .map((rs, ctx) -> new RamadanDates(LocalDate.parse(rs.getString(1)), LocalDate.parse(rs.getString(2))))
                .list();
    }

    public void saveRamadan(RamadanDates r) {
        handle.createUpdate("INSERT INTO ramadan_period (date_from, date_to) VALUES (:from, :to) "
                + "ON CONFLICT (date_from) DO UPDATE SET date_to = excluded.date_to")
                .bind("from", r.from().toString()).bind("to", r.to().toString()).execute();
    }

    public void deleteRamadan(LocalDate from) {
        handle.createUpdate("DELETE FROM ramadan_period WHERE date_from = :from").bind("from", from.toString()).execute();
    }

    public List<AttendanceCode> extraCodes() {
        return officeCodes().stream().map(OfficeCode::code).toList();
    }

    public List<OfficeCode> officeCodes() {
        return handle.createQuery("SELECT code, name, kind FROM attendance_code ORDER BY code").map((rs, ctx) ->
                new OfficeCode(AttendanceCode.of(rs.getString("code"), AttendanceCode.Kind.valueOf(rs.getString("kind"))),
                        rs.getString("name"))).list();
    }

    public void deleteCode(String code) {
        handle.createUpdate("DELETE FROM attendance_code WHERE code = :code").bind("code", code).execute();
    }

    public void insertCode(AttendanceCode code, String name) {
        handle.createUpdate("INSERT INTO attendance_code (code, name, kind) VALUES (:code, :name, :kind)")
                .bind("code", code.code()).bind("name", name).bind("kind", code.kind().name()).execute();
    }

    private static LocalTime time(String s) {
        return s == null ? null : LocalTime.parse(s);
    }

    private static LocalDate date(String s) {
        return s == null ? null : LocalDate.parse(s);
    }

    private static String text(LocalDate d) {
        return d == null ? null : d.toString();
    }
}
