package id.tertib.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tertib discipline} and {@code tertib dossier} on the demo office with its two years of attendance. */
class DisciplineCliTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T03:00:00Z"), ZoneId.of("Asia/Jakarta"));

    @TempDir
    Path dir;

    private Run run(String... args) {
        return Run.of(CLOCK, "", args);
    }

    private String db() {
        return dir.resolve("tertib.db").toString();
    }

    @BeforeEach
    void demo() {
        run("--db", db(), "demo");
    }

    @Test
    void listsPeopleWithUnexcusedDaysWorstFirstAsCsvOrJsonAndEveryoneOnRequest() {
        Run csv = run("--db", db(), "--user", "hr", "discipline", "--year", "2026");

        assertThat(csv.exit()).as(csv.err()).isZero();
        List<String> lines = csv.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("nip,name,tk_days,late_minutes,early_minutes,converted_days,total_days,"
                + "max_consecutive,level,punishment,rule_set,punishment_text");
        assertThat(lines.get(1)).contains(",10,BERAT,pemberhentianBerturut,PP94/2021,"
                + "Pemberhentian dengan hormat tidak atas permintaan sendiri (10 hari kerja berturut-turut;");
        assertThat(lines.subList(1, lines.size())).allSatisfy(l -> assertThat(l).doesNotContain(",0,0,0,0,0,0,"));
        int some = lines.size();

        Run all = run("--db", db(), "--user", "hr", "discipline", "--year", "2026", "--all");
        assertThat(all.out().lines().count()).isGreaterThan(some);

        Run json = run("--db", db(), "--user", "hr", "discipline", "--year", "2026", "--format", "json");
        assertThat(json.out()).startsWith("[").contains("\"max_consecutive\": 10", "\"rule_set\": \"PP94/2021\"");

        Run english = run("--lang", "en", "--db", db(), "--user", "hr", "discipline", "--year", "2026");
        assertThat(english.out().lines().skip(1).findFirst().orElseThrow())
                .contains(",pemberhentianBerturut,PP94/2021,\"Honourable dismissal, not at own request (10 consecutive");
    }

    @Test
    void aSectionHeadIsRefusedAndABadYearIsNamed() {
        Run kasi = run("--db", db(), "--user", "kasi", "discipline", "--year", "2026");
        assertThat(kasi.exit()).isNotZero();
        assertThat(kasi.err()).contains("rahasia");

        Run year = run("--db", db(), "--user", "hr", "discipline", "--year", "26");
        assertThat(year.exit()).isNotZero();
        assertThat(year.err()).contains("--year 2026");
    }

    @Test
    void writesTheDossierOfADemoCase() throws Exception {
        Path pdf = dir.resolve("berkas-1.pdf");
        Run dossier = run("--db", db(), "--user", "hr", "dossier", "--case", "1", "--out", pdf.toString());

        assertThat(dossier.exit()).as(dossier.err()).isZero();
        assertThat(dossier.out()).contains("#1", "berkas-1.pdf");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Berkas Pemeriksaan Disiplin", "Panggilan II",
                    "BERITA ACARA PEMERIKSAAN");
        }
        Run missing = run("--db", db(), "--user", "hr", "dossier", "--case", "99", "--out",
                dir.resolve("berkas-99.pdf").toString());
        assertThat(missing.exit()).isNotZero();
        assertThat(missing.err()).contains("#99");
    }

    @Test
    void theDossierIsNeverWrittenOverTheDatabaseItsCompanionsOrAnExistingFileWithoutForce() throws Exception {
        long size = java.nio.file.Files.size(Path.of(db()));
        for (String target : new String[] {db(), db() + "-wal", db() + "-shm", db() + ".lock"}) {
            Run over = run("--db", db(), "--user", "hr", "dossier", "--case", "1", "--out", target);
            assertThat(over.exit()).as(target).isEqualTo(1);
            assertThat(over.err()).contains("basis data yang sedang dipakai");
        }
        assertThat(java.nio.file.Files.size(Path.of(db()))).isEqualTo(size);
        Run list = run("--db", db(), "--user", "hr", "discipline", "--year", "2026");
        assertThat(list.exit()).as("the database still opens with its data").isZero();
        assertThat(list.out().lines().count()).isGreaterThan(2);

        Path existing = java.nio.file.Files.writeString(dir.resolve("laporan.pdf"), "catatan penting");
        Run refused = run("--db", db(), "--user", "hr", "dossier", "--case", "1", "--out", existing.toString());
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err()).contains("sudah ada", "--force");
        assertThat(java.nio.file.Files.readString(existing)).isEqualTo("catatan penting");

        Run forced = run("--db", db(), "--user", "hr", "dossier", "--case", "1", "--out", existing.toString(),
                "--force");
        assertThat(forced.exit()).as(forced.err()).isZero();
        assertThat(java.nio.file.Files.readAllBytes(existing)).startsWith("%PDF".getBytes());
    }
}
