package id.tertib.app;

import id.tertib.domain.DomainException;
import id.tertib.domain.Problem;
import id.tertib.domain.attendance.Holiday;
import id.tertib.domain.attendance.WorkingCalendar;
import id.tertib.io.ReadResult;
import id.tertib.io.attendance.CalendarCsvReader;
import id.tertib.io.attendance.HolidayRow;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The working calendar: which years are set, and their national holidays and cuti bersama (set each year by joint
 * decree). Everyone signed in reads it; administrators and HR officers import and edit it.
 */
public final class CalendarService {

    /** A holiday of the file and what confirming will do with it. */
    public record Line(int row, Holiday holiday, ImportAction action) {
    }

    public record Preview(Path file, List<Line> lines, List<ImportIssue> issues) {
        public long count(ImportAction action) {
            return lines.stream().filter(l -> l.action() == action).count();
        }
    }

    private final Transactions tx;

    CalendarService(Transactions tx) {
        this.tx = tx;
    }

    public List<Integer> years() {
        return tx.read(w -> w.store().calendar().years());
    }

    public List<Holiday> holidays(int year) {
        return tx.read(w -> w.store().calendar().holidays(year));
    }

    /** The calendar of every year that is set, Monday to Friday with the stored holidays. */
    public WorkingCalendar calendar() {
        return tx.read(w -> WorkingCalendar.mondayToFriday(w.store().calendar().years(), w.store().calendar().all()));
    }

    /** Adds or changes one holiday (the date identifies it) and marks its year as set. */
    public Holiday save(Holiday holiday) {
        return tx.write(w -> {
            w.access().require(w.access().canEditStaffData(), "access.staffData");
            var calendar = w.store().calendar();
            Optional<Holiday> stored = calendar.find(holiday.date());
            calendar.addYear(holiday.date().getYear());
            if (stored.isEmpty()) {
                calendar.insert(holiday);
            } else {
                calendar.update(holiday);
            }
            w.audit().holiday(stored.orElse(null), holiday, null);
            return holiday;
        });
    }

    /** Removes a holiday: that date becomes a working day again if its weekday is one. */
    public void delete(java.time.LocalDate date) {
        tx.write(w -> {
            w.access().require(w.access().canEditStaffData(), "access.staffData");
            var calendar = w.store().calendar();
            Holiday stored = calendar.find(date)
                    .orElseThrow(() -> new DomainException(Problem.of("date", "calendar.holidayNotFound", date)));
            calendar.delete(date);
            w.audit().holiday(stored, null, null);
            return null;
        });
    }

    /** Reads a {@code date,name,kind} file and checks it against what is stored; writes nothing. */
    public Preview preview(Path file) {
        tx.requireWritable();
        ReadResult<HolidayRow> read = Imports.read(() -> new CalendarCsvReader().read(file));
        List<ImportIssue> issues = new ArrayList<>(Imports.issues(read.errors()));
        List<Line> lines = new ArrayList<>();
        tx.read(w -> {
            w.access().require(w.access().canEditStaffData(), "access.staffData");
            Map<java.time.LocalDate, Integer> seen = new HashMap<>();
            for (HolidayRow row : read.rows()) {
                Integer first = seen.putIfAbsent(row.date(), row.row());
                if (first != null) {
                    issues.add(new ImportIssue(row.row(), "date",
                            Problem.of("date", "import.duplicateInFile", row.date(), first)));
                    continue;
                }
                try {
                    Holiday h = new Holiday(row.date(), row.name(), Holiday.HolidayKind.valueOf(row.kind()));
                    lines.add(new Line(row.row(), h, plan(h, w.store().calendar().find(h.date()))));
                } catch (DomainException e) {
                    e.problems().forEach(p -> issues.add(new ImportIssue(row.row(), p.field(), p)));
                }
            }
            return null;
        });
        return new Preview(file, List.copyOf(lines), Imports.inFileTerms(issues, read));
    }

    private static ImportAction plan(Holiday h, Optional<Holiday> stored) {
        return stored.isEmpty() ? ImportAction.INSERT
                : stored.get().equals(h) ? ImportAction.UNCHANGED : ImportAction.UPDATE;
    }

    /** Stores the previewed holidays in one transaction and marks their years as set; returns how many changed. */
    public int commit(Preview preview) {
        return tx.write(w -> {
            w.access().require(w.access().canEditStaffData(), "access.staffData");
            var calendar = w.store().calendar();
            String reason = EmployeeImport.reason(preview.file());
            int written = 0;
            for (int year : new TreeSet<>(preview.lines().stream().map(l -> l.holiday().date().getYear()).toList())) {
                calendar.addYear(year);
            }
            for (Line line : preview.lines()) {
                Holiday h = line.holiday();
                Optional<Holiday> stored = calendar.find(h.date());
                if (stored.isEmpty()) {
                    calendar.insert(h);
                } else if (!stored.get().equals(h)) {
                    calendar.update(h);
                } else {
                    continue;
                }
                w.audit().holiday(stored.orElse(null), h, reason);
                written++;
            }
            return written;
        });
    }
}
