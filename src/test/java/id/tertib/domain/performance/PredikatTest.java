package id.tertib.domain.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.tertib.domain.DomainException;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The PermenPANRB 6/2022 matrix cell by cell, and how values and kinds are read from a spreadsheet. */
class PredikatTest {

    @ParameterizedTest(name = "results {0}, behaviour {1}: {2}")
    @CsvSource({
        "ABOVE, ABOVE, SANGAT_BAIK",
        "ABOVE, AS_EXPECTED, BAIK",
        "ABOVE, BELOW, KURANG",
        "AS_EXPECTED, ABOVE, BAIK",
        "AS_EXPECTED, AS_EXPECTED, BAIK",
        "AS_EXPECTED, BELOW, KURANG",
        "BELOW, ABOVE, BUTUH_PERBAIKAN",
        "BELOW, AS_EXPECTED, BUTUH_PERBAIKAN",
        "BELOW, BELOW, SANGAT_KURANG",
    })
    void everyCellOfTheMatrix(Rating results, Rating behaviour, Predikat expected) {
        assertThat(Predikat.of(results, behaviour)).isEqualTo(expected);
        assertThat(new SkpResult(0, 1, 2025, SkpPeriod.ANNUAL, results, behaviour, "").predikat()).isEqualTo(expected);
    }

    @Test
    void valuesAreReadInIndonesianEnglishOrAsConstants() {
        assertThat(CoreValue.parse("Berorientasi Pelayanan")).contains(CoreValue.BERORIENTASI_PELAYANAN);
        assertThat(CoreValue.parse(" pelayanan ")).contains(CoreValue.BERORIENTASI_PELAYANAN);
        assertThat(CoreValue.parse("service-oriented")).contains(CoreValue.BERORIENTASI_PELAYANAN);
        assertThat(CoreValue.parse("akuntabel")).contains(CoreValue.AKUNTABEL);
        assertThat(CoreValue.parse("Collaborative")).contains(CoreValue.KOLABORATIF);
        assertThat(CoreValue.parse("KOMPETEN")).contains(CoreValue.KOMPETEN);
        assertThat(CoreValue.parse("jujur")).isEmpty();
        assertThat(NoteKind.parse("Perlu Perbaikan")).contains(NoteKind.NEEDS_IMPROVEMENT);
        assertThat(NoteKind.parse("apresiasi")).contains(NoteKind.APPRECIATION);
        assertThat(NoteKind.parse("neutral")).contains(NoteKind.NEUTRAL);
        assertThat(NoteKind.parse("bagus")).isEmpty();
    }

    @Test
    void aNoteNeedsADateAKindATextAndAnAuthor() {
        assertThatThrownBy(() -> new PerformanceNote(0, 1, null, null, Set.of(), " ", "", ""))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).problems()).extracting(p -> p.field())
                        .containsExactly("date", "kind", "text", "author"));
        PerformanceNote n = new PerformanceNote(0, 1, LocalDate.of(2026, 3, 2), NoteKind.APPRECIATION,
                Set.of(CoreValue.KOLABORATIF, CoreValue.AKUNTABEL), "  Membantu rekan  ", "Kasi", null);
        assertThat(n.text()).isEqualTo("Membantu rekan");
        assertThat(n.orderedValues()).containsExactly(CoreValue.AKUNTABEL, CoreValue.KOLABORATIF);
        assertThat(n.evidence()).isEmpty();
        assertThat(SkpPeriod.Q1.end(2026)).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(SkpPeriod.ANNUAL.end(2026)).isEqualTo(LocalDate.of(2026, 12, 31));
    }
}
