package id.tertib.app;

import id.tertib.domain.DomainException;
import id.tertib.domain.Employee;
import id.tertib.domain.Problem;
import id.tertib.domain.Role;
import id.tertib.domain.travel.Participant;
import id.tertib.domain.travel.SuratTugas;
import id.tertib.domain.travel.TravelConflicts;
import id.tertib.io.ReadResult;
import id.tertib.io.travel.TravelCsvReader;
import id.tertib.io.travel.TravelRow;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Imports Surat Tugas kept elsewhere ({@code number,date,purpose,destination,kind,depart,return,nips,
 * allowance_per_day}): letters already issued, so conflicts are reported (with the letters of the same file) but do
 * not stop a row; a row that breaks a rule (unknown NIP, number taken, dates) is rejected with its row and column.
 * Each letter is issued by its first traveller's unit; every traveller gets the whole trip's days at the file's daily
 * allowance. Confirming stores the good rows in one transaction, marks their DL days and audits each letter.
 */
public final class TravelImport {

    /** A good row, as the letter it will become, and its conflicts. */
    public record Line(int row, TravelService.Draft draft, List<TravelService.ConflictEntry> conflicts) {
    }

    /** The outcome of reading a file, before anything is written. */
    public record Preview(Path file, List<Line> lines, List<ImportIssue> issues) {
        public long conflicts() {
            return lines.stream().mapToLong(l -> l.conflicts().size()).sum();
        }
    }

    /** What {@link #commit} did. */
    public record Summary(int stored, long conflicts) {
    }

    /** The file's column for each field of a draft, so a problem names the column the user sees. */
    private static final Map<String, String> COLUMN_OF_FIELD = Map.of("number", "number", "date", "date",
            "purpose", "purpose", "city", "destination", "kind", "kind", "depart", "depart", "returns", "return",
            "participants", "nips", "unitId", "nips");

    private final Transactions tx;

    TravelImport(Transactions tx) {
        this.tx = tx;
    }

    public Preview preview(Path file) {
        tx.requireWritable();
        ReadResult<TravelRow> read = Imports.read(() -> new TravelCsvReader().read(file));
        List<ImportIssue> issues = new ArrayList<>(Imports.issues(read.errors()));
        List<Line> lines = tx.read(w -> {
            requireImporter(w);
            Map<String, Employee> byNumber = new HashMap<>();
            w.employees().findAll().forEach(e -> byNumber.put(e.number(), e));
            Map<Integer, TravelService.Draft> drafts = new LinkedHashMap<>();
            for (TravelRow row : read.rows()) {
                List<Participant> ps = new ArrayList<>();
                List<String> unknown = new ArrayList<>();
                for (String nip : row.nips()) {
                    Employee e = byNumber.get(nip);
                    if (e == null) {
                        unknown.add(nip);
                    } else {
                        ps.add(new Participant(e.id(), ps.size() + 1, days(row), row.allowancePerDay()));
                    }
                }
                if (!unknown.isEmpty()) {
                    issues.add(new ImportIssue(row.row(), "nips", Problem.of("nips", "travel.import.unknownNip",
                            String.join(", ", unknown))));
                    continue;
                }
                long unitId = byNumber.get(row.nips().get(0)).unitId();
                TravelService.Draft d = new TravelService.Draft(0, row.number(), row.date(), unitId, "",
                        row.purpose(), row.city(), row.province(), row.kind(), row.depart(), row.returns(), "", "", "",
                        ps);
                List<Problem> problems = TravelDraftRules.check(w, d);
                if (problems.isEmpty()) {
                    drafts.put(row.row(), d);
                } else {
                    problems.forEach(p -> issues.add(new ImportIssue(row.row(), column(p), p)));
                }
            }
            return conflicts(w, drafts);
        });
        return new Preview(file, lines, Imports.inFileTerms(issues, read));
    }

    /** Stores the previewed letters in one transaction; a number taken since the preview refuses the whole file. */
    public Summary commit(Preview preview) {
        return tx.write(w -> {
            requireImporter(w);
            String reason = EmployeeImport.reason(preview.file());
            AttendanceRules.ScheduleBook book = AttendanceRules.load(w).book();
            for (Line line : preview.lines()) {
                List<Problem> problems = TravelDraftRules.check(w, line.draft());
                if (!problems.isEmpty()) {
                    throw new DomainException(problems);
                }
                SuratTugas saved = w.store().travel().insert(TravelService.letter(line.draft(), 0));
                Map<String, String> notes = TravelService.notes(new TravelService.Check(List.of(), line.conflicts(),
                        List.of()));
                w.audit().suratTugas(null, saved, notes, reason);
                TravelService.markDays(w, book, saved, reason);
            }
            return new Summary(preview.lines().size(), preview.conflicts());
        });
    }

    /** Each good row's conflicts with the stored letters and with the other letters of the file. */
    private static List<Line> conflicts(Work w, Map<Integer, TravelService.Draft> drafts) {
        if (drafts.isEmpty()) {
            return List.of();
        }
        Map<Long, Employee> people = new HashMap<>();
        LocalDate from = LocalDate.MAX;
        LocalDate to = LocalDate.MIN;
        List<SuratTugas> fileLetters = new ArrayList<>();
        for (Map.Entry<Integer, TravelService.Draft> e : drafts.entrySet()) {
            TravelService.Draft d = e.getValue();
            d.participants().forEach(p -> people.computeIfAbsent(p.employeeId(),
                    id -> w.employees().findById(id).orElseThrow()));
            from = d.depart().isBefore(from) ? d.depart() : from;
            to = d.returns().isAfter(to) ? d.returns() : to;
            // File letters get the negative row number as id, so they never clash with themselves.
            fileLetters.add(TravelService.letter(d, -e.getKey()));
        }
        TravelConflicts.Facts stored = TravelFacts.gather(w, people, from, to);
        List<SuratTugas> all = new ArrayList<>(stored.activeTrips());
        all.addAll(fileLetters);
        TravelConflicts.Facts facts = new TravelConflicts.Facts(all, stored.absences(), stored.punchedWorkingDays(),
                stored.capDaysPerYear(), stored.workingDay());
        List<Line> lines = new ArrayList<>();
        for (SuratTugas t : fileLetters) {
            List<TravelService.ConflictEntry> found = TravelConflicts.of(t, facts).stream()
                    .map(c -> new TravelService.ConflictEntry(c, people.get(c.employeeId()))).toList();
            lines.add(new Line((int) -t.id(), drafts.get((int) -t.id()), found));
        }
        return lines;
    }

    private static int days(TravelRow row) {
        return (int) (row.returns().toEpochDay() - row.depart().toEpochDay() + 1);
    }

    private static String column(Problem p) {
        return p.field() == null ? null : COLUMN_OF_FIELD.getOrDefault(p.field(), p.field());
    }

    private static void requireImporter(Work w) {
        w.access().require(w.access().role() != Role.VIEWER, "access.travel");
    }
}
