package id.tertib.app;

import id.tertib.domain.DomainException;
import id.tertib.domain.Employee;
import id.tertib.domain.Problem;
import id.tertib.domain.Unit;
import id.tertib.domain.UnitTree;
import id.tertib.domain.attendance.AttendanceCode;
import id.tertib.domain.attendance.AttendanceDay;
import id.tertib.domain.attendance.Holiday;
import id.tertib.domain.attendance.MonthlyRecap;
import id.tertib.io.attendance.RecapCsvWriter;
import id.tertib.io.attendance.RecapTexts;
import id.tertib.io.attendance.RecapXlsxWriter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The monthly attendance recap of a unit (with its sub-units) or of the whole agency, and its export as CSV (for other
 * systems) or XLSX (to print, sign and file). One query reads the month's days for everyone; the rest is memory work,
 * so an agency of 8,000 people exports in a few seconds.
 */
public final class RecapService {

    /** The file formats, chosen by the file's extension. */
    public enum Format {
        CSV, XLSX;

        /** The format of {@code file}, or a refusal naming the file and the extensions that work. */
        public static Format of(Path file) {
            String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
            if (name.endsWith(".csv")) {
                return CSV;
            }
            if (name.endsWith(".xlsx")) {
                return XLSX;
            }
            throw AppException.of("attendance.recap.badExtension", String.valueOf(file.getFileName()));
        }
    }

    private final Transactions tx;
    private final Clock clock;
    private final SettingsService settings;
    private final OutputFiles outputs;

    RecapService(Transactions tx, Clock clock, SettingsService settings, OutputFiles outputs) {
        this.tx = tx;
        this.clock = clock;
        this.settings = settings;
        this.outputs = outputs;
    }

    /**
     * The recap of a unit and its sub-units, or of every unit when {@code unitId} is null (administrators and HR
     * officers only). People: the active ones, and anyone with a record that month; by unit (tree order), then name.
     * Refused when the month's year has no working calendar: without it no one can tell working days from holidays.
     */
    public MonthlyRecap recap(Long unitId, YearMonth month) {
        return tx.read(w -> build(w, unitId, month));
    }

    /** Writes the recap to {@code out} (.csv or .xlsx) in the app's language, with no place in the signature line. */
    public MonthlyRecap export(Long unitId, YearMonth month, Path out) {
        return export(unitId, month, out, settings.language(), "");
    }

    /**
     * Writes the recap to {@code out}, CSV or XLSX by its extension; the XLSX speaks {@code language} and signs at
     * {@code place} (e.g. "Sukamaju"; blank leaves a dotted line). The file appears whole or not at all.
     */
    public MonthlyRecap export(Long unitId, YearMonth month, Path out, Locale language, String place) {
        Format format = Format.of(out);
        outputs.requireNotProtected(out);
        MonthlyRecap recap = recap(unitId, month);
        Path target = out.toAbsolutePath();
        Path temp = target.resolveSibling(target.getFileName() + ".tmp");
        try {
            if (format == Format.CSV) {
                try (BufferedWriter writer = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                    RecapCsvWriter.write(recap, writer);
                }
            } else {
                try (OutputStream stream = Files.newOutputStream(temp)) {
                    RecapXlsxWriter.write(recap, texts(recap, new I18n(language), place), stream);
                }
            }
            move(temp, target);
        } catch (IOException e) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // the message below is what matters
            }
            throw new AppException(List.of(Problem.of(null, "attendance.recap.cannotWrite", target)), e);
        }
        return recap;
    }

    static void move(Path from, Path to) throws IOException {
        // A recap or an analysis holds personal data (UU 27/2022): readable by its owner only, like the database.
        id.tertib.store.PrivateFiles.restrictFile(from);
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private MonthlyRecap build(Work w, Long unitId, YearMonth month) {
        UnitTree tree = new UnitTree(w.units().findAll());
        List<Unit> tops;
        if (unitId == null) {
            w.access().require(w.access().role().seesAllUnits(), "access.otherUnit");
            tops = tree.roots();
        } else {
            w.access().requireUnit(unitId);
            tops = List.of(tree.find(unitId)
                    .orElseThrow(() -> new DomainException(Problem.of("unit", "attendance.unitNotFound", unitId))));
        }
        AttendanceRules rules = AttendanceRules.load(w);
        LocalDate from = month.atDay(1);
        if (!rules.calendar().covers(from)) {
            throw new DomainException(Problem.of("month", "calendar.yearNotSet", month.getYear()));
        }
        Map<Long, Integer> unitOrder = new HashMap<>();
        tops.forEach(u -> preorder(tree, u, unitOrder));
        List<Employee> inUnits = w.employees().findAll().stream().filter(e -> unitOrder.containsKey(e.unitId()))
                .toList();
        Map<Long, Map<LocalDate, AttendanceDay>> records = StoredDays.of(w,
                inUnits.stream().map(Employee::id).toList(), from, month.atEndOfMonth());
        List<Employee> people = inUnits.stream().filter(e -> e.active() || records.containsKey(e.id()))
                .sorted(Comparator.comparing((Employee e) -> unitOrder.get(e.unitId()))
                        .thenComparing(e -> e.name().name()).thenComparing(Employee::number))
                .toList();
        AttendanceRules.ScheduleBook book = rules.book();
        List<MonthlyRecap.Row> rows = new ArrayList<>(people.size());
        for (Employee e : people) {
            String unitName = tree.find(e.unitId()).map(Unit::name).orElse("");
            rows.add(MonthlyRecap.Row.of(
                    new MonthlyRecap.Person(e.number(), e.numberGrouped(), e.name().full(), e.unitId(), unitName),
                    month, date -> book.isWorkingDay(e.unitId(), date), records.getOrDefault(e.id(), Map.of()),
                    rules.codes()));
        }
        Optional<Unit> top = tops.size() == 1 ? Optional.of(tops.get(0)) : Optional.empty();
        return new MonthlyRecap(top.map(Unit::name).orElse(""), month, days(month, rules), rows,
                top.flatMap(u -> head(inUnits, u.id())));
    }

    /** The unit first, then each sub-unit's subtree in code order, as the unit tree is shown. */
    private static void preorder(UnitTree tree, Unit unit, Map<Long, Integer> order) {
        if (order.putIfAbsent(unit.id(), order.size()) != null) {
            return;
        }
        tree.childrenOf(unit.id()).forEach(child -> preorder(tree, child, order));
    }

    private static List<MonthlyRecap.Day> days(YearMonth month, AttendanceRules rules) {
        List<MonthlyRecap.Day> days = new ArrayList<>();
        for (int d = 1; d <= month.lengthOfMonth(); d++) {
            LocalDate date = month.atDay(d);
            days.add(new MonthlyRecap.Day(date, rules.calendar().isWorkingDay(date),
                    rules.calendar().holiday(date).map(Holiday::name).orElse("")));
        }
        return days;
    }

    /** The unit's own active structural official, the highest in rank first; empty when it has none. */
    private static Optional<MonthlyRecap.Signatory> head(List<Employee> people, long unitId) {
        return people.stream()
                .filter(e -> e.unitId() == unitId && e.active() && e.positionKind().isStructural())
                .min(Comparator.comparing(Employee::positionKind).thenComparing(e -> e.name().name()))
                .map(e -> new MonthlyRecap.Signatory(e.name().full(), e.numberGrouped()));
    }

    /** The words of the printed recap in {@code i18n}'s language. */
    RecapTexts texts(MonthlyRecap recap, I18n i18n, String place) {
        Locale locale = i18n.locale();
        String month = i18n.month(recap.month());
        String unit = recap.unitName();
        List<String> legend = new ArrayList<>();
        CodeNames names = tx.read(CodeNames::load);
        for (AttendanceCode c : codes()) {
            legend.add(c.code() + " = " + names.name(c.code(), i18n));
        }
        String dots = i18n.get("attendance.recap.dots");
        Optional<MonthlyRecap.Signatory> head = recap.head();
        return new RecapTexts(
                i18n.get("attendance.recap.sheet", month),
                i18n.get("attendance.recap.title"),
                (unit.isEmpty() ? i18n.get("attendance.recap.allUnits") : unit).toUpperCase(locale),
                i18n.get("attendance.recap.monthLine", month).toUpperCase(locale),
                i18n.get("attendance.recap.no"),
                i18n.get("attendance.recap.nip"),
                i18n.get("attendance.recap.name"),
                i18n.get("attendance.recap.dates"),
                i18n.get("attendance.recap.totals"),
                List.of(i18n.get("attendance.recap.present"), i18n.get("attendance.recap.lateMinutes"),
                        i18n.get("attendance.recap.earlyMinutes"), i18n.get("attendance.recap.sick"),
                        i18n.get("attendance.recap.permission"), i18n.get("attendance.recap.leave"),
                        i18n.get("attendance.recap.duty"), i18n.get("attendance.recap.unexcused"),
                        i18n.get("attendance.recap.incomplete")),
                i18n.get("attendance.recap.legend"),
                legend,
                i18n.get("attendance.recap.placeDate", place == null || place.isBlank() ? dots : place.strip(),
                        i18n.longDate(LocalDate.now(clock))),
                unit.isEmpty() ? i18n.get("attendance.recap.official") : i18n.get("attendance.recap.head", unit),
                head.map(MonthlyRecap.Signatory::name).orElse("(" + dots + dots + ")"),
                i18n.get("attendance.recap.signatoryNip", head.map(MonthlyRecap.Signatory::nipGrouped).orElse(dots)));
    }

    private List<AttendanceCode> codes() {
        return tx.read(w -> AttendanceRules.load(w).codes()).all();
    }
}
