package id.tertib.io;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One expected column of an input file: its canonical name and the headers people actually write,
 * most specific first ("kode unit" before "unit"), so that a sheet with both picks the right one.
 */
public record Column(String name, boolean required, List<String> aliases) {

    public static Column required(String name, String... aliases) {
        return new Column(name, true, keys(name, aliases));
    }

    public static Column optional(String name, String... aliases) {
        return new Column(name, false, keys(name, aliases));
    }

    private static List<String> keys(String name, String... aliases) {
        Set<String> keys = new LinkedHashSet<>();
        keys.add(headerKey(name));
        for (String a : aliases) {
            keys.add(headerKey(a));
        }
        return List.copyOf(keys);
    }

    boolean matches(String header) {
        return rank(header) >= 0;
    }

    /** 0 for the canonical name, higher for vaguer aliases, -1 when the header is not this column. */
    int rank(String header) {
        return aliases.indexOf(headerKey(header));
    }

    /** "Kode_Unit", " kode-unit ", "KODE  UNIT" and "Golongan / Ruang" all compare equal to their plain form. */
    static String headerKey(String header) {
        return CellText.clean(header).toLowerCase(java.util.Locale.ROOT)
                .replace('_', ' ').replace('-', ' ')
                .replaceAll("\\s+", " ")
                .replace(" /", "/").replace("/ ", "/")
                .strip();
    }

    static List<String> names(List<Column> columns) {
        return columns.stream().map(Column::name).toList();
    }
}
