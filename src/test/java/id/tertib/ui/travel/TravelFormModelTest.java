package id.tertib.ui.travel;

import static org.assertj.core.api.Assertions.assertThat;

import id.tertib.app.I18n;
import id.tertib.app.TravelService;
import id.tertib.app.Tertib;
import id.tertib.domain.Employee;
import id.tertib.domain.EmploymentStatus;
import id.tertib.domain.Gender;
import id.tertib.domain.Golongan;
import id.tertib.domain.PersonName;
import id.tertib.domain.PositionKind;
import id.tertib.domain.Problem;
import id.tertib.domain.Unit;
import id.tertib.domain.travel.Participant;
import id.tertib.domain.travel.SuratTugas;
import id.tertib.domain.travel.TravelStatus;
import id.tertib.domain.travel.TravelKind;
import id.tertib.ui.RecordingDialogs;
import id.tertib.ui.common.DirectTaskExecutor;
import id.tertib.ui.common.UiContext;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The form's state without a window: travellers' defaults and order, and the draft the service is given. */
class TravelFormModelTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T03:00:00Z"), ZoneId.of("Asia/Jakarta"));
    private static final Unit SEKSI = new Unit(7, "S1", "Seksi Satu", null);

    @TempDir
    Path dir;

    private Tertib tertib;
    private TravelFormModel model;
    private final Employee budi = person(1, "Budi Santoso");
    private final Employee siti = person(2, "Siti Aminah");
    private final Employee dewi = person(3, "Dewi Lestari");

    @BeforeEach
    void form() {
        tertib = Tertib.open(dir.resolve("t.db"), CLOCK);
        model = new TravelFormModel(new UiContext(tertib, new I18n(I18n.INDONESIAN), new RecordingDialogs(),
                new DirectTaskExecutor()));
        model.clear(SEKSI, LocalDate.of(2026, 11, 23));
    }

    @AfterEach
    void close() {
        tertib.close();
    }

    private static Employee person(long id, String name) {
        return new Employee(id, "19860926201505100" + id, new PersonName("", name, ""), Gender.MALE,
                LocalDate.of(1986, 9, 26), EmploymentStatus.PNS,
                Golongan.parse("III/a", EmploymentStatus.PNS).orElseThrow(), "Pelaksana", PositionKind.PELAKSANA,
                SEKSI.id(), "", true);
    }

    private void trip(int fromDay, int toDay) {
        model.depart.set(LocalDate.of(2026, 12, fromDay));
        model.returns.set(LocalDate.of(2026, 12, toDay));
    }

    @Test
    void aTravellerGoesForTheWholeTripWithThePreviousTravellersAllowance() {
        trip(3, 5);
        assertThat(model.add(budi)).isTrue();
        Traveller first = model.travellers.get(0);
        assertThat(first.days.get()).as("3-5 Dec: 3 days").isEqualTo(3);
        assertThat(first.allowance.get()).as("nothing to copy yet").isNull();

        first.allowance.set(530_000L);
        model.add(siti);

        assertThat(model.travellers.get(1).days.get()).isEqualTo(3);
        assertThat(model.travellers.get(1).allowance.get()).isEqualTo(530_000L);
        assertThat(model.allowanceTotal()).as("2 x 3 x 530.000").isEqualTo(3_180_000L);
    }

    @Test
    void thePersonAlreadyOnTheLetterIsNotAddedTwice() {
        model.add(budi);

        assertThat(model.add(budi)).isFalse();
        assertThat(model.travellers).hasSize(1);
        assertThat(model.isChosen(budi.id())).isTrue();
        assertThat(model.isChosen(siti.id())).isFalse();
    }

    @Test
    void daysFollowTheDatesUntilTheUserTypesThem() {
        trip(3, 5);
        model.add(budi);
        model.add(siti);
        model.setDays(model.travellers.get(1), 2); // Siti comes home a day early

        trip(3, 7);

        assertThat(model.travellers.get(0).days.get()).as("follows 3-7 Dec").isEqualTo(5);
        assertThat(model.travellers.get(1).days.get()).as("typed").isEqualTo(2);
    }

    @Test
    void choosingTheDepartureFillsAnEmptyOrEarlierReturn() {
        model.depart.set(LocalDate.of(2026, 12, 3));
        assertThat(model.returns.get()).isEqualTo(LocalDate.of(2026, 12, 3));
        model.returns.set(LocalDate.of(2026, 12, 5));

        model.depart.set(LocalDate.of(2026, 12, 4));
        assertThat(model.returns.get()).as("still after the departure: kept").isEqualTo(LocalDate.of(2026, 12, 5));

        model.depart.set(LocalDate.of(2026, 12, 9));
        assertThat(model.returns.get()).isEqualTo(LocalDate.of(2026, 12, 9));
        assertThat(model.tripLength()).isEqualTo(1);
    }

    @Test
    void theOrderIsTheLettersOrderAndCanBeChanged() {
        trip(3, 5);
        model.add(budi);
        model.add(siti);
        model.add(dewi);

        assertThat(model.move(2, -1)).isTrue(); // Dewi up
        assertThat(model.move(0, -1)).as("the first cannot go higher").isFalse();
        assertThat(model.move(2, 1)).as("the last cannot go lower").isFalse();
        model.remove(0); // Budi off the letter

        assertThat(model.draft().participants()).containsExactly(
                new Participant(dewi.id(), 1, 3, 0), new Participant(siti.id(), 2, 3, 0));
    }

    @Test
    void theDraftCarriesTheLetterAsTyped() {
        model.number.set(" 090/12/2026 ");
        model.basis.set("DPA 2026");
        model.purpose.set("Rapat koordinasi");
        model.city.set("Bandung");
        model.province.set("Jawa Barat");
        model.kind.set(TravelKind.DALAM_KOTA_LEBIH_8_JAM);
        trip(3, 5);
        model.transport.set("Kendaraan dinas");
        model.budgetAccount.set("5.1.02.04.01.0001");
        model.issuer.set("Kepala Dinas");
        model.add(budi);
        model.travellers.get(0).allowance.set(370_000L);

        TravelService.Draft d = model.draft();

        assertThat(d.id()).isZero();
        assertThat(d.number()).isEqualTo("090/12/2026");
        assertThat(d.date()).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(d.unitId()).isEqualTo(SEKSI.id());
        assertThat(d.kind()).isEqualTo(TravelKind.DALAM_KOTA_LEBIH_8_JAM);
        assertThat(d.depart()).isEqualTo(LocalDate.of(2026, 12, 3));
        assertThat(d.returns()).isEqualTo(LocalDate.of(2026, 12, 5));
        assertThat(List.of(d.basis(), d.purpose(), d.city(), d.province(), d.transport(), d.budgetAccount(),
                d.issuer())).containsExactly("DPA 2026", "Rapat koordinasi", "Bandung", "Jawa Barat",
                        "Kendaraan dinas", "5.1.02.04.01.0001", "Kepala Dinas");
        assertThat(d.participants()).containsExactly(new Participant(budi.id(), 1, 3, 370_000L));
    }

    @Test
    void withoutUnitOrDatesTheCandidateListSaysWhatIsMissing() {
        model.unit.set(null);
        trip(3, 5);

        assertThat(model.candidates()).isEmpty();
        assertThat(model.candidatesHintProperty().get()).startsWith("Pilih unit penerbit");
    }

    @Test
    void aStoredLetterLoadsAsItWasAndItsTypedDaysStayPut() {
        SuratTugas stored = new SuratTugas(41, "088/ST/XII/2026", LocalDate.of(2026, 12, 1), SEKSI.id(), "DPA 2026",
                "Bimtek", "Bandung", "Jawa Barat", TravelKind.LUAR_KOTA, LocalDate.of(2026, 12, 8),
                LocalDate.of(2026, 12, 10), "Kereta api", "5.1.02", "Kepala Dinas", TravelStatus.ACTIVE,
                List.of(new Participant(siti.id(), 2, 2, 430_000), new Participant(budi.id(), 1, 3, 430_000)));

        model.load(new TravelService.Entry(stored, SEKSI.name(), List.of(budi, siti), true), SEKSI);
        trip(8, 11); // one day longer

        TravelService.Draft d = model.draft();
        assertThat(d.id()).isEqualTo(41);
        assertThat(d.number()).isEqualTo("088/ST/XII/2026");
        assertThat(d.participants()).as("in the letter's order; Siti's 2 days were typed, Budi's followed the trip")
                .containsExactly(new Participant(budi.id(), 1, 4, 430_000), new Participant(siti.id(), 2, 2, 430_000));
    }

    @Test
    void problemsLandBesideTheFieldTheyName() {
        assertThat(TravelFormModel.fieldOf(Problem.of("depart", "x"))).isEqualTo("depart");
        assertThat(TravelFormModel.fieldOf(Problem.of("unit", "x"))).isEqualTo("unitId");
        assertThat(TravelFormModel.fieldOf(Problem.of("participants[2]", "x"))).isEqualTo("participants");
        assertThat(TravelFormModel.fieldOf(Problem.of(null, "x"))).isEqualTo(TravelFormModel.GENERAL);
        assertThat(TravelFormModel.fieldOf(Problem.of("somethingElse", "x"))).isEqualTo(TravelFormModel.GENERAL);
    }
}
