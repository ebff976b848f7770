package id.tertib.io.travel;

import com.google.gson.stream.JsonWriter;
import id.tertib.domain.fairness.FairnessFlag;
import id.tertib.io.CsvTableWriter;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.AbstractList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The fairness analysis for scripts ({@code tertib fairness --format csv|json}). Column names are the same in every
 * language; numbers use a dot and fixed digits: share and Gini 4 decimals, expected trips 2, the p-value 6 significant
 * digits (tiny ones as 1.23457E-7); {@code flag} holds the flags' codes ("excess", "streak", "excess;streak" or "")
 * and {@code reason} the explanation in the report's language.
 *
 * <p>CSV: the people table, a blank line, then the summary as a second table with its own header, so a script reads
 * the first block up to the blank line. JSON: one object {@code {"summary": {...}, "people": [...]}}.
 */
public final class FairnessCsvWriter {

    public static final List<String> PEOPLE_COLUMNS = List.of("nip", "name", "trips", "days", "allowance", "share",
            "expected_trips", "p_value", "flag", "reason");
    public static final List<String> SUMMARY_COLUMNS = List.of("people", "trips", "gini", "top20_share");
    /** Columns that hold numbers (kept numeric); the rest is text, neutralised against formulas. */
    private static final java.util.Set<String> NUMERIC = java.util.Set.of("trips", "days", "allowance", "share",
            "expected_trips", "p_value", "people", "gini", "top20_share");

    private FairnessCsvWriter() {
    }

    public static void csv(FairnessSheet sheet, Appendable out) throws IOException {
        csv(sheet.people(), sheet.totals(), out);
    }

    /** The same from the parts scripts need; the words of a {@link FairnessSheet} play no part here. */
    public static void csv(List<FairnessSheet.Person> people, FairnessSheet.Totals t, Appendable out)
            throws IOException {
        CsvTableWriter.write(out, PEOPLE_COLUMNS, NUMERIC, new AbstractList<>() {
            @Override
            public List<String> get(int index) {
                return line(people.get(index));
            }

            @Override
            public int size() {
                return people.size();
            }
        });
        out.append('\n');
        CsvTableWriter.write(out, SUMMARY_COLUMNS, NUMERIC, List.of(List.of(String.valueOf(t.people()),
                String.valueOf(t.trips()), fixed(t.gini(), 4), fixed(t.top20Share(), 4))));
    }

    public static void json(FairnessSheet sheet, Writer out) throws IOException {
        json(sheet.people(), sheet.totals(), out);
    }

    public static void json(List<FairnessSheet.Person> people, FairnessSheet.Totals t, Writer out)
            throws IOException {
        JsonWriter json = new JsonWriter(out); // not closed: the caller owns out
        json.setIndent("  ");
        json.beginObject();
        json.name("summary").beginObject();
        json.name("people").value(t.people());
        json.name("trips").value(t.trips());
        number(json.name("gini"), fixed(t.gini(), 4));
        number(json.name("top20_share"), fixed(t.top20Share(), 4));
        json.endObject();
        json.name("people").beginArray();
        for (FairnessSheet.Person p : people) {
            json.beginObject();
            json.name("nip").value(p.nip());
            json.name("name").value(p.name());
            json.name("trips").value(p.trips());
            json.name("days").value(p.days());
            json.name("allowance").value(p.allowance());
            number(json.name("share"), fixed(p.share(), 4));
            number(json.name("expected_trips"), fixed(p.expected(), 2));
            number(json.name("p_value"), significant(p.pValue()));
            json.name("flag").value(flags(p));
            json.name("reason").value(p.reason());
            json.endObject();
        }
        json.endArray();
        json.endObject();
        json.flush();
        out.write('\n');
    }

    private static List<String> line(FairnessSheet.Person p) {
        return List.of(p.nip(), p.name(), String.valueOf(p.trips()), String.valueOf(p.days()),
                String.valueOf(p.allowance()), fixed(p.share(), 4), fixed(p.expected(), 2), significant(p.pValue()),
                flags(p), p.reason());
    }

    /** "excess;streak" in the order of {@link FairnessFlag}. */
    static String flags(FairnessSheet.Person p) {
        return p.flags().stream().sorted().map(f -> f.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(";"));
    }

    /** 0.35 with 4 decimals is "0.3500"; "" for a value that is not a number (no trips at all). */
    static String fixed(double value, int decimals) {
        return Double.isFinite(value) ? BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP)
                .toPlainString() : "";
    }

    /** Six significant digits: 0.000123456789 is "0.000123457", 1 is "1". */
    static String significant(double value) {
        if (!Double.isFinite(value)) {
            return "";
        }
        return new BigDecimal(value).round(new MathContext(6, RoundingMode.HALF_UP)).stripTrailingZeros().toString();
    }

    /** A number written as given (fixed digits), or null when there is none. */
    private static void number(JsonWriter json, String text) throws IOException {
        if (text.isEmpty()) {
            json.nullValue();
        } else {
            json.value(new BigDecimal(text));
        }
    }
}
