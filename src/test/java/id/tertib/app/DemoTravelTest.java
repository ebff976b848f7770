package id.tertib.app;

import static org.assertj.core.api.Assertions.assertThat;

import id.tertib.domain.Employee;
import id.tertib.domain.Unit;
import id.tertib.domain.UnitTree;
import id.tertib.domain.fairness.FairnessFlag;
import id.tertib.domain.travel.ConflictKind;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo office's travel: three people clearly favoured and flagged, nobody else; one fictitious trip, one double. */
class DemoTravelTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @TempDir
    static Path dir;

    private static Tertib tertib;
    private static DemoService.Result result;

    @BeforeAll
    static void fill() {
        tertib = AppFixtures.open(dir);
        result = tertib.demo().fillWithAttendance(DemoService.DEFAULT_SEED, DemoService.DEFAULT_EMPLOYEES,
                ImportProgress.NONE);
        tertib.auth().signIn("admin", DemoService.DEMO_PASSWORD);
    }

    private static Set<String> flaggedUnitsOf(FairnessService.Report report) {
        List<Unit> units = tertib.units().list();
        UnitTree tree = new UnitTree(units);
        Map<Long, String> bidangOf = units.stream().filter(u -> DemoTravel.UNFAIR_UNITS.contains(u.code()))
                .flatMap(b -> tree.selfAndDescendants(b.id()).stream().map(id -> Map.entry(id, b.code())))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        return report.rows().stream().filter(r -> r.outcome().flagged())
                .map(r -> bidangOf.getOrDefault(r.employee().unitId(), "other:" + r.employee().name().full()))
                .collect(Collectors.toSet());
    }

    @Test
    void overTwoYearsExactlyTheThreeFavouritesAreFlaggedOnePerUnfairBidang() {
        FairnessService.Report report = tertib.fairness().analyse(
                FairnessService.Query.of(LocalDate.of(2025, 1, 1), TODAY, null), Locale.forLanguageTag("id"));

        assertThat(report.rows().stream().filter(r -> r.outcome().flagged())).hasSize(3)
                .allSatisfy(r -> {
                    assertThat(r.outcome().flags()).contains(FairnessFlag.EXCESS);
                    assertThat(r.explanation()).startsWith(r.employee().name().full() + ": ")
                            .contains("padahal bagian wajarnya sekitar").contains("peluang kebetulan < 0,1%");
                });
        assertThat(flaggedUnitsOf(report)).containsExactlyInAnyOrderElementsOf(DemoTravel.UNFAIR_UNITS);
        assertThat(report.neverSent()).isNotEmpty();
        assertThat(report.result().summary().trips()).isEqualTo(result.trips());
    }

    @Test
    void overTheLastTwelveMonthsTheSameThreeAreFlagged() {
        FairnessService.Report report = tertib.fairness().analyse(
                FairnessService.Query.of(TODAY.minusMonths(12), TODAY, null), Locale.forLanguageTag("id"));

        assertThat(report.rows().stream().filter(r -> r.outcome().flagged())).hasSize(3);
        assertThat(flaggedUnitsOf(report)).containsExactlyInAnyOrderElementsOf(DemoTravel.UNFAIR_UNITS);
    }

    @Test
    void theReconciliationFindsTheFictitiousTripAndTheDoubleBooking() {
        List<TravelService.ConflictEntry> conflicts = tertib.travel().conflicts(LocalDate.of(2025, 1, 1), TODAY);

        assertThat(conflicts).extracting(c -> c.conflict().kind()).containsOnly(ConflictKind.OVERLAP,
                ConflictKind.PUNCHES).containsOnlyOnce(ConflictKind.OVERLAP);
        List<TravelService.ConflictEntry> punches = conflicts.stream()
                .filter(c -> c.conflict().kind() == ConflictKind.PUNCHES).toList();
        assertThat(punches).extracting(c -> c.conflict().tripNumber()).as("every traveller of one letter")
                .hasSizeGreaterThanOrEqualTo(1).containsOnly(punches.get(0).conflict().tripNumber());
        assertThat(punches.get(0).conflict().tripNumber()).contains("/IKP/2026");
        assertThat(punches.get(0).conflict().dates()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(conflicts.stream().filter(c -> c.conflict().kind() == ConflictKind.OVERLAP).findFirst()
                .orElseThrow().conflict().tripNumber()).contains("/STA/2026");
    }

    @Test
    void tripDaysAreDlInTheAttendanceAndHaveNoPunchExceptOnTheFictitiousTrip() {
        List<TravelService.Entry> trips = tertib.travel().list(TravelService.Filter.ALL);
        assertThat(trips).hasSize(result.trips());
        TravelService.Entry some = trips.stream().filter(e -> e.trip().length() >= 3
                && e.trip().depart().getDayOfWeek().getValue() <= 3).findFirst().orElseThrow();
        Employee first = some.travellers().get(0);
        var sheet = tertib.attendance().month(first.unitId(), java.time.YearMonth.from(some.trip().depart()));

        assertThat(sheet.record(first.id(), some.trip().depart())).hasValueSatisfying(d -> {
            assertThat(d.code()).isEqualTo("DL");
            assertThat(d.arrival()).isEmpty();
        });
    }

    @Test
    void theDemoSectionHeadSeesTheFavouriteOfHisOwnSeksiFlagged() {
        tertib.auth().signIn("kasi", DemoService.DEMO_PASSWORD);
        try {
            long seksi = tertib.units().list().stream().filter(u -> u.code().equals(DemoTravel.KASI_SEKSI))
                    .findFirst().orElseThrow().id();
            FairnessService.Report report = tertib.fairness().analyse(
                    FairnessService.Query.of(TODAY.minusMonths(12), TODAY, seksi), Locale.forLanguageTag("id"));

            assertThat(report.rows().stream().filter(r -> r.outcome().flagged())).singleElement()
                    .satisfies(r -> assertThat(r.employee().unitId()).isEqualTo(seksi));
        } finally {
            tertib.auth().signIn("admin", DemoService.DEMO_PASSWORD);
        }
    }
    private static Unit unit(String code) {
        return tertib.units().list().stream().filter(u -> u.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void aSectionHeadSeesEveryLetterHisPeopleTravelOnReadOnlyWhereTheBidangIssuedIt() {
        Unit seksi = unit(DemoTravel.KASI_SEKSI);
        Set<Long> mine = new UnitTree(tertib.units().list()).selfAndDescendants(seksi.id());
        String bidang = unit("APT").name();
        tertib.auth().signIn("kasi", DemoService.DEMO_PASSWORD);
        try {
            LocalDate from = TODAY.minusMonths(12);
            List<TravelService.Entry> seen = tertib.travel().list(new TravelService.Filter(null, from, TODAY, null));
            FairnessService.Report report = tertib.fairness().analyse(FairnessService.Query.of(from, TODAY,
                    seksi.id()), Locale.forLanguageTag("id"));

            assertThat(seen).isNotEmpty().allSatisfy(e -> {
                assertThat(e.travellers()).anySatisfy(p -> assertThat(mine).contains(p.unitId()));
                assertThat(e.editable()).as("issued by the bidang, not by his seksi").isFalse();
                assertThat(e.unitName()).isEqualTo(bidang);
            });
            assertThat(seen.stream().filter(e -> !e.trip().depart().isBefore(from))).as("the letters Keadilan counts")
                    .hasSize(report.result().summary().trips());
            assertThat(tertib.travel().list(new TravelService.Filter(seksi.id(), from, TODAY, null)))
                    .hasSameSizeAs(seen);
        } finally {
            tertib.auth().signIn("admin", DemoService.DEMO_PASSWORD);
        }
    }

    @Test
    void theViewerReadsTheLettersOfHisBidangsPeopleAndChangesNone() {
        Set<Long> his = new UnitTree(tertib.units().list()).selfAndDescendants(unit("IKP").id());
        tertib.auth().signIn("viewer", DemoService.DEMO_PASSWORD);
        try {
            assertThat(tertib.travel().list(TravelService.Filter.ALL)).isNotEmpty().allSatisfy(e -> {
                assertThat(e.editable()).isFalse();
                assertThat(his.contains(e.trip().unitId())
                        || e.travellers().stream().anyMatch(p -> his.contains(p.unitId()))).isTrue();
            });
        } finally {
            tertib.auth().signIn("admin", DemoService.DEMO_PASSWORD);
        }
    }

    @Test
    void whoGoesNextCountsTheSameTripsAndDaysAsKeadilanForTheRotationWindowItNames() {
        Unit seksi = unit(DemoTravel.KASI_SEKSI);
        LocalDate depart = LocalDate.of(2026, 11, 24);

        List<TravelService.Candidate> ranking = tertib.travel().candidates(seksi.id(), depart, depart.plusDays(1), 0);
        FairnessService.Report report = tertib.fairness().analyse(FairnessService.Query.of(
                ranking.get(0).countedFrom(), ranking.get(0).countedTo(), seksi.id()), Locale.forLanguageTag("id"));
        Map<Long, FairnessService.Row> rows = report.rows().stream()
                .collect(Collectors.toMap(r -> r.employee().id(), r -> r));

        assertThat(ranking).allSatisfy(c -> {
            assertThat(c.countedFrom()).isEqualTo(LocalDate.of(2025, 11, 24));
            assertThat(c.countedTo()).isEqualTo(LocalDate.of(2026, 11, 23));
        });
        assertThat(ranking).filteredOn(c -> c.trips() > 0).hasSizeGreaterThan(1);
        assertThat(ranking).allSatisfy(c -> assertThat(rows.get(c.employee().id()))
                .satisfies(r -> assertThat(r.outcome().trips() + "/" + r.outcome().days())
                        .as(c.employee().name().full()).isEqualTo(c.trips() + "/" + c.days())));
    }
}
