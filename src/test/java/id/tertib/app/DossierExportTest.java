package id.tertib.app;

import static org.assertj.core.api.Assertions.assertThat;

import id.tertib.domain.discipline.DisciplineCase;
import id.tertib.domain.discipline.LetterKind;
import id.tertib.domain.discipline.StepKind;
import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The case file of the March office's Budi (3 TK days, 300 + 150 minutes: 4 days, a written warning): the PDF shows
 * the figures, the conversion, every incident day with who changed it, the steps and the letters, confidential on
 * every page; the workbook keeps the recap as numbers; the CSV has the agreed columns.
 */
class DossierExportTest {

    @TempDir
    Path dir;
    private MarchOffice office;
    private Tertib tertib;
    private DisciplineCase c;

    @BeforeEach
    void setUp() throws Exception {
        office = MarchOffice.open(dir);
        tertib = office.tertib();
        String budi = AppFixtures.NIP_BUDI;
        DailyImport daily = tertib.dailyImport();
        daily.commit(daily.preview(AppFixtures.write(dir, "maret.csv",
                "nip,date,code,arrival,departure,late_minutes,early_minutes,note\n"
                        + budi + ",2026-03-02,TK,,,,,\n" + budi + ",2026-03-03,TK,,,,,\n"
                        + budi + ",2026-03-04,TK,,,,,\n" + budi + ",2026-03-05,TL,12:30,16:00,300,,\n"
                        + budi + ",2026-03-06,PSW,07:30,14:00,,150,\n" + budi + ",2026-03-09,S,,,,,surat dokter\n")));
        tertib.performance().saveNote(new id.tertib.domain.performance.PerformanceNote(0, office.budi().id(),
                LocalDate.of(2026, 3, 12), id.tertib.domain.performance.NoteKind.NEEDS_IMPROVEMENT,
                java.util.Set.of(id.tertib.domain.performance.CoreValue.AKUNTABEL), "Laporan SPJ terlambat dua minggu",
                "Kepala Seksi", ""));
        c = tertib.discipline().openCase(office.budi().id(), 2026);
        tertib.discipline().addStep(c.id(), StepKind.SUMMONS_1, LocalDate.of(2026, 11, 23), "800/12/BKPSDM", "");
    }

    @Test
    void theDossierPdfShowsTheFiguresTheDaysTheStepsAndTheLettersConfidentialOnEveryPage() throws Exception {
        Path pdf = dir.resolve("berkas.pdf");
        tertib.discipline().exportDossier(c.id(), pdf, I18n.INDONESIAN);

        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Berkas Pemeriksaan Disiplin", "Budi", AppFixtures.NIP_BUDI,
                    "Terlambat 300 menit + pulang sebelum waktunya 150 menit = 450 menit",
                    "450 : 450 = 1 hari (sisa 0 menit)", "TK 3 hari + 1 hari dari menit = 4 hari",
                    "PP 94/2021 Pasal 9", "Teguran tertulis", "Rekap bulanan", "2 Mar 2026", "12:30", "800/12/BKPSDM",
                    "Catatan kinerja pada tahun ini", "Laporan SPJ terlambat dua minggu", "Akuntabel",
                    "SURAT PANGGILAN I", "SURAT PANGGILAN II", "BERITA ACARA PEMERIKSAAN");
            int pages = doc.getNumberOfPages();
            assertThat(pages).isGreaterThanOrEqualTo(4);
            PDFTextStripper one = new PDFTextStripper();
            for (int p = 1; p <= pages; p++) {
                one.setStartPage(p);
                one.setEndPage(p);
                assertThat(one.getText(doc)).contains("RAHASIA").contains("Halaman " + p + " dari " + pages);
            }
            one.setStartPage(pages);
            one.setEndPage(pages);
            assertThat(one.getText(doc)).as("each letter starts a page; the BAP is last")
                    .contains("BERITA ACARA PEMERIKSAAN").doesNotContain("SURAT PANGGILAN II");
            BufferedImage first = new PDFRenderer(doc).renderImageWithDPI(0, 60);
            assertThat(darkPixels(first)).as("the first page is not blank").isGreaterThan(2_000);
        }
    }

    @Test
    void aPppkDossierNamesItsRuleSetOnce() throws Exception {
        StringBuilder csv = new StringBuilder("nip,date,code\n");
        for (int day : new int[] {16, 17, 18, 23, 24, 25, 26, 27, 30, 31}) {
            csv.append(AppFixtures.NI_SITI).append(",2026-03-").append(day).append(",TK\n");
        }
        DailyImport daily = tertib.dailyImport();
        daily.commit(daily.preview(AppFixtures.write(dir, "siti.csv", csv.toString())));
        DisciplineCase siti = tertib.discipline().openCase(office.siti().id(), 2026);
        Path pdf = dir.resolve("siti.pdf");
        tertib.discipline().exportDossier(siti.id(), pdf, I18n.INDONESIAN);

        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String all = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(all).contains("Dasar PP 49/2018 (PPPK)", "Ketentuan: PP 49/2018 (PPPK): Berat",
                    "sebagaimana diatur dalam PP 49/2018 (PPPK).", "Ketentuan: PP 49/2018 (PPPK);")
                    .doesNotContain("(PPPK) PP 49/2018");
        }
    }

    @Test
    void aNoteLongerThanAPageGoesOnOverTheNextPageWithNothingLost() throws Exception {
        String text = "Kronologi pelayanan: " + "warga menunggu di loket tanpa petugas pengganti; ".repeat(75)
                + "AKHIR CATATAN";
        tertib.performance().saveNote(new id.tertib.domain.performance.PerformanceNote(0, office.budi().id(),
                LocalDate.of(2026, 4, 2), id.tertib.domain.performance.NoteKind.NEEDS_IMPROVEMENT,
                java.util.Set.of(), text, "Kepala Seksi", ""));
        Path pdf = dir.resolve("panjang.pdf");
        tertib.discipline().exportDossier(c.id(), pdf, I18n.INDONESIAN);

        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String all = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(all).contains("AKHIR CATATAN", "Kronologi pelayanan");
            // Every one of the 75 repeats is there (the page's head and foot may fall between two words of one).
            assertThat(all.split("pengganti;", -1)).hasSize(76);
        }
    }

    @Test
    void theOfficersEditGoesIntoTheLettersPdf() throws Exception {
        tertib.discipline().saveLetter(c.id(), LetterKind.SUMMONS_1, "SURAT PANGGILAN I\nNomor: 800/12/BKPSDM\n\n"
                + "Yth. Sdr. Budi, menghadap pada Senin 30 November 2026 pukul 09.00 di ruang Sekretaris.");
        Path pdf = dir.resolve("surat.pdf");
        tertib.discipline().exportLetters(c.id(), pdf, I18n.INDONESIAN);

        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(3);
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Senin 30 November 2026 pukul 09.00").doesNotContain("Rekap bulanan");
        }
    }

    @Test
    void theRecapWorkbookKeepsNumbersAsNumbers() throws Exception {
        Path xlsx = dir.resolve("rekap.xlsx");
        tertib.discipline().exportRecap(c.id(), xlsx, I18n.INDONESIAN);

        try (InputStream in = Files.newInputStream(xlsx); ReadableWorkbook wb = new ReadableWorkbook(in)) {
            var sheets = wb.getSheets().toList();
            assertThat(sheets).extracting(s -> s.getName()).contains("Rekap bulanan", "Hari kejadian");
            List<Row> recap = sheets.stream().filter(s -> s.getName().equals("Rekap bulanan")).findFirst()
                    .orElseThrow().read();
            Row march = recap.get(3);
            assertThat(march.getCellText(0)).contains("Mar");
            assertThat(march.getCellAsNumber(4)).hasValueSatisfying(v -> assertThat(v.intValue()).isEqualTo(300));
            assertThat(march.getCellAsNumber(7)).hasValueSatisfying(v -> assertThat(v.intValue()).isEqualTo(3));
        }
    }

    @Test
    void theCsvHasTheAgreedColumnsAndOneRowPerPersonWithThePunishmentAsACodeAndInWords() {
        StringBuilder out = new StringBuilder();
        tertib.discipline().writeCsv(tertib.discipline().assess(new DisciplineService.Query(2026, null, false)),
                I18n.INDONESIAN, out);

        List<String> lines = out.toString().lines().toList();
        assertThat(lines.get(0)).isEqualTo("nip,name,tk_days,late_minutes,early_minutes,converted_days,total_days,"
                + "max_consecutive,level,punishment,rule_set,punishment_text");
        assertThat(lines).contains(AppFixtures.NIP_BUDI
                + ",Budi,3,300,150,1,4,3,RINGAN,teguranTertulis,PP94/2021,Teguran tertulis");

        StringBuilder english = new StringBuilder();
        tertib.discipline().writeCsv(tertib.discipline().assess(new DisciplineService.Query(2026, null, false)),
                java.util.Locale.ENGLISH, english);
        assertThat(english.toString()).contains(",RINGAN,teguranTertulis,PP94/2021,Written warning");
    }

    private static int darkPixels(BufferedImage image) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                if (((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff) < 384) {
                    n++;
                }
            }
        }
        return n;
    }
}
