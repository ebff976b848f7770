package id.tertib.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EmployeeRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final String NIP = "198609262015051001";
    private static final String NI_PPPK = "199203152022212005";

    private static EmployeeDraft pns(Gender gender, LocalDate birthDate, String golongan) {
        return new EmployeeDraft(0, "19860926 201505 1 001", "Ir.", " Budi  Santoso ", "S.T.", gender, birthDate,
                EmploymentStatus.PNS, golongan, " Pranata Komputer ", PositionKind.FUNGSIONAL, 3L, " 1001 ", true);
    }

    private static EmployeeDraft pppk(Gender gender, String golongan) {
        return new EmployeeDraft(0, NI_PPPK, "", "Siti Rahma", "", gender, null, EmploymentStatus.PPPK, golongan,
                "Pengelola Layanan", PositionKind.PELAKSANA, 3L, "", true);
    }

    private static DomainException rejection(EmployeeDraft draft) {
        DomainException e = catchThrowableOfType(DomainException.class, () -> EmployeeRules.check(draft, TODAY));
        assertThat(e).as("draft should be rejected").isNotNull();
        return e;
    }

    @Test
    void validPnsDraftTakesBirthDateAndGenderFromTheNip() {
        Employee e = EmployeeRules.check(pns(null, null, "III/b"), TODAY);

        assertThat(e.number()).isEqualTo(NIP);
        assertThat(e.birthDate()).isEqualTo(LocalDate.of(1986, 9, 26));
        assertThat(e.gender()).isEqualTo(Gender.MALE);
        assertThat(e.golongan()).isEqualTo(Golongan.III_B);
        assertThat(e.name()).isEqualTo(new PersonName("Ir.", "Budi Santoso", "S.T."));
        assertThat(e.name().full()).isEqualTo("Ir. Budi Santoso, S.T.");
        assertThat(e.positionName()).isEqualTo("Pranata Komputer");
        assertThat(e.pin()).isEqualTo("1001");
        assertThat(e.unitId()).isEqualTo(3L);
        assertThat(e.numberGrouped()).isEqualTo("19860926 201505 1 001");
    }

    @Test
    void givenGenderAndBirthDateThatAgreeWithTheNipAreAccepted() {
        Employee e = EmployeeRules.check(pns(Gender.MALE, LocalDate.of(1986, 9, 26), ""), TODAY);

        assertThat(e.gender()).isEqualTo(Gender.MALE);
        assertThat(e.golongan()).isNull();
    }

    @Test
    void genderThatDisagreesWithTheNipIsRejected() {
        DomainException e = rejection(pns(Gender.FEMALE, null, "III/a"));

        assertThat(e.problems()).extracting(Problem::field, Problem::messageKey)
                .containsExactly(tuple("gender", "employee.genderMismatch"));
    }

    @Test
    void birthDateThatDisagreesWithTheNipIsRejected() {
        DomainException e = rejection(pns(null, LocalDate.of(1986, 9, 27), "III/a"));

        assertThat(e.problems()).extracting(Problem::field, Problem::messageKey, Problem::args)
                .containsExactly(tuple("birthDate", "employee.birthDateMismatch",
                        java.util.List.of(LocalDate.of(1986, 9, 26))));
    }

    @Test
    void validPppkKeepsTheGivenGenderAndReadsTheBirthDate() {
        Employee e = EmployeeRules.check(pppk(Gender.FEMALE, "IX"), TODAY);

        assertThat(e.gender()).isEqualTo(Gender.FEMALE);
        assertThat(e.birthDate()).isEqualTo(LocalDate.of(1992, 3, 15));
        assertThat(e.golongan()).isEqualTo(Golongan.PPPK_IX);
        assertThat(e.pin()).isNull();
        assertThat(e.numberGrouped()).isEqualTo(NI_PPPK);
    }

    @Test
    void pppkNeedsAGenderBecauseItsNumberDoesNotTellIt() {
        DomainException e = rejection(pppk(null, "IX"));

        assertThat(e.problems()).extracting(Problem::field, Problem::messageKey)
                .containsExactly(tuple("gender", "employee.genderRequired"));
    }

    @Test
    void pnsGolonganIsNotAPppkGolongan() {
        DomainException e = rejection(pppk(Gender.FEMALE, "III/a"));

        assertThat(e.problems()).extracting(Problem::field, Problem::messageKey, Problem::args)
                .containsExactly(tuple("golongan", "employee.golonganPppk", java.util.List.of("III/a")));
    }

    @Test
    void pppkGolonganIsNotAPnsGolongan() {
        DomainException e = rejection(pns(null, null, "IX"));

        assertThat(e.problems()).extracting(Problem::field, Problem::messageKey)
                .containsExactly(tuple("golongan", "employee.golonganPns"));
    }

    @Test
    void reportsEveryProblemAtOnce() {
        EmployeeDraft draft = new EmployeeDraft(0, "198609312015051001", "", "  ", "", null, null,
                EmploymentStatus.PNS, "V/a", "", null, null, "12-34", true);

        DomainException e = rejection(draft);

        assertThat(e.problems()).extracting(Problem::field, Problem::messageKey).containsExactlyInAnyOrder(
                tuple("nip", "nip.birthDate"),
                tuple("name", "employee.nameRequired"),
                tuple("golongan", "employee.golonganPns"),
                tuple("positionKind", "employee.positionKindRequired"),
                tuple("unit", "employee.unitRequired"),
                tuple("pin", "employee.pinFormat"));
    }

    @Test
    void aPnsWithAWrongNipIsNotAskedForAGender() {
        // The gender of a PNS is read from the NIP; the NIP is what must be corrected.
        EmployeeDraft pns = new EmployeeDraft(0, "198609262015053001", "", "Budi", "", null, null,
                EmploymentStatus.PNS, "", "", PositionKind.PELAKSANA, 1L, null, true);
        EmployeeDraft noStatus = new EmployeeDraft(0, "198609312015051001", "", "Budi", "", null, null,
                null, "", "", PositionKind.PELAKSANA, 1L, null, true);

        assertThat(rejection(pns).problems()).extracting(Problem::messageKey).containsExactly("nip.gender");
        assertThat(rejection(noStatus).problems()).extracting(Problem::messageKey)
                .containsExactlyInAnyOrder("employee.statusRequired", "nip.birthDate");
    }

    @Test
    void missingNameUnitAndPositionKindEachHaveTheirKey() {
        EmployeeDraft draft = new EmployeeDraft(0, NIP, "", "", "", null, null, EmploymentStatus.PNS, "",
                "", null, null, null, true);

        DomainException e = rejection(draft);

        assertThat(e.problems()).extracting(Problem::field, Problem::messageKey).containsExactlyInAnyOrder(
                tuple("name", "employee.nameRequired"),
                tuple("positionKind", "employee.positionKindRequired"),
                tuple("unit", "employee.unitRequired"));
    }

    @Test
    void missingStatusIsReported() {
        EmployeeDraft draft = new EmployeeDraft(0, NIP, "", "Budi", "", null, null, null, "",
                "", PositionKind.PELAKSANA, 1L, null, true);

        DomainException e = rejection(draft);

        assertThat(e.problems()).extracting(Problem::messageKey).containsExactly("employee.statusRequired");
    }

    @Test
    void overlongNameIsRejected() {
        EmployeeDraft draft = new EmployeeDraft(0, NIP, "", "x".repeat(201), "", null, null, EmploymentStatus.PNS,
                "", "", PositionKind.PELAKSANA, 1L, null, true);

        assertThat(rejection(draft).problems()).extracting(Problem::field, Problem::messageKey)
                .containsExactly(tuple("name", "text.tooLong"));
        assertThat(EmployeeRules.check(new EmployeeDraft(0, NIP, "", "x".repeat(200), "", null, null,
                EmploymentStatus.PNS, "", "", PositionKind.PELAKSANA, 1L, null, true), TODAY).name().name())
                .hasSize(200);
    }

    @Test
    void draftOfAnEmployeeChecksBackToTheSameEmployee() {
        Employee e = EmployeeRules.check(pns(null, null, "III/b"), TODAY).withId(42);

        assertThat(EmployeeRules.check(EmployeeDraft.of(e), TODAY)).isEqualTo(e);
    }

    private static EmployeeDraft pppkAppointed(String number, LocalDate appointed) {
        return new EmployeeDraft(0, number, "", "Siti Rahma", "", Gender.FEMALE, null, EmploymentStatus.PPPK, "IX",
                "Pengelola Layanan", PositionKind.PELAKSANA, 3L, "", true, appointed);
    }

    @Test
    void aTmtPppkMustBeInTheNiYearAfterTheEighteenthBirthdayAndNotAhead() {
        assertThat(EmployeeRules.check(pppkAppointed(NI_PPPK, LocalDate.of(2022, 4, 1)), TODAY).appointedOn())
                .isEqualTo(LocalDate.of(2022, 4, 1));
        assertThat(rejection(pppkAppointed(NI_PPPK, LocalDate.of(2023, 4, 1))).problems())
                .containsExactly(Problem.of("appointedOn", "employee.appointedOtherYear", LocalDate.of(2023, 4, 1),
                        2022));
        assertThat(rejection(pppkAppointed("199203150000212005", LocalDate.of(2027, 1, 4))).problems())
                .extracting(Problem::messageKey).containsExactly("employee.appointedFuture");
        assertThat(rejection(pppkAppointed("199203150000212005", LocalDate.of(2009, 1, 5))).problems())
                .extracting(Problem::messageKey).containsExactly("employee.appointedTooYoung");
    }

    @Test
    void theTmtIsAskedForOnlyWhereTheNiCarriesNoPlausibleAppointmentYear() {
        assertThat(EmployeeRules.appointmentMissing(pppkAppointed("199203150000212005", null)))
                .contains(Problem.of("appointedOn", "employee.appointedRequired"));
        assertThat(EmployeeRules.appointmentMissing(pppkAppointed("199203150000212005", LocalDate.of(2023, 3, 1))))
                .isEmpty();
        assertThat(EmployeeRules.appointmentMissing(pppkAppointed(NI_PPPK, null))).isEmpty();
        assertThat(EmployeeRules.appointmentMissing(pns(null, null, "III/b"))).isEmpty();
        // A PNS takes his TMT CPNS from the NIP: a date given for him is not kept.
        EmployeeDraft pns = pns(null, null, "III/b");
        EmployeeDraft withDate = new EmployeeDraft(0, pns.number(), pns.frontTitle(), pns.name(), pns.backTitle(),
                null, null, EmploymentStatus.PNS, "III/b", "Pranata", PositionKind.FUNGSIONAL, 3L, "", true,
                LocalDate.of(2020, 1, 1));
        assertThat(EmployeeRules.check(withDate, TODAY).appointedOn()).isNull();
    }
}
