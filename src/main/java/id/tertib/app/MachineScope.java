package id.tertib.app;

import id.tertib.domain.Employee;
import id.tertib.domain.Problem;
import id.tertib.domain.Unit;
import id.tertib.store.MachineRepository;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Whose absence a machine file may decide (issue 12, ADR 0009). A file says who scanned, not who should have: an
 * office with two buildings has two machines, and the people of the other building are simply not in this one's file.
 * So a working day without a scan becomes TK only for the people of the units the machine serves: the units
 * remembered for the machine, or given for this import, or else the units of the people who appear in the file. Units
 * are taken exactly: a sub-unit in another building is not served because its parent is.
 */
final class MachineScope {

    /** "BWXP201260011_attlog.dat": ZKTeco names its USB export after the machine's serial number. */
    private static final Pattern ZKTECO_NAME = Pattern.compile("(.+?)_attlog\\.[A-Za-z0-9]+", Pattern.CASE_INSENSITIVE);
    /** Longest machine name kept (the column's width). */
    static final int MAX_NAME = 100;

    private MachineScope() {
    }

    /** The serial number in a ZKTeco export's file name, if the name has that shape. */
    static Optional<String> serial(Path file) {
        Matcher m = ZKTECO_NAME.matcher(file.getFileName().toString());
        return m.matches() && !m.group(1).isBlank() ? Optional.of(m.group(1).trim()) : Optional.empty();
    }

    /** The machine's name: the one given, else the serial in the file name, else "" (a machine without a name). */
    static String name(PunchImport.Machine choice, Path file) {
        String given = choice.name() == null ? "" : choice.name().strip();
        if (given.length() > MAX_NAME) {
            throw new AppException(Problem.of("machine", "attendance.import.machineNameTooLong", MAX_NAME));
        }
        return given.isEmpty() ? serial(file).orElse("") : given;
    }

    /**
     * Works out the units the import concerns.
     *
     * @param inFile the people whose scans the file holds
     */
    static PunchPreview.Scope resolve(Work w, String machine, List<String> codes, Collection<Employee> inFile) {
        Map<Long, Unit> units = w.units().findAll().stream().collect(Collectors.toMap(Unit::id, Function.identity()));
        Optional<MachineRepository.Machine> stored = machine.isEmpty() ? Optional.empty()
                : w.store().machines().find(machine);
        String name = stored.map(MachineRepository.Machine::name).orElse(machine);
        if (codes != null && codes.stream().anyMatch(c -> c != null && !c.isBlank())) {
            return scope(name, PunchPreview.Origin.GIVEN, given(w, codes));
        }
        if (stored.isPresent() && !stored.get().unitIds().isEmpty()) {
            return scope(name, PunchPreview.Origin.STORED,
                    stored.get().unitIds().stream().map(units::get).filter(u -> u != null).toList());
        }
        Set<Long> ofPeople = inFile.stream().map(Employee::unitId).collect(Collectors.toCollection(TreeSet::new));
        return scope(name, PunchPreview.Origin.FILE, ofPeople.stream().map(units::get).filter(u -> u != null).toList());
    }

    private static List<Unit> given(Work w, List<String> codes) {
        List<Unit> found = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String code : codes) {
            String c = code == null ? "" : code.strip();
            if (c.isEmpty()) {
                continue;
            }
            w.units().findByCode(c).ifPresentOrElse(found::add, () -> unknown.add(c));
        }
        if (!unknown.isEmpty()) {
            String known = w.units().findAll().stream().map(Unit::code).collect(Collectors.joining(", "));
            throw new AppException(Problem.of("units", "attendance.import.unknownUnits", String.join(", ", unknown),
                    known));
        }
        return found;
    }

    private static PunchPreview.Scope scope(String machine, PunchPreview.Origin origin, List<Unit> units) {
        List<Unit> sorted = units.stream().distinct()
                .sorted(Comparator.comparing(u -> u.code().toLowerCase(Locale.ROOT))).toList();
        return new PunchPreview.Scope(machine, origin, sorted, 0, 0);
    }

    /**
     * The people whose days the import decides: everyone in the file, and every active person enrolled on a machine
     * (with a PIN) in one of the units served, since a working day without their scan is TK until someone records why.
     */
    static List<Employee> concerned(List<Employee> everyone, Collection<Long> inFile, Set<Long> units) {
        Set<Long> ids = new TreeSet<>(inFile);
        List<Employee> people = new ArrayList<>();
        for (Employee e : everyone) {
            if (ids.contains(e.id()) || (enrolled(e) && units.contains(e.unitId()))) {
                people.add(e);
            }
        }
        return people;
    }

    /** Active with a PIN: someone a machine expects to see. */
    static boolean enrolled(Employee e) {
        return e.active() && e.pin() != null && !e.pin().isBlank();
    }
}
