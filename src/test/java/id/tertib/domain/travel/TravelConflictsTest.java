package id.tertib.domain.travel;

import static org.assertj.core.api.Assertions.assertThat;

import id.tertib.domain.travel.TravelConflicts.Absence;
import id.tertib.domain.travel.TravelConflicts.Facts;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class TravelConflictsTest {

    private static final long BUDI = 1;
    private static final long SITI = 2;

    static SuratTugas trip(long id, String number, TravelKind kind, String depart, String returns, long... people) {
        LocalDate d = LocalDate.parse(depart);
        LocalDate r = LocalDate.parse(returns);
        int days = (int) (r.toEpochDay() - d.toEpochDay() + 1);
        List<Participant> ps = new java.util.ArrayList<>();
        for (int i = 0; i < people.length; i++) {
            ps.add(new Participant(people[i], i + 1, days, 430_000));
        }
        return new SuratTugas(id, number, d.minusDays(7), 1, "", "Rapat", "Bandung", "Jawa Barat", kind, d, r, "",
                "", "", TravelStatus.ACTIVE, ps);
    }

    private static Facts facts(List<SuratTugas> trips, List<Absence> absences, Map<Long, NavigableSet<LocalDate>> punches,
            int cap) {
        return new Facts(trips, absences, punches, cap);
    }

    @Test
    void samePersonOnTwoOverlappingTripsIsADoubleTripWithTheSharedDays() {
        SuratTugas first = trip(1, "090/1", TravelKind.LUAR_KOTA, "2026-03-02", "2026-03-05", BUDI, SITI);
        SuratTugas draft = trip(0, "090/2", TravelKind.LUAR_KOTA, "2026-03-04", "2026-03-06", BUDI);

        List<Conflict> found = TravelConflicts.of(draft, facts(List.of(first), List.of(), Map.of(), 0));

        assertThat(found).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(ConflictKind.OVERLAP);
            assertThat(c.employeeId()).isEqualTo(BUDI);
            assertThat(c.other()).isEqualTo("090/1");
            assertThat(c.from()).isEqualTo("2026-03-04");
            assertThat(c.to()).isEqualTo("2026-03-05");
        });
    }

    @Test
    void tripsThatOnlyMeetOnDifferentDaysOrOtherPeopleDoNotClash() {
        SuratTugas first = trip(1, "090/1", TravelKind.LUAR_KOTA, "2026-03-02", "2026-03-03", BUDI);
        SuratTugas next = trip(0, "090/2", TravelKind.LUAR_KOTA, "2026-03-04", "2026-03-06", BUDI);
        SuratTugas other = trip(3, "090/3", TravelKind.LUAR_KOTA, "2026-03-04", "2026-03-06", SITI);

        assertThat(TravelConflicts.of(next, facts(List.of(first, other), List.of(), Map.of(), 0))).isEmpty();
    }

    @Test
    void aStoredLetterBeingEditedDoesNotClashWithItself() {
        SuratTugas stored = trip(7, "090/7", TravelKind.LUAR_KOTA, "2026-03-02", "2026-03-03", BUDI);
        SuratTugas edited = trip(7, "090/7", TravelKind.LUAR_KOTA, "2026-03-02", "2026-03-04", BUDI);

        assertThat(TravelConflicts.of(edited, facts(List.of(stored), List.of(), Map.of(), 0))).isEmpty();
    }

    @Test
    void leaveAndSicknessInsideTheTripAreReportedWithTheirDays() {
        SuratTugas t = trip(0, "090/4", TravelKind.LUAR_KOTA, "2026-03-02", "2026-03-06", BUDI);
        List<Absence> absences = List.of(
                new Absence(BUDI, LocalDate.parse("2026-02-27"), LocalDate.parse("2026-03-03"), "CT", false),
                new Absence(BUDI, LocalDate.parse("2026-03-05"), LocalDate.parse("2026-03-05"), "S", true),
                new Absence(BUDI, LocalDate.parse("2026-03-06"), LocalDate.parse("2026-03-09"), "CS", true),
                new Absence(SITI, LocalDate.parse("2026-03-02"), LocalDate.parse("2026-03-06"), "CT", false));

        List<Conflict> found = TravelConflicts.of(t, facts(List.of(), absences, Map.of(), 0));

        assertThat(found).extracting(Conflict::kind).containsExactly(ConflictKind.LEAVE, ConflictKind.SICK);
        assertThat(found.get(0).other()).isEqualTo("CT");
        assertThat(found.get(0).from()).isEqualTo("2026-03-02");
        assertThat(found.get(0).to()).isEqualTo("2026-03-03");
        assertThat(found.get(1).dates()).containsExactly(LocalDate.parse("2026-03-05"), LocalDate.parse("2026-03-06"));
    }

    @Test
    void aLeaveConflictCountsOnlyTheLeaveDaysTheLetterPaysTheTravellerFor() {
        SuratTugas t = trip(0, "090/8", TravelKind.LUAR_KOTA, "2026-03-02", "2026-03-06", BUDI);
        t = new SuratTugas(0, t.number(), t.date(), t.unitId(), "", t.purpose(), t.city(), t.province(), t.kind(),
                t.depart(), t.returns(), "", "", "", TravelStatus.ACTIVE,
                List.of(new Participant(BUDI, 1, 3, 430_000)));
        List<Absence> absences = List.of(
                new Absence(BUDI, LocalDate.parse("2026-03-03"), LocalDate.parse("2026-03-05"), "CT", false),
                new Absence(BUDI, LocalDate.parse("2026-03-06"), LocalDate.parse("2026-03-06"), "CAP", false));

        List<Conflict> found = TravelConflicts.of(t, facts(List.of(), absences, Map.of(), 0));

        assertThat(found).extracting(Conflict::other, Conflict::amount)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("CT", 2),
                        org.assertj.core.groups.Tuple.tuple("CAP", 0));
    }

    @Test
    void leaveOverAWeekendCountsItsWorkingDaysOnlyAmongThePaidDays() {
        // Trip Fri 6 to Mon 9 March 2026, 4 paid days; registered CT Fri 6 to Mon 9: two days of leave, not four.
        SuratTugas t = trip(0, "090/9", TravelKind.LUAR_KOTA, "2026-03-06", "2026-03-09", BUDI);
        List<Absence> absences = List.of(
                new Absence(BUDI, LocalDate.parse("2026-03-06"), LocalDate.parse("2026-03-09"), "CT", false));

        List<Conflict> found = TravelConflicts.of(t, facts(List.of(), absences, Map.of(), 0));

        assertThat(found).extracting(Conflict::kind, Conflict::amount)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ConflictKind.LEAVE, 2));
    }

    @Test
    void punchesAtTheOfficeDuringATripAwayAllDayLookFictitious() {
        SuratTugas away = trip(0, "090/5", TravelKind.LUAR_KOTA, "2026-03-02", "2026-03-04", BUDI);
        SuratTugas shortInTown = trip(0, "090/6", TravelKind.DALAM_KOTA_SAMPAI_8_JAM, "2026-03-02", "2026-03-02",
                BUDI);
        NavigableSet<LocalDate> punched = new TreeSet<>(List.of(LocalDate.parse("2026-02-27"),
                LocalDate.parse("2026-03-02"), LocalDate.parse("2026-03-04"), LocalDate.parse("2026-03-05")));

        List<Conflict> found = TravelConflicts.of(away, facts(List.of(), List.of(), Map.of(BUDI, punched), 0));

        assertThat(found).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(ConflictKind.PUNCHES);
            assertThat(c.dates()).containsExactly(LocalDate.parse("2026-03-02"), LocalDate.parse("2026-03-04"));
            assertThat(c.amount()).isEqualTo(2);
        });
        assertThat(TravelConflicts.of(shortInTown, facts(List.of(), List.of(), Map.of(BUDI, punched), 0)))
                .as("a short trip in town may start at the office").isEmpty();
    }

    @Test
    void theYearlyCapCountsTheDaysOfEveryActiveTripInThatYear() {
        // Budi: 20 days in January and 12 in March already; a 10-day trip in December makes 42 > 40.
        SuratTugas jan = trip(1, "090/1", TravelKind.LUAR_KOTA, "2026-01-05", "2026-01-24", BUDI);
        SuratTugas mar = trip(2, "090/2", TravelKind.LUAR_KOTA, "2026-03-02", "2026-03-13", BUDI);
        SuratTugas dec = trip(0, "090/3", TravelKind.LUAR_KOTA, "2026-12-14", "2026-12-23", BUDI);

        List<Conflict> found = TravelConflicts.of(dec, facts(List.of(jan, mar), List.of(), Map.of(), 40));

        assertThat(found).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(ConflictKind.CAP);
            assertThat(c.amount()).isEqualTo(42);
            assertThat(c.limit()).isEqualTo(40);
            assertThat(c.other()).isEqualTo("2026");
        });
        assertThat(TravelConflicts.of(dec, facts(List.of(jan, mar), List.of(), Map.of(), 42))).isEmpty();
        assertThat(TravelConflicts.of(dec, facts(List.of(jan, mar), List.of(), Map.of(), 0))).as("no cap").isEmpty();
    }

    @Test
    void aTripOverNewYearCountsItsDaysInEachYear() {
        SuratTugas t = trip(0, "090/9", TravelKind.LUAR_KOTA, "2026-12-30", "2027-01-02", BUDI);
        Participant p = t.participants().get(0);

        assertThat(TravelConflicts.daysIn(t, p, 2026)).isEqualTo(2);
        assertThat(TravelConflicts.daysIn(t, p, 2027)).isEqualTo(2);
    }

    @Test
    void theReconciliationReportNamesADoubleTripOnceOnTheLaterLetter() {
        SuratTugas a = trip(1, "090/1", TravelKind.LUAR_KOTA, "2026-03-02", "2026-03-05", BUDI);
        SuratTugas b = trip(2, "090/2", TravelKind.LUAR_KOTA, "2026-03-04", "2026-03-06", BUDI);

        List<Conflict> found = TravelConflicts.all(List.of(b, a), facts(List.of(a, b), List.of(), Map.of(), 0));

        assertThat(found).singleElement().satisfies(c -> {
            assertThat(c.tripNumber()).isEqualTo("090/2");
            assertThat(c.other()).isEqualTo("090/1");
        });
    }

    @Test
    void theReconciliationReportNamesAYearOverTheCapOnceOnTheLetterThatCrossedIt() {
        // 20 + 12 = 32 days by March; with the cap at 30, the March letter crosses it; December adds 10 more.
        SuratTugas jan = trip(1, "090/1", TravelKind.LUAR_KOTA, "2026-01-05", "2026-01-24", BUDI);
        SuratTugas mar = trip(2, "090/2", TravelKind.LUAR_KOTA, "2026-03-02", "2026-03-13", BUDI);
        SuratTugas dec = trip(3, "090/3", TravelKind.LUAR_KOTA, "2026-12-14", "2026-12-23", BUDI);
        List<SuratTugas> all = List.of(jan, mar, dec);

        List<Conflict> found = TravelConflicts.all(all, facts(all, List.of(), Map.of(), 30));

        assertThat(found).singleElement().satisfies(c -> {
            assertThat(c.tripNumber()).isEqualTo("090/2");
            assertThat(c.amount()).isEqualTo(42);
        });
    }
}
