package id.tertib.app;

import static org.assertj.core.api.Assertions.assertThat;

import id.tertib.domain.EmploymentStatus;
import id.tertib.domain.Problem;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class I18nTest {

    private final I18n id = new I18n(I18n.INDONESIAN);
    private final I18n en = new I18n(I18n.ENGLISH);

    @Test
    void indonesianDatesUseIndonesianMonthAbbreviations() {
        assertThat(id.date(LocalDate.of(2026, 11, 23))).isEqualTo("23 Nov 2026");
        assertThat(id.date(LocalDate.of(2026, 8, 5))).isEqualTo("5 Agu 2026");
        assertThat(id.date(LocalDate.of(2026, 5, 1))).isEqualTo("1 Mei 2026");
        assertThat(id.date(LocalDate.of(2026, 12, 31))).isEqualTo("31 Des 2026");
        assertThat(id.date(null)).isEmpty();
    }

    @Test
    void englishDates() {
        assertThat(en.date(LocalDate.of(2026, 11, 23))).isEqualTo("23 Nov 2026");
        assertThat(en.date(LocalDate.of(2026, 8, 5))).isEqualTo("5 Aug 2026");
    }

    @Test
    void anyOtherLanguageFallsBackToIndonesian() {
        assertThat(new I18n(Locale.GERMAN).locale()).isEqualTo(I18n.INDONESIAN);
        assertThat(new I18n(Locale.UK).locale()).isEqualTo(I18n.ENGLISH);
    }

    @Test
    void translatesAProblemWithItsArguments() {
        Problem length = Problem.of("nip", "nip.length", 17);

        assertThat(en.text(length)).isEqualTo("A NIP has 18 digits, not 17.");
        assertThat(id.text(length)).isEqualTo("NIP harus 18 angka, bukan 17.");
    }

    @Test
    void datesInsideMessagesAreFormattedForTheLanguage() {
        Problem before18 = Problem.of("nip", "nip.appointmentBefore18", "201706", LocalDate.of(2000, 8, 1));

        assertThat(en.text(before18)).isEqualTo("NIP: appointment 201706 is before the 18th birthday (born 1 Aug 2000).");
        assertThat(id.text(before18)).isEqualTo("NIP: TMT CPNS 201706 sebelum usia 18 tahun (lahir 1 Agu 2000).");
    }

    @Test
    void weekdaysAndPhrasesInsideMessagesAreInWords() {
        Problem friday = Problem.of("week.FRIDAY", "schedule.breakIncomplete", java.time.DayOfWeek.FRIDAY);
        Problem overlap = Problem.of("validFrom", "schedule.validityOverlap", 5L,
                Problem.of(null, "schedule.periodFrom", LocalDate.of(2026, 7, 1)),
                Problem.of(null, "schedule.periodAlways"));

        assertThat(id.text(friday)).startsWith("Jumat: ");
        assertThat(en.text(friday)).startsWith("Friday: ");
        assertThat(id.text(overlap)).startsWith("Masa berlaku mulai 1 Jul 2026 bertumpang tindih dengan jadwal lain unit "
                + "ini (tanpa batas tanggal).");
        assertThat(en.text(overlap)).startsWith("Validity from 1 Jul 2026 overlaps another schedule of this unit "
                + "(without date limits).");
    }

    @Test
    void rowNumbersAreNotGroupedLikeAmounts() {
        assertThat(en.get("import.where.rowColumn", 1234, "nip")).isEqualTo("row 1234, column nip");
        assertThat(id.get("import.where.rowColumn", 1234, "nip")).isEqualTo("baris 1234, kolom nip");
    }

    @Test
    void aMissingKeyShowsTheKey() {
        assertThat(en.get("no.such.key", 1)).isEqualTo("no.such.key");
    }

    @Test
    void labelsEnums() {
        assertThat(en.label(EmploymentStatus.PPPK)).isEqualTo("PPPK");
        assertThat(en.label(ImportAction.INSERT)).isEqualTo("New");
        assertThat(en.label(null)).isEmpty();
    }

    @Test
    void parsesDatesAsShownOrTyped() {
        LocalDate expected = LocalDate.of(2026, 11, 23);

        assertThat(id.parseDate("23 Nov 2026")).contains(expected);
        assertThat(id.parseDate("23/11/2026")).contains(expected);
        assertThat(id.parseDate("2026-11-23")).contains(expected);
        assertThat(id.parseDate(" 23-11-2026 ")).contains(expected);
        assertThat(id.parseDate("5 Agu 2026")).contains(LocalDate.of(2026, 8, 5));
        assertThat(id.parseDate("29/2/2028")).contains(LocalDate.of(2028, 2, 29));
        assertThat(en.parseDate("23 Nov 2026")).contains(expected);
        assertThat(en.parseDate("5 Aug 2026")).contains(LocalDate.of(2026, 8, 5));
    }

    @Test
    void unreadableDatesAreEmpty() {
        assertThat(id.parseDate("31/02/2026")).isEmpty();
        assertThat(id.parseDate("31-04-2026")).isEmpty();
        assertThat(id.parseDate("29 Feb 2026")).isEmpty();
        assertThat(en.parseDate("31 Nov 2026")).isEmpty();
        assertThat(id.parseDate("2026-02-30")).isEmpty();
        assertThat(id.parseDate("kemarin")).isEmpty();
        assertThat(id.parseDate("")).isEmpty();
        assertThat(id.parseDate(null)).isEmpty();
    }

    @Test
    void bothLanguagesHaveTheSameKeys() {
        assertThat(id.bundle().keySet()).containsExactlyInAnyOrderElementsOf(en.bundle().keySet());
    }
}
