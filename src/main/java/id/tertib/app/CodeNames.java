package id.tertib.app;

import id.tertib.store.ScheduleRepository;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What each attendance code means in words: the default codes by their message keys, an office's own codes by the
 * name the office gave them (Jadwal Kerja › Kode). The grid's code picker, its legend and the printed recap read
 * the same names, so "CB" never means one thing on screen and another on paper.
 */
public record CodeNames(Map<String, String> office) {

    public static final CodeNames DEFAULTS_ONLY = new CodeNames(Map.of());

    private static final Map<String, String> DEFAULT_KEYS = Map.ofEntries(
            Map.entry("H", "attendance.codeName.H"), Map.entry("TL", "attendance.codeName.TL"),
            Map.entry("PSW", "attendance.codeName.PSW"), Map.entry("DL", "attendance.codeName.DL"),
            Map.entry("DD", "attendance.codeName.DD"), Map.entry("TB", "attendance.codeName.TB"),
            Map.entry("S", "attendance.codeName.S"), Map.entry("I", "attendance.codeName.I"),
            Map.entry("CT", "attendance.codeName.CT"), Map.entry("CB", "attendance.codeName.CB"),
            Map.entry("CS", "attendance.codeName.CS"), Map.entry("CM", "attendance.codeName.CM"),
            Map.entry("CAP", "attendance.codeName.CAP"), Map.entry("CLTN", "attendance.codeName.CLTN"),
            Map.entry("CBS", "attendance.codeName.CBS"), Map.entry("TK", "attendance.codeName.TK"));

    public CodeNames {
        office = Map.copyOf(office);
    }

    static CodeNames load(Work w) {
        return new CodeNames(w.store().schedules().officeCodes().stream().collect(Collectors.toMap(
                c -> c.code().code(), ScheduleRepository.OfficeCode::name, (a, b) -> a)));
    }

    /** "Hadir" for H; an office code's own name; "Kode kantor" for a code nobody named. */
    public String name(String code, I18n i18n) {
        String key = DEFAULT_KEYS.get(code);
        if (key != null) {
            return i18n.get(key);
        }
        String own = office.get(code);
        return own == null || own.isBlank() ? i18n.get("attendance.codeName.office") : own;
    }

    /** "H — Hadir": how a code is offered in a picker and listed in a legend. */
    public String label(String code, I18n i18n) {
        return code + " — " + name(code, i18n);
    }
}
