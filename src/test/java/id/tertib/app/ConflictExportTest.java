package id.tertib.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonParser;
import id.tertib.domain.Employee;
import id.tertib.domain.EmploymentStatus;
import id.tertib.domain.Gender;
import id.tertib.domain.Golongan;
import id.tertib.domain.PersonName;
import id.tertib.domain.PositionKind;
import id.tertib.domain.travel.Conflict;
import id.tertib.domain.travel.ConflictKind;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConflictExportTest {

    private static final List<TravelService.ConflictEntry> CONFLICTS = List.of(new TravelService.ConflictEntry(
            new Conflict(ConflictKind.LEAVE, 1, 10, "ST/001/2025", LocalDate.of(2025, 3, 10),
                    LocalDate.of(2025, 3, 11), List.of(), "CT", 0, 0),
            new Employee(1, "198609262015051001", new PersonName("Ir.", "Budi Santoso", "S.T."), Gender.MALE,
                    LocalDate.of(1986, 9, 26), EmploymentStatus.PNS, Golongan.III_B, "", PositionKind.FUNGSIONAL, 7,
                    "", true)));

    @Test
    void csvAndJsonNameThePersonByNipAndFullName() {
        StringWriter csv = new StringWriter();
        ConflictExport.csv(CONFLICTS, csv);
        StringWriter json = new StringWriter();
        ConflictExport.json(CONFLICTS, json);

        assertThat(csv.toString()).isEqualTo("""
                kind,nip,name,number,from,to,dates,other,amount,limit
                leave,198609262015051001,"Ir. Budi Santoso, S.T.",ST/001/2025,2025-03-10,2025-03-11,,CT,,
                """);
        assertThat(JsonParser.parseString(json.toString()).getAsJsonObject().getAsJsonArray("conflicts").get(0)
                .getAsJsonObject().get("other").getAsString()).isEqualTo("CT");
    }
}
