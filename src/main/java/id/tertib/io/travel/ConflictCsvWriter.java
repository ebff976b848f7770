package id.tertib.io.travel;

import com.google.gson.stream.JsonWriter;
import id.tertib.domain.travel.Conflict;
import id.tertib.domain.travel.ConflictKind;
import id.tertib.io.CsvTableWriter;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The reconciliation report for scripts ({@code tertib travel conflicts --format csv|json}): one line per conflict
 * with {@code kind,nip,name,number,from,to,dates,other,amount,limit}. The kind is its lower-case code (overlap, leave,
 * sick, punches, cap); dates are ISO, {@code dates} joined with ";"; {@code amount} is the days concerned (the year's
 * travel days for the cap), {@code limit} the cap; both are left empty for kinds that carry none. JSON: {@code {"conflicts": [...]}} with the same
 * names, {@code dates} as an array and empty numbers as null.
 */
public final class ConflictCsvWriter {

    public static final List<String> COLUMNS =
            List.of("kind", "nip", "name", "number", "from", "to", "dates", "other", "amount", "limit");

    /** A conflict with the traveller's number (bare digits) and full name. */
    public record Row(Conflict conflict, String nip, String name) {
    }

    private ConflictCsvWriter() {
    }

    public static void csv(List<Row> rows, Appendable out) throws IOException {
        CsvTableWriter.write(out, COLUMNS, java.util.Set.of("amount", "limit"),
                rows.stream().map(ConflictCsvWriter::line).toList());
    }

    public static void json(List<Row> rows, Writer out) throws IOException {
        JsonWriter json = new JsonWriter(out); // not closed: the caller owns out
        json.setIndent("  ");
        json.beginObject().name("conflicts").beginArray();
        for (Row row : rows) {
            Conflict c = row.conflict();
            json.beginObject();
            json.name("kind").value(kind(c.kind()));
            json.name("nip").value(row.nip());
            json.name("name").value(row.name());
            json.name("number").value(c.tripNumber());
            json.name("from").value(iso(c.from()));
            json.name("to").value(iso(c.to()));
            json.name("dates").beginArray();
            for (LocalDate d : c.dates()) {
                json.value(d.toString());
            }
            json.endArray();
            json.name("other").value(c.other());
            if (hasAmount(c)) {
                json.name("amount").value(c.amount());
            } else {
                json.name("amount").nullValue();
            }
            if (c.kind() == ConflictKind.CAP) {
                json.name("limit").value(c.limit());
            } else {
                json.name("limit").nullValue();
            }
            json.endObject();
        }
        json.endArray().endObject();
        json.flush();
        out.write('\n');
    }

    private static List<String> line(Row row) {
        Conflict c = row.conflict();
        boolean amount = hasAmount(c);
        return List.of(kind(c.kind()), text(row.nip()), text(row.name()), text(c.tripNumber()), iso(c.from()),
                iso(c.to()),
                c.dates().stream().map(LocalDate::toString).collect(Collectors.joining(";")), c.other(),
                amount ? String.valueOf(c.amount()) : "", c.kind() == ConflictKind.CAP ? String.valueOf(c.limit()) : "");
    }

    static String kind(ConflictKind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    /** A count of days (the year's travel days, the days with punches or sickness); only the cap has a limit. */
    private static boolean hasAmount(Conflict c) {
        return c.kind() == ConflictKind.CAP || c.amount() != 0;
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    private static String iso(LocalDate date) {
        return date == null ? "" : date.toString();
    }
}
