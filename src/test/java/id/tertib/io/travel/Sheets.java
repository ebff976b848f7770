package id.tertib.io.travel;

import id.tertib.domain.fairness.FairnessFlag;
import id.tertib.domain.fairness.LorenzPoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Fairness sheets made by hand for the writers' tests: three people over three months, or many. */
final class Sheets {

    static final String REASON = "Budi Santoso: 14 dari 40 perjalanan (35%), padahal bagian wajarnya sekitar 2,1 "
            + "perjalanan; peluang kebetulan ≤ 0,1%";

    static final FairnessSheet.Labels LABELS = new FairnessSheet.Labels("Ringkasan", "Rincian per pegawai",
            "Per bulan", "No", "NIP", "Nama", "Unit", "Perjalanan", "Hari", "Uang harian", "Bagian", "Harapan",
            "Peluang", "Tanda", "Alasan", "Jumlah", "Perjalanan per pegawai", "", "Bagian wajar: 2,1 perjalanan",
            "Ditandai", "Kurva Lorenz perjalanan", "Bagian pegawai", "Bagian perjalanan", "Kurva Lorenz",
            "Garis kesetaraan", "Penjelasan tanda", "Tidak ada yang ditandai.");

    static final FairnessSheet.Person BUDI = new FairnessSheet.Person("198609262015051001",
            "19860926 201505 1 001", "Budi Santoso, S.Kom.", "Seksi Aplikasi", 14, 42, 7_420_000, 0.35, 2.1,
            0.0000123456789, Set.of(FairnessFlag.EXCESS), "Berlebih", REASON, new int[] {5, 0, 9});
    static final FairnessSheet.Person DEWI = new FairnessSheet.Person("199001012019032002",
            "19900101 201903 2 002", "=Dewi Lestari", "Seksi Data", 3, 6, 1_590_000, 0.075, 2.5, 0.4567891234,
            Set.of(), "", "", new int[] {1, 2, 0});
    static final FairnessSheet.Person ANI = new FairnessSheet.Person("199203042020122001",
            "19920304 202012 2 001", "Ani Rahmawati", "Seksi Data", 0, 0, 0, 0, 1.8, 1.0, Set.of(), "", "",
            new int[] {0, 0, 0});

    private Sheets() {
    }

    static FairnessSheet sheet(List<FairnessSheet.Person> people) {
        return new FairnessSheet("Analisis Keadilan Perjalanan Dinas", List.of("Periode: 1 Jan 2025 - 31 Mar 2025",
                "Unit: Dinas Kominfo (dengan sub-unit)", "Aturan: p < 1%, lebih dari 2 kali harapan, 5 berturut-turut"),
                LABELS, people,
                List.of(new FairnessSheet.Fact("Pegawai", people.size(), FairnessSheet.Kind.COUNT),
                        new FairnessSheet.Fact("Perjalanan", 40, FairnessSheet.Kind.COUNT),
                        new FairnessSheet.Fact("Uang harian", 9_010_000, FairnessSheet.Kind.RUPIAH),
                        new FairnessSheet.Fact("Bagian wajar (perjalanan)", 2.1, FairnessSheet.Kind.DECIMAL),
                        new FairnessSheet.Fact("Koefisien Gini", 0.6123, FairnessSheet.Kind.DECIMAL),
                        new FairnessSheet.Fact("Bagian 20% teratas", 0.6543, FairnessSheet.Kind.PERCENT)),
                new FairnessSheet.Totals(people.size(), 40, 0.61234, 0.65429),
                List.of("Jan 2025", "Feb 2025", "Mar 2025"),
                List.of(new LorenzPoint(0, 0), new LorenzPoint(1 / 3.0, 0), new LorenzPoint(2 / 3.0, 0.1765),
                        new LorenzPoint(1, 1)),
                2.1, Locale.forLanguageTag("id"));
    }

    static FairnessSheet three() {
        return sheet(List.of(BUDI, DEWI, ANI));
    }

    /** {@code n} people, every seventh flagged, trips falling with the index. */
    static FairnessSheet many(int n) {
        List<FairnessSheet.Person> people = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            boolean flagged = i % 7 == 0;
            int trips = Math.max(0, 40 - i / 3);
            people.add(new FairnessSheet.Person(String.format("1986092620150510%02d", i % 100),
                    "Nomor " + i, "Pegawai Nomor " + i, "Seksi " + (i % 4), trips, trips * 3, trips * 530_000L,
                    trips / 1000.0, 2.0, flagged ? 0.001 : 0.5,
                    flagged ? Set.of(FairnessFlag.STREAK) : Set.of(), flagged ? "Beruntun" : "",
                    flagged ? "Pegawai Nomor " + i + " pergi 6 kali berturut-turut." : "", new int[] {trips, 0, 0}));
        }
        return sheet(people);
    }
}
