package id.tertib.app;

import static id.tertib.app.AppFixtures.refusalKeys;
import static org.assertj.core.api.Assertions.assertThat;

import id.tertib.domain.Role;
import id.tertib.domain.Unit;
import id.tertib.domain.performance.CoreValue;
import id.tertib.domain.performance.NoteKind;
import id.tertib.domain.performance.PerformanceNote;
import id.tertib.domain.performance.Predikat;
import id.tertib.domain.performance.Rating;
import id.tertib.domain.performance.SkpPeriod;
import id.tertib.domain.performance.SkpResult;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Notes and SKP results on a real database: filters, who may write them, the import with its row errors. */
class PerformanceServiceTest {

    @TempDir
    Path dir;
    private MarchOffice office;
    private Tertib tertib;

    @BeforeEach
    void setUp() {
        office = MarchOffice.open(dir);
        tertib = office.tertib();
    }

    private PerformanceNote note(long who, String date, NoteKind kind, Set<CoreValue> values, String text) {
        return new PerformanceNote(0, who, LocalDate.parse(date), kind, values, text, "Kepala Seksi", "");
    }

    @Test
    void notesAreFilteredByPersonValueKindAndPeriodNewestFirst() {
        tertib.performance().saveNote(note(office.budi().id(), "2026-03-02", NoteKind.APPRECIATION,
                Set.of(CoreValue.BERORIENTASI_PELAYANAN), "Melayani tamu dengan ramah meski antrean panjang"));
        tertib.performance().saveNote(note(office.budi().id(), "2026-04-10", NoteKind.NEEDS_IMPROVEMENT,
                Set.of(CoreValue.AKUNTABEL), "Laporan SPJ terlambat dua minggu"));
        tertib.performance().saveNote(note(office.siti().id(), "2026-04-12", NoteKind.APPRECIATION,
                Set.of(CoreValue.KOLABORATIF, CoreValue.AKUNTABEL), "Membantu seksi lain menyusun anggaran"));

        assertThat(tertib.performance().notes(PerformanceService.Filter.ALL)).extracting(n -> n.note().date().toString())
                .containsExactly("2026-04-12", "2026-04-10", "2026-03-02");
        assertThat(tertib.performance().notes(new PerformanceService.Filter(null, null, CoreValue.AKUNTABEL, null,
                null, null))).extracting(n -> n.person().name().full()).containsExactly("Siti", "Budi");
        assertThat(tertib.performance().notes(new PerformanceService.Filter(office.budi().id(), null, null,
                NoteKind.APPRECIATION, null, null))).hasSize(1);
        assertThat(tertib.performance().notes(new PerformanceService.Filter(null, office.seksi().id(), null, null,
                LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 11)))).extracting(n -> n.note().text())
                .containsExactly("Laporan SPJ terlambat dua minggu");
        assertThat(tertib.performance().notesOf(office.budi().id(), LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31))).extracting(n -> n.date().getMonthValue()).containsExactly(3, 4);
    }

    @Test
    void anSkpResultGivesItsPredikatAndRecordingThePeriodAgainReplacesIt() {
        tertib.performance().saveSkp(new SkpResult(0, office.budi().id(), 2025, SkpPeriod.ANNUAL, Rating.ABOVE,
                Rating.BELOW, ""));
        SkpResult again = tertib.performance().saveSkp(new SkpResult(0, office.budi().id(), 2025, SkpPeriod.ANNUAL,
                Rating.ABOVE, Rating.ABOVE, "setelah keberatan"));

        assertThat(tertib.performance().skp(null, 2025)).singleElement().satisfies(e -> {
            assertThat(e.result().id()).isEqualTo(again.id());
            assertThat(e.result().predikat()).isEqualTo(Predikat.SANGAT_BAIK);
        });
        assertThat(tertib.performance().skpOf(office.budi().id())).hasSize(1);
    }

    @Test
    void aSectionHeadKeepsOnlyHisUnitAndAViewerNothing() {
        Unit other = tertib.units().save(new Unit(0, "SEK2", "Seksi Dua", office.seksi().parentId()));
        var lain = tertib.employees().save(AppFixtures.draft(AppFixtures.NIP_DEWI, "Dewi",
                id.tertib.domain.EmploymentStatus.PNS, id.tertib.domain.Gender.FEMALE, "III/a", other.id()));
        tertib.auth().createFirstAdmin("admin", "", "rahasia-kantor");
        tertib.users().create("kasi", "Kepala Seksi Satu", Role.SECTION_HEAD, office.seksi().id(), "rahasia-kasi");
        tertib.users().create("lihat", "Pemantau", Role.VIEWER, office.seksi().id(), "rahasia-lihat");
        tertib.auth().signOut();
        tertib.auth().signIn("kasi", "rahasia-kasi");

        assertThat(tertib.performance().defaultAuthor()).isEqualTo("Kepala Seksi Satu");
        tertib.performance().saveNote(note(office.budi().id(), "2026-03-02", NoteKind.NEUTRAL, Set.of(), "Rapat"));
        assertThat(refusalKeys(() -> tertib.performance().saveNote(note(lain.id(), "2026-03-02", NoteKind.NEUTRAL,
                Set.of(), "Rapat")))).containsExactly("access.performance");

        tertib.auth().signOut();
        tertib.auth().signIn("lihat", "rahasia-lihat");
        assertThat(tertib.performance().notes(PerformanceService.Filter.ALL)).singleElement()
                .satisfies(e -> assertThat(e.editable()).isFalse());
        assertThat(refusalKeys(() -> tertib.performance().saveNote(note(office.budi().id(), "2026-03-03",
                NoteKind.NEUTRAL, Set.of(), "Rapat")))).containsExactly("access.performance");
    }

    @Test
    void anImportNamesEachBadRowAndItsColumnAndStoresOnlyTheGoodOnes() throws Exception {
        Path csv = AppFixtures.write(dir, "catatan.csv", "nip,date,kind,values,text,author\n"
                + AppFixtures.NIP_BUDI + ",2026-03-02,apresiasi,Berorientasi Pelayanan;Kolaboratif,"
                + "\"Melayani tamu dengan ramah, meski antrean panjang\",Kasi\n"
                + AppFixtures.NIP_BUDI + ",02/03/2026,bagus,Akuntabel,Teks,Kasi\n"
                + AppFixtures.NIP_BUDI + ",2026-03-05,netral,Jujur,Teks,Kasi\n"
                + "199001019999991999,2026-03-05,netral,,Teks,Kasi\n"
                + AppFixtures.NI_SITI + ",31/02/2026,netral,,,Kasi\n");

        PerformanceService.Preview preview = tertib.performance().previewImport(csv);

        assertThat(preview.notes()).singleElement().satisfies(n -> {
            assertThat(n.values()).containsExactlyInAnyOrder(CoreValue.BERORIENTASI_PELAYANAN, CoreValue.KOLABORATIF);
            assertThat(n.text()).isEqualTo("Melayani tamu dengan ramah, meski antrean panjang");
        });
        assertThat(preview.issues()).extracting(i -> i.row() + " " + i.column() + " " + i.problem().messageKey())
                .containsExactly("3 kind performance.import.badKind", "4 values performance.import.badValue",
                        "5 nip performance.import.unknownNip", "6 date attendance.badDate",
                        "6 text attendance.missingValue");
        assertThat(tertib.performance().notes(PerformanceService.Filter.ALL)).isEmpty();
        assertThat(tertib.performance().commitImport(preview)).isEqualTo(1);
        assertThat(tertib.performance().notes(PerformanceService.Filter.ALL)).hasSize(1);
    }
}
