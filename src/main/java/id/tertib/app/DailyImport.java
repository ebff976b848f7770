package id.tertib.app;

import id.tertib.domain.Access;
import id.tertib.domain.DomainException;
import id.tertib.domain.Employee;
import id.tertib.domain.Problem;
import id.tertib.domain.Role;
import id.tertib.domain.attendance.AttendanceCode;
import id.tertib.domain.attendance.AttendanceDay;
import id.tertib.domain.attendance.DaySource;
import id.tertib.io.ReadResult;
import id.tertib.io.attendance.DailyRecordReader;
import id.tertib.io.attendance.DailyRecordRow;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Imports daily attendance records kept by another system ({@code nip,date,code[,arrival,departure,late_minutes,
 * early_minutes,note]}) in two steps: {@link #preview} checks every row and writes nothing; {@link #commit} stores the
 * good rows in one transaction, one audit entry per changed day. The file is taken as it is: each row becomes an
 * {@link DaySource#IMPORTED} day with the file's code, times and minutes, and nothing is derived for days the file
 * leaves out.
 *
 * <p>What an imported row does to a stored day of the same person and date:
 * <ul>
 *   <li>none, or one from punches ({@link DaySource#MACHINE}, {@link DaySource#DERIVED}) or from an earlier import:
 *       replaced, since the user chose to load the other system's records (the audit entry keeps what was there);</li>
 *   <li>one a person typed ({@link DaySource#MANUAL}) or an approved leave marked ({@link DaySource#LEAVE}): kept,
 *       and the row is reported as skipped; a person's decision outranks any file;</li>
 *   <li>the same day as stored: unchanged, so importing a file twice changes nothing the second time.</li>
 * </ul>
 */
public final class DailyImport {

    /** A good row and what confirming will do with it (insert, replace, or nothing). */
    public record Line(int row, Employee employee, AttendanceDay day, ImportAction action) {
    }

    /** A good row that will not be stored because a person recorded that day; {@code kept} is what stays. */
    public record Skipped(int row, Employee employee, AttendanceDay kept) {
    }

    /** The outcome of reading a file, before anything is written. */
    public record Preview(Path file, List<Line> lines, List<Skipped> skipped, List<ImportIssue> issues) {
        public long count(ImportAction action) {
            return lines.stream().filter(l -> l.action() == action).count();
        }

        /** Days that confirming will insert or replace. */
        public long toWrite() {
            return lines.size() - count(ImportAction.UNCHANGED);
        }
    }

    /** What {@link #commit} did. */
    public record Summary(int inserted, int replaced, int unchanged, int skipped) {
    }

    private final Transactions tx;
    private final Clock clock;

    DailyImport(Transactions tx, Clock clock) {
        this.tx = tx;
        this.clock = clock;
    }

    public Preview preview(Path file) {
        tx.requireWritable();
        ReadResult<DailyRecordRow> read = Imports.read(() -> new DailyRecordReader().read(file));
        List<ImportIssue> issues = new ArrayList<>(Imports.issues(read.errors()));
        List<Line> lines = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        tx.read(w -> {
            requireImporter(w.access());
            AttendanceRules rules = AttendanceRules.load(w);
            AttendanceRules.ScheduleBook book = rules.book();
            Map<String, Employee> byNumber = new HashMap<>();
            w.employees().findAll().forEach(e -> byNumber.put(e.number(), e));
            LocalDate today = LocalDate.now(clock);
            Map<String, Integer> seen = new HashMap<>();
            List<Line> good = new ArrayList<>();
            for (DailyRecordRow row : read.rows()) {
                Integer first = seen.putIfAbsent(row.nip() + "@" + row.date(), row.row());
                if (first != null) {
                    issues.add(issue(row, "date", "import.duplicateInFile", row.nip() + " " + row.date(), first));
                    continue;
                }
                List<ImportIssue> rowIssues = new ArrayList<>();
                Optional<AttendanceDay> day = check(w.access(), rules, book, byNumber, today, row, rowIssues);
                if (day.isPresent()) {
                    good.add(new Line(row.row(), byNumber.get(row.nip()), day.get(), null));
                }
                issues.addAll(rowIssues);
            }
            Map<Long, Map<LocalDate, AttendanceDay>> stored = stored(w, good);
            for (Line line : good) {
                Optional<AttendanceDay> before = storedDay(stored, line.day());
                Optional<ImportAction> action = plan(line.day(), before);
                if (action.isPresent()) {
                    lines.add(new Line(line.row(), line.employee(), line.day(), action.get()));
                } else {
                    skipped.add(new Skipped(line.row(), line.employee(), before.get()));
                }
            }
            return null;
        });
        return new Preview(file, List.copyOf(lines), List.copyOf(skipped), Imports.inFileTerms(issues, read));
    }

    /**
     * Stores the previewed rows in one transaction, each change audited with the reason "impor &lt;file&gt;". What
     * is stored is planned again against the database as it is now, so a day a person typed in the meantime is kept.
     */
    public Summary commit(Preview preview) {
        return tx.write(w -> {
            requireImporter(w.access());
            String reason = EmployeeImport.reason(preview.file());
            Map<Long, Map<LocalDate, AttendanceDay>> stored = stored(w, preview.lines());
            List<AttendanceDay> changed = new ArrayList<>();
            int inserted = 0;
            int replaced = 0;
            int unchanged = 0;
            int skipped = preview.skipped().size();
            for (Line line : preview.lines()) {
                w.access().require(w.access().canEditAttendance(line.employee().unitId()), "access.attendance");
                Optional<AttendanceDay> before = storedDay(stored, line.day());
                Optional<ImportAction> action = plan(line.day(), before);
                if (action.isEmpty()) {
                    skipped++;
                    continue;
                }
                switch (action.get()) {
                    case INSERT -> inserted++;
                    case UPDATE -> replaced++;
                    case UNCHANGED -> unchanged++;
                }
                if (action.get() != ImportAction.UNCHANGED) {
                    changed.add(line.day());
                    w.audit().attendanceDay(line.employee(), before.orElse(null), line.day(), reason);
                }
            }
            w.store().attendance().saveDays(changed);
            return new Summary(inserted, replaced, unchanged, skipped);
        });
    }

    /** Administrators, HR officers and section heads import; viewers only read. */
    private static void requireImporter(Access access) {
        access.require(access.role() != Role.VIEWER, "access.dailyImport");
    }

    /** The day the row records, or empty after adding the row's problems to {@code issues}. */
    private static Optional<AttendanceDay> check(Access access, AttendanceRules rules,
            AttendanceRules.ScheduleBook book, Map<String, Employee> byNumber, LocalDate today, DailyRecordRow row,
            List<ImportIssue> issues) {
        Employee e = byNumber.get(row.nip());
        if (e == null) {
            issues.add(issue(row, "nip", "attendance.import.unknownNip", row.nip()));
            return Optional.empty();
        }
        if (!access.canEditAttendance(e.unitId())) {
            issues.add(issue(row, "nip", "attendance.import.otherUnit", row.nip(), e.name().full()));
            return Optional.empty();
        }
        Optional<AttendanceCode> code = rules.codes().find(row.code());
        if (code.isEmpty()) {
            issues.add(issue(row, "code", "attendance.codeUnknown", row.code()));
        } else if (!code.get().accumulatesMinutes()) {
            // Minutes count on TL and PSW days only (recap and discipline alike): a row that says otherwise is
            // refused rather than stored with figures no screen would show.
            if (row.lateMinutes() > 0) {
                issues.add(issue(row, "late_minutes", "attendance.import.minutesOnCode", row.lateMinutes(),
                        code.get().code()));
            }
            if (row.earlyMinutes() > 0) {
                issues.add(issue(row, "early_minutes", "attendance.import.minutesOnCode", row.earlyMinutes(),
                        code.get().code()));
            }
        }
        LocalDate date = row.date();
        if (!rules.calendar().covers(date)) {
            issues.add(issue(row, "date", "calendar.yearNotSet", date.getYear()));
        } else if (!book.isWorkingDay(e.unitId(), date)) {
            issues.add(issue(row, "date", "attendance.notWorkingDay", date));
        } else if (code.isPresent()) {
            try {
                AttendanceService.requireNotFutureFor(code.get(), date, today);
            } catch (DomainException ex) {
                ex.problems().forEach(p -> issues.add(new ImportIssue(row.row(), "date", p)));
            }
        }
        if (!issues.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new AttendanceDay(e.id(), date, code.get().code(), row.arrival(), row.departure(),
                row.lateMinutes(), row.earlyMinutes(), DaySource.IMPORTED, "", row.note(), Optional.empty()));
    }

    /** Empty when the stored day is a person's and stays; otherwise what storing the imported day means. */
    static Optional<ImportAction> plan(AttendanceDay imported, Optional<AttendanceDay> stored) {
        if (stored.isEmpty()) {
            return Optional.of(ImportAction.INSERT);
        }
        DaySource source = stored.get().source();
        if (source == DaySource.MANUAL || source == DaySource.LEAVE || source == DaySource.TRAVEL) {
            return Optional.empty();
        }
        return Optional.of(stored.get().equals(imported) ? ImportAction.UNCHANGED : ImportAction.UPDATE);
    }

    /** The stored days of the people and period the lines cover, in one query. */
    private static Map<Long, Map<LocalDate, AttendanceDay>> stored(Work w, List<Line> lines) {
        if (lines.isEmpty()) {
            return Map.of();
        }
        LocalDate from = lines.stream().map(l -> l.day().date()).min(Comparator.naturalOrder()).orElseThrow();
        LocalDate to = lines.stream().map(l -> l.day().date()).max(Comparator.naturalOrder()).orElseThrow();
        return StoredDays.of(w, lines.stream().map(l -> l.employee().id()).distinct().toList(), from, to);
    }

    private static Optional<AttendanceDay> storedDay(Map<Long, Map<LocalDate, AttendanceDay>> stored,
            AttendanceDay day) {
        return Optional.ofNullable(stored.getOrDefault(day.employeeId(), Map.of()).get(day.date()));
    }

    private static ImportIssue issue(DailyRecordRow row, String column, String key, Object... args) {
        return new ImportIssue(row.row(), column, Problem.of(column, key, args));
    }
}
