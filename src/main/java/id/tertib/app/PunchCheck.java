package id.tertib.app;

import id.tertib.domain.Employee;
import id.tertib.domain.Problem;
import id.tertib.domain.attendance.AttendanceDay;
import id.tertib.domain.attendance.DaySource;
import id.tertib.domain.attendance.PunchWindows;
import id.tertib.io.ReadResult;
import id.tertib.domain.attendance.PersonKey;
import id.tertib.io.attendance.Punch;
import id.tertib.store.AttendanceRepository.StoredPunch;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks the punches read from a machine file against the people and the rules stored: whose each punch is, which
 * are new, which fall outside the arrival and departure windows, and whether the calendar of every year is set.
 */
final class PunchCheck {

    /** Line numbers shown per unknown PIN before "and N more". */
    private static final int LINES_PER_PIN = 5;

    private final Work work;
    private final AttendanceRules rules;
    private final AttendanceRules.ScheduleBook book;
    private final LocalDateTime now;
    private final PersonKey key;
    private final ImportProgress progress;

    PunchCheck(Work work, AttendanceRules rules, LocalDateTime now, PersonKey key, ImportProgress progress) {
        this.work = work;
        this.rules = rules;
        this.book = rules.book();
        this.now = now;
        this.key = key;
        this.progress = progress;
    }

    /**
     * @param machine the machine's name ("" for none)
     * @param units the codes of the units it serves, given for this import; empty: remembered or of the people in the
     *     file
     */
    PunchPreview check(Path file, PunchImport.Format format, ReadResult<Punch> read, String machine,
            List<String> units) {
        List<Employee> everyone = work.employees().findAll();
        List<ImportIssue> rejected = new ArrayList<>(Imports.issues(read.errors().stream().limit(PunchPreview.SHOWN).toList()));
        int rejectedCount = read.errors().size();
        Map<String, List<Employee>> byKey = people(everyone);
        // A file repeats each PIN exactly as written on every line: look each spelling up once.
        Map<String, List<Employee>> byPin = new HashMap<>();
        Map<String, List<Integer>> unknown = new LinkedHashMap<>();
        int rows = read.rows().size();
        List<StoredPunch> unique = new ArrayList<>(rows);
        int[] uniqueLines = new int[rows];
        Map<Long, Employee> employees = new HashMap<>();
        LongSet seen = new LongSet(rows);
        int kept = 0;
        LocalDate from = null;
        LocalDate to = null;
        for (Punch p : read.rows()) {
            List<Employee> owners = byPin.computeIfAbsent(p.pin(), k -> byKey.getOrDefault(normalise(k), List.of()));
            LocalDateTime at = p.at().getNano() == 0 ? p.at() : p.at().truncatedTo(ChronoUnit.SECONDS);
            if (owners.isEmpty()) {
                unknown.computeIfAbsent(p.pin(), k -> new ArrayList<>()).add(p.line());
                rejectedCount++;
            } else if (owners.size() > 1) {
                rejectedCount++;
                addCapped(rejected, new ImportIssue(p.line(), null, Problem.of(null, "attendance.import.pinShared",
                        p.pin(), owners.get(0).name().full(), owners.get(1).name().full())));
            } else if (at.isAfter(now)) {
                rejectedCount++;
                addCapped(rejected, new ImportIssue(p.line(), null,
                        Problem.of(null, "attendance.import.future", p.pin(), at.toString().replace('T', ' '))));
            } else {
                Employee e = owners.get(0);
                kept++;
                if (seen.add(key(e.id(), at))) {
                    employees.putIfAbsent(e.id(), e);
                    uniqueLines[unique.size()] = p.line();
                    unique.add(new StoredPunch(e.id(), at, p.deviceStatus(), p.verifyMode()));
                    LocalDate date = at.toLocalDate();
                    from = from == null || date.isBefore(from) ? date : from;
                    to = to == null || date.isAfter(to) ? date : to;
                }
            }
            if (kept % 50_000 == 0) {
                progress.step(ImportProgress.Phase.CHECKING, kept, rows);
                progress.checkCancelled();
            }
        }
        unknown.forEach((pin, at) -> addCapped(rejected, unknownPin(pin, at)));
        rejected.sort(java.util.Comparator.comparingInt(ImportIssue::row));

        int repeatedInFile = kept - unique.size();
        int alreadyStored = from == null ? 0 : countStored(employees.keySet(), from, to, seen);
        List<Problem> blocking = blocking(from, to);
        List<ImportIssue> outside = new ArrayList<>();
        int outsideCount = blocking.isEmpty() ? outside(unique, uniqueLines, employees, outside) : 0;
        PunchPreview.Scope scope = MachineScope.resolve(work, machine, units, employees.values());
        if (blocking.isEmpty()) {
            scope = absentees(scope, everyone, employees.keySet(), from, to);
        }
        return new PunchPreview(file, format, sha256(file), read.rows().size() + read.errors().size(), from, to, employees.size(),
                unique.size() - alreadyStored, repeatedInFile + alreadyStored, List.copyOf(rejected), rejectedCount,
                List.copyOf(outside), outsideCount, scope, blocking,
                new PunchPreview.Payload(unique, employees.keySet()));
    }

    /**
     * The TK the import gives the people of the units served who are not in the file, worked out exactly as the
     * commit will (their other scans in the period, days people recorded, today and the appointment month).
     */
    private PunchPreview.Scope absentees(PunchPreview.Scope scope, List<Employee> everyone, Set<Long> inFile,
            LocalDate from, LocalDate to) {
        List<Employee> absent = MachineScope.concerned(everyone, Set.of(), scope.unitIds()).stream()
                .filter(e -> !inFile.contains(e.id())).toList();
        if (absent.isEmpty()) {
            return scope;
        }
        List<Long> ids = absent.stream().map(Employee::id).toList();
        var punches = PunchImport.storedPunches(work, ids, from, to);
        List<AttendanceDay> days = PunchImport.derive(work, rules, now.toLocalDate(), absent, punches, from, to,
                ImportProgress.NONE);
        Map<Long, Long> tkByPerson = days.stream().filter(d -> d.source() == DaySource.DERIVED)
                .collect(Collectors.groupingBy(AttendanceDay::employeeId, Collectors.counting()));
        int tkDays = (int) tkByPerson.values().stream().mapToLong(Long::longValue).sum();
        return scope.withTk(tkByPerson.size(), tkDays);
    }

    /** Employees by the key the file uses: the PIN (as typed, leading zeros ignored) or the NIP. */
    private Map<String, List<Employee>> people(List<Employee> everyone) {
        Map<String, List<Employee>> byKey = new HashMap<>();
        for (Employee e : everyone) {
            String k = key == PersonKey.NIP ? e.number() : e.pin();
            if (k != null && !k.isBlank()) {
                byKey.computeIfAbsent(normalise(k), x -> new ArrayList<>(1)).add(e);
            }
        }
        return byKey;
    }

    /** Machines pad PINs with spaces or zeros ("  0042"); a NIP may be typed with spaces. */
    private String normalise(String k) {
        String s = k.replace(" ", "");
        if (key == PersonKey.PIN) {
            int i = 0;
            while (i < s.length() - 1 && s.charAt(i) == '0') {
                i++;
            }
            s = s.substring(i);
        }
        return s;
    }

    private static long key(long employeeId, LocalDateTime at) {
        return employeeId * 10_000_000_000L + at.toEpochSecond(ZoneOffset.UTC);
    }

    private int countStored(Set<Long> ids, LocalDate from, LocalDate to, LongSet inFile) {
        int[] count = {0};
        work.store().attendance().forEachPunch(ids, from, to, (id, at) -> {
            if (inFile.contains(key(id, at))) {
                count[0]++;
            }
        });
        return count[0];
    }

    /** Every year the file touches must have its calendar set: working days cannot be guessed. */
    private List<Problem> blocking(LocalDate from, LocalDate to) {
        if (from == null) {
            return List.of(Problem.of(null, "attendance.import.nothing"));
        }
        List<Problem> problems = new ArrayList<>();
        for (int y = from.getYear(); y <= to.getYear(); y++) {
            if (!rules.calendar().covers(LocalDate.of(y, 1, 1))) {
                problems.add(Problem.of("date", "calendar.yearNotSet", y));
            }
        }
        return problems;
    }

    /** Punches kept but used for nothing, for the user to see (lunch scans, weekend overtime). */
    private int outside(List<StoredPunch> punches, int[] lines, Map<Long, Employee> employees,
            List<ImportIssue> shown) {
        int count = 0;
        PunchWindows windows = PunchWindows.DEFAULT;
        // The windows of a unit's day, worked out once: a million punches fall on a few thousand unit-days.
        Map<Long, Map<LocalDate, Optional<PunchWindows.Bounds>>> bounds = new HashMap<>();
        for (int i = 0; i < punches.size(); i++) {
            StoredPunch p = punches.get(i);
            long unit = employees.get(p.employeeId()).unitId();
            LocalDate date = p.at().toLocalDate();
            Optional<PunchWindows.Bounds> day = bounds.computeIfAbsent(unit, u -> new HashMap<>())
                    .computeIfAbsent(date, d -> book.isWorkingDay(unit, d)
                            ? Optional.of(windows.bounds(d, book.hours(unit, d).orElseThrow())) : Optional.empty());
            String why = null;
            if (day.isEmpty()) {
                why = "attendance.import.notWorkingDay";
            } else if (!day.get().inMorning(p.at()) && !day.get().inAfternoon(p.at())) {
                why = "attendance.import.outsideWindows";
            }
            if (why != null) {
                count++;
                addCapped(shown, new ImportIssue(lines[i], null, Problem.of(null, why,
                        employees.get(p.employeeId()).name().full(), p.at().toString().replace('T', ' '))));
            }
        }
        return count;
    }

    private static ImportIssue unknownPin(String pin, List<Integer> lines) {
        String shown = String.join(", ", lines.stream().limit(LINES_PER_PIN).map(String::valueOf).toList());
        int more = Math.max(0, lines.size() - LINES_PER_PIN);
        return new ImportIssue(lines.get(0), null,
                Problem.of(null, "attendance.import.unknownPin", pin, lines.size(), shown, more));
    }

    private static void addCapped(List<ImportIssue> list, ImportIssue issue) {
        if (list.size() < PunchPreview.SHOWN) {
            list.add(issue);
        }
    }

    static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int r; (r = in.read(buffer)) > 0; ) {
                md.update(buffer, 0, r);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (IOException | NoSuchAlgorithmException e) {
            return "";
        }
    }
}
