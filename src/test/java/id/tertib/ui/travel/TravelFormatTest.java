package id.tertib.ui.travel;

import static org.assertj.core.api.Assertions.assertThat;

import id.tertib.app.I18n;
import id.tertib.app.TravelService;
import id.tertib.domain.Employee;
import id.tertib.domain.EmploymentStatus;
import id.tertib.domain.Gender;
import id.tertib.domain.PersonName;
import id.tertib.domain.travel.Conflict;
import id.tertib.domain.travel.ConflictKind;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Money, stretches of days and conflicts written as a section head reads them. */
class TravelFormatTest {

    private final TravelFormat id = new TravelFormat(new I18n(I18n.INDONESIAN));
    private final ConflictTexts conflicts = new ConflictTexts(new I18n(I18n.INDONESIAN));
    private final Employee budi = new Employee(4, "198609262015051001", new PersonName("", "Budi Santoso", ""),
            Gender.MALE, LocalDate.of(1986, 9, 26), EmploymentStatus.PNS, null, "", null, 1, "", true);

    private static LocalDate dec(int day) {
        return LocalDate.of(2026, 12, day);
    }

    @Test
    void rupiahAreGroupedWithDotsAndHaveNoDecimals() {
        assertThat(id.money(530_000)).isEqualTo("Rp530.000");
        assertThat(id.money(1_590_000)).isEqualTo("Rp1.590.000");
        assertThat(id.money(0)).isEqualTo("Rp0");
        assertThat(new TravelFormat(new I18n(I18n.ENGLISH)).money(530_000)).isEqualTo("Rp530,000");
    }

    @Test
    void aStretchOfDaysNamesTheMonthAndYearOnce() {
        assertThat(id.range(dec(3), dec(5))).isEqualTo("3–5 Des 2026");
        assertThat(id.range(dec(3), dec(3))).isEqualTo("3 Des 2026");
        assertThat(id.range(LocalDate.of(2026, 11, 28), dec(2))).isEqualTo("28 Nov – 2 Des 2026");
        assertThat(id.range(dec(30), LocalDate.of(2027, 1, 2))).isEqualTo("30 Des 2026 – 2 Jan 2027");
    }

    @Test
    void eachKindOfConflictIsOnePlainSentence() {
        assertThat(conflicts.describe(entry(new Conflict(ConflictKind.OVERLAP, 4, 9, "091/12/2026", dec(3), dec(5),
                List.of(), "090/12/2026", 0, 0))))
                .isEqualTo("Budi Santoso juga bertugas dengan ST 090/12/2026 pada 3 Des 2026 s.d. 5 Des 2026 "
                        + "(perjalanan ganda).");
        assertThat(conflicts.describe(entry(new Conflict(ConflictKind.PUNCHES, 4, 9, "091/12/2026", dec(3), dec(4),
                List.of(dec(3), dec(4)), "", 2, 0)))).isEqualTo("Budi Santoso tercatat absen di kantor pada hari "
                        + "kerja perjalanan (3 Des 2026, 4 Des 2026); periksa apakah perjalanan benar dilakukan.");
        assertThat(conflicts.kindName(ConflictKind.OVERLAP)).isEqualTo("Tugas ganda");
    }

    private TravelService.ConflictEntry entry(Conflict c) {
        return new TravelService.ConflictEntry(c, budi);
    }
}
