package id.tertib.ui.travel;

import static org.assertj.core.api.Assertions.assertThat;

import id.tertib.app.I18n;
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
class TravelTextsTest {

    private final TravelTexts id = new TravelTexts(new I18n(I18n.INDONESIAN));
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
        assertThat(new TravelTexts(new I18n(I18n.ENGLISH)).money(530_000)).isEqualTo("Rp530,000");
    }

    @Test
    void aStretchOfDaysNamesTheMonthAndYearOnce() {
        assertThat(id.range(dec(3), dec(5))).isEqualTo("3–5 Des 2026");
        assertThat(id.range(dec(3), dec(3))).isEqualTo("3 Des 2026");
        assertThat(id.range(LocalDate.of(2026, 11, 28), dec(2))).isEqualTo("28 Nov – 2 Des 2026");
        assertThat(id.range(dec(30), LocalDate.of(2027, 1, 2))).isEqualTo("30 Des 2026 – 2 Jan 2027");
    }

    @Test
    void longListsOfDatesAreShortened() {
        assertThat(id.dates(List.of(dec(3), dec(4)))).isEqualTo("3 Des 2026, 4 Des 2026");
        assertThat(id.dates(List.of(dec(1), dec(2), dec(3), dec(4), dec(7), dec(8))))
                .isEqualTo("1 Des 2026, 2 Des 2026, 3 Des 2026, 4 Des 2026 dan 2 hari lain");
    }

    @Test
    void eachKindOfConflictIsOnePlainSentence() {
        assertThat(conflicts.describe(new Conflict(ConflictKind.OVERLAP, 4, 9, "091/12/2026", dec(3), dec(5),
                List.of(), "090/12/2026", 0, 0), budi))
                .isEqualTo("Budi Santoso sudah bertugas dengan ST 090/12/2026 pada 3–5 Des 2026");
        assertThat(conflicts.describe(new Conflict(ConflictKind.LEAVE, 4, 9, "091/12/2026", dec(4), dec(5),
                List.of(), "CT", 0, 0), budi)).isEqualTo("Budi Santoso sedang cuti (CT) pada 4–5 Des 2026");
        assertThat(conflicts.describe(new Conflict(ConflictKind.SICK, 4, 9, "091/12/2026", dec(4), dec(4),
                List.of(dec(4)), "S", 0, 0), budi)).isEqualTo("Budi Santoso tercatat sakit pada 4 Des 2026");
        assertThat(conflicts.describe(new Conflict(ConflictKind.PUNCHES, 4, 9, "091/12/2026", dec(3), dec(5),
                List.of(dec(3), dec(4)), "", 0, 0), budi)).isEqualTo(
                        "Budi Santoso tercatat absen di mesin kantor pada 3 Des 2026, 4 Des 2026, padahal sedang "
                                + "perjalanan dinas");
        assertThat(conflicts.describe(new Conflict(ConflictKind.CAP, 4, 9, "091/12/2026", LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31), List.of(), "", 124, 120), budi))
                .isEqualTo("Budi Santoso sudah 124 hari perjalanan dinas pada tahun 2026, melebihi batas 120 hari");
    }
}
