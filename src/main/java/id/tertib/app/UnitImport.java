package id.tertib.app;

import id.tertib.domain.DomainException;
import id.tertib.domain.Problem;
import id.tertib.domain.Unit;
import id.tertib.domain.UnitTree;
import id.tertib.io.ReadResult;
import id.tertib.io.UnitFileReader;
import id.tertib.io.UnitRow;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.Map;

/**
 * Imports units (code, name, parent_code) in two steps like {@link EmployeeImport}. A parent may be a stored
 * unit or another row of the file; rows are stored parents first. Loops are refused.
 */
public final class UnitImport {

    public record Line(int row, String code, String name, String parentCode, ImportAction action) {
    }

    public record Preview(Path file, List<Line> lines, List<ImportIssue> issues) {
        public long count(ImportAction action) {
            return lines.stream().filter(l -> l.action() == action).count();
        }
    }

    private final Transactions tx;

    UnitImport(Transactions tx) {
        this.tx = tx;
    }

    public Preview preview(Path file) {
        tx.requireWritable();
        ReadResult<UnitRow> read = Imports.read(() -> new UnitFileReader().read(file));
        List<ImportIssue> issues = new ArrayList<>(Imports.issues(read.errors()));
        List<Unit> stored = tx.read(t -> {
            t.access().require(t.access().canEditStaffData(), "access.staffData");
            return t.units().findAll();
        });
        Map<String, Unit> byCode = new HashMap<>();
        stored.forEach(u -> byCode.put(u.code(), u));

        Map<String, UnitRow> rows = new LinkedHashMap<>();
        for (UnitRow row : canonicalCodes(read.rows(), stored)) {
            List<Problem> problems = Unit.check(row.code(), row.name());
            if (!problems.isEmpty()) {
                problems.forEach(p -> issues.add(new ImportIssue(row.row(), p.field(), p)));
            } else if (rows.containsKey(row.code())) {
                issues.add(new ImportIssue(row.row(), "code",
                        Problem.of("code", "import.duplicateInFile", row.code(), rows.get(row.code()).row())));
            } else {
                rows.put(row.code(), row);
            }
        }
        // Parent links after the import: stored ones, overridden by the file's.
        Map<String, String> storedParents = parentCodes(stored);
        Map<String, String> parentByCode = new HashMap<>(storedParents);
        Map<String, UnitRow> good = new LinkedHashMap<>();
        for (UnitRow row : rows.values()) {
            String parent = parentCode(row);
            if (parent != null && !rows.containsKey(parent) && !byCode.containsKey(parent)) {
                issues.add(new ImportIssue(row.row(), "parent_code", Problem.of("parent", "import.unknownParent", parent)));
            } else {
                parentByCode.put(row.code(), parent);
                good.put(row.code(), row);
            }
        }
        // Every loop, not only the first: a rejected row falls back to its stored parent (if any).
        for (List<String> cycle = UnitTree.findCycle(parentByCode); !cycle.isEmpty();
                cycle = UnitTree.findCycle(parentByCode)) {
            boolean rejected = false;
            for (String code : cycle) {
                UnitRow row = good.remove(code);
                if (row != null) {
                    rejected = true;
                    issues.add(new ImportIssue(row.row(), "parent_code",
                            Problem.of("parent", "import.unitCycle", String.join(" → ", cycle))));
                    if (storedParents.containsKey(code)) {
                        parentByCode.put(code, storedParents.get(code));
                    } else {
                        parentByCode.remove(code);
                    }
                }
            }
            if (!rejected) {
                break; // a loop among stored units only; not this file's doing
            }
        }
        // A row under a rejected row cannot be stored either, unless its parent is already stored.
        boolean changed = true;
        while (changed) {
            changed = false;
            for (var it = good.values().iterator(); it.hasNext();) {
                UnitRow row = it.next();
                String parent = parentCode(row);
                if (parent != null && !good.containsKey(parent) && !byCode.containsKey(parent)) {
                    issues.add(new ImportIssue(row.row(), "parent_code",
                            Problem.of("parent", "import.parentRejected", parent)));
                    it.remove();
                    changed = true;
                }
            }
        }
        List<Line> lines = new ArrayList<>();
        for (UnitRow row : parentsFirst(List.copyOf(good.values()))) {
            Unit old = byCode.get(row.code());
            String parent = parentCode(row);
            ImportAction action = old == null ? ImportAction.INSERT
                    : old.name().equals(row.name()) && java.util.Objects.equals(parent, storedParents.get(old.code()))
                    ? ImportAction.UNCHANGED : ImportAction.UPDATE;
            lines.add(new Line(row.row(), row.code(), row.name(), parent, action));
        }
        return new Preview(file, List.copyOf(lines), Imports.inFileTerms(issues, read));
    }

    private static String parentCode(UnitRow row) {
        return row.parentCode().isBlank() ? null : row.parentCode();
    }

    /**
     * Codes are compared without regard to case: each code and parent code is rewritten to the spelling of
     * the stored unit, or else of its first appearance in the file, so "set.uk" and "SET.UK" are one unit.
     */
    private static List<UnitRow> canonicalCodes(List<UnitRow> rows, List<Unit> stored) {
        Map<String, String> spelling = new HashMap<>();
        stored.forEach(u -> spelling.put(u.code().toLowerCase(Locale.ROOT), u.code()));
        rows.forEach(r -> spelling.putIfAbsent(r.code().toLowerCase(Locale.ROOT), r.code()));
        Function<String, String> canonical = code -> code.isBlank() ? code
                : spelling.getOrDefault(code.toLowerCase(Locale.ROOT), code);
        return rows.stream().map(r -> new UnitRow(r.row(), canonical.apply(r.code()), r.name(),
                canonical.apply(r.parentCode()))).toList();
    }

    private static List<UnitRow> parentsFirst(List<UnitRow> rows) {
        Map<String, UnitRow> pending = new LinkedHashMap<>();
        rows.forEach(r -> pending.put(r.code(), r));
        List<UnitRow> ordered = new ArrayList<>();
        while (!pending.isEmpty()) {
            int before = pending.size();
            pending.values().removeIf(r -> {
                boolean ready = r.parentCode().isBlank() || !pending.containsKey(r.parentCode());
                if (ready) {
                    ordered.add(r);
                }
                return ready;
            });
            if (pending.size() == before) {
                throw new IllegalStateException("loop left after cycle check");
            }
        }
        return ordered;
    }

    /** Stores the preview's rows in one transaction, parents before children. */
    public int commit(Preview preview) {
        return tx.write(t -> {
            t.access().require(t.access().canEditStaffData(), "access.staffData");
            var units = t.units();
            String reason = EmployeeImport.reason(preview.file());
            int written = 0;
            for (Line line : preview.lines()) {
                if (line.action() == ImportAction.UNCHANGED) {
                    continue;
                }
                Long parentId = line.parentCode() == null ? null : units.findByCode(line.parentCode())
                        .orElseThrow(() -> new DomainException(Problem.of("parent", "import.unknownParent",
                                line.parentCode()))).id();
                var existing = units.findByCode(line.code());
                if (existing.isPresent()) {
                    Unit updated = new Unit(existing.get().id(), line.code(), line.name(), parentId);
                    units.update(updated);
                    t.audit().unit(existing.get(), updated, reason);
                } else {
                    t.audit().unit(null, units.insert(new Unit(0, line.code(), line.name(), parentId)), reason);
                }
                written++;
            }
            if (!UnitTree.findCycle(parentCodes(units.findAll())).isEmpty()) {
                throw new DomainException(Problem.of("parent", "unit.cycle"));
            }
            return written;
        });
    }

    private static Map<String, String> parentCodes(List<Unit> units) {
        Map<Long, String> codeById = new HashMap<>();
        units.forEach(u -> codeById.put(u.id(), u.code()));
        Map<String, String> result = new HashMap<>();
        units.forEach(u -> result.put(u.code(), u.parentId() == null ? null : codeById.get(u.parentId())));
        return result;
    }
}
