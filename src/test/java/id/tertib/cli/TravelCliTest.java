package id.tertib.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tertib travel import}, {@code travel conflicts} and {@code fairness} on the demo office without attendance. */
class TravelCliTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T03:00:00Z"), ZoneId.of("Asia/Jakarta"));

    @TempDir
    Path dir;

    private List<String> nips;

    private Run run(String... args) {
        return Run.of(CLOCK, "", args);
    }

    private String db() {
        return dir.resolve("tertib.db").toString();
    }

    private Path file(String name, String content) throws Exception {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    @BeforeEach
    void demo() throws Exception {
        run("--db", db(), "demo", "--no-attendance");
        run("--db", db(), "--user", "hr", "calendar", "import",
                file("libur.csv", "date,name,kind\n2026-12-25,Hari Raya Natal,libur nasional\n").toString(), "--yes");
        // Staff of one seksi (unit STA.SS), so every letter below is issued by the same bidang's seksi.
        nips = run("--db", db(), "--user", "hr", "employees", "list", "--format", "csv").out().lines()
                .filter(l -> l.contains(",STA.SS,")).map(l -> l.substring(0, 18)).toList();
    }

    @Test
    void importsGoodLettersReportsBadRowsWithTheirColumnAndFindsTheDoubleTrip() throws Exception {
        String a = nips.get(0);
        String b = nips.get(1);
        Path csv = file("st.csv", "number,date,purpose,destination,kind,depart,return,nips,allowance_per_day\n"
                + "090/1/2026,2026-11-02,Rapat koordinasi,\"Bandung, Jawa Barat\",luar kota,2026-11-03,2026-11-05,"
                + a + ";" + b + ",Rp430.000\n"
                + "090/2/2026,2026-11-03,Bimtek,\"Semarang, Jawa Tengah\",luar kota,2026-11-05,2026-11-06," + a
                + ",370000\n"
                + "090/3/2026,2026-11-03,Bimtek,Semarang,luar kota,2026-11-05,2026-11-06,199001019999991999,370000\n"
                + "090/4/2026,2026-11-09,Bimtek,Semarang,luar kota,2026-11-06,2026-11-06," + b + ",370000\n");

        Run imported = run("--db", db(), "--user", "hr", "travel", "import", csv.toString(), "--yes");

        assertThat(imported.exit()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("2 surat tugas, dengan 2 konflik", "baris 4, kolom nips: NIP tidak dikenal",
                "baris 5, kolom date: Tanggal surat (9 Nov 2026) sesudah tanggal berangkat (6 Nov 2026)",
                "Tersimpan: 2 surat tugas");
        Run conflicts = run("--db", db(), "--user", "hr", "travel", "conflicts", "--from", "2026-11-01", "--to",
                "2026-11-30", "--format", "json");
        assertThat(conflicts.out()).contains("\"kind\": \"overlap\"", "\"number\": \"090/2/2026\"",
                "\"other\": \"090/1/2026\"", "\"nip\": \"" + a + "\"");
        Run again = run("--db", db(), "--user", "hr", "travel", "import", csv.toString(), "--yes");
        assertThat(again.out()).contains("baris 2, kolom number: Nomor 090/1/2026 sudah dipakai");
    }

    @Test
    void fairnessPrintsOneRowPerPersonAndTheSummary() throws Exception {
        StringBuilder rows = new StringBuilder("number,date,purpose,destination,kind,depart,return,nips,"
                + "allowance_per_day\n");
        for (int i = 1; i <= 6; i++) {
            rows.append("090/").append(i).append("/2026,2026-0").append(i).append("-01,Rapat,Bandung,luar kota,2026-0")
                    .append(i).append("-02,2026-0").append(i).append("-03,").append(nips.get(0)).append(",430000\n");
        }
        run("--db", db(), "--user", "hr", "travel", "import", file("st.csv", rows.toString()).toString(), "--yes");

        Run csv = run("--db", db(), "--user", "hr", "fairness", "--from", "2026-01-01", "--to", "2026-12-31",
                "--unit", "STA");

        assertThat(csv.exit()).as(csv.err()).isZero();
        assertThat(csv.out()).startsWith("nip,name,trips,days,allowance,share,expected_trips,p_value,flag,reason")
                .contains("people,trips,gini,top20_share");
        assertThat(csv.out().lines().filter(l -> l.startsWith(nips.get(0) + ","))).singleElement()
                .satisfies(l -> assertThat(l).contains(",6,12,5160000,1.0000,"));
        assertThat(run("--db", db(), "--user", "hr", "fairness", "--from", "2026-13-01", "--to", "2026-12-31").exit())
                .isEqualTo(2);
    }
}
