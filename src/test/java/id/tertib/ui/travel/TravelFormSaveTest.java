package id.tertib.ui.travel;

import static org.assertj.core.api.Assertions.assertThat;

import id.tertib.app.I18n;
import id.tertib.app.TravelService;
import id.tertib.app.Tertib;
import id.tertib.domain.Employee;
import id.tertib.domain.EmployeeDraft;
import id.tertib.domain.EmploymentStatus;
import id.tertib.domain.PositionKind;
import id.tertib.domain.Unit;
import id.tertib.domain.attendance.Holiday;
import id.tertib.domain.travel.Participant;
import id.tertib.domain.travel.SuratTugas;
import id.tertib.domain.travel.TravelKind;
import id.tertib.ui.RecordingDialogs;
import id.tertib.ui.common.DirectTaskExecutor;
import id.tertib.ui.common.UiContext;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The form's save on a real database, without a window: a double trip and passing over people whose turn comes first
 * each need a reason, asked in a dialog; declining the dialog saves nothing. One seksi with Budi, Dewi and Siti;
 * Budi already travels 8-10 Dec 2026 (ST 088) and travelled once in November (ST 070).
 */
class TravelFormSaveTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T03:00:00Z"), ZoneId.of("Asia/Jakarta"));

    @TempDir
    Path dir;

    private Tertib tertib;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private TravelFormModel model;
    private Unit seksi;
    private Employee budi;
    private Employee dewi;
    private Employee siti;
    private final List<SuratTugas> saved = new ArrayList<>();

    private static LocalDate day(int month, int day) {
        return LocalDate.of(2026, month, day);
    }

    @BeforeEach
    void office() {
        tertib = Tertib.open(dir.resolve("t.db"), CLOCK);
        Unit dinas = tertib.units().save(new Unit(0, "DIN", "Dinas", null));
        seksi = tertib.units().save(new Unit(0, "S1", "Seksi Satu", dinas.id()));
        budi = person("198609262015051001", "Budi Santoso");
        dewi = person("199001012019032002", "Dewi Lestari");
        siti = person("199805102025011003", "Siti Aminah");
        tertib.calendar().save(new Holiday(day(12, 25), "Hari Raya Natal", Holiday.HolidayKind.NATIONAL));
        trip("070/ST/XI/2026", day(11, 3), day(11, 4), budi);
        trip("088/ST/XII/2026", day(12, 8), day(12, 10), budi);
        model = new TravelFormModel(new UiContext(tertib, new I18n(I18n.INDONESIAN), dialogs, new DirectTaskExecutor()));
        model.clear(seksi, day(11, 23));
        model.number.set("090/ST/XII/2026");
        model.purpose.set("Rapat koordinasi");
        model.city.set("Bandung");
        model.depart.set(day(12, 9));
        model.returns.set(day(12, 11));
    }

    @AfterEach
    void close() {
        tertib.close();
    }

    private Employee person(String nip, String name) {
        return tertib.employees().save(new EmployeeDraft(0, nip, "", name, "", null, null, EmploymentStatus.PNS,
                "III/a", "Pelaksana", PositionKind.PELAKSANA, seksi.id(), "", true));
    }

    private void trip(String number, LocalDate depart, LocalDate returns, Employee who) {
        int days = (int) (returns.toEpochDay() - depart.toEpochDay() + 1);
        tertib.travel().save(new TravelService.Draft(0, number, depart.minusDays(5), seksi.id(), "", "Bimtek", "Bogor",
                "", TravelKind.LUAR_KOTA, depart, returns, "", "", "", List.of(new Participant(who.id(), 1, days, 0))),
                "", "ujicoba");
    }

    private List<String> numbers() {
        return tertib.travel().list(TravelService.Filter.ALL).stream().map(e -> e.trip().number()).toList();
    }

    @Test
    void theRankingFillsOnceUnitAndDatesAreSet() {
        assertThat(model.candidates()).extracting(c -> c.employee().name().name(), TravelService.Candidate::rank)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Dewi Lestari", 1),
                        org.assertj.core.groups.Tuple.tuple("Siti Aminah", 2),
                        org.assertj.core.groups.Tuple.tuple("Budi Santoso", 0));
        assertThat(model.candidatesHintProperty().get()).isEmpty();
    }

    @Test
    void aDoubleTripShowsAsAConflictAndNeedsAReason() {
        model.add(dewi);
        model.add(budi);

        assertThat(model.conflicts()).singleElement().satisfies(c -> assertThat(model.conflictTexts().describe(c))
                .isEqualTo("Budi Santoso juga bertugas dengan ST 088/ST/XII/2026 pada 9 Des 2026 s.d. 10 Des 2026 "
                        + "(perjalanan ganda)."));

        model.save(saved::add); // the user closes the reason dialog
        assertThat(dialogs.fieldTitles).containsExactly("Simpan meskipun ada konflik?");
        assertThat(saved).isEmpty();
        assertThat(numbers()).doesNotContain("090/ST/XII/2026");

        dialogs.fieldAnswers.add(Map.of("reason", "Narasumber utama"));
        model.save(saved::add);
        assertThat(saved).singleElement().satisfies(t -> assertThat(t.participants()).extracting(
                Participant::employeeId).containsExactly(dewi.id(), budi.id()));
        assertThat(numbers()).contains("090/ST/XII/2026");
        assertThat(model.id()).isEqualTo(saved.get(0).id());
    }

    @Test
    void passingOverSomeoneWhoseTurnComesFirstNeedsARotationReason() {
        model.depart.set(day(12, 14)); // Budi is back from ST 088 by then, with two trips behind him
        model.returns.set(day(12, 15));
        model.add(budi);

        assertThat(model.conflicts()).isEmpty();
        assertThat(model.passedOver()).extracting(c -> c.employee().name().name())
                .containsExactly("Dewi Lestari", "Siti Aminah");
        assertThat(model.passedOverLine(model.passedOver().get(0)))
                .isEqualTo("Dewi Lestari (peringkat 1: 0 perjalanan, 0 hari)");
        dialogs.fieldAnswers.add(Map.of("reason", "Satu-satunya yang menguasai aplikasi"));
        model.save(saved::add);

        assertThat(dialogs.fieldTitles).containsExactly("Alasan tidak mengikuti giliran");
        assertThat(dialogs.fieldForms.get(0)).singleElement().satisfies(f -> assertThat(f.required()).isTrue());
        assertThat(saved).hasSize(1);
    }

    @Test
    void problemsAppearOnlyForTouchedFieldsUntilSave() {
        model.number.set("");
        model.city.set("");
        model.touch("city");

        assertThat(model.errors()).containsOnlyKeys("city").containsEntry("city", "Kota tujuan wajib diisi.");

        model.save(saved::add);

        assertThat(model.errors()).containsEntry("number", "Nomor surat tugas wajib diisi.")
                .containsEntry("participants", "Tambahkan sedikitnya satu pelaksana perjalanan.");
        assertThat(dialogs.fieldTitles).isEmpty();
        assertThat(saved).isEmpty();
    }
}
