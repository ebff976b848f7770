package id.tertib.app;

import static org.assertj.core.api.Assertions.assertThat;

import id.tertib.domain.attendance.Holiday;
import id.tertib.domain.discipline.DisciplineCase;
import id.tertib.domain.discipline.Level;
import id.tertib.domain.discipline.Rung;
import id.tertib.domain.discipline.UnexcusedRun;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PP 94/2021 dismisses for 10 working days "secara terus menerus" with no year in the rule. Budi (PNS) is absent
 * without a reason on every working day from Monday 22 Dec 2025 to Wednesday 7 Jan 2026: Christmas (25 Dec), its cuti
 * bersama (26 Dec), New Year (1 Jan) and the weekends neither break nor lengthen the run, which leaves 22, 23, 24, 29,
 * 30, 31 Dec and 2, 5, 6, 7 Jan: 6 days in 2025 and 4 in 2026, 10 in a row. Counted per year he would get a written
 * warning (6 days) and an oral warning (3..4 days); counted whole it is the berat dismissal, in both years.
 */
class RunAcrossNewYearTest {

    private static final UnexcusedRun RUN = new UnexcusedRun(10, LocalDate.of(2025, 12, 22), LocalDate.of(2026, 1, 7));

    @TempDir
    Path dir;
    private MarchOffice office;
    private Tertib tertib;

    @BeforeEach
    void setUp() throws Exception {
        office = MarchOffice.open(dir);
        tertib = office.tertib();
        tertib.calendar().save(new Holiday(LocalDate.of(2025, 12, 25), "Natal", Holiday.HolidayKind.NATIONAL));
        tertib.calendar().save(new Holiday(LocalDate.of(2025, 12, 26), "Cuti bersama Natal",
                Holiday.HolidayKind.CUTI_BERSAMA));
        tertib.calendar().save(new Holiday(LocalDate.of(2026, 1, 1), "Tahun Baru", Holiday.HolidayKind.NATIONAL));
        StringBuilder csv = new StringBuilder("nip,date,code\n");
        for (String day : List.of("2025-12-22", "2025-12-23", "2025-12-24", "2025-12-29", "2025-12-30", "2025-12-31",
                "2026-01-02", "2026-01-05", "2026-01-06", "2026-01-07")) {
            csv.append(AppFixtures.NIP_BUDI).append(',').append(day).append(",TK\n");
        }
        DailyImport daily = tertib.dailyImport();
        DailyImport.Preview preview = daily.preview(AppFixtures.write(dir, "libur.csv", csv.toString()));
        assertThat(preview.issues()).isEmpty();
        daily.commit(preview);
    }

    @Test
    void aRunOfTenWorkingDaysAcrossNewYearIsTheBeratDismissalInBothYears() {
        for (int year : new int[] {2025, 2026}) {
            DisciplineRow budi = tertib.discipline().person(office.budi().id(), year);

            assertThat(budi.assessment().run()).as("run in %d", year).isEqualTo(RUN);
            assertThat(budi.assessment().byRun()).isTrue();
            assertThat(budi.assessment().level()).contains(Level.BERAT);
            assertThat(budi.assessment().rung().map(Rung::punishment)).contains("pemberhentianBerturut");
            assertThat(budi.tally().runDays()).hasSize(10);
        }
        // The cumulative counts stay "dalam 1 tahun": each year counts only its own days.
        assertThat(tertib.discipline().person(office.budi().id(), 2025).assessment().tkDays()).isEqualTo(6);
        assertThat(tertib.discipline().person(office.budi().id(), 2026).assessment().tkDays()).isEqualTo(4);
    }

    @Test
    void theAssessmentListTheEarlyWarningAndTheCommandLineRowsShowTheWholeRun() {
        List<DisciplineRow> rows = tertib.discipline().assess(new DisciplineService.Query(2026, null, false));
        DisciplineRow budi = rows.stream().filter(r -> r.person().id() == office.budi().id()).findFirst().orElseThrow();
        assertThat(budi.assessment().run().length()).isEqualTo(10);

        assertThat(tertib.discipline().earlyWarning(2025, null)).extracting(r -> r.person().id())
                .contains(office.budi().id());

        StringWriter csv = new StringWriter();
        tertib.discipline().writeCsv(rows, I18n.INDONESIAN, csv);
        assertThat(csv.toString()).contains(AppFixtures.NIP_BUDI + ",Budi,4,0,0,0,4,10,BERAT,pemberhentianBerturut");
    }

    @Test
    void theDossierListsTheRunsDaysInTheOtherYearAndSaysWhyItCountsWhole() throws Exception {
        DisciplineCase c = tertib.discipline().openCase(office.budi().id(), 2026);
        assertThat(c.level()).isEqualTo(Level.BERAT);
        assertThat(c.runLength()).isEqualTo(10);

        Path pdf = dir.resolve("berkas.pdf");
        tertib.discipline().exportDossier(c.id(), pdf, I18n.INDONESIAN);

        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains("22 Des 2025").contains("31 Des 2025").contains("7 Jan 2026");
            assertThat(text).contains("melewati pergantian tahun");
        }
    }

    @Test
    void aRunThatEndsBeforeNewYearIsNotCarriedIntoTheNextYear() throws Exception {
        // Friday 2 Jan 2026 present: the run stops at 31 Dec (6 days) and 2026 holds a run of 3 (5..7 Jan).
        DailyImport daily = tertib.dailyImport();
        daily.commit(daily.preview(AppFixtures.write(dir, "hadir.csv",
                "nip,date,code\n" + AppFixtures.NIP_BUDI + ",2026-01-02,H\n")));

        assertThat(tertib.discipline().person(office.budi().id(), 2025).assessment().run())
                .isEqualTo(new UnexcusedRun(6, LocalDate.of(2025, 12, 22), LocalDate.of(2025, 12, 31)));
        assertThat(tertib.discipline().person(office.budi().id(), 2026).assessment().run())
                .isEqualTo(new UnexcusedRun(3, LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 7)));
    }
}
