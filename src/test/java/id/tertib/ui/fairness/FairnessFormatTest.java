package id.tertib.ui.fairness;

import static org.assertj.core.api.Assertions.assertThat;

import id.tertib.app.I18n;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** Numbers as a section head reads them, in Bahasa Indonesia and in English. */
class FairnessFormatTest {

    private final FairnessFormat id = new FairnessFormat(new I18n(I18n.INDONESIAN));
    private final FairnessFormat en = new FairnessFormat(new I18n(I18n.ENGLISH));

    @Test
    void giniWithTwoDecimalsAndTheDecimalComma() {
        assertThat(id.gini(0.4213)).isEqualTo("0,42");
        assertThat(id.gini(0.75)).isEqualTo("0,75");
        assertThat(id.gini(0)).isEqualTo("0,00");
        assertThat(en.gini(0.4213)).isEqualTo("0.42");
    }

    @Test
    void sharesAsPercentages() {
        assertThat(id.percent(0.6349)).isEqualTo("63%");
        assertThat(id.percentFine(0.025)).isEqualTo("2,5%");
        assertThat(id.percentFine(0.35)).isEqualTo("35%");
        // 14 of 40 places among 16 people: 35%, 5.6 times the equal share of 1/16
        assertThat(id.shareVsEqual(14 / 40.0, 16)).isEqualTo("35% (5,6×)");
    }

    @Test
    void chancesBelowOnePerMilleAreNotSpelledOut() {
        assertThat(id.chance(0.0004)).isEqualTo("< 0,1%");
        assertThat(id.chance(1e-12)).isEqualTo("< 0,1%");
        assertThat(id.chance(0.001)).isEqualTo("0,1%");
        assertThat(id.chance(0.032)).isEqualTo("3,2%");
        assertThat(id.chance(1.0)).isEqualTo("100,0%");
        assertThat(en.chance(0.0004)).isEqualTo("< 0.1%");
    }

    @Test
    void rupiahCountsAndDecimals() {
        assertThat(id.rupiah(530_000)).isEqualTo("Rp530.000");
        assertThat(id.rupiah(25_440_000)).isEqualTo("Rp25.440.000");
        assertThat(id.count(1250)).isEqualTo("1.250");
        assertThat(id.decimal(2.125)).isEqualTo("2,1");
        assertThat(id.decimal(3)).isEqualTo("3,0");
    }

    @Test
    void monthsAsTheHeatMapLabelsThem() {
        assertThat(id.month(YearMonth.of(2026, 1))).isEqualTo("Jan 26");
        assertThat(id.month(YearMonth.of(2026, 8))).isEqualTo("Agu 26");
        assertThat(id.month(YearMonth.of(2025, 12))).isEqualTo("Des 25");
        assertThat(en.month(YearMonth.of(2026, 8))).isEqualTo("Aug 26");
    }

    @Test
    void theGiniReadingChangesAtTheStatedThresholds() {
        assertThat(FairnessFormat.readingKey(0)).isEqualTo("fairness.view.reading.even");
        assertThat(FairnessFormat.readingKey(0.2499)).isEqualTo("fairness.view.reading.even");
        assertThat(FairnessFormat.readingKey(0.25)).isEqualTo("fairness.view.reading.uneven");
        assertThat(FairnessFormat.readingKey(0.4499)).isEqualTo("fairness.view.reading.uneven");
        assertThat(FairnessFormat.readingKey(0.45)).isEqualTo("fairness.view.reading.veryUneven");
        assertThat(id.giniHint()).contains("di bawah 0,25 merata").contains("0,45 ke atas sangat timpang");
    }
}
