package id.tertib.app;

import com.google.gson.Gson;
import id.tertib.domain.AuditAction;
import id.tertib.domain.AuditEntry;
import id.tertib.domain.Employee;
import id.tertib.domain.Unit;
import id.tertib.domain.UserAccount;
import id.tertib.store.Database;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Records changes in the audit trail as part of the same transaction as the change itself: who (the signed-in
 * person), when, which record, the values before and after (as JSON), and the reason where one was asked.
 */
final class AuditLog {

    static final String EMPLOYEE = "employee";
    static final String UNIT = "unit";
    static final String USER = "user";
    static final String DATABASE = "database";
    static final String HOLIDAY = "holiday";
    static final String ATTENDANCE_DAY = "attendance_day";
    static final String PUNCH_IMPORT = "punch_import";
    static final String MACHINE = "machine";
    static final String SCHEDULE = "schedule";
    static final String RAMADAN = "ramadan_period";
    static final String ATTENDANCE_CODE = "attendance_code";
    static final String LEAVE_REQUEST = "leave_request";
    static final String LEAVE_OPENING = "leave_opening";
    static final String LEAVE_RULES = "leave_rules";
    static final String SURAT_TUGAS = "surat_tugas";
    static final String TRAVEL_RULES = "travel_rules";
    static final String DISCIPLINE_CASE = "discipline_case";
    static final String DISCIPLINE_RULES = "discipline_rules";
    static final String PERFORMANCE_NOTE = "performance_note";
    static final String SKP_RESULT = "skp_result";
    private static final Gson GSON = new Gson();

    private final Database.Tx tx;
    private final String actor;
    private final Clock clock;

    AuditLog(Database.Tx tx, String actor, Clock clock) {
        this.tx = tx;
        this.actor = actor;
        this.clock = clock;
    }

    void employee(Employee before, Employee after, String reason) {
        Employee any = after != null ? after : before;
        record(EMPLOYEE, any.id(), any.name().full() + " (" + any.number() + ")", values(before), values(after), reason);
    }

    void unit(Unit before, Unit after, String reason) {
        Unit any = after != null ? after : before;
        record(UNIT, any.id(), any.name() + " (" + any.code() + ")", values(before), values(after), reason);
    }

    void user(UserAccount before, UserAccount after, String reason) {
        UserAccount any = after != null ? after : before;
        record(USER, any.id(), any.name(), values(before), values(after), reason);
    }

    /** A holiday is identified by its date (as the day number since 1970, so it fits the trail's id column). */
    void holiday(id.tertib.domain.attendance.Holiday before, id.tertib.domain.attendance.Holiday after, String reason) {
        var any = after != null ? after : before;
        record(HOLIDAY, any.date().toEpochDay(), any.date() + " " + any.name(), values(before), values(after), reason);
    }

    static Map<String, String> values(id.tertib.domain.attendance.Holiday h) {
        if (h == null) {
            return null;
        }
        Map<String, String> m = new LinkedHashMap<>();
        m.put("date", h.date().toString());
        m.put("name", h.name());
        m.put("kind", h.kind().name());
        return m;
    }

    /** A day of attendance belongs to the employee: the trail's id is the employee's, the label names the date. */
    void attendanceDay(Employee who, id.tertib.domain.attendance.AttendanceDay before,
            id.tertib.domain.attendance.AttendanceDay after, String reason) {
        var any = after != null ? after : before;
        record(ATTENDANCE_DAY, who.id(), who.name().full() + " (" + who.number() + ") " + any.date(), values(before),
                values(after), reason);
    }

    static Map<String, String> values(id.tertib.domain.attendance.AttendanceDay d) {
        if (d == null) {
            return null;
        }
        Map<String, String> m = new LinkedHashMap<>();
        m.put("date", d.date().toString());
        m.put("code", d.code());
        m.put("arrival", d.arrival().map(Object::toString).orElse(""));
        m.put("departure", d.departure().map(Object::toString).orElse(""));
        m.put("late_minutes", String.valueOf(d.lateMinutes()));
        m.put("early_minutes", String.valueOf(d.earlyMinutes()));
        m.put("source", d.source().name());
        m.put("note", d.note());
        d.machineCode().ifPresent(c -> m.put("machine_code", c));
        return m;
    }

    /** A schedule by its row id; the label names its unit and validity. Values: see {@link #values(Schedule, Map)}. */
    void schedule(long id, String label, Map<String, String> before, Map<String, String> after) {
        record(SCHEDULE, id, label, before, after, null);
    }

    /** Validity, tolerance and the hours per weekday ("day_1" Monday .. "day_7"; "ramadan_1" .. in Ramadan). */
    static Map<String, String> values(id.tertib.domain.attendance.Schedule s,
            Map<java.time.DayOfWeek, id.tertib.domain.attendance.WorkHours> ramadanWeek) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("unit_id", s.unitId() == null ? "" : String.valueOf(s.unitId()));
        m.put("valid_from", s.validFrom() == null ? "" : s.validFrom().toString());
        m.put("valid_to", s.validTo() == null ? "" : s.validTo().toString());
        m.put("tolerance_seconds", String.valueOf(s.toleranceSeconds()));
        for (java.time.DayOfWeek day : java.time.DayOfWeek.values()) {
            m.put("day_" + day.getValue(), hours(s.week().get(day)));
        }
        for (java.time.DayOfWeek day : java.time.DayOfWeek.values()) {
            m.put("ramadan_" + day.getValue(), hours(ramadanWeek.get(day)));
        }
        return m;
    }

    /** "07:30-16:00, 12:00-13:00" (the break after the comma); empty on a day not worked. */
    private static String hours(id.tertib.domain.attendance.WorkHours h) {
        if (h == null) {
            return "";
        }
        return h.start() + "-" + h.end() + (h.hasBreak() ? ", " + h.breakStart() + "-" + h.breakEnd() : "");
    }

    /** Ramadan dates are identified by their first day (as the day number since 1970, like holidays). */
    void ramadan(LocalDate beforeFrom, LocalDate beforeTo, LocalDate afterFrom, LocalDate afterTo) {
        LocalDate id = afterFrom != null ? afterFrom : beforeFrom;
        record(RAMADAN, id.toEpochDay(), "Ramadan " + id.getYear(), dates(beforeFrom, beforeTo),
                dates(afterFrom, afterTo), null);
    }

    private static Map<String, String> dates(LocalDate from, LocalDate to) {
        if (from == null) {
            return null;
        }
        Map<String, String> m = new LinkedHashMap<>();
        m.put("date_from", from.toString());
        m.put("date_to", to.toString());
        return m;
    }

    /**
     * A code the office added or removed. Codes are 1-8 letters or digits, so the code read as a base-36 number is its
     * id in the trail ("CLTN" and back), which keeps the trail's numeric id column.
     */
    void attendanceCode(id.tertib.domain.attendance.AttendanceCode code, String name, boolean added) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("code", code.code());
        m.put("name", name);
        m.put("kind", code.kind().name());
        record(ATTENDANCE_CODE, Long.parseLong(code.code(), 36), code.code() + " " + name, added ? null : m,
                added ? m : null, null);
    }

    /** A leave request under its own id; the label names the person, the kind and the period. */
    void leaveRequest(Employee who, id.tertib.domain.leave.LeaveRequest before,
            id.tertib.domain.leave.LeaveRequest after, String reason) {
        var any = after != null ? after : before;
        record(LEAVE_REQUEST, any.id(), who.name().full() + " (" + who.number() + ") " + any.code() + " " + any.from()
                + ".." + any.to(), values(before), values(after), reason);
    }

    static Map<String, String> values(id.tertib.domain.leave.LeaveRequest r) {
        if (r == null) {
            return null;
        }
        Map<String, String> m = new LinkedHashMap<>();
        m.put("code", r.code());
        m.put("date_from", r.from().toString());
        m.put("date_to", r.to().toString());
        m.put("working_days", String.valueOf(r.workingDays()));
        m.put("leave_status", r.status().name());
        m.put("reason", r.reason());
        m.put("note", r.note());
        return m;
    }

    /**
     * A Surat Tugas: its fields and travellers before and after; the reason carries why conflicts were accepted or
     * the rotation passed over, and {@code notes} (conflicts, people passed over) are recorded with the new values.
     */
    void suratTugas(id.tertib.domain.travel.SuratTugas before, id.tertib.domain.travel.SuratTugas after,
            Map<String, String> notes, String reason) {
        var any = after != null ? after : before;
        Map<String, String> afterValues = values(after);
        if (afterValues != null) {
            afterValues.putAll(notes);
        }
        record(SURAT_TUGAS, any.id(), any.number() + " " + any.destination() + " " + any.depart() + ".." + any.returns(),
                values(before), afterValues, reason);
    }

    static Map<String, String> values(id.tertib.domain.travel.SuratTugas t) {
        if (t == null) {
            return null;
        }
        Map<String, String> m = new LinkedHashMap<>();
        m.put("number", t.number());
        m.put("issued_on", t.date().toString());
        m.put("unit_id", String.valueOf(t.unitId()));
        m.put("basis", t.basis());
        m.put("purpose", t.purpose());
        m.put("destination", t.destination());
        m.put("travel_kind", t.kind().name());
        m.put("depart", t.depart().toString());
        m.put("return_on", t.returns().toString());
        m.put("transport", t.transport());
        m.put("budget_account", t.budgetAccount());
        m.put("issuer", t.issuer());
        m.put("travel_status", t.status().name());
        m.put("travellers", t.participants().stream().map(p -> p.order() + ". #" + p.employeeId() + " " + p.days()
                + " x " + p.dailyAllowance()).collect(java.util.stream.Collectors.joining("; ")));
        return m;
    }

    void travelRules(Map<String, String> before, Map<String, String> after, String reason) {
        record(TRAVEL_RULES, 0, "travel", before, after, reason);
    }

    /** A case opened, a step, the team or a letter: labelled "#id name (NIP) year". */
    void disciplineCase(id.tertib.domain.discipline.DisciplineCase c, Employee who, Map<String, String> before,
            Map<String, String> after) {
        record(DISCIPLINE_CASE, c.id(), "#" + c.id() + " " + who.name().full() + " (" + who.number() + ") " + c.year(),
                before, after, null);
    }

    void performanceNote(Employee who, id.tertib.domain.performance.PerformanceNote before,
            id.tertib.domain.performance.PerformanceNote after, String reason) {
        var any = after != null ? after : before;
        record(PERFORMANCE_NOTE, any.id(), who.name().full() + " (" + who.number() + ") " + any.date(), values(before),
                values(after), reason);
    }

    static Map<String, String> values(id.tertib.domain.performance.PerformanceNote n) {
        if (n == null) {
            return null;
        }
        Map<String, String> m = new LinkedHashMap<>();
        m.put("date", n.date().toString());
        m.put("kind", n.kind().name());
        m.put("core_values", n.orderedValues().stream().map(Enum::name).collect(java.util.stream.Collectors.joining(",")));
        m.put("text", n.text());
        m.put("author", n.author());
        m.put("evidence", n.evidence());
        return m;
    }

    void skpResult(Employee who, id.tertib.domain.performance.SkpResult before,
            id.tertib.domain.performance.SkpResult after) {
        var any = after != null ? after : before;
        record(SKP_RESULT, any.id(), who.name().full() + " (" + who.number() + ") " + any.year() + " "
                + any.period().name(), values(before), values(after), null);
    }

    static Map<String, String> values(id.tertib.domain.performance.SkpResult r) {
        if (r == null) {
            return null;
        }
        Map<String, String> m = new LinkedHashMap<>();
        m.put("year", String.valueOf(r.year()));
        m.put("period", r.period().name());
        m.put("results", r.results().name());
        m.put("behaviour", r.behaviour().name());
        m.put("predikat", r.predikat().name());
        m.put("note", r.note());
        return m;
    }

    void disciplineRules(Map<String, String> before, Map<String, String> after, String reason) {
        record(DISCIPLINE_RULES, 0, "discipline", before, after, reason);
    }

    /** An opening balance belongs to the employee: the trail's id is the employee's, the label names the year. */
    void leaveOpening(Employee who, id.tertib.domain.leave.OpeningBalance before,
            id.tertib.domain.leave.OpeningBalance after) {
        var any = after != null ? after : before;
        record(LEAVE_OPENING, who.id(), who.name().full() + " (" + who.number() + ") " + any.year(), values(before),
                values(after), null);
    }

    static Map<String, String> values(id.tertib.domain.leave.OpeningBalance o) {
        if (o == null) {
            return null;
        }
        Map<String, String> m = new LinkedHashMap<>();
        m.put("year", String.valueOf(o.year()));
        m.put("carried_over", String.valueOf(o.carriedOver()));
        m.put("taken_before", String.valueOf(o.takenBefore()));
        m.put("note", o.note());
        return m;
    }

    /** The office's leave rules, as one record of named values. */
    void leaveRules(Map<String, String> before, Map<String, String> after, String reason) {
        record(LEAVE_RULES, 0, "cuti", before, after, reason);
    }

    /** One entry per imported machine file (the punches themselves are raw data, not edits). */
    void punchImport(long importId, String fileName, Map<String, String> counts, String reason) {
        record(PUNCH_IMPORT, importId, fileName, null, counts, reason);
    }

    /** The units a fingerprint machine serves, under the machine's id; labelled with its name. */
    void machine(long id, String name, Map<String, String> before, Map<String, String> after) {
        record(MACHINE, id, name, before, after, null);
    }

    static Map<String, String> machineValues(String unitCodes) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("units", unitCodes);
        return m;
    }

    /** A restore replaced the whole database; recorded in the restored trail, with the copy kept of the old one. */
    void restored(String backupFile, String previousCopy) {
        Map<String, String> after = new LinkedHashMap<>();
        after.put("restored_from", backupFile);
        after.put("previous_copy", previousCopy);
        record(DATABASE, 0, backupFile, Map.of(), after, "pemulihan dari cadangan");
    }

    /** A password reset changes no visible field; it is recorded as an update with that reason. */
    void passwordReset(UserAccount user) {
        Map<String, String> v = values(user);
        Map<String, String> after = new LinkedHashMap<>(v);
        after.put("password", "*");
        record(USER, user.id(), user.name(), v, after, "atur ulang kata sandi");
    }

    /** Nothing is recorded when nothing changed (e.g. an import row that is already up to date). */
    private void record(String entity, long id, String label, Map<String, String> before, Map<String, String> after,
            String reason) {
        if (Objects.equals(before, after)) {
            return;
        }
        AuditAction action = before == null ? AuditAction.CREATE : after == null ? AuditAction.DELETE : AuditAction.UPDATE;
        tx.audit().append(new AuditEntry(0, clock.instant(), actor, action, entity, id, label,
                before == null ? null : GSON.toJson(before), after == null ? null : GSON.toJson(after),
                reason == null || reason.isBlank() ? null : reason.trim(), "", ""));
    }

    static Map<String, String> values(Employee e) {
        if (e == null) {
            return null;
        }
        Map<String, String> m = new LinkedHashMap<>();
        m.put("nip", e.number());
        m.put("front_title", e.name().frontTitle());
        m.put("name", e.name().name());
        m.put("back_title", e.name().backTitle());
        m.put("gender", e.gender().name());
        m.put("birth_date", e.birthDate().toString());
        m.put("status", e.status().name());
        m.put("golongan", e.golongan() == null ? "" : e.golongan().code());
        m.put("position", e.positionName());
        m.put("position_kind", e.positionKind().name());
        m.put("unit_id", String.valueOf(e.unitId()));
        m.put("pin", e.pin() == null ? "" : e.pin());
        m.put("active", String.valueOf(e.active()));
        return m;
    }

    static Map<String, String> values(Unit u) {
        if (u == null) {
            return null;
        }
        Map<String, String> m = new LinkedHashMap<>();
        m.put("code", u.code());
        m.put("name", u.name());
        m.put("parent_id", u.parentId() == null ? "" : String.valueOf(u.parentId()));
        return m;
    }

    /** Never a password or its hash: a password change is recorded as the reason. */
    static Map<String, String> values(UserAccount u) {
        if (u == null) {
            return null;
        }
        Map<String, String> m = new LinkedHashMap<>();
        m.put("name", u.name());
        m.put("full_name", u.fullName());
        m.put("role", u.role().name());
        m.put("unit_id", u.unitId() == null ? "" : String.valueOf(u.unitId()));
        m.put("active", String.valueOf(u.active()));
        return m;
    }

    /** Reads back what {@link #values} wrote, for the history views. */
    @SuppressWarnings("unchecked")
    static Map<String, String> parse(String json) {
        return json == null ? Map.of() : GSON.fromJson(json, LinkedHashMap.class);
    }
}
