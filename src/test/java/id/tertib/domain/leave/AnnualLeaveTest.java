package id.tertib.domain.leave;

import static org.assertj.core.api.Assertions.assertThat;

import id.tertib.domain.Employee;
import id.tertib.domain.EmploymentStatus;
import id.tertib.domain.Gender;
import id.tertib.domain.PersonName;
import id.tertib.domain.PositionKind;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Annual leave balances worked by hand: 12 days a year, at most 18 with carry-over, 24 after two unused years. */
class AnnualLeaveTest {

    private static final Applicant BUDI = new Applicant(EmploymentStatus.PNS, Gender.MALE, Optional.of(YearMonth.of(2015, 5)));

    private final Map<Integer, AnnualLeave.YearFacts> facts = new HashMap<>();
    private final Map<Integer, OpeningBalance> openings = new HashMap<>();

    private LeaveBalance balance(LeaveRules rules, Applicant who, int registerFrom, int year) {
        return new AnnualLeave(rules, who, registerFrom, y -> facts.getOrDefault(y, AnnualLeave.YearFacts.NONE), openings)
                .balance(year);
    }

    private LeaveBalance balance(int registerFrom, int year) {
        return balance(LeaveRules.PP_11_2017, BUDI, registerFrom, year);
    }

    private void taken(int year, int days) {
        facts.put(year, new AnnualLeave.YearFacts(days, 0, 0, false));
    }

    @Test
    void theFirstYearOfTheRegisterCarriesNothingOver() {
        LeaveBalance b = balance(2026, 2026);

        assertThat(b.entitlement()).isEqualTo(12);
        assertThat(b.carriedOver()).isZero();
        assertThat(b.remaining()).isEqualTo(12);
        assertThat(b.basis().registerFrom()).isEqualTo(2026);
    }

    @Test
    void unusedDaysCarryOverUpToEighteenInTotal() {
        taken(2025, 4);                         // 12 - 4 = 8 unused
        facts.put(2026, new AnnualLeave.YearFacts(5, 3, 0, false));

        LeaveBalance b = balance(2025, 2026);

        assertThat(b.basis().unusedLastYear()).isEqualTo(8);
        assertThat(b.carriedOver()).as("18 - 12 = 6 at most").isEqualTo(6);
        assertThat(b.taken()).isEqualTo(5);
        assertThat(b.remaining()).isEqualTo(12 + 6 - 5);
        assertThat(b.pending()).isEqualTo(3);
        assertThat(b.available()).isEqualTo(13 - 3);
    }

    @Test
    void fewerUnusedDaysThanTheCapCarryOverAsTheyAre() {
        taken(2025, 10);

        assertThat(balance(2025, 2026).carriedOver()).isEqualTo(2);
    }

    @Test
    void twoYearsWithoutAnyAnnualLeaveAllowTwentyFourDays() {
        // 2024: 12, nothing taken. 2025: 12 + 6, nothing taken: 18 unused. 2026: capped at 24 - 12 = 12.
        LeaveBalance b2025 = balance(2024, 2025);
        LeaveBalance b2026 = balance(2024, 2026);

        assertThat(b2025.carriedOver()).isEqualTo(6);
        assertThat(b2026.basis().unusedLastYear()).isEqualTo(18);
        assertThat(b2026.basis().totalCap()).isEqualTo(24);
        assertThat(b2026.carriedOver()).isEqualTo(12);
        assertThat(b2026.remaining()).isEqualTo(24);
    }

    @Test
    void oneDayTakenInEitherYearKeepsTheCapAtEighteen() {
        taken(2024, 1);

        LeaveBalance b = balance(2024, 2026);

        // 2024: 11 unused → 2025 carries 6; 2025: 18 unused, but 2024 was used → 2026 carries 6.
        assertThat(b.basis().totalCap()).isEqualTo(18);
        assertThat(b.carriedOver()).isEqualTo(6);
    }

    @Test
    void noAnnualLeaveBeforeTheFirstFullYearOfService() {
        Applicant agus = new Applicant(EmploymentStatus.CPNS, Gender.MALE, Optional.of(YearMonth.of(2025, 6)));

        LeaveBalance b2025 = balance(LeaveRules.PP_11_2017, agus, 2025, 2025);
        LeaveBalance b2026 = balance(LeaveRules.PP_11_2017, agus, 2025, 2026);

        assertThat(b2025.entitlement()).isZero();
        assertThat(b2026.entitlement()).as("one year complete on 1 June 2026, inside 2026").isEqualTo(12);
        assertThat(b2026.carriedOver()).isZero();
        assertThat(b2026.basis().entitledFrom()).contains(LocalDate.of(2026, 6, 1));
    }

    @Test
    void theYearLongLeaveStartsHasNoAnnualLeave() {
        taken(2025, 0);
        facts.put(2026, new AnnualLeave.YearFacts(0, 0, 0, true));

        LeaveBalance b = balance(2025, 2026);

        assertThat(b.entitlement()).isZero();
        assertThat(b.carriedOver()).isZero();
        assertThat(b.basis().longLeaveYear()).isTrue();
        assertThat(balance(2025, 2027).carriedOver()).as("nothing left over to carry").isZero();
    }

    @Test
    void cutiBersamaReducesTheEntitlementOnlyWhenTheOfficeSaysSo() {
        facts.put(2025, new AnnualLeave.YearFacts(0, 0, 10, false));
        LeaveRules reduces = new LeaveRules(12, 1, 18, 24, 5, 3, 18, 3, 1, 5, 36, true, true);

        assertThat(balance(2025, 2025).entitlement()).as("PP 11/2017 art. 333(2): not reduced").isEqualTo(12);
        LeaveBalance reduced = balance(reduces, BUDI, 2025, 2025);
        assertThat(reduced.entitlement()).isEqualTo(2);
        assertThat(reduced.basis().cutiBersamaDeducted()).isEqualTo(10);
    }

    @Test
    void anOpeningBalanceReplacesTheCarryOverAndAddsWhatWasTakenBefore() {
        openings.put(2026, new OpeningBalance(1, 2026, 4, 3, "dari kartu cuti"));
        taken(2026, 2);

        LeaveBalance b2026 = balance(2026, 2026);
        LeaveBalance b2027 = balance(2026, 2027);

        assertThat(b2026.carriedOver()).isEqualTo(4);
        assertThat(b2026.taken()).isEqualTo(3 + 2);
        assertThat(b2026.remaining()).isEqualTo(12 + 4 - 5);
        assertThat(b2027.basis().unusedLastYear()).isEqualTo(11);
        assertThat(b2027.carriedOver()).isEqualTo(6);
    }

    @Test
    void aPppkWhoseServiceStartIsUnknownIsEntitled() {
        Applicant siti = new Applicant(EmploymentStatus.PPPK, Gender.FEMALE, Optional.empty());

        LeaveBalance b = balance(LeaveRules.PP_11_2017, siti, 2026, 2026);

        assertThat(b.entitlement()).isEqualTo(12);
        assertThat(b.basis().serviceStart()).isEmpty();
    }

    @Test
    void theServiceStartIsReadFromTheNip() {
        Employee budi = new Employee(1, "198609262015051001", new PersonName("", "Budi", ""), Gender.MALE,
                LocalDate.of(1986, 9, 26), EmploymentStatus.PNS, null, "", PositionKind.PELAKSANA, 1, "", true);
        Employee siti = new Employee(2, "199203152022212005", new PersonName("", "Siti", ""), Gender.FEMALE,
                LocalDate.of(1992, 3, 15), EmploymentStatus.PPPK, null, "", PositionKind.PELAKSANA, 1, "", true);

        assertThat(Applicant.of(budi).serviceStart()).contains(YearMonth.of(2015, 5));
        // The NI PPPK gives the year of appointment (digits 9-12) but no month.
        assertThat(Applicant.of(siti).serviceStart()).contains(YearMonth.of(2022, 1));
        assertThat(Applicant.of(siti).monthKnown()).isFalse();
        Employee noYear = new Employee(3, "199203150000212005", new PersonName("", "Ani", ""), Gender.FEMALE,
                LocalDate.of(1992, 3, 15), EmploymentStatus.PPPK, null, "", PositionKind.PELAKSANA, 1, "", true);
        assertThat(Applicant.of(noYear).serviceStart()).isEmpty();
        assertThat(Applicant.of(budi).serviceComplete(5)).contains(LocalDate.of(2020, 5, 1));
    }
}
