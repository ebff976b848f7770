package id.tertib.io.travel;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import id.tertib.domain.travel.Conflict;
import id.tertib.domain.travel.ConflictKind;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConflictCsvWriterTest {

    private static final List<ConflictCsvWriter.Row> ROWS = List.of(
            new ConflictCsvWriter.Row(new Conflict(ConflictKind.OVERLAP, 1, 10, "ST/001/2025",
                    LocalDate.of(2025, 3, 11), LocalDate.of(2025, 3, 12), List.of(), "ST/002/2025", 0, 0),
                    "198609262015051001", "Budi Santoso, S.Kom."),
            new ConflictCsvWriter.Row(new Conflict(ConflictKind.PUNCHES, 1, 10, "ST/001/2025",
                    LocalDate.of(2025, 3, 10), LocalDate.of(2025, 3, 12),
                    List.of(LocalDate.of(2025, 3, 10), LocalDate.of(2025, 3, 12)), "", 0, 0),
                    "198609262015051001", "Budi Santoso, S.Kom."),
            new ConflictCsvWriter.Row(new Conflict(ConflictKind.CAP, 2, 11, "ST/090/2025",
                    LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), List.of(), "", 64, 60),
                    "199001012019032002", "Dewi Lestari"));

    @Test
    void csvHasTheExactColumnsAndLeavesAmountsOfOtherKindsEmpty() throws Exception {
        StringBuilder out = new StringBuilder();
        ConflictCsvWriter.csv(ROWS, out);

        assertThat(out.toString()).isEqualTo("""
                kind,nip,name,number,from,to,dates,other,amount,limit
                overlap,198609262015051001,"Budi Santoso, S.Kom.",ST/001/2025,2025-03-11,2025-03-12,,ST/002/2025,,
                punches,198609262015051001,"Budi Santoso, S.Kom.",ST/001/2025,2025-03-10,2025-03-12,\
                2025-03-10;2025-03-12,,,
                cap,199001012019032002,Dewi Lestari,ST/090/2025,2025-01-01,2025-12-31,,,64,60
                """);
    }

    @Test
    void jsonListsTheConflictsWithDatesAsAnArray() throws Exception {
        StringWriter out = new StringWriter();
        ConflictCsvWriter.json(ROWS, out);

        JsonArray conflicts = JsonParser.parseString(out.toString()).getAsJsonObject().getAsJsonArray("conflicts");
        assertThat(conflicts).hasSize(3);
        JsonObject punches = conflicts.get(1).getAsJsonObject();
        assertThat(punches.keySet()).containsExactlyElementsOf(ConflictCsvWriter.COLUMNS);
        assertThat(punches.get("kind").getAsString()).isEqualTo("punches");
        assertThat(punches.getAsJsonArray("dates").get(1).getAsString()).isEqualTo("2025-03-12");
        assertThat(punches.get("amount").isJsonNull()).isTrue();
        JsonObject cap = conflicts.get(2).getAsJsonObject();
        assertThat(cap.get("amount").getAsInt()).isEqualTo(64);
        assertThat(cap.get("limit").getAsInt()).isEqualTo(60);
    }

    @Test
    void noConflictsIsAHeaderOrAnEmptyList() throws Exception {
        StringBuilder csv = new StringBuilder();
        ConflictCsvWriter.csv(List.of(), csv);
        StringWriter json = new StringWriter();
        ConflictCsvWriter.json(List.of(), json);

        assertThat(csv.toString()).isEqualTo("kind,nip,name,number,from,to,dates,other,amount,limit\n");
        assertThat(JsonParser.parseString(json.toString()).getAsJsonObject().getAsJsonArray("conflicts")).isEmpty();
    }
}
