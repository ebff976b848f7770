package id.tertib.app;

import com.google.gson.Gson;
import id.tertib.domain.DomainException;
import id.tertib.domain.Employee;
import id.tertib.domain.Problem;
import id.tertib.domain.Unit;
import id.tertib.domain.attendance.AttendanceDay;
import id.tertib.domain.attendance.DaySource;
import id.tertib.io.ReadResult;
import id.tertib.io.attendance.AttlogReader;
import id.tertib.domain.attendance.PersonKey;
import id.tertib.io.attendance.Punch;
import id.tertib.domain.attendance.PunchMapping;
import id.tertib.io.attendance.PunchTableReader;
import id.tertib.store.AttendanceRepository;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Imports a fingerprint machine's export: ZKTeco attlog, or CSV/XLSX read with a column mapping saved under a name.
 * The preview reads and checks the file and writes nothing; the commit stores the new raw punches and derives the
 * daily records of the period the file covers, all in one transaction (ADR 0009). Administrators and HR officers
 * import: a machine file holds the whole office.
 */
public final class PunchImport {

    /** How the file is laid out. */
    public enum Format {
        ATTLOG, CSV, XLSX;

        /** By the file name: .xlsx, .csv, anything else (.dat, .txt) is an attlog. */
        public static Format of(Path file) {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            return name.endsWith(".xlsx") ? XLSX : name.endsWith(".csv") ? CSV : ATTLOG;
        }
    }

    /** What an import did. */
    public record Result(int read, int stored, int duplicates, int rejected, int daysWritten, int derivedTk,
            LocalDate from, LocalDate to) {
    }

    private static final String MAPPING_PREFIX = "attendance.mapping.";
    private static final Gson GSON = new Gson();

    private final Transactions tx;
    private final Clock clock;

    PunchImport(Transactions tx, Clock clock) {
        this.tx = tx;
        this.clock = clock;
    }

    /** The names of the saved column mappings. */
    public List<String> mappingNames() {
        return tx.read(w -> w.settings().names(MAPPING_PREFIX).stream()
                .map(n -> n.substring(MAPPING_PREFIX.length())).sorted().toList());
    }

    public Optional<PunchMapping> mapping(String name) {
        return tx.read(w -> w.settings().get(MAPPING_PREFIX + name).map(json -> GSON.fromJson(json, PunchMapping.class)));
    }

    /** Saves a mapping the user set once, to be chosen by name next time. */
    public void saveMapping(String name, PunchMapping mapping) {
        String clean = name == null ? "" : name.trim();
        if (clean.isEmpty()) {
            throw new AppException(Problem.of("name", "attendance.import.mappingName"));
        }
        tx.write(w -> {
            w.access().require(w.access().canEditStaffData(), "access.attendanceImport");
            w.settings().put(MAPPING_PREFIX + clean, GSON.toJson(mapping));
            return null;
        });
    }

    /** The column headers of a CSV/XLSX file, to set a mapping. */
    public List<String> headers(Path file) {
        try {
            return PunchTableReader.headers(file);
        } catch (id.tertib.io.ImportException e) {
            throw new AppException(List.of(Problem.of(null, e.messageKey(), e.args())), e);
        }
    }

    /**
     * Which machine a file comes from and the units it serves (ADR 0009).
     *
     * @param name blank: the serial in a ZKTeco file name ({@code BWXP201260011_attlog.dat}), or no name
     * @param unitCodes the units served, by code; remembered for the machine when the import is stored. Empty: the
     *     units remembered for the machine, else the units of the people whose scans the file holds
     */
    public record Machine(String name, List<String> unitCodes) {
        public static final Machine FROM_FILE = new Machine("", List.of());

        public Machine {
            name = name == null ? "" : name;
            unitCodes = unitCodes == null ? List.of() : List.copyOf(unitCodes);
        }
    }

    /** Reads and checks the file against what is stored; writes nothing. The machine is the one its name says. */
    public PunchPreview preview(Path file, Format format, PunchMapping mapping, ImportProgress progress) {
        return preview(file, format, mapping, Machine.FROM_FILE, progress);
    }

    /** Reads and checks the file against what is stored, for the machine and units chosen; writes nothing. */
    public PunchPreview preview(Path file, Format format, PunchMapping mapping, Machine machine,
            ImportProgress progress) {
        tx.requireWritable();
        String name = MachineScope.name(machine, file);
        progress.step(ImportProgress.Phase.READING, 0, 1);
        ReadResult<Punch> read = Imports.read(() -> switch (format) {
            case ATTLOG -> new AttlogReader().read(file);
            case CSV, XLSX -> new PunchTableReader(requireMapping(mapping)).read(file);
        });
        progress.checkCancelled();
        PersonKey key = format == Format.ATTLOG ? PersonKey.PIN : mapping.personKey();
        return tx.read(w -> {
            w.access().require(w.access().canEditStaffData(), "access.attendanceImport");
            return new PunchCheck(w, AttendanceRules.load(w), LocalDateTime.now(clock), key, progress)
                    .check(file, format, read, name, machine.unitCodes());
        });
    }

    /** The machine a file name names by its serial (ZKTeco), if any: to fill in the dialog's machine field. */
    public static Optional<String> serial(Path file) {
        return MachineScope.serial(file);
    }

    /** The machines remembered, by name, with the codes of the units each serves. */
    public Map<String, List<String>> machines() {
        return tx.read(w -> {
            Map<Long, String> codes = new HashMap<>();
            w.units().findAll().forEach(u -> codes.put(u.id(), u.code()));
            Map<String, List<String>> out = new LinkedHashMap<>();
            w.store().machines().all().forEach((name, ids) -> out.put(name,
                    ids.stream().map(codes::get).filter(c -> c != null).sorted().toList()));
            return out;
        });
    }

    private static PunchMapping requireMapping(PunchMapping mapping) {
        if (mapping == null) {
            throw new AppException(Problem.of("mapping", "attendance.import.mappingRequired"));
        }
        return mapping;
    }

    /** Stores the new punches and derives the period's days, all or nothing; stopping leaves the database as it was. */
    public Result commit(PunchPreview preview, ImportProgress progress) {
        return tx.write(w -> {
            w.access().require(w.access().canEditStaffData(), "access.attendanceImport");
            if (!preview.blocking().isEmpty()) {
                throw new DomainException(preview.blocking());
            }
            LocalDate from = preview.from();
            LocalDate to = preview.to();
            PunchPreview.Scope scope = preview.scope();
            Batch batch = new Batch(preview.fileName(), preview.sha256(), preview.read(), preview.rejectedCount(),
                    from, to, preview.punches(), preview.employeeIds(), scope.unitIds());
            if (scope.remembered()) {
                remember(w, scope);
            }
            Stored s = store(w, clock, batch, progress);
            int duplicates = preview.read() - preview.rejectedCount() - s.stored();
            w.store().attendance().updateImportCounts(s.importId(), s.stored(), duplicates);
            Map<String, String> counts = new LinkedHashMap<>();
            counts.put("file", preview.fileName());
            counts.put("sha256", preview.sha256());
            counts.put("covers", from + ".." + to);
            counts.put("read", String.valueOf(preview.read()));
            counts.put("stored", String.valueOf(s.stored()));
            counts.put("duplicates", String.valueOf(duplicates));
            counts.put("rejected", String.valueOf(preview.rejectedCount()));
            counts.put("days", String.valueOf(s.days().size()));
            counts.put("machine", scope.machine());
            counts.put("units", codes(scope.units()));
            w.audit().punchImport(s.importId(), preview.fileName(), counts, EmployeeImport.reason(preview.file()));
            return new Result(preview.read(), s.stored(), duplicates, preview.rejectedCount(), s.days().size(),
                    s.derivedTk(), from, to);
        });
    }

    /** The units a machine serves, kept for its next file; audited like any setting. */
    private static void remember(Work w, PunchPreview.Scope scope) {
        var machines = w.store().machines();
        Map<Long, Unit> units = new HashMap<>();
        w.units().findAll().forEach(u -> units.put(u.id(), u));
        var before = machines.find(scope.machine());
        var after = machines.save(scope.machine(), scope.unitIds());
        w.audit().machine(after.id(), after.name(),
                before.map(m -> AuditLog.machineValues(codes(m.unitIds().stream().map(units::get).toList()))).orElse(null),
                AuditLog.machineValues(codes(scope.units())));
    }

    /** "IKP.KP, SET.UK": unit codes in code order. */
    private static String codes(Collection<Unit> units) {
        return units.stream().filter(u -> u != null).map(Unit::code).sorted().collect(Collectors.joining(", "));
    }

    /**
     * Checked punches of one source (a machine file, or the demo office) over the period they cover, and the units
     * whose enrolled people it decides for ({@link MachineScope}).
     */
    record Batch(String fileName, String sha256, int read, int rejected, LocalDate from, LocalDate to,
            List<AttendanceRepository.StoredPunch> punches, Collection<Long> employeeIds, Set<Long> unitIds) {
    }

    /** What storing a batch did: its import row, how many punches were new, and the days written. */
    record Stored(long importId, int stored, List<AttendanceDay> days) {
        int derivedTk() {
            return (int) days.stream().filter(d -> d.source() == DaySource.DERIVED).count();
        }
    }

    private static final Comparator<AttendanceRepository.StoredPunch> BY_KEY = Comparator
            .comparingLong(AttendanceRepository.StoredPunch::employeeId)
            .thenComparing(AttendanceRepository.StoredPunch::at);

    /**
     * The one way punches enter the database: records the import, stores the punches not stored before, and derives
     * the days of the period from all the punches of the people concerned. Runs inside the caller's transaction; the
     * caller writes the audit entry.
     */
    static Stored store(Work w, Clock clock, Batch batch, ImportProgress progress) {
        var store = w.store().attendance();
        LocalDate from = batch.from();
        LocalDate to = batch.to();
        List<Employee> people = new ArrayList<>(MachineScope.concerned(w.employees().findAll(), batch.employeeIds(),
                batch.unitIds()));
        people.sort(Comparator.comparingLong(Employee::id)); // the days come out in key order as well
        List<Long> ids = people.stream().map(Employee::id).toList();
        Map<Long, Map<LocalDate, List<LocalDateTime>>> punches = storedPunches(w, ids, from, to);
        long importId = store.insertImport(new AttendanceRepository.ImportRecord(0, batch.fileName(), batch.sha256(),
                clock.instant().toString(), w.access().actor(), from, to, batch.read(), 0, 0, batch.rejected()));
        int total = batch.punches().size();
        progress.step(ImportProgress.Phase.STORING, 0, total);
        // In key order the punch table's B-tree grows at its end instead of splitting pages all over a large file.
        List<AttendanceRepository.StoredPunch> ordered = new ArrayList<>(batch.punches());
        ordered.sort(BY_KEY);
        int stored = store.insertPunches(importId, ordered, done -> {
            progress.step(ImportProgress.Phase.STORING, done, total);
            progress.checkCancelled();
        });
        for (AttendanceRepository.StoredPunch p : ordered) {
            add(punches, p.employeeId(), p.at());
        }
        progress.step(ImportProgress.Phase.DERIVING, 0, people.size());
        List<AttendanceDay> days = derive(w, AttendanceRules.load(w), LocalDate.now(clock), people, punches, from, to,
                progress);
        store.saveDays(days);
        return new Stored(importId, stored, days);
    }

    /** The stored punches of these people in the period, by person and date. */
    static Map<Long, Map<LocalDate, List<LocalDateTime>>> storedPunches(Work w, List<Long> ids, LocalDate from,
            LocalDate to) {
        Map<Long, Map<LocalDate, List<LocalDateTime>>> punches = new HashMap<>();
        w.store().attendance().forEachPunch(ids, from, to, (id, at) -> add(punches, id, at));
        return punches;
    }

    /** The days of these people in the period that change, from their punches and what is stored. */
    static List<AttendanceDay> derive(Work w, AttendanceRules rules, LocalDate today, List<Employee> people,
            Map<Long, Map<LocalDate, List<LocalDateTime>>> punches, LocalDate from, LocalDate to, ImportProgress progress) {
        Map<Long, Map<LocalDate, AttendanceDay>> existing = new HashMap<>();
        for (AttendanceDay d : w.store().attendance().days(people.stream().map(Employee::id).toList(), from, to)) {
            existing.computeIfAbsent(d.employeeId(), k -> new HashMap<>()).put(d.date(), d);
        }
        DayRebuild rebuild = new DayRebuild(rules, today);
        List<AttendanceDay> days = new ArrayList<>();
        int done = 0;
        for (Employee e : people) {
            days.addAll(rebuild.rebuild(e, from, to, punches.getOrDefault(e.id(), Map.of()),
                    existing.getOrDefault(e.id(), Map.of())));
            if (++done % 200 == 0 || done == people.size()) {
                progress.step(ImportProgress.Phase.DERIVING, done, people.size());
                progress.checkCancelled();
            }
        }
        return days;
    }

    private static void add(Map<Long, Map<LocalDate, List<LocalDateTime>>> punches, long id, LocalDateTime at) {
        punches.computeIfAbsent(id, k -> new HashMap<>()).computeIfAbsent(at.toLocalDate(), k -> new ArrayList<>(4))
                .add(at);
    }
}
