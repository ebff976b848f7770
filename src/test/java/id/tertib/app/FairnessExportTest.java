package id.tertib.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import id.tertib.domain.Employee;
import id.tertib.domain.EmploymentStatus;
import id.tertib.domain.Gender;
import id.tertib.domain.Golongan;
import id.tertib.domain.PersonName;
import id.tertib.domain.PositionKind;
import id.tertib.domain.fairness.FairnessFlag;
import id.tertib.domain.fairness.FairnessResult;
import id.tertib.domain.fairness.FairnessRules;
import id.tertib.domain.fairness.FairnessSummary;
import id.tertib.domain.fairness.LorenzPoint;
import id.tertib.domain.fairness.PersonOutcome;
import id.tertib.io.travel.FairnessSheet;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A report made by hand: three people in Q1 2025, five trips with six places (Budi 4, Siti 2, Ani none); Budi is
 * flagged. Equal share 6 / 3 = 2 trips.
 */
class FairnessExportTest {

    private static final String EXPLANATION = "Budi Santoso: 4 dari 5 perjalanan (67%), padahal bagian wajarnya "
            + "sekitar 1,7 perjalanan; peluang kebetulan 0,4%";

    @TempDir
    Path dir;

    private static Employee employee(long id, String nip, String name, EmploymentStatus status) {
        return new Employee(id, nip, new PersonName("", name, ""), Gender.MALE, LocalDate.of(1986, 9, 26), status,
                Golongan.III_B, "Pengadministrasi", PositionKind.PELAKSANA, 7, "", true);
    }

    private static FairnessService.Report report(Long unitId) {
        PersonOutcome budi = new PersonOutcome(0, 4, 12, 6_360_000, 4 / 6.0, 1.7, 0.004, 5, 3,
                LocalDate.of(2025, 1, 6), LocalDate.of(2025, 2, 3), LocalDate.of(2025, 3, 10),
                Set.of(FairnessFlag.EXCESS));
        PersonOutcome siti = new PersonOutcome(1, 2, 3, 1_590_000, 2 / 6.0, 2.1, 0.62, 5, 1,
                LocalDate.of(2025, 2, 3), LocalDate.of(2025, 2, 3), LocalDate.of(2025, 3, 3), Set.of());
        PersonOutcome ani = new PersonOutcome(2, 0, 0, 0, 0, 2.2, 1.0, 5, 0, null, null, null, Set.of());
        FairnessSummary summary = new FairnessSummary(3, 5, 6, 15, 7_950_000, 0.4444, 0.6667,
                List.of(new LorenzPoint(0, 0), new LorenzPoint(1 / 3.0, 0), new LorenzPoint(2 / 3.0, 1 / 3.0),
                        new LorenzPoint(1, 1)), 0.5333, 0.8, List.of());
        FairnessResult result = new FairnessResult(List.of(budi, siti, ani), summary, FairnessRules.DEFAULT);
        List<FairnessService.Row> rows = List.of(
                new FairnessService.Row(employee(1, "198609262015051001", "Budi Santoso", EmploymentStatus.PNS),
                        "Seksi Aplikasi", budi, new int[] {2, 1, 1}, EXPLANATION),
                new FairnessService.Row(employee(2, "199203152022212005", "Siti Rahma", EmploymentStatus.PPPK),
                        "Seksi Data", siti, new int[] {0, 1, 1}, null),
                new FairnessService.Row(employee(3, "199001012019032002", "Ani Rahmawati", EmploymentStatus.PNS),
                        "Seksi Data", ani, new int[] {0, 0, 0}, null));
        FairnessService.Query query = new FairnessService.Query(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 31),
                unitId, Golongan.III_A, Golongan.III_D, PositionKind.PELAKSANA, EmploymentStatus.PNS);
        return new FairnessService.Report(query, result, rows,
                List.of(YearMonth.of(2025, 1), YearMonth.of(2025, 2), YearMonth.of(2025, 3)),
                "Aturan: ditandai bila peluang < 1% dan lebih dari 2 kali harapan, atau 5 perjalanan berturut-turut");
    }

    @Test
    void theSheetSpeaksIndonesianAndKeepsTheNumbers() {
        FairnessSheet sheet = FairnessExport.sheet(report(7L), new I18n(I18n.INDONESIAN), "Bidang Aplikasi");

        assertThat(sheet.title()).isEqualTo("Analisis Keadilan Perjalanan Dinas");
        assertThat(sheet.description()).containsExactly("Periode: 1 Jan 2025 s.d. 31 Mar 2025",
                "Unit: Bidang Aplikasi (dengan sub-unit)",
                "Pegawai yang dihitung: golongan III/a s.d. III/d, Pelaksana, PNS",
                "Aturan: ditandai bila peluang < 1% dan lebih dari 2 kali harapan, atau 5 perjalanan berturut-turut");
        assertThat(sheet.labels().trips()).isEqualTo("Perjalanan");
        assertThat(sheet.labels().equalShare()).isEqualTo("Bagian wajar: 2 perjalanan");
        assertThat(sheet.labels().lorenzCurve()).isEqualTo("Kurva Lorenz (Gini 0,44)");
        assertThat(sheet.labels().barNote()).as("three people all fit the chart").isEmpty();
        assertThat(sheet.months()).containsExactly("Jan 2025", "Feb 2025", "Mar 2025");
        assertThat(sheet.equalTrips()).isEqualTo(2.0);
        assertThat(sheet.totals()).isEqualTo(new FairnessSheet.Totals(3, 5, 0.4444, 0.6667));

        FairnessSheet.Person budi = sheet.people().get(0);
        assertThat(budi.nip()).isEqualTo("198609262015051001");
        assertThat(budi.nipShown()).isEqualTo("19860926 201505 1 001");
        assertThat(budi.name()).isEqualTo("Budi Santoso");
        assertThat(budi.unit()).isEqualTo("Seksi Aplikasi");
        assertThat(budi.trips()).isEqualTo(4);
        assertThat(budi.allowance()).isEqualTo(6_360_000);
        assertThat(budi.flagText()).isEqualTo("Terlalu sering");
        assertThat(budi.reason()).isEqualTo(EXPLANATION);
        assertThat(budi.perMonth()).containsExactly(2, 1, 1);
        assertThat(sheet.people().get(1).nipShown()).as("a NI PPPK is not grouped").isEqualTo("199203152022212005");
        assertThat(sheet.people().get(1).flagText()).isEmpty();

        assertThat(sheet.facts()).extracting(FairnessSheet.Fact::label).startsWith("Pegawai yang dihitung",
                "Perjalanan", "Kursi perjalanan (peserta x perjalanan)");
        assertThat(sheet.facts()).contains(
                new FairnessSheet.Fact("Uang harian yang dibayar", 7_950_000, FairnessSheet.Kind.RUPIAH),
                new FairnessSheet.Fact("Bagian wajar per pegawai (perjalanan)", 2.0, FairnessSheet.Kind.DECIMAL),
                new FairnessSheet.Fact("Bagian 20% pegawai teratas (perjalanan)", 0.6667, FairnessSheet.Kind.PERCENT),
                new FairnessSheet.Fact("Pegawai yang ditandai", 1, FairnessSheet.Kind.COUNT),
                new FairnessSheet.Fact("Pegawai yang tidak pernah berangkat", 1, FairnessSheet.Kind.COUNT));
    }

    @Test
    void inEnglishAndForAllUnits() {
        FairnessSheet sheet = FairnessExport.sheet(report(null), new I18n(I18n.ENGLISH));

        assertThat(sheet.description()).startsWith("Period: 1 Jan 2025 to 31 Mar 2025", "Unit: every unit you can see",
                "People counted: golongan III/a to III/d, Pelaksana, PNS");
        assertThat(sheet.labels().flagsTitle()).isEqualTo("Why people are flagged");
        assertThat(sheet.people().get(0).flagText()).isEqualTo("Too often");
    }

    @Test
    void aUnitWhoseNameIsNotGivenLeavesTheUnitLineOut() {
        FairnessSheet sheet = FairnessExport.sheet(report(7L), new I18n(I18n.INDONESIAN));

        assertThat(sheet.description()).hasSize(3).noneMatch(l -> l.startsWith("Unit"));
    }

    @Test
    void xlsxAndPdfAreWrittenWholeWithNothingLeftBeside() throws Exception {
        Path xlsx = dir.resolve("keadilan.xlsx");
        Path pdf = dir.resolve("keadilan.pdf");
        I18n i18n = new I18n(I18n.INDONESIAN);

        FairnessExport.xlsx(report(7L), xlsx, i18n);
        FairnessExport.pdf(report(7L), pdf, i18n, "Bidang Aplikasi");

        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("keadilan.xlsx",
                    "keadilan.pdf");
        }
        try (ReadableWorkbook wb = new ReadableWorkbook(xlsx.toFile())) {
            assertThat(wb.getSheets().map(Sheet::getName)).containsExactly("Ringkasan", "Rincian per pegawai",
                    "Per bulan");
        }
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Unit: Bidang Aplikasi (dengan sub-unit)", "Terlalu sering", "Siti Rahma",
                    "Rp6.360.000", "Kurva Lorenz (Gini 0,44)");
            assertThat(text.replaceAll("\\s+", " ")).contains(EXPLANATION);
        }
    }

    @Test
    void aFileThatCannotBeWrittenIsRefusedNamingIt() {
        Path nowhere = dir.resolve("tidak-ada").resolve("keadilan.pdf");

        assertThatThrownBy(() -> FairnessExport.pdf(report(7L), nowhere, new I18n(I18n.INDONESIAN)))
                .isInstanceOfSatisfying(AppException.class, e -> {
                    assertThat(e.problems().get(0).messageKey()).isEqualTo("fairness.export.cannotWrite");
                    assertThat(e.problems().get(0).args()).containsExactly(nowhere.toAbsolutePath());
                });
    }

    @Test
    void csvAndJsonForTheCommandLine() {
        StringWriter csv = new StringWriter();
        FairnessExport.csv(report(7L), csv);
        StringWriter json = new StringWriter();
        FairnessExport.json(report(7L), json);

        assertThat(csv.toString()).isEqualTo("""
                nip,name,trips,days,allowance,share,expected_trips,p_value,flag,reason
                198609262015051001,Budi Santoso,4,12,6360000,0.6667,1.70,0.004,excess,\
                "Budi Santoso: 4 dari 5 perjalanan (67%), padahal bagian wajarnya sekitar 1,7 perjalanan; \
                peluang kebetulan 0,4%"
                199203152022212005,Siti Rahma,2,3,1590000,0.3333,2.10,0.62,,
                199001012019032002,Ani Rahmawati,0,0,0,0.0000,2.20,1,,

                people,trips,gini,top20_share
                3,5,0.4444,0.6667
                """);
        JsonObject root = JsonParser.parseString(json.toString()).getAsJsonObject();
        assertThat(root.getAsJsonObject("summary").get("gini").getAsDouble()).isEqualTo(0.4444);
        assertThat(root.getAsJsonArray("people").get(0).getAsJsonObject().get("flag").getAsString())
                .isEqualTo("excess");
    }
}
