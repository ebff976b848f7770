package id.tertib.app;

import id.tertib.domain.DomainException;
import id.tertib.domain.Employee;
import id.tertib.domain.EmployeeDraft;
import id.tertib.domain.EmployeeRules;
import id.tertib.domain.EmploymentStatus;
import id.tertib.domain.Gender;
import id.tertib.domain.PositionKind;
import id.tertib.domain.Problem;
import id.tertib.domain.TextAliases;
import id.tertib.domain.Unit;
import id.tertib.io.EmployeeFileReader;
import id.tertib.io.EmployeeRow;
import id.tertib.io.ReadResult;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Locale;
import java.util.function.Function;

/**
 * Imports employees from CSV or XLSX in two steps: {@link #preview} reads and checks every row and writes
 * nothing; {@link #commit} stores the good rows in one transaction. Rows are matched by NIP, so importing
 * the same file again updates people instead of duplicating them; columns the file lacks keep their
 * stored values.
 */
public final class EmployeeImport {

    /** A good row and what confirming will do with it. */
    public record Line(int row, Employee employee, ImportAction action) {
    }

    /** The outcome of reading a file, before anything is written. */
    public record Preview(Path file, List<Line> lines, List<ImportIssue> issues) {
        public long count(ImportAction action) {
            return lines.stream().filter(l -> l.action() == action).count();
        }
    }

    /** What {@link #commit} stored. */
    public record Summary(int inserted, int updated, int unchanged) {
    }

    private final Transactions tx;
    private final Clock clock;

    EmployeeImport(Transactions tx, Clock clock) {
        this.tx = tx;
        this.clock = clock;
    }

    public Preview preview(Path file) {
        tx.requireWritable();
        ReadResult<EmployeeRow> read = Imports.read(() -> new EmployeeFileReader().read(file));
        List<ImportIssue> issues = new ArrayList<>(Imports.issues(read.errors()));
        List<Line> lines = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        tx.read(t -> {
            t.access().require(t.access().canEditStaffData(), "access.staffData");
            Map<String, Unit> units = new HashMap<>();
            t.units().findAll().forEach(u -> units.put(u.code().toLowerCase(Locale.ROOT), u));
            Map<String, Integer> seen = new HashMap<>();
            Map<String, EmployeeRow> pins = new HashMap<>();
            for (EmployeeRow row : read.rows()) {
                Optional<Employee> stored = t.employees().findByNumber(row.nip().replaceAll("\\s+", ""));
                List<ImportIssue> rowIssues = new ArrayList<>();
                Optional<Employee> checked = check(new RowInput(row, read, stored), units, today, rowIssues);
                if (checked.isPresent()) {
                    Employee e = checked.get();
                    Integer first = seen.putIfAbsent(e.number(), row.row());
                    Optional<Problem> pin = pinProblem(t, e, row, pins);
                    if (first != null) {
                        rowIssues.add(new ImportIssue(row.row(), "nip",
                                Problem.of("nip", "import.duplicateInFile", e.number(), first)));
                    } else if (pin.isPresent()) {
                        rowIssues.add(new ImportIssue(row.row(), "pin", pin.get()));
                    } else {
                        lines.add(plan(row.row(), e, stored));
                    }
                }
                issues.addAll(rowIssues);
            }
            return null;
        });
        return new Preview(file, List.copyOf(lines), Imports.inFileTerms(issues, read));
    }

    /** Stores every good row of the preview in one transaction; nothing is stored if any row fails. */
    public Summary commit(Preview preview) {
        return tx.write(t -> {
            int inserted = 0;
            int updated = 0;
            int unchanged = 0;
            for (Line line : preview.lines()) {
                Optional<Employee> existing = t.employees().findByNumber(line.employee().number());
                Line now = plan(line.row(), line.employee(), existing);
                switch (now.action()) {
                    case INSERT -> inserted++;
                    case UPDATE -> updated++;
                    case UNCHANGED -> unchanged++;
                }
                if (now.action() != ImportAction.UNCHANGED) {
                    EmployeeService.store(t, now.employee(), reason(preview.file()));
                }
            }
            return new Summary(inserted, updated, unchanged);
        });
    }

    /**
     * A PIN already used by another active person, stored or on an earlier row of the file. A stored person the file
     * itself moves to another PIN or deactivates still counts here: the preview cannot know the order of the rows.
     */
    private static Optional<Problem> pinProblem(Work t, Employee e, EmployeeRow row, Map<String, EmployeeRow> pins) {
        if (!e.active() || e.pin() == null) {
            return Optional.empty();
        }
        Optional<Problem> stored = EmployeeService.pinTaken(t, e);
        if (stored.isPresent()) {
            return stored;
        }
        EmployeeRow earlier = pins.putIfAbsent(e.pin(), row); // only rows that keep their PIN claim it
        return earlier == null ? Optional.empty()
                : Optional.of(Problem.of("pin", "employee.pinTakenInFile", e.pin(), earlier.name(), earlier.row()));
    }

    /** The audit trail says which file a change came from. */
    static String reason(Path file) {
        return "impor " + file.getFileName();
    }

    private static Line plan(int row, Employee e, Optional<Employee> existing) {
        if (existing.isEmpty()) {
            return new Line(row, e.withId(0), ImportAction.INSERT);
        }
        Employee merged = e.withId(existing.get().id());
        return new Line(row, merged, merged.equals(existing.get()) ? ImportAction.UNCHANGED : ImportAction.UPDATE);
    }

    /**
     * One row with what is stored for the same NIP. A column the file does not have keeps the stored value,
     * so re-importing a list without, say, a PIN column does not wipe the machine PINs.
     */
    private record RowInput(EmployeeRow row, ReadResult<EmployeeRow> file, Optional<Employee> stored) {

        String text(String column, String value, Function<Employee, String> storedValue) {
            return file.has(column) ? value : stored.map(storedValue).orElse("");
        }
    }

    private static Optional<Employee> check(RowInput in, Map<String, Unit> units, LocalDate today,
            List<ImportIssue> issues) {
        EmployeeRow row = in.row();
        int before = issues.size();
        EmploymentStatus status = parse(row.row(), "status", row.status(), TextAliases.status(row.status()),
                "import.badStatus", issues);
        Gender gender = row.gender().isBlank() ? in.stored().map(Employee::gender).orElse(null)
                : parse(row.row(), "gender", row.gender(), TextAliases.gender(row.gender()), "import.badGender", issues);
        PositionKind kind = parse(row.row(), "position_kind", row.positionKind(),
                TextAliases.positionKind(row.positionKind()), "import.badPositionKind", issues);
        Boolean active = !in.file().has("active") ? in.stored().map(Employee::active).orElse(true)
                : parse(row.row(), "active", row.active(), TextAliases.active(row.active()), "import.badActive", issues);
        Unit unit = units.get(row.unitCode().toLowerCase(Locale.ROOT));
        if (unit == null) {
            issues.add(new ImportIssue(row.row(), "unit_code", Problem.of("unit", "import.unknownUnit", row.unitCode())));
        }
        LocalDate appointed = !in.file().has("appointed_on") ? in.stored().map(Employee::appointedOn).orElse(null)
                : appointedOn(row, issues);
        EmployeeDraft draft = new EmployeeDraft(0, row.nip(),
                in.text("front_title", row.frontTitle(), e -> e.name().frontTitle()), row.name(),
                in.text("back_title", row.backTitle(), e -> e.name().backTitle()), gender, null, status,
                in.text("golongan", row.golongan(), e -> e.golongan() == null ? "" : e.golongan().code()),
                in.text("position", row.position(), Employee::positionName), kind, unit == null ? null : unit.id(),
                in.text("pin", row.pin(), e -> e.pin() == null ? "" : e.pin()), active == null || active, appointed);
        try {
            Employee e = EmployeeRules.check(draft, today);
            return issues.size() == before ? Optional.of(e) : Optional.empty();
        } catch (DomainException e) {
            for (Problem p : e.problems()) {
                // A column that could not be read at all was reported above; do not report it twice.
                boolean alreadyReported = ("status".equals(p.field()) && status == null)
                        || ("positionKind".equals(p.field()) && kind == null)
                        || ("unit".equals(p.field()) && unit == null);
                if (!alreadyReported) {
                    issues.add(new ImportIssue(row.row(), Imports.column(p.field()), p));
                }
            }
            return Optional.empty();
        }
    }

    private static final List<java.time.format.DateTimeFormatter> DATES = id.tertib.io.attendance.DateTimes
            .formatters(List.of("yyyy-MM-dd", "dd/MM/yyyy", "dd-MM-yyyy", "d/M/yyyy"));

    /** The TMT PPPK as written (ISO, dd/mm/yyyy or an XLSX date serial); null when empty or unreadable. */
    private static LocalDate appointedOn(EmployeeRow row, List<ImportIssue> issues) {
        String text = row.appointedOn();
        if (text.isBlank()) {
            return null;
        }
        LocalDate date = text.matches("\\d+(\\.\\d+)?") ? id.tertib.io.attendance.DateTimes.dateFromSerial(text)
                : id.tertib.io.attendance.DateTimes.parseDate(text, DATES);
        if (date == null) {
            issues.add(new ImportIssue(row.row(), "appointed_on",
                    Problem.of("appointedOn", "attendance.badDate", text)));
        }
        return date;
    }

    private static <T> T parse(int row, String column, String text, Optional<T> value, String key,
            List<ImportIssue> issues) {
        if (value.isEmpty()) {
            issues.add(new ImportIssue(row, column, Problem.of(column, key, text)));
        }
        return value.orElse(null);
    }
}
