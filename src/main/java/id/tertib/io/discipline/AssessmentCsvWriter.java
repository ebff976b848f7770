package id.tertib.io.discipline;

import com.google.gson.stream.JsonWriter;
import id.tertib.io.CsvTableWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * The discipline assessment for scripts ({@code tertib discipline --format csv|json}): one row or object per person
 * with the same column names in every language. {@code punishment} is a stable code for other systems;
 * {@code punishment_text}, last so that existing readers keep their columns, says it in words in the caller's language.
 */
public final class AssessmentCsvWriter {

    public static final List<String> COLUMNS = List.of("nip", "name", "tk_days", "late_minutes", "early_minutes",
            "converted_days", "total_days", "max_consecutive", "level", "punishment", "rule_set", "punishment_text");

    private AssessmentCsvWriter() {
    }

    public static void csv(List<AssessmentRow> rows, Appendable out) throws IOException {
        CsvTableWriter.write(out, COLUMNS, java.util.Set.of("tk_days", "late_minutes", "early_minutes",
                "converted_days", "total_days", "max_consecutive"), rows.stream().map(AssessmentCsvWriter::line).toList());
    }

    /** A JSON array of objects with the CSV's column names; counts as numbers. */
    public static void json(List<AssessmentRow> rows, Writer out) throws IOException {
        JsonWriter json = new JsonWriter(out); // not closed: the caller owns out
        json.setIndent("  ");
        json.beginArray();
        for (AssessmentRow r : rows) {
            json.beginObject();
            json.name("nip").value(r.nip());
            json.name("name").value(r.name());
            json.name("tk_days").value(r.tkDays());
            json.name("late_minutes").value(r.lateMinutes());
            json.name("early_minutes").value(r.earlyMinutes());
            json.name("converted_days").value(r.convertedDays());
            json.name("total_days").value(r.totalDays());
            json.name("max_consecutive").value(r.maxConsecutive());
            json.name("level").value(r.level());
            json.name("punishment").value(r.punishment());
            json.name("rule_set").value(r.ruleSet());
            json.name("punishment_text").value(r.punishmentText());
            json.endObject();
        }
        json.endArray();
        json.flush();
        out.write('\n');
    }

    private static List<String> line(AssessmentRow r) {
        return List.of(r.nip(), r.name(), String.valueOf(r.tkDays()), String.valueOf(r.lateMinutes()),
                String.valueOf(r.earlyMinutes()), String.valueOf(r.convertedDays()), String.valueOf(r.totalDays()),
                String.valueOf(r.maxConsecutive()), r.level(), r.punishment(), r.ruleSet(),
                r.punishmentText());
    }
}
