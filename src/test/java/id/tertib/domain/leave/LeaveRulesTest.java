package id.tertib.domain.leave;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import id.tertib.domain.DomainException;
import id.tertib.domain.EmploymentStatus;
import id.tertib.domain.Gender;
import id.tertib.domain.Problem;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Checking one request against PP 11/2017 defaults, with hand-worked dates. */
class LeaveRulesTest {

    private static final LeaveRules RULES = LeaveRules.PP_11_2017;
    /** PNS appointed May 2015 (NIP 19860926 201505 1 001): 5 years on 1 May 2020. */
    private static final Applicant BUDI = new Applicant(EmploymentStatus.PNS, Gender.MALE, Optional.of(YearMonth.of(2015, 5)));
    /** CPNS appointed January 2025: one year on 1 Jan 2026. */
    private static final Applicant AGUS = new Applicant(EmploymentStatus.CPNS, Gender.MALE, Optional.of(YearMonth.of(2025, 1)));
    private static final Applicant DEWI = new Applicant(EmploymentStatus.PNS, Gender.FEMALE, Optional.of(YearMonth.of(2019, 3)));
    private static final Applicant SITI = new Applicant(EmploymentStatus.PPPK, Gender.FEMALE, Optional.empty());

    private static LeaveRequest request(String code, LocalDate from, LocalDate to, int workingDays) {
        return LeaveRequest.draft(1, code, from, to, "keperluan keluarga").withWorkingDays(workingDays);
    }

    private static List<String> keys(LeaveRequest r, Applicant who, List<LeaveRequest> others) {
        return RULES.check(r, who, others).stream().map(Problem::messageKey).toList();
    }

    private static LocalDate d(int y, int m, int day) {
        return LocalDate.of(y, m, day);
    }

    @Test
    void aWeekOfAnnualLeaveForAPnsWithElevenYearsOfServiceIsFine() {
        assertThat(keys(request("ct", d(2026, 3, 2), d(2026, 3, 6), 5), BUDI, List.of())).isEmpty();
    }

    @Test
    void theLastDayMayNotComeBeforeTheFirst() {
        List<Problem> problems = RULES.check(request("CT", d(2026, 3, 6), d(2026, 3, 2), 0), BUDI, List.of());

        assertThat(problems).containsExactly(Problem.of("to", "leave.datesOrder", d(2026, 3, 6), d(2026, 3, 2)));
    }

    @Test
    void onlyTheSevenLeaveCodesAreKept() {
        assertThat(keys(request("H", d(2026, 3, 2), d(2026, 3, 2), 1), BUDI, List.of())).containsExactly("leave.codeUnknown");
        assertThat(keys(request("CBS", d(2026, 3, 2), d(2026, 3, 2), 1), BUDI, List.of())).isEmpty();
    }

    @Test
    void aPppkTakesOnlyAnnualSickMaternityLeaveAndCutiBersama() {
        assertThat(keys(request("CB", d(2026, 3, 2), d(2026, 3, 31), 22), SITI, List.of())).containsExactly("leave.notForPppk");
        assertThat(keys(request("CAP", d(2026, 3, 2), d(2026, 3, 3), 2), SITI, List.of())).containsExactly("leave.notForPppk");
        assertThat(keys(request("CT", d(2026, 3, 2), d(2026, 3, 3), 2), SITI, List.of()))
                .as("service start unknown for PPPK: not checked").isEmpty();
        assertThat(keys(request("CM", d(2026, 3, 2), d(2026, 6, 1), 60), SITI, List.of())).isEmpty();
    }

    @Test
    void maternityLeaveIsForWomen() {
        assertThat(keys(request("CM", d(2026, 3, 2), d(2026, 3, 31), 22), BUDI, List.of()))
                .containsExactly("leave.maternityWomenOnly");
    }

    @Test
    void annualLeaveNeedsOneFullYearOfServiceOnTheFirstDay() {
        // Appointed January 2025: one year complete on 1 January 2026.
        List<Problem> early = RULES.check(request("CT", d(2025, 12, 29), d(2025, 12, 30), 2), AGUS, List.of());
        assertThat(early).containsExactly(Problem.of("from", "leave.notEligible", "CT", 1, d(2026, 1, 1)));
        assertThat(keys(request("CT", d(2026, 1, 2), d(2026, 1, 2), 1), AGUS, List.of())).isEmpty();
    }

    @Test
    void longAndUnpaidLeaveNeedFiveYears() {
        // Dewi, appointed March 2019: five years complete on 1 March 2024.
        assertThat(RULES.check(request("CB", d(2024, 2, 5), d(2024, 3, 29), 40), DEWI, List.of()))
                .containsExactly(Problem.of("from", "leave.notEligible", "CB", 5, d(2024, 3, 1)));
        assertThat(keys(request("CB", d(2024, 3, 1), d(2024, 5, 31), 60), DEWI, List.of())).isEmpty();
        assertThat(keys(request("CLTN", d(2026, 1, 5), d(2026, 6, 30), 120), AGUS, List.of()))
                .containsExactly("leave.notEligible");
        assertThat(keys(request("CS", d(2025, 6, 2), d(2025, 6, 3), 2), AGUS, List.of()))
                .as("sick leave needs no years of service").isEmpty();
    }

    @Test
    void eachKindHasALongestPeriodInCalendarMonths() {
        // Three months from 15 January end on 14 April.
        assertThat(keys(request("CM", d(2026, 1, 15), d(2026, 4, 14), 62), DEWI, List.of())).isEmpty();
        assertThat(RULES.check(request("CM", d(2026, 1, 15), d(2026, 4, 15), 63), DEWI, List.of()))
                .containsExactly(Problem.of("to", "leave.tooLong", "CM", 3, d(2026, 4, 14)));
        // One month for an important reason: all of February, not 1 March.
        assertThat(keys(request("CAP", d(2026, 2, 1), d(2026, 2, 28), 20), BUDI, List.of())).isEmpty();
        assertThat(keys(request("CAP", d(2026, 2, 1), d(2026, 3, 1), 20), BUDI, List.of())).containsExactly("leave.tooLong");
        // Three years of unpaid leave from 1 July 2026 end on 30 June 2029.
        assertThat(keys(request("CLTN", d(2026, 7, 1), d(2029, 6, 30), 700), BUDI, List.of())).isEmpty();
        assertThat(keys(request("CLTN", d(2026, 7, 1), d(2029, 7, 1), 700), BUDI, List.of())).containsExactly("leave.tooLong");
    }

    @Test
    void annualLeaveStaysInsideOneYear() {
        assertThat(RULES.check(request("CT", d(2026, 12, 28), d(2027, 1, 4), 5), BUDI, List.of()))
                .containsExactly(Problem.of("to", "leave.annualOneYear", 2026));
    }

    @Test
    void aPeriodWithoutAWorkingDayIsRefused() {
        // Saturday and Sunday.
        assertThat(keys(request("CT", d(2026, 3, 7), d(2026, 3, 8), 0), BUDI, List.of())).containsExactly("leave.noWorkingDays");
    }

    @Test
    void noOverlapWithAnotherRequestedOrApprovedLeaveOfTheSamePerson() {
        LeaveRequest approved = new LeaveRequest(7, 1, "CT", d(2026, 3, 2), d(2026, 3, 6), LeaveStatus.APPROVED, 5, "", "");
        LeaveRequest cancelled = new LeaveRequest(8, 1, "CT", d(2026, 3, 9), d(2026, 3, 13), LeaveStatus.CANCELLED, 5, "", "");
        LeaveRequest someoneElse = new LeaveRequest(9, 2, "CT", d(2026, 3, 9), d(2026, 3, 13), LeaveStatus.REQUESTED, 5, "", "");
        List<LeaveRequest> others = List.of(approved, cancelled, someoneElse);

        assertThat(RULES.check(request("CS", d(2026, 3, 6), d(2026, 3, 10), 3), BUDI, others))
                .containsExactly(Problem.of("from", "leave.overlap", "CT", d(2026, 3, 2), d(2026, 3, 6)));
        assertThat(keys(request("CS", d(2026, 3, 9), d(2026, 3, 10), 2), BUDI, others)).isEmpty();
        assertThat(keys(approved, BUDI, others)).as("a request does not overlap itself").isEmpty();
    }

    @Test
    void annualLeaveMustFitWhatIsAvailable() {
        assertThat(RULES.checkBalance(request("CT", d(2026, 3, 2), d(2026, 3, 6), 5), 4))
                .containsExactly(Problem.of("to", "leave.overBalance", 5, 4, 2026));
        assertThat(RULES.checkBalance(request("CT", d(2026, 3, 2), d(2026, 3, 6), 5), 5)).isEmpty();
        assertThat(RULES.checkBalance(request("CS", d(2026, 3, 2), d(2026, 3, 6), 5), 0)).isEmpty();
    }

    @Test
    void rulesRefuseTotalsBelowAYearsEntitlement() {
        DomainException e = catchThrowableOfType(DomainException.class,
                () -> new LeaveRules(12, 1, 10, 9, 5, 0, 18, 3, 1, 5, 36, true, false));

        assertThat(e.problems()).extracting(Problem::messageKey)
                .containsExactly("leave.ruleRange", "leave.ruleTotalBelowYear", "leave.ruleTotalsOrder");
    }

    @Test
    void rulesSurviveBeingStoredAndFillMissingValuesWithDefaults() {
        LeaveRules changed = new LeaveRules(12, 1, 18, 24, 5, 3, 18, 3, 1, 5, 36, true, true);

        assertThat(LeaveRules.fromMap(changed.toMap())).isEqualTo(changed);
        assertThat(LeaveRules.fromMap(Map.of("maxAnnualTotal", "20", "annualDays", "x")))
                .isEqualTo(new LeaveRules(12, 1, 20, 24, 5, 3, 18, 3, 1, 5, 36, true, false));
    }
}
