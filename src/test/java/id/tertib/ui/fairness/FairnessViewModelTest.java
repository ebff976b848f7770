package id.tertib.ui.fairness;

import static org.assertj.core.api.Assertions.assertThat;

import id.tertib.app.FairnessService;
import id.tertib.app.I18n;
import id.tertib.domain.EmploymentStatus;
import id.tertib.domain.Golongan;
import id.tertib.domain.PositionKind;
import id.tertib.domain.Unit;
import id.tertib.ui.common.DirectTaskExecutor;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The filters, their checks and the analysis run, without a window. */
class FairnessViewModelTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private final List<FairnessService.Query> asked = new ArrayList<>();
    private RuntimeException failWith;
    private final FairnessViewModel vm = new FairnessViewModel(new DirectTaskExecutor(), q -> {
        asked.add(q);
        if (failWith != null) {
            throw failWith;
        }
        return SampleReports.year();
    }, e -> "gagal: " + e.getMessage(), new I18n(I18n.INDONESIAN));

    @Test
    void defaultsToTheLastTwelveCalendarMonthsOfTheOwnUnitWithNoEligibilityFilter() {
        vm.defaults(TODAY, new Unit(7, "S1", "Seksi Satu", 1L));

        assertThat(vm.validProperty().get()).isTrue();
        assertThat(vm.problemProperty().get()).isEmpty();
        assertThat(vm.query()).isEqualTo(new FairnessService.Query(LocalDate.of(2025, 12, 1), TODAY, 7L, null, null,
                null, null));
    }

    @Test
    void noUnitMeansEveryUnitThePersonSees() {
        vm.defaults(TODAY, null);
        assertThat(vm.query().unitId()).isNull();
    }

    @Test
    void aPeriodEndingBeforeItStartsIsRefusedAndNotAnalysed() {
        vm.defaults(TODAY, null);
        vm.fromProperty().set(LocalDate.of(2026, 11, 24));

        assertThat(vm.validProperty().get()).isFalse();
        assertThat(vm.problemProperty().get())
                .isEqualTo("Tanggal awal 24 Nov 2026 jatuh sesudah tanggal akhir 23 Nov 2026: perbaiki salah satunya.");
        vm.analyse();
        assertThat(asked).isEmpty();
        assertThat(vm.reportProperty().get()).isNull();

        vm.fromProperty().set(TODAY); // one day is a period
        assertThat(vm.validProperty().get()).isTrue();
    }

    @Test
    void aMissingDateIsRefused() {
        vm.defaults(TODAY, null);
        vm.toProperty().set(null);
        assertThat(vm.validProperty().get()).isFalse();
        assertThat(vm.problemProperty().get()).startsWith("Isi tanggal awal dan akhir periode");
    }

    @Test
    void theGolonganRangeMustRunUpward() {
        vm.defaults(TODAY, null);
        vm.lowestProperty().set(Golongan.IV_A);
        vm.highestProperty().set(Golongan.III_A);

        assertThat(vm.problemProperty().get())
                .isEqualTo("Golongan awal IV/a lebih tinggi dari golongan akhir III/a: tukar keduanya.");
        vm.highestProperty().set(Golongan.IV_A);
        assertThat(vm.validProperty().get()).isTrue();
        assertThat(vm.query().lowest()).isEqualTo(Golongan.IV_A);
        assertThat(vm.query().highest()).isEqualTo(Golongan.IV_A);
    }

    @Test
    void choosingPppkSwitchesTheGolonganScaleAndClearsPnsGolongan() {
        vm.defaults(TODAY, null);
        assertThat(vm.golonganChoices()).first().isEqualTo(Golongan.I_A);
        assertThat(vm.golonganChoices()).hasSize(17);
        vm.lowestProperty().set(Golongan.III_A);

        vm.statusProperty().set(EmploymentStatus.PPPK);

        assertThat(vm.golonganChoices()).hasSize(17).first().isEqualTo(Golongan.PPPK_I);
        assertThat(vm.golonganChoices()).last().isEqualTo(Golongan.PPPK_XVII);
        assertThat(vm.lowestProperty().get()).isNull();
        vm.lowestProperty().set(Golongan.PPPK_V);
        vm.statusProperty().set(null); // back to the PNS scale: V is not on it
        assertThat(vm.lowestProperty().get()).isNull();
        vm.lowestProperty().set(Golongan.II_A);
        vm.statusProperty().set(EmploymentStatus.CPNS); // same scale: kept
        assertThat(vm.lowestProperty().get()).isEqualTo(Golongan.II_A);
    }

    @Test
    void analysesTheFiltersAndHoldsTheReport() {
        vm.defaults(TODAY, null);
        vm.statusProperty().set(EmploymentStatus.PNS);
        vm.positionKindProperty().set(PositionKind.FUNGSIONAL);

        vm.analyse();

        assertThat(asked).containsExactly(new FairnessService.Query(LocalDate.of(2025, 12, 1), TODAY, null, null,
                null, PositionKind.FUNGSIONAL, EmploymentStatus.PNS));
        assertThat(vm.reportProperty().get().rows()).hasSize(24);
        assertThat(vm.runningProperty().get()).isFalse();
        assertThat(vm.failureProperty().get()).isEmpty();
    }

    @Test
    void aFailedAnalysisIsAMessageAndKeepsTheLastReport() {
        vm.defaults(TODAY, null);
        vm.analyse();
        FairnessService.Report first = vm.reportProperty().get();
        failWith = new IllegalStateException("tidak boleh");

        vm.analyse();

        assertThat(vm.failureProperty().get()).isEqualTo("gagal: tidak boleh");
        assertThat(vm.runningProperty().get()).isFalse();
        assertThat(vm.reportProperty().get()).isSameAs(first);
        failWith = null;
        vm.analyse();
        assertThat(vm.failureProperty().get()).isEmpty();
    }
}
