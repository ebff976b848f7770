package id.tertib.domain;

import static id.tertib.domain.EmploymentStatus.CPNS;
import static id.tertib.domain.EmploymentStatus.PNS;
import static id.tertib.domain.EmploymentStatus.PPPK;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class GolonganTest {

    @Test
    void readsPnsGolonganAsPeopleWriteIt() {
        assertThat(Golongan.parse("III/a", PNS)).contains(Golongan.III_A);
        assertThat(Golongan.parse("iii a", PNS)).contains(Golongan.III_A);
        assertThat(Golongan.parse("3a", PNS)).contains(Golongan.III_A);
        assertThat(Golongan.parse("IIIa", PNS)).contains(Golongan.III_A);
        assertThat(Golongan.parse(" 3/A ", PNS)).contains(Golongan.III_A);
        assertThat(Golongan.parse("IV/e", PNS)).contains(Golongan.IV_E);
        assertThat(Golongan.parse("4e", CPNS)).contains(Golongan.IV_E);
        assertThat(Golongan.parse("I/a", CPNS)).contains(Golongan.I_A);
        assertThat(Golongan.parse("II/d", PNS)).contains(Golongan.II_D);
    }

    @Test
    void rejectsGolonganThatDoNotExistForPns() {
        assertThat(Golongan.parse("IV/f", PNS)).isEmpty();
        assertThat(Golongan.parse("V/a", PNS)).isEmpty();
        assertThat(Golongan.parse("5a", PNS)).isEmpty();
        assertThat(Golongan.parse("III", PNS)).isEmpty();
        assertThat(Golongan.parse("IX", PNS)).isEmpty();
        assertThat(Golongan.parse("", PNS)).isEmpty();
        assertThat(Golongan.parse(null, PNS)).isEmpty();
    }

    @Test
    void readsPppkGolonganInRomanOrArabicNumerals() {
        assertThat(Golongan.parse("IX", PPPK)).contains(Golongan.PPPK_IX);
        assertThat(Golongan.parse("9", PPPK)).contains(Golongan.PPPK_IX);
        assertThat(Golongan.parse("ix", PPPK)).contains(Golongan.PPPK_IX);
        assertThat(Golongan.parse("I", PPPK)).contains(Golongan.PPPK_I);
        assertThat(Golongan.parse("XVII", PPPK)).contains(Golongan.PPPK_XVII);
        assertThat(Golongan.parse("17", PPPK)).contains(Golongan.PPPK_XVII);
    }

    @Test
    void rejectsPppkGolonganOutsideOneToSeventeen() {
        assertThat(Golongan.parse("XVIII", PPPK)).isEmpty();
        assertThat(Golongan.parse("18", PPPK)).isEmpty();
        assertThat(Golongan.parse("0", PPPK)).isEmpty();
        assertThat(Golongan.parse("III/a", PPPK)).isEmpty();
    }

    @Test
    void fitsTellsWhichStatusAGolonganBelongsTo() {
        assertThat(Golongan.III_A.fits(PNS)).isTrue();
        assertThat(Golongan.III_A.fits(CPNS)).isTrue();
        assertThat(Golongan.III_A.fits(PPPK)).isFalse();
        assertThat(Golongan.PPPK_IX.fits(PPPK)).isTrue();
        assertThat(Golongan.PPPK_IX.fits(PNS)).isFalse();
        assertThat(Golongan.forStatus(PNS)).hasSize(17).allMatch(g -> !g.isPppk());
        assertThat(Golongan.forStatus(PPPK)).hasSize(17).allMatch(Golongan::isPppk);
    }

    @Test
    void pnsGolonganCarryTheirPangkat() {
        assertThat(Golongan.III_A.pangkat()).contains("Penata Muda");
        assertThat(Golongan.IV_A.pangkat()).contains("Pembina");
        assertThat(Golongan.PPPK_V.pangkat()).isEqualTo(Optional.empty());
        assertThat(Golongan.III_A).hasToString("III/a");
    }
}
