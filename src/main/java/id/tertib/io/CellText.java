package id.tertib.io;

/** Cleans a cell the way a spreadsheet user means it. */
public final class CellText {

    private CellText() {
    }

    /**
     * Trims (also the no-break spaces Excel leaves behind), drops a leading byte-order mark and one
     * leading apostrophe, which users type (and {@link CsvTableWriter} writes) to force text.
     */
    public static String clean(String raw) {
        if (raw == null) {
            return "";
        }
        String s = raw.replace('\u00A0', ' ').replace("\uFEFF", "").strip();
        if (s.startsWith("'")) {
            s = s.substring(1).strip();
        }
        return s;
    }

    /** A value quoted in a message, cut at 40 characters so a wrongly chosen file cannot flood the screen. */
    public static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
