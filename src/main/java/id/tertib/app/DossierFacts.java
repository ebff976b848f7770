package id.tertib.app;

import id.tertib.domain.AuditEntry;
import id.tertib.domain.Employee;
import id.tertib.domain.attendance.AttendanceCode;
import id.tertib.domain.attendance.AttendanceDay;
import id.tertib.domain.travel.SuratTugas;
import id.tertib.store.AuditRepository;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a case file shows beyond the case itself, read for one person and year: the monthly recap, every day that was
 * not a plain day at work (with who last changed it, from the audit trail), and the trips.
 */
record DossierFacts(List<Month> months, List<AttendanceDay> incidents, Map<LocalDate, AuditEntry> changes,
        List<SuratTugas> trips) {

    /** Columns of the monthly recap, in order. */
    enum Column { WORKING_DAYS, H, TL, LATE_MINUTES, PSW, EARLY_MINUTES, TK, DL, S, I, C }

    record Month(YearMonth month, long[] values) {
    }

    static DossierFacts read(Work w, Employee e, int year) {
        AttendanceRules rules = AttendanceRules.load(w);
        AttendanceRules.ScheduleBook book = rules.book();
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        List<AttendanceDay> days = w.store().attendance().days(List.of(e.id()), from, to);
        List<Month> months = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            YearMonth ym = YearMonth.of(year, m);
            long[] v = new long[Column.values().length];
            for (LocalDate d = ym.atDay(1); !d.isAfter(ym.atEndOfMonth()); d = d.plusDays(1)) {
                if (book.isWorkingDay(e.unitId(), d)) {
                    v[Column.WORKING_DAYS.ordinal()]++;
                }
            }
            months.add(new Month(ym, v));
        }
        List<AttendanceDay> incidents = new ArrayList<>();
        for (AttendanceDay d : days) {
            long[] v = months.get(d.date().getMonthValue() - 1).values();
            AttendanceCode code = rules.codes().find(d.code()).orElse(null);
            if (code == null) {
                incidents.add(d);
                continue;
            }
            AttendanceCode.Kind kind = code.kind();
            switch (kind) {
                case PRESENT -> v[Column.H.ordinal()]++;
                case LATE -> v[Column.TL.ordinal()]++;
                case EARLY_LEAVE -> v[Column.PSW.ordinal()]++;
                case UNEXCUSED -> v[Column.TK.ordinal()]++;
                case DUTY, STUDY -> v[Column.DL.ordinal()]++;
                case SICK -> v[Column.S.ordinal()]++;
                case PERMISSION -> v[Column.I.ordinal()]++;
                case LEAVE -> v[Column.C.ordinal()]++;
            }
            if (code.accumulatesMinutes()) { // as the recap and the assessment: minutes count on TL/PSW days only
                v[Column.LATE_MINUTES.ordinal()] += d.lateMinutes();
                v[Column.EARLY_MINUTES.ordinal()] += d.earlyMinutes();
            }
            if (kind != AttendanceCode.Kind.PRESENT || d.lateMinutes() + d.earlyMinutes() > 0) {
                incidents.add(d);
            }
        }
        return new DossierFacts(months, incidents, changes(w, e.id(), year),
                w.store().travel().activeWith(List.of(e.id()), from, to));
    }

    /** The latest change a person made to each day of the year (machine days have none), by the audit label's date. */
    private static Map<LocalDate, AuditEntry> changes(Work w, long employeeId, int year) {
        Map<LocalDate, AuditEntry> out = new HashMap<>();
        List<AuditEntry> entries = w.store().audit().find(new AuditRepository.Filter(null, AuditLog.ATTENDANCE_DAY,
                employeeId, null, null, 100_000));
        for (AuditEntry a : entries) { // newest first: the first seen for a date is the latest
            String label = a.label();
            if (label.length() >= 10) {
                try {
                    LocalDate d = LocalDate.parse(label.substring(label.length() - 10));
                    if (d.getYear() == year) {
                        out.putIfAbsent(d, a);
                    }
                } catch (java.time.format.DateTimeParseException notADayLabel) {
                    // an entry about the person's days as a whole; not one day
                }
            }
        }
        return out;
    }
}
