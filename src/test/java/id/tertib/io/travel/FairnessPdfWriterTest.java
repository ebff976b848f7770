package id.tertib.io.travel;

import id.tertib.io.pdf.PdfText;
import static org.assertj.core.api.Assertions.assertThat;

import id.tertib.domain.fairness.FairnessFlag;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FairnessPdfWriterTest {

    @TempDir
    Path dir;

    private Path write(FairnessSheet sheet) throws Exception {
        Path file = dir.resolve("keadilan.pdf");
        try (OutputStream out = Files.newOutputStream(file)) {
            FairnessPdfWriter.write(sheet, out);
        }
        return file;
    }

    private static String text(PDDocument doc) throws Exception {
        return new PDFTextStripper().getText(doc).replace("\r\n", "\n");
    }

    @Test
    void holdsTheTitleFiguresPeopleAndTheExplanation() throws Exception {
        Path file = write(Sheets.three());

        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            String text = text(doc);
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isEqualTo(595.27563f, org.assertj.core.data.Offset
                    .offset(0.01f));
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("Analisis Keadilan Perjalanan Dinas");
            assertThat(text).contains("Analisis Keadilan Perjalanan Dinas", "Periode: 1 Jan 2025 - 31 Mar 2025",
                    "Aturan: p < 1%, lebih dari 2 kali harapan, 5 berturut-turut");
            // Summary in Indonesian number formats.
            assertThat(text).contains("Uang harian Rp9.010.000", "Koefisien Gini 0,61", "Bagian 20% teratas 65,4%");
            // Charts' words and the bars' names.
            assertThat(text).contains("Perjalanan per pegawai", "Ditandai", "Bagian wajar: 2,1 perjalanan",
                    "Kurva Lorenz perjalanan", "Garis kesetaraan", "Bagian pegawai");
            // The table: the flagged person with the figures as people read them.
            assertThat(text).contains("1 19860926 201505 1 001 Budi Santoso, S.Kom. Seksi Aplik… 14 42 Rp7.420.000");
            assertThat(text).contains("19860926 201505 1 001", "Rp7.420.000", "35,0%", "2,10", "< 0,01%", "Berlebih");
            assertThat(text).contains("=Dewi Lestari", "45,68%", "Ani Rahmawati");
            // The explanation, with the ≤ the standard fonts cannot print written as <=.
            assertThat(text).contains("Penjelasan tanda", "Budi Santoso, S.Kom. (19860926 201505 1 001): Berlebih");
            assertThat(text.replace("\n", " ")).contains("peluang kebetulan <= 0,1%");
            assertThat(text).contains("1 / " + doc.getNumberOfPages());
        }
    }

    @Test
    void manyPeopleGoOverPagesUnderARepeatedHeaderAndTheChartShowsThirty() throws Exception {
        Path file = write(Sheets.many(300));

        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            assertThat(doc.getNumberOfPages()).isGreaterThan(4);
            int tablePages = 0;
            for (int page = 1; page <= doc.getNumberOfPages(); page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(doc);
                if (text.contains("Seksi ") && !text.contains("Rincian per pegawai")) {
                    tablePages++;
                    assertThat(text).as("page %d repeats the header", page).contains("NIP", "Nama", "Uang harian",
                            "Tanda");
                }
            }
            assertThat(tablePages).isGreaterThan(2);
            String all = text(doc);
            assertThat(all).contains("Pegawai Nomor 299", "Pegawai Nomor 294 pergi 6 kali berturut-turut.");
            // The bar chart has the 30 people with most trips; person 30 shows up in the table only.
            String firstPages = all.substring(0, all.indexOf("Rincian per pegawai"));
            assertThat(firstPages).contains("Pegawai Nomor 0", "Pegawai Nomor 29").doesNotContain("Pegawai Nomor 30");
        }
    }

    @Test
    void charactersTheStandardFontsLackAreReplacedOrLeftOut() throws Exception {
        FairnessSheet.Person odd = new FairnessSheet.Person("198609262015051001", "19860926 201505 1 001",
                "Ṣāliḥ Ḥasan 😀", "Unit − 1", 2, 2, 0, 0.5, 0.5, 0.2, Set.of(FairnessFlag.EXCESS), "Berlebih",
                "p ≥ 0,5 → 日本 ok", new int[] {0, 0, 0});

        try (PDDocument doc = Loader.loadPDF(write(Sheets.sheet(List.of(odd))).toFile())) {
            String text = text(doc);
            assertThat(text).contains("Salih Hasan", "Unit - 1", "p >= 0,5 ok");
        }
        assertThat(PdfText.safe(new org.apache.pdfbox.pdmodel.font.PDType1Font(
                org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA), "Café ≤ 5\tx")).isEqualTo(
                "Café <= 5 x");
    }

    @Test
    void nobodyFlaggedSaysSo() throws Exception {
        try (PDDocument doc = Loader.loadPDF(write(Sheets.sheet(List.of(Sheets.DEWI, Sheets.ANI))).toFile())) {
            assertThat(text(doc)).contains("Tidak ada yang ditandai.");
        }
    }

    @Test
    void anEmptyAnalysisStillMakesAReport() throws Exception {
        try (PDDocument doc = Loader.loadPDF(write(Sheets.sheet(List.of())).toFile())) {
            assertThat(text(doc)).contains("Analisis Keadilan Perjalanan Dinas", "Tidak ada yang ditandai.");
        }
    }
}
