package id.tertib.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import id.tertib.domain.Employee;
import id.tertib.domain.Problem;
import id.tertib.domain.Unit;
import id.tertib.domain.travel.Participant;
import id.tertib.domain.travel.SuratTugas;
import id.tertib.domain.travel.TravelKind;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo section head (kasi, Seksi Pengembangan Aplikasi) keeps the letters of his seksi and only those. */
class SectionHeadTravelTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @TempDir
    Path dir;

    private Tertib tertib;

    @BeforeEach
    void fill() {
        tertib = AppFixtures.open(dir);
        tertib.demo().fill(DemoService.DEFAULT_SEED, DemoService.DEFAULT_EMPLOYEES);
        tertib.auth().signIn("admin", DemoService.DEMO_PASSWORD);
    }

    private Unit unit(String code) {
        return tertib.units().list().stream().filter(u -> u.code().equals(code)).findFirst().orElseThrow();
    }

    private static TravelService.Draft with(TravelService.Draft d, long id, long unitId, List<Participant> ps) {
        return with(d, id, unitId, d.number(), ps);
    }

    private static TravelService.Draft with(TravelService.Draft d, long id, long unitId, String number,
            List<Participant> ps) {
        return new TravelService.Draft(id, number, d.date(), unitId, d.basis(), d.purpose(), d.city(),
                d.province(), d.kind(), d.depart(), d.returns(), d.transport(), d.budgetAccount(), d.issuer(), ps);
    }

    @Test
    void aSectionHeadAddsHisPeopleToALetterOfHisUnitButChangesNoLetterOfTheBidang() {
        Unit seksi = unit(DemoTravel.KASI_SEKSI);
        List<Employee> staff = tertib.employees().list(EmployeeFilter.ALL).stream().filter(Employee::active).toList();
        List<Employee> his = staff.stream().filter(e -> e.unitId() == seksi.id()).toList();
        Employee other = staff.stream().filter(e -> e.unitId() == unit("IKP.KP").id()).findFirst().orElseThrow();
        LocalDate depart = LocalDate.of(2026, 12, 7);
        TravelService.Draft d = new TravelService.Draft(0, "094/900/APT.PA/2026", TODAY, seksi.id(), "DPA",
                "Uji aplikasi", "Bandung", "Jawa Barat", TravelKind.LUAR_KOTA, depart, depart.plusDays(1), "", "",
                "Kepala Dinas", List.of(new Participant(his.get(0).id(), 1, 2, 430_000)));
        SuratTugas ofBidang = tertib.travel().save(with(d, 0, unit("APT").id(), "094/901/APT/2026",
                List.of(new Participant(his.get(2).id(), 1, 2, 430_000))), "uji", "uji");
        tertib.auth().signIn("kasi", DemoService.DEMO_PASSWORD);
        try {
            assertThat(tertib.travel().list(TravelService.Filter.ALL)).singleElement().satisfies(e -> {
                assertThat(e.trip().id()).isEqualTo(ofBidang.id());
                assertThat(e.editable()).as("the bidang's letter, read-only").isFalse();
            });
            SuratTugas saved = tertib.travel().save(d, "uji", "uji");
            TravelService.Draft more = with(d, saved.id(), seksi.id(), List.of(d.participants().get(0),
                    new Participant(his.get(1).id(), 2, 2, 430_000)));
            TravelService.Draft outsider = with(d, saved.id(), seksi.id(), List.of(d.participants().get(0),
                    new Participant(other.id(), 2, 2, 430_000)));

            assertThat(tertib.travel().check(more).problems()).isEmpty();
            assertThat(tertib.travel().check(outsider).problems()).extracting(Problem::messageKey)
                    .containsExactly("travel.participantNotAllowed");
            assertThat(tertib.travel().save(more, "uji", "uji").participants()).hasSize(2);
            assertThat(tertib.travel().list(TravelService.Filter.ALL)).extracting(e -> e.trip().id(),
                    TravelService.Entry::editable).containsExactlyInAnyOrder(tuple(saved.id(), true),
                    tuple(ofBidang.id(), false));
            TravelService.Draft taken = with(d, ofBidang.id(), seksi.id(), ofBidang.number(),
                    ofBidang.participants());
            assertThat(tertib.travel().check(taken).problems()).extracting(Problem::messageKey)
                    .containsExactly("travel.unitNotAllowed");
        } finally {
            tertib.auth().signOut();
        }
    }

}
