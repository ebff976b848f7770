package id.tertib.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class NipTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    /** The single problem a NIP is rejected with. */
    private static Problem rejection(String text, LocalDate today) {
        DomainException e = catchThrowableOfType(DomainException.class, () -> Nip.parse(text, today));
        assertThat(e).as("NIP %s should be rejected", text).isNotNull();
        assertThat(e.problems()).hasSize(1);
        assertThat(e.problems().get(0).field()).isEqualTo("nip");
        return e.problems().get(0);
    }

    private static String rejectionKey(String text) {
        return rejection(text, TODAY).messageKey();
    }

    @Test
    void readsEveryPartOfAValidNip() {
        Nip nip = Nip.parse("198609262015051001", TODAY);

        assertThat(nip.digits()).isEqualTo("198609262015051001");
        assertThat(nip.birthDate()).isEqualTo(LocalDate.of(1986, 9, 26));
        assertThat(nip.appointment()).isEqualTo(YearMonth.of(2015, 5));
        assertThat(nip.gender()).isEqualTo(Gender.MALE);
        assertThat(nip.sequence()).isEqualTo(1);
    }

    @Test
    void acceptsTheGroupedFormWithSpaces() {
        Nip nip = Nip.parse(" 19860926 201505 1 001 ", TODAY);

        assertThat(nip.digits()).isEqualTo("198609262015051001");
        assertThat(nip.birthDate()).isEqualTo(LocalDate.of(1986, 9, 26));
        assertThat(nip.appointment()).isEqualTo(YearMonth.of(2015, 5));
        assertThat(nip.gender()).isEqualTo(Gender.MALE);
        assertThat(nip.sequence()).isEqualTo(1);
    }

    @Test
    void readsFemaleGenderAndALargerSequence() {
        Nip nip = Nip.parse("199001012019032017", TODAY);

        assertThat(nip.gender()).isEqualTo(Gender.FEMALE);
        assertThat(nip.sequence()).isEqualTo(17);
    }

    @Test
    void groupsAsOnLetters() {
        assertThat(Nip.parse("198609262015051001", TODAY).grouped()).isEqualTo("19860926 201505 1 001");
        assertThat(Nip.parse("19900101  201903 2 017", TODAY).grouped()).isEqualTo("19900101 201903 2 017");
    }

    @Test
    void rejectsAnImpossibleBirthDate() {
        Problem p = rejection("198609312015051001", TODAY);

        assertThat(p.messageKey()).isEqualTo("nip.birthDate");
        assertThat(p.args()).containsExactly("19860931");
    }

    @Test
    void rejectsBirthMonthThirteen() {
        assertThat(rejectionKey("198613012015051001")).isEqualTo("nip.birthDate");
    }

    @Test
    void rejectsAnImpossibleAppointmentMonth() {
        Problem p = rejection("198609262015131001", TODAY);

        assertThat(p.messageKey()).isEqualTo("nip.appointmentMonth");
        assertThat(p.args()).containsExactly("201513");
        assertThat(rejectionKey("198609262015001001")).isEqualTo("nip.appointmentMonth");
    }

    @Test
    void rejectsAppointmentBeforeTheEighteenthBirthday() {
        // Born 1 Jan 2000, turns 18 on 1 Jan 2018; TMT June 2017 is at 17.
        Problem p = rejection("200001012017061001", TODAY);

        assertThat(p.messageKey()).isEqualTo("nip.appointmentBefore18");
        assertThat(p.args()).containsExactly("201706", LocalDate.of(2000, 1, 1));
    }

    @Test
    void appointmentInTheMonthOfTheEighteenthBirthdayIsAccepted() {
        // Born 15 Jan 2000: 18 on 15 Jan 2018. The NIP only records the month, so TMT 2018-01 (a month
        // that ends after the birthday) is plausible, while TMT 2017-12 ends before it.
        assertThat(Nip.parse("200001152018011001", TODAY).appointment()).isEqualTo(YearMonth.of(2018, 1));
        assertThat(rejectionKey("200001152017121001")).isEqualTo("nip.appointmentBefore18");
    }

    @Test
    void birthdayOnTheLastDayOfTheMonthStillAcceptsThatMonth() {
        // 18 on 31 Jan 2018; January 2018 ends that very day.
        assertThat(Nip.parse("200001312018011001", TODAY).appointment()).isEqualTo(YearMonth.of(2018, 1));
    }

    @Test
    void rejectsAnAppointmentAfterToday() {
        Problem p = rejection("198609262026121001", TODAY);

        assertThat(p.messageKey()).isEqualTo("nip.appointmentFuture");
        assertThat(p.args()).containsExactly("202612");
    }

    @Test
    void theCurrentMonthIsNotTheFuture() {
        assertThat(Nip.parse("198609262026111001", TODAY).appointment()).isEqualTo(YearMonth.of(2026, 11));
    }

    @Test
    void futureIsJudgedAgainstTheGivenToday() {
        String nip = "198609262026121001";
        assertThat(rejectionKey(nip)).isEqualTo("nip.appointmentFuture");
        assertThat(Nip.parse(nip, LocalDate.of(2026, 12, 1)).appointment()).isEqualTo(YearMonth.of(2026, 12));
    }

    @Test
    void rejectsAGenderDigitOtherThanOneOrTwo() {
        Problem p = rejection("198609262015053001", TODAY);

        assertThat(p.messageKey()).isEqualTo("nip.gender");
        assertThat(p.args()).containsExactly("3");
        assertThat(rejectionKey("198609262015050001")).isEqualTo("nip.gender");
    }

    @Test
    void rejectsTheWrongNumberOfDigits() {
        Problem short17 = rejection("19860926201505100", TODAY);
        Problem long19 = rejection("1986092620150510011", TODAY);

        assertThat(short17.messageKey()).isEqualTo("nip.length");
        assertThat(short17.args()).containsExactly(17);
        assertThat(long19.messageKey()).isEqualTo("nip.length");
        assertThat(long19.args()).containsExactly(19);
    }

    @Test
    void rejectsLettersAndPunctuation() {
        assertThat(rejectionKey("19860926201505100A")).isEqualTo("nip.notDigits");
        assertThat(rejectionKey("19860926-201505-1-001")).isEqualTo("nip.notDigits");
    }

    @Test
    void emptyOrBlankIsRequired() {
        assertThat(rejectionKey("")).isEqualTo("nip.required");
        assertThat(rejectionKey("   ")).isEqualTo("nip.required");
        assertThat(rejectionKey(null)).isEqualTo("nip.required");
    }

    @Test
    void rejectsSequenceZero() {
        Problem p = rejection("198609262015051000", TODAY);

        assertThat(p.messageKey()).isEqualTo("nip.sequence");
        assertThat(p.args()).containsExactly("000");
    }

    @Test
    void leapDayBirthIsValidOnlyInALeapYear() {
        assertThat(Nip.parse("198402292006011001", TODAY).birthDate()).isEqualTo(LocalDate.of(1984, 2, 29));
        assertThat(rejectionKey("198502292006011001")).isEqualTo("nip.birthDate");
    }

    @Test
    void leapDayBabyIsEighteenOnTheTwentyEighthOfFebruary() {
        // Born 29 Feb 2000; 2018 has no 29 Feb, so the 18th birthday falls in February 2018.
        assertThat(Nip.parse("200002292018021001", TODAY).appointment()).isEqualTo(YearMonth.of(2018, 2));
        assertThat(rejectionKey("200002292018011001")).isEqualTo("nip.appointmentBefore18");
    }
}
