package id.tertib.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class NiPppkTest {

    private static String rejectionKey(String text) {
        DomainException e = catchThrowableOfType(DomainException.class, () -> NiPppk.parse(text));
        assertThat(e).as("NI PPPK %s should be rejected", text).isNotNull();
        return e.problems().get(0).messageKey();
    }

    @Test
    void readsTheBirthDateFromTheFirstEightDigits() {
        NiPppk ni = NiPppk.parse("199203152022212005");

        assertThat(ni.digits()).isEqualTo("199203152022212005");
        assertThat(ni.birthDate()).isEqualTo(LocalDate.of(1992, 3, 15));
        assertThat(ni).hasToString("199203152022212005");
    }

    @Test
    void allowsSpaces() {
        assertThat(NiPppk.parse("19920315 2022 21 2 005").digits()).isEqualTo("199203152022212005");
    }

    @Test
    void checksOnlyLengthDigitsAndBirthDate() {
        // Digits 9-18 of an NI PPPK are not checked: a "gender" 7 and sequence 000 pass.
        assertThat(NiPppk.parse("199203152022217000").birthDate()).isEqualTo(LocalDate.of(1992, 3, 15));

        assertThat(rejectionKey("19920315202221200")).isEqualTo("nip.length");
        assertThat(rejectionKey("19920315202221200X")).isEqualTo("nip.notDigits");
        assertThat(rejectionKey("")).isEqualTo("nip.required");
        assertThat(rejectionKey("199202302022212005")).isEqualTo("nip.birthDate");
    }
}
