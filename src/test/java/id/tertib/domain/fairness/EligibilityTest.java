package id.tertib.domain.fairness;

import static org.assertj.core.api.Assertions.assertThat;

import id.tertib.domain.Employee;
import id.tertib.domain.EmploymentStatus;
import id.tertib.domain.Gender;
import id.tertib.domain.Golongan;
import id.tertib.domain.PersonName;
import id.tertib.domain.PositionKind;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EligibilityTest {

    private static Employee person(EmploymentStatus status, Golongan g, PositionKind kind) {
        return new Employee(1, "198609262015051001", new PersonName("", "Budi", ""), Gender.MALE,
                LocalDate.of(1986, 9, 26), status, g, "Staf", kind, 1, null, true);
    }

    @Test
    void aGolonganRangeAdmitsItsEndsAndStaysWithinOneScale() {
        Eligibility thirds = new Eligibility(Golongan.III_A, Golongan.III_D, null, null);

        assertThat(thirds.admits(person(EmploymentStatus.PNS, Golongan.III_A, PositionKind.PELAKSANA))).isTrue();
        assertThat(thirds.admits(person(EmploymentStatus.PNS, Golongan.III_D, PositionKind.PELAKSANA))).isTrue();
        assertThat(thirds.admits(person(EmploymentStatus.PNS, Golongan.II_D, PositionKind.PELAKSANA))).isFalse();
        assertThat(thirds.admits(person(EmploymentStatus.PNS, Golongan.IV_A, PositionKind.PELAKSANA))).isFalse();
        assertThat(thirds.admits(person(EmploymentStatus.PPPK, Golongan.PPPK_IX, PositionKind.PELAKSANA))).isFalse();
        assertThat(thirds.admits(person(EmploymentStatus.PNS, null, PositionKind.PELAKSANA))).isFalse();
    }

    @Test
    void positionKindAndStatusFilterAndNothingSetAdmitsEveryone() {
        Employee jf = person(EmploymentStatus.PNS, Golongan.III_B, PositionKind.FUNGSIONAL);

        assertThat(new Eligibility(null, null, PositionKind.FUNGSIONAL, null).admits(jf)).isTrue();
        assertThat(new Eligibility(null, null, PositionKind.PELAKSANA, null).admits(jf)).isFalse();
        assertThat(new Eligibility(null, null, null, EmploymentStatus.PPPK).admits(jf)).isFalse();
        assertThat(Eligibility.ANYONE.admits(jf)).isTrue();
        assertThat(new Eligibility(null, Golongan.III_B, null, null).admits(jf)).isTrue();
    }
}
