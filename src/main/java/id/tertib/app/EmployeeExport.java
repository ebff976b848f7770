package id.tertib.app;

import id.tertib.domain.Employee;
import id.tertib.domain.Unit;
import id.tertib.io.CsvTableWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Writes employees as CSV with the same columns the importer reads, so a list can be edited and re-imported. */
public final class EmployeeExport {

    public static final List<String> HEADER = List.of("nip", "front_title", "name", "back_title", "gender",
            "birth_date", "status", "golongan", "position", "position_kind", "unit_code", "pin", "active",
            "appointed_on");

    private EmployeeExport() {
    }

    public static void csv(List<Employee> employees, List<Unit> units, Appendable out) {
        Map<Long, String> unitCodes = units.stream().collect(Collectors.toMap(Unit::id, Unit::code, (a, b) -> a));
        List<List<String>> rows = new ArrayList<>();
        for (Employee e : employees) {
            rows.add(List.of(e.number(), e.name().frontTitle(), e.name().name(), e.name().backTitle(),
                    e.gender() == id.tertib.domain.Gender.MALE ? "L" : "P", e.birthDate().toString(), e.status().name(),
                    text(e.golongan(), g -> g.code()), e.positionName(), e.positionKind().name(),
                    unitCodes.getOrDefault(e.unitId(), ""), e.pin() == null ? "" : e.pin(),
                    e.active() ? "1" : "0", e.appointedOn() == null ? "" : e.appointedOn().toString()));
        }
        try {
            CsvTableWriter.write(out, HEADER, rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> String text(T value, Function<T, String> f) {
        return value == null ? "" : f.apply(value);
    }
}
