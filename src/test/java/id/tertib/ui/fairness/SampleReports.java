package id.tertib.ui.fairness;

import id.tertib.app.FairnessService;
import id.tertib.domain.Employee;
import id.tertib.domain.EmploymentStatus;
import id.tertib.domain.Gender;
import id.tertib.domain.Golongan;
import id.tertib.domain.PersonName;
import id.tertib.domain.PositionKind;
import id.tertib.domain.fairness.FairnessFlag;
import id.tertib.domain.fairness.FairnessResult;
import id.tertib.domain.fairness.FairnessRules;
import id.tertib.domain.fairness.FairnessSummary;
import id.tertib.domain.fairness.LorenzPoint;
import id.tertib.domain.fairness.PersonOutcome;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Hand-made reports for looking at the screen without the analysis: people with given trips per month, three days
 * and Rp530.000 a day per trip, flags as told. Gini, top-20% share and Lorenz curve are computed here the plain way.
 */
final class SampleReports {

    private SampleReports() {
    }

    static final String[] NAMES = {"Budi Santoso", "Sri Wahyuni", "Agus Salim", "Dewi Lestari", "Eko Prasetyo",
        "Fitri Handayani", "Gunawan Wibisono", "Hendra Kurniawan", "Indah Permatasari", "Joko Susilo",
        "Kartika Sari", "Lukman Hakim", "Maya Anggraini", "Nur Hidayat", "Oktaviani Putri", "Putu Ardana",
        "Rina Marlina", "Slamet Riyadi", "Tri Wulandari", "Umar Bakri", "Vina Melati", "Wawan Setiawan",
        "Yuni Astuti", "Zainal Abidin"};

    /** A year (Dec 2025 - Nov 2026) of 24 people; the first three went far more often and are flagged. */
    static FairnessService.Report year() {
        List<YearMonth> months = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            months.add(YearMonth.of(2025, 12).plusMonths(i));
        }
        List<int[]> perMonth = new ArrayList<>();
        for (int p = 0; p < NAMES.length; p++) {
            int[] m = new int[12];
            for (int i = 0; i < 12; i++) {
                m[i] = p < 3 ? ((i + p) % 3 == 0 ? 2 : 1) : ((p * 7 + i * 5) % 11 == 0 ? 1 : 0);
            }
            perMonth.add(m);
        }
        return report(months, perMonth, Set.of(0, 1, 2));
    }

    static FairnessService.Report report(List<YearMonth> months, List<int[]> perMonth, Set<Integer> flagged) {
        int n = perMonth.size();
        int[] trips = perMonth.stream().mapToInt(m -> Arrays.stream(m).sum()).toArray();
        int places = Arrays.stream(trips).sum();
        List<FairnessService.Row> rows = new ArrayList<>();
        List<PersonOutcome> outcomes = new ArrayList<>();
        double expected = n == 0 ? 0 : places / (double) n;
        for (int p = 0; p < n; p++) {
            Set<FairnessFlag> flags = flagged.contains(p) ? Set.of(FairnessFlag.EXCESS) : Set.of();
            double pValue = flagged.contains(p) ? 0.0004 : Math.min(1, 0.5 + 0.1 * (expected - trips[p]));
            PersonOutcome o = new PersonOutcome(p, trips[p], trips[p] * 3, trips[p] * 3 * 530_000L,
                    places == 0 ? 0 : trips[p] / (double) places, expected, Math.max(0.0, pValue), 40,
                    Math.min(trips[p], 2), null, null, null, flags);
            outcomes.add(o);
            String name = NAMES[p % NAMES.length];
            Employee e = new Employee(p + 1, String.format("1980010120050110%02d", p + 1),
                    new PersonName("", name, ""), Gender.MALE, LocalDate.of(1980, 1, 1), EmploymentStatus.PNS,
                    Golongan.III_A, "Analis", PositionKind.PELAKSANA, 1, "", true);
            String why = flagged.contains(p) ? name + ": " + trips[p] + " dari " + places
                    + " perjalanan, padahal bagian wajarnya sekitar " + String.format("%.1f", expected).replace('.', ',')
                    + " perjalanan; peluang kebetulan < 0,1%" : null;
            rows.add(new FairnessService.Row(e, "Seksi Perencanaan", o, perMonth.get(p), why));
        }
        rows.sort((a, b) -> b.outcome().trips() - a.outcome().trips());
        List<LorenzPoint> lorenz = lorenz(trips);
        FairnessSummary summary = new FairnessSummary(n, places, places, places * 3L, places * 3L * 530_000L,
                gini(trips), top20(trips), lorenz, gini(trips), top20(trips), lorenz);
        FairnessResult result = new FairnessResult(outcomes, summary, FairnessRules.DEFAULT);
        FairnessService.Query query = new FairnessService.Query(months.get(0).atDay(1),
                months.get(months.size() - 1).atEndOfMonth(), null, null, null, null, null);
        return new FairnessService.Report(query, result, rows, months,
                "Aturan: ditandai bila peluang < 1% dan lebih dari 2× yang wajar; beruntun: 5 perjalanan berturut-turut.");
    }

    static double gini(int[] values) {
        double sum = Arrays.stream(values).sum();
        if (sum == 0) {
            return 0;
        }
        double diff = 0;
        for (int a : values) {
            for (int b : values) {
                diff += Math.abs(a - b);
            }
        }
        return diff / (2.0 * values.length * sum);
    }

    static double top20(int[] values) {
        int[] sorted = Arrays.stream(values).sorted().toArray();
        double sum = Arrays.stream(values).sum();
        int k = (int) Math.ceil(values.length * 0.2);
        double top = 0;
        for (int i = sorted.length - k; i < sorted.length; i++) {
            top += sorted[i];
        }
        return sum == 0 ? 0 : top / sum;
    }

    static List<LorenzPoint> lorenz(int[] values) {
        int[] sorted = Arrays.stream(values).sorted().toArray();
        double sum = Arrays.stream(values).sum();
        List<LorenzPoint> points = new ArrayList<>(List.of(new LorenzPoint(0, 0)));
        double acc = 0;
        for (int i = 0; i < sorted.length; i++) {
            acc += sorted[i];
            points.add(new LorenzPoint((i + 1) / (double) sorted.length, sum == 0 ? 0 : acc / sum));
        }
        return points;
    }
}
