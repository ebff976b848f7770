package id.tertib.app;

import id.tertib.domain.Employee;
import id.tertib.domain.performance.CoreValue;
import id.tertib.domain.performance.NoteKind;
import id.tertib.domain.performance.PerformanceNote;
import id.tertib.domain.performance.Rating;
import id.tertib.domain.performance.SkpPeriod;
import id.tertib.domain.performance.SkpResult;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * The demo office's performance notes and SKP results: notes through the current year written by the section heads
 * (mostly appreciation, some needing improvement, a few neutral), more critical ones for the people drifting into TK;
 * an annual SKP result of last year for everyone and the quarters of this year so far for a third of them.
 */
final class DemoPerformance {

    private record Text(NoteKind kind, Set<CoreValue> values, String text) {
    }

    private static final List<Text> GOOD = List.of(
            new Text(NoteKind.APPRECIATION, Set.of(CoreValue.BERORIENTASI_PELAYANAN),
                    "Melayani tamu dengan ramah meski antrean panjang sampai lewat jam istirahat."),
            new Text(NoteKind.APPRECIATION, Set.of(CoreValue.KOLABORATIF, CoreValue.HARMONIS),
                    "Membantu seksi lain menyusun laporan triwulan tanpa diminta."),
            new Text(NoteKind.APPRECIATION, Set.of(CoreValue.KOMPETEN, CoreValue.ADAPTIF),
                    "Menguasai aplikasi SRIKANDI dan melatih rekan satu bidang."),
            new Text(NoteKind.APPRECIATION, Set.of(CoreValue.AKUNTABEL),
                    "SPJ perjalanan dinas lengkap dan diserahkan sehari setelah kembali."),
            new Text(NoteKind.APPRECIATION, Set.of(CoreValue.ADAPTIF, CoreValue.BERORIENTASI_PELAYANAN),
                    "Mengusulkan formulir daring sehingga warga tidak perlu datang dua kali."),
            new Text(NoteKind.APPRECIATION, Set.of(CoreValue.LOYAL),
                    "Tetap menjaga kerahasiaan data pemohon ketika ditanya pihak luar."));
    private static final List<Text> IMPROVE = List.of(
            new Text(NoteKind.NEEDS_IMPROVEMENT, Set.of(CoreValue.AKUNTABEL),
                    "Laporan SPJ terlambat dua minggu; sudah diingatkan dua kali."),
            new Text(NoteKind.NEEDS_IMPROVEMENT, Set.of(CoreValue.BERORIENTASI_PELAYANAN),
                    "Loket ditinggal tanpa pengganti saat jam layanan; warga menunggu 40 menit."),
            new Text(NoteKind.NEEDS_IMPROVEMENT, Set.of(CoreValue.HARMONIS),
                    "Berbicara dengan nada tinggi kepada rekan di depan tamu."),
            new Text(NoteKind.NEEDS_IMPROVEMENT, Set.of(CoreValue.AKUNTABEL, CoreValue.LOYAL),
                    "Tidak masuk kerja tanpa keterangan beberapa hari; tidak dapat dihubungi."));
    private static final List<Text> NEUTRAL = List.of(
            new Text(NoteKind.NEUTRAL, Set.of(CoreValue.KOMPETEN),
                    "Mengikuti bimbingan teknis pengelolaan arsip dinamis."),
            new Text(NoteKind.NEUTRAL, Set.of(),
                    "Dipindahkan sementara membantu pelayanan di loket terpadu selama dua minggu."));

    private DemoPerformance() {
    }

    /** Writes the notes and results as their authors would; returns how many notes. */
    static int fill(Work w, List<Employee> staff, java.util.Set<Long> drifters, LocalDate today, long seed,
            String reason) {
        Random r = new Random(seed * 31 + 6);
        List<Employee> people = staff.stream().filter(Employee::active).toList();
        int notes = 0;
        for (int i = 0; i < 36; i++) {
            Employee e = people.get(r.nextInt(people.size()));
            boolean drifting = drifters.contains(e.id());
            double roll = r.nextDouble();
            List<Text> pool = drifting ? IMPROVE : roll < 0.62 ? GOOD : roll < 0.85 ? IMPROVE : NEUTRAL;
            Text t = pool.get(r.nextInt(pool.size()));
            LocalDate on = LocalDate.of(today.getYear(), 1, 5).plusDays(r.nextInt(Math.max(1,
                    today.getDayOfYear() - 10)));
            PerformanceNote n = w.store().performance().insertNote(new PerformanceNote(0, e.id(), on, t.kind(),
                    t.values(), t.text(), "Kepala Seksi", ""));
            w.audit().performanceNote(e, null, n, reason);
            notes++;
        }
        Rating[] ratings = Rating.values();
        for (Employee e : people) {
            boolean drifting = drifters.contains(e.id());
            Rating results = drifting ? Rating.BELOW : pick(r, ratings);
            Rating behaviour = drifting ? Rating.BELOW : pick(r, ratings);
            SkpResult annual = w.store().performance().insertSkp(new SkpResult(0, e.id(), today.getYear() - 1,
                    SkpPeriod.ANNUAL, results, behaviour, ""));
            w.audit().skpResult(e, null, annual);
            if (r.nextInt(3) == 0) {
                for (SkpPeriod q : quartersBefore(today)) {
                    SkpResult s = w.store().performance().insertSkp(new SkpResult(0, e.id(), today.getYear(), q,
                            pick(r, ratings), drifting ? Rating.BELOW : pick(r, ratings), ""));
                    w.audit().skpResult(e, null, s);
                }
            }
        }
        return notes;
    }

    /** Mostly as expected, some above, a few below: how ratings fall in an ordinary office. */
    private static Rating pick(Random r, Rating[] ratings) {
        double x = r.nextDouble();
        return x < 0.12 ? ratings[0] : x < 0.78 ? ratings[1] : ratings[2];
    }

    private static List<SkpPeriod> quartersBefore(LocalDate today) {
        List<SkpPeriod> out = new ArrayList<>();
        for (SkpPeriod q : List.of(SkpPeriod.Q1, SkpPeriod.Q2, SkpPeriod.Q3, SkpPeriod.Q4)) {
            if (q.end(today.getYear()).isBefore(today)) {
                out.add(q);
            }
        }
        return out;
    }
}
