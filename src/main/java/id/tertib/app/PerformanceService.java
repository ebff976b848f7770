package id.tertib.app;

import id.tertib.domain.DomainException;
import id.tertib.domain.Employee;
import id.tertib.domain.Problem;
import id.tertib.domain.UnitTree;
import id.tertib.domain.UserAccount;
import id.tertib.domain.performance.CoreValue;
import id.tertib.domain.performance.NoteKind;
import id.tertib.domain.performance.PerformanceNote;
import id.tertib.domain.performance.SkpResult;
import id.tertib.io.ReadResult;
import id.tertib.io.performance.NoteCsvReader;
import id.tertib.io.performance.NoteRow;
import id.tertib.store.PerformanceRepository;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Performance notes (the serving work culture, good and bad, against the BerAKHLAK values) and SKP results.
 * Administrators and HR officers keep them for everyone, a section head for his unit and its sub-units; viewers read
 * their unit's. Every change is audited.
 */
public final class PerformanceService {

    /** Which notes to list; null parts do not filter. A unit includes its sub-units. */
    public record Filter(Long employeeId, Long unitId, CoreValue value, NoteKind kind, LocalDate from, LocalDate to) {
        public static final Filter ALL = new Filter(null, null, null, null, null, null);
    }

    /** A note with whom it is about, and whether the signed-in person may change it. */
    public record NoteEntry(PerformanceNote note, Employee person, String unitName, boolean editable) {
    }

    /** An SKP result with whom it is about, and whether the signed-in person may change it. */
    public record SkpEntry(SkpResult result, Employee person, String unitName, boolean editable) {
    }

    /** A notes file read and checked: the notes it would store, and every rejected row. */
    public record Preview(Path file, List<PerformanceNote> notes, List<ImportIssue> issues) {
    }

    private final Transactions tx;

    PerformanceService(Transactions tx) {
        this.tx = tx;
    }

    public List<NoteEntry> notes(Filter f) {
        return tx.read(w -> {
            Map<Long, Employee> people = visiblePeople(w, f.unitId());
            List<Long> ids = f.employeeId() != null ? List.of(f.employeeId()) : List.copyOf(people.keySet());
            Map<Long, String> units = unitNames(w);
            return w.store().performance().notes(new PerformanceRepository.NoteFilter(ids, f.from(), f.to(),
                    f.kind(), f.value())).stream().filter(n -> people.containsKey(n.employeeId()))
                    .map(n -> entry(w, n, people.get(n.employeeId()), units)).toList();
        });
    }

    /** A person's notes in a period (inclusive), oldest first; for the timeline. */
    public List<PerformanceNote> notesOf(long employeeId, LocalDate from, LocalDate to) {
        return tx.read(w -> {
            w.access().requireUnit(employee(w, employeeId).unitId());
            List<PerformanceNote> notes = new ArrayList<>(w.store().performance().notes(
                    new PerformanceRepository.NoteFilter(List.of(employeeId), from, to, null, null)));
            java.util.Collections.reverse(notes);
            return notes;
        });
    }

    /** The author written on a new note: the signed-in person's full name. */
    public String defaultAuthor() {
        return tx.read(w -> w.users().findAll().stream().filter(u -> u.name().equals(w.access().actor()))
                .map(UserAccount::fullName).filter(n -> n != null && !n.isBlank()).findFirst()
                .orElse(w.access().actor()));
    }

    /** Stores a new note (id 0) or replaces one. */
    public PerformanceNote saveNote(PerformanceNote note) {
        return tx.write(w -> {
            Employee e = employee(w, note.employeeId());
            w.access().require(w.access().canEditAttendance(e.unitId()), "access.performance");
            if (note.id() == 0) {
                PerformanceNote saved = w.store().performance().insertNote(note);
                w.audit().performanceNote(e, null, saved, null);
                return saved;
            }
            PerformanceNote before = w.store().performance().findNote(note.id())
                    .orElseThrow(() -> new DomainException(Problem.of(null, "performance.notFound")));
            w.access().require(w.access().canEditAttendance(employee(w, before.employeeId()).unitId()),
                    "access.performance");
            w.store().performance().updateNote(note);
            w.audit().performanceNote(e, before, note, null);
            return note;
        });
    }

    public void deleteNote(long id) {
        tx.write(w -> {
            PerformanceNote before = w.store().performance().findNote(id)
                    .orElseThrow(() -> new DomainException(Problem.of(null, "performance.notFound")));
            Employee e = employee(w, before.employeeId());
            w.access().require(w.access().canEditAttendance(e.unitId()), "access.performance");
            w.store().performance().deleteNote(id);
            w.audit().performanceNote(e, before, null, null);
            return null;
        });
    }

    /** SKP results of a unit (with sub-units; null: all visible) for a year (null: all years). */
    public List<SkpEntry> skp(Long unitId, Integer year) {
        return tx.read(w -> {
            Map<Long, Employee> people = visiblePeople(w, unitId);
            Map<Long, String> units = unitNames(w);
            return w.store().performance().skp(people.keySet(), year).stream()
                    .map(r -> {
                        Employee e = people.get(r.employeeId());
                        return new SkpEntry(r, e, units.getOrDefault(e.unitId(), ""),
                                w.access().canEditAttendance(e.unitId()));
                    })
                    .sorted(java.util.Comparator.comparing((SkpEntry s) -> -s.result().year())
                            .thenComparing(s -> s.result().period())
                            .thenComparing(s -> s.person().name().full()))
                    .toList();
        });
    }

    /** A person's SKP results, oldest first; for the timeline. */
    public List<SkpResult> skpOf(long employeeId) {
        return tx.read(w -> {
            w.access().requireUnit(employee(w, employeeId).unitId());
            return w.store().performance().skp(List.of(employeeId), null);
        });
    }

    /** Stores a result; one per person, year and period (recording the same again replaces it). */
    public SkpResult saveSkp(SkpResult r) {
        return tx.write(w -> {
            Employee e = employee(w, r.employeeId());
            w.access().require(w.access().canEditAttendance(e.unitId()), "access.performance");
            var existing = r.id() != 0 ? w.store().performance().findSkp(r.id())
                    : w.store().performance().findSkp(r.employeeId(), r.year(), r.period());
            var clash = w.store().performance().findSkp(r.employeeId(), r.year(), r.period());
            if (r.id() != 0 && clash.isPresent() && clash.get().id() != r.id()) {
                throw new DomainException(Problem.of("period", "skp.duplicate", e.name().full(), r.year()));
            }
            if (existing.isEmpty()) {
                SkpResult saved = w.store().performance().insertSkp(r);
                w.audit().skpResult(e, null, saved);
                return saved;
            }
            SkpResult updated = r.withId(existing.get().id());
            w.store().performance().updateSkp(updated);
            w.audit().skpResult(e, existing.get(), updated);
            return updated;
        });
    }

    public void deleteSkp(long id) {
        tx.write(w -> {
            SkpResult before = w.store().performance().findSkp(id)
                    .orElseThrow(() -> new DomainException(Problem.of(null, "skp.notFound")));
            Employee e = employee(w, before.employeeId());
            w.access().require(w.access().canEditAttendance(e.unitId()), "access.performance");
            w.store().performance().deleteSkp(id);
            w.audit().skpResult(e, before, null);
            return null;
        });
    }

    /** Reads and checks a notes file (nip,date,kind,values,text,author) without storing anything. */
    public Preview previewImport(Path file) {
        tx.requireWritable();
        ReadResult<NoteRow> read = Imports.read(() -> new NoteCsvReader().read(file));
        List<ImportIssue> issues = new ArrayList<>(Imports.issues(read.errors()));
        List<PerformanceNote> notes = tx.read(w -> {
            Map<String, Employee> byNumber = new HashMap<>();
            w.employees().findAll().forEach(e -> byNumber.put(e.number(), e));
            List<PerformanceNote> out = new ArrayList<>();
            for (NoteRow row : read.rows()) {
                Employee e = byNumber.get(row.nip());
                if (e == null) {
                    issues.add(new ImportIssue(row.row(), "nip", Problem.of("nip", "performance.import.unknownNip",
                            row.nip())));
                } else if (!w.access().canEditAttendance(e.unitId())) {
                    issues.add(new ImportIssue(row.row(), "nip", Problem.of("nip", "performance.import.otherUnit",
                            e.name().full())));
                } else {
                    out.add(new PerformanceNote(0, e.id(), row.date(), row.kind(), row.values(), row.text(),
                            row.author(), ""));
                }
            }
            return out;
        });
        return new Preview(file, notes, Imports.inFileTerms(issues, read));
    }

    /** Stores the previewed notes in one transaction, each audited with the file's name. */
    public int commitImport(Preview preview) {
        return tx.write(w -> {
            String reason = EmployeeImport.reason(preview.file());
            for (PerformanceNote n : preview.notes()) {
                Employee e = employee(w, n.employeeId());
                w.access().require(w.access().canEditAttendance(e.unitId()), "access.performance");
                w.audit().performanceNote(e, null, w.store().performance().insertNote(n), reason);
            }
            return preview.notes().size();
        });
    }

    private static NoteEntry entry(Work w, PerformanceNote n, Employee e, Map<Long, String> units) {
        return new NoteEntry(n, e, units.getOrDefault(e.unitId(), ""), w.access().canEditAttendance(e.unitId()));
    }

    /** The people the signed-in person may see, in {@code unitId} and its sub-units when given. */
    private static Map<Long, Employee> visiblePeople(Work w, Long unitId) {
        UnitTree tree = new UnitTree(w.units().findAll());
        Set<Long> scope = unitId == null ? null : tree.selfAndDescendants(unitId);
        return w.employees().findAll().stream()
                .filter(e -> w.access().canSeeUnit(e.unitId()) && (scope == null || scope.contains(e.unitId())))
                .collect(Collectors.toMap(Employee::id, e -> e));
    }

    private static Map<Long, String> unitNames(Work w) {
        return w.units().findAll().stream().collect(Collectors.toMap(u -> u.id(), u -> u.name()));
    }

    private static Employee employee(Work w, long id) {
        return w.employees().findById(id)
                .orElseThrow(() -> new DomainException(Problem.of(null, "employee.notFound", id)));
    }
}
