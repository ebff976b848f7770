package id.tertib.io.travel;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class FairnessCsvWriterTest {

    @Test
    void csvIsThePeopleTableThenABlankLineThenTheSummary() throws Exception {
        StringBuilder out = new StringBuilder();
        FairnessCsvWriter.csv(Sheets.three(), out);

        assertThat(out.toString()).isEqualTo("""
                nip,name,trips,days,allowance,share,expected_trips,p_value,flag,reason
                198609262015051001,"Budi Santoso, S.Kom.",14,42,7420000,0.3500,2.10,0.0000123457,excess,\
                "Budi Santoso: 14 dari 40 perjalanan (35%), padahal bagian wajarnya sekitar 2,1 perjalanan; \
                peluang kebetulan ≤ 0,1%"
                199001012019032002,'=Dewi Lestari,3,6,1590000,0.0750,2.50,0.456789,,
                199203042020122001,Ani Rahmawati,0,0,0,0.0000,1.80,1,,

                people,trips,gini,top20_share
                3,40,0.6123,0.6543
                """);
    }

    @Test
    void jsonIsOneObjectWithSummaryAndPeopleAndFixedDigits() throws Exception {
        StringWriter out = new StringWriter();
        FairnessCsvWriter.json(Sheets.three(), out);

        JsonObject root = JsonParser.parseString(out.toString()).getAsJsonObject();
        JsonObject summary = root.getAsJsonObject("summary");
        assertThat(summary.keySet()).containsExactly("people", "trips", "gini", "top20_share");
        assertThat(summary.get("people").getAsInt()).isEqualTo(3);
        assertThat(summary.get("trips").getAsInt()).isEqualTo(40);
        assertThat(summary.get("gini").getAsDouble()).isEqualTo(0.6123);
        assertThat(summary.get("top20_share").getAsDouble()).isEqualTo(0.6543);
        var people = root.getAsJsonArray("people");
        assertThat(people).hasSize(3);
        JsonObject budi = people.get(0).getAsJsonObject();
        assertThat(budi.keySet()).containsExactlyElementsOf(FairnessCsvWriter.PEOPLE_COLUMNS);
        assertThat(budi.get("nip").getAsString()).isEqualTo("198609262015051001");
        assertThat(budi.get("allowance").getAsLong()).isEqualTo(7_420_000);
        assertThat(budi.get("flag").getAsString()).isEqualTo("excess");
        assertThat(budi.get("reason").getAsString()).isEqualTo(Sheets.REASON);
        assertThat(people.get(1).getAsJsonObject().get("name").getAsString()).isEqualTo("=Dewi Lestari");
        assertThat(out.toString()).contains("\"share\": 0.3500", "\"expected_trips\": 2.10",
                "\"p_value\": 0.0000123457", "\"gini\": 0.6123");
    }

    @Test
    void numbersHaveFixedDigitsWithADot() {
        assertThat(FairnessCsvWriter.fixed(0.35, 4)).isEqualTo("0.3500");
        assertThat(FairnessCsvWriter.fixed(2.105, 2)).isEqualTo("2.11");
        assertThat(FairnessCsvWriter.fixed(Double.NaN, 2)).isEmpty();
        assertThat(FairnessCsvWriter.significant(0.000123456789)).isEqualTo("0.000123457");
        assertThat(FairnessCsvWriter.significant(1.0)).isEqualTo("1");
        assertThat(FairnessCsvWriter.significant(0.5)).isEqualTo("0.5");
        assertThat(FairnessCsvWriter.significant(1.23456789e-12)).isEqualTo("1.23457E-12");
        assertThat(FairnessCsvWriter.significant(0)).isEqualTo("0");
    }

    @Test
    void bothFlagsAreListedInTheirOrder() {
        var p = new FairnessSheet.Person("1", "1", "A", "U", 1, 1, 1, 0.1, 0.1, 0.01,
                java.util.Set.of(id.tertib.domain.fairness.FairnessFlag.STREAK,
                        id.tertib.domain.fairness.FairnessFlag.EXCESS), "x", "y", new int[0]);
        assertThat(FairnessCsvWriter.flags(p)).isEqualTo("excess;streak");
        assertThat(FairnessCsvWriter.PEOPLE_COLUMNS).isEqualTo(List.of("nip", "name", "trips", "days", "allowance",
                "share", "expected_trips", "p_value", "flag", "reason"));
    }
}
