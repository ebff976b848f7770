package id.tertib.app;

import id.tertib.domain.attendance.Holiday;
import id.tertib.domain.attendance.Holiday.HolidayKind;
import java.time.LocalDate;
import java.time.chrono.HijrahChronology;
import java.time.chrono.HijrahDate;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The demo office's working calendar: Indonesian national holidays and cuti bersama, and the Ramadan dates. 2024, 2025
 * and 2026 follow the joint decrees (SKB 3 Menteri) for those years; any other year gets the fixed-date holidays, the
 * Christian ones computed from Easter, the Islamic ones from the Umm al-Qura calendar (Indonesia's dates, decided by
 * sighting, may differ by a day) and Imlek where known, but no cuti bersama, which no rule predicts. Demo data only:
 * a real office enters or imports the decree of its year.
 */
final class DemoCalendar {

    private static final HolidayKind N = HolidayKind.NATIONAL;
    private static final HolidayKind C = HolidayKind.CUTI_BERSAMA;

    /** Ramadan periods as announced in Indonesia (government sighting); other years from Umm al-Qura. */
    private static final Map<Integer, LocalDate[]> RAMADAN = Map.of(
            2024, new LocalDate[] {LocalDate.of(2024, 3, 12), LocalDate.of(2024, 4, 9)},
            2025, new LocalDate[] {LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 30)},
            2026, new LocalDate[] {LocalDate.of(2026, 2, 19), LocalDate.of(2026, 3, 20)});

    /** Tahun Baru Imlek where known (a lunisolar date no simple rule gives). */
    private static final Map<Integer, LocalDate> IMLEK = Map.of(2027, LocalDate.of(2027, 2, 6),
            2028, LocalDate.of(2028, 1, 26), 2029, LocalDate.of(2029, 2, 13), 2030, LocalDate.of(2030, 2, 3));

    private DemoCalendar() {
    }

    /** The holidays and cuti bersama of the year, in date order. */
    static List<Holiday> holidays(int year) {
        List<Holiday> list = switch (year) {
            case 2024 -> y2024();
            case 2025 -> y2025();
            case 2026 -> y2026();
            default -> generated(year);
        };
        return list.stream().sorted(Comparator.comparing(Holiday::date)).toList();
    }

    /** The Ramadan period(s) starting in the year: first and last day of fasting. */
    static List<LocalDate[]> ramadan(int year) {
        if (RAMADAN.containsKey(year)) {
            return List.<LocalDate[]>of(RAMADAN.get(year));
        }
        List<LocalDate[]> periods = new ArrayList<>();
        for (HijrahDate first : hijri(year, 9, 1)) {
            periods.add(new LocalDate[] {LocalDate.from(first),
                    LocalDate.from(first.with(ChronoField.DAY_OF_MONTH, first.lengthOfMonth()))});
        }
        return periods;
    }

    private static Holiday h(int y, int m, int d, String name, HolidayKind kind) {
        return new Holiday(LocalDate.of(y, m, d), name, kind);
    }

    /** SKB 3 Menteri for 2024: 17 national holidays and 10 days of cuti bersama. */
    private static List<Holiday> y2024() {
        return List.of(h(2024, 1, 1, "Tahun Baru 2024 Masehi", N), h(2024, 2, 8, "Isra Mikraj Nabi Muhammad SAW", N),
                h(2024, 2, 9, "Cuti bersama Tahun Baru Imlek", C), h(2024, 2, 10, "Tahun Baru Imlek 2575 Kongzili", N),
                h(2024, 3, 11, "Hari Suci Nyepi Tahun Baru Saka 1946", N), h(2024, 3, 12, "Cuti bersama Nyepi", C),
                h(2024, 3, 29, "Wafat Yesus Kristus", N), h(2024, 3, 31, "Hari Paskah", N),
                h(2024, 4, 8, "Cuti bersama Idul Fitri", C), h(2024, 4, 9, "Cuti bersama Idul Fitri", C),
                h(2024, 4, 10, "Hari Raya Idul Fitri 1445 Hijriah", N),
                h(2024, 4, 11, "Hari Raya Idul Fitri 1445 Hijriah", N), h(2024, 4, 12, "Cuti bersama Idul Fitri", C),
                h(2024, 4, 15, "Cuti bersama Idul Fitri", C), h(2024, 5, 1, "Hari Buruh Internasional", N),
                h(2024, 5, 9, "Kenaikan Yesus Kristus", N), h(2024, 5, 10, "Cuti bersama Kenaikan Yesus Kristus", C),
                h(2024, 5, 23, "Hari Raya Waisak 2568 BE", N), h(2024, 5, 24, "Cuti bersama Waisak", C),
                h(2024, 6, 1, "Hari Lahir Pancasila", N), h(2024, 6, 17, "Hari Raya Idul Adha 1445 Hijriah", N),
                h(2024, 6, 18, "Cuti bersama Idul Adha", C), h(2024, 7, 7, "Tahun Baru Islam 1446 Hijriah", N),
                h(2024, 8, 17, "Hari Kemerdekaan Republik Indonesia", N),
                h(2024, 9, 16, "Maulid Nabi Muhammad SAW", N), h(2024, 12, 25, "Kelahiran Yesus Kristus", N),
                h(2024, 12, 26, "Cuti bersama Kelahiran Yesus Kristus", C));
    }

    /** SKB 3 Menteri for 2025: 17 national holidays and 10 days of cuti bersama. */
    private static List<Holiday> y2025() {
        return List.of(h(2025, 1, 1, "Tahun Baru 2025 Masehi", N), h(2025, 1, 27, "Isra Mikraj Nabi Muhammad SAW", N),
                h(2025, 1, 28, "Cuti bersama Tahun Baru Imlek", C), h(2025, 1, 29, "Tahun Baru Imlek 2576 Kongzili", N),
                h(2025, 3, 28, "Cuti bersama Nyepi", C), h(2025, 3, 29, "Hari Suci Nyepi Tahun Baru Saka 1947", N),
                h(2025, 3, 31, "Hari Raya Idul Fitri 1446 Hijriah", N),
                h(2025, 4, 1, "Hari Raya Idul Fitri 1446 Hijriah", N), h(2025, 4, 2, "Cuti bersama Idul Fitri", C),
                h(2025, 4, 3, "Cuti bersama Idul Fitri", C), h(2025, 4, 4, "Cuti bersama Idul Fitri", C),
                h(2025, 4, 7, "Cuti bersama Idul Fitri", C), h(2025, 4, 18, "Wafat Yesus Kristus", N),
                h(2025, 4, 20, "Kebangkitan Yesus Kristus (Paskah)", N), h(2025, 5, 1, "Hari Buruh Internasional", N),
                h(2025, 5, 12, "Hari Raya Waisak 2569 BE", N), h(2025, 5, 13, "Cuti bersama Waisak", C),
                h(2025, 5, 29, "Kenaikan Yesus Kristus", N), h(2025, 5, 30, "Cuti bersama Kenaikan Yesus Kristus", C),
                h(2025, 6, 1, "Hari Lahir Pancasila", N), h(2025, 6, 6, "Hari Raya Idul Adha 1446 Hijriah", N),
                h(2025, 6, 9, "Cuti bersama Idul Adha", C), h(2025, 6, 27, "Tahun Baru Islam 1447 Hijriah", N),
                h(2025, 8, 17, "Hari Kemerdekaan Republik Indonesia", N),
                h(2025, 9, 5, "Maulid Nabi Muhammad SAW", N), h(2025, 12, 25, "Kelahiran Yesus Kristus", N),
                h(2025, 12, 26, "Cuti bersama Kelahiran Yesus Kristus", C));
    }

    /** SKB 3 Menteri of 2025 on 2026: 17 national holidays and 8 days of cuti bersama. */
    private static List<Holiday> y2026() {
        return List.of(h(2026, 1, 1, "Tahun Baru 2026 Masehi", N), h(2026, 1, 16, "Isra Mikraj Nabi Muhammad SAW", N),
                h(2026, 2, 16, "Cuti bersama Tahun Baru Imlek", C), h(2026, 2, 17, "Tahun Baru Imlek 2577 Kongzili", N),
                h(2026, 3, 18, "Cuti bersama Nyepi", C), h(2026, 3, 19, "Hari Suci Nyepi Tahun Baru Saka 1948", N),
                h(2026, 3, 20, "Cuti bersama Idul Fitri", C), h(2026, 3, 21, "Hari Raya Idul Fitri 1447 Hijriah", N),
                h(2026, 3, 22, "Hari Raya Idul Fitri 1447 Hijriah", N), h(2026, 3, 23, "Cuti bersama Idul Fitri", C),
                h(2026, 3, 24, "Cuti bersama Idul Fitri", C), h(2026, 4, 3, "Wafat Yesus Kristus", N),
                h(2026, 4, 5, "Kebangkitan Yesus Kristus (Paskah)", N), h(2026, 5, 1, "Hari Buruh Internasional", N),
                h(2026, 5, 14, "Kenaikan Yesus Kristus", N), h(2026, 5, 15, "Cuti bersama Kenaikan Yesus Kristus", C),
                h(2026, 5, 27, "Hari Raya Idul Adha 1447 Hijriah", N), h(2026, 5, 28, "Cuti bersama Idul Adha", C),
                h(2026, 5, 31, "Hari Raya Waisak 2570 BE", N), h(2026, 6, 1, "Hari Lahir Pancasila", N),
                h(2026, 6, 16, "Tahun Baru Islam 1448 Hijriah", N),
                h(2026, 8, 17, "Hari Kemerdekaan Republik Indonesia", N),
                h(2026, 8, 25, "Maulid Nabi Muhammad SAW", N), h(2026, 12, 24, "Cuti bersama Kelahiran Yesus Kristus", C),
                h(2026, 12, 25, "Kelahiran Yesus Kristus", N));
    }

    /** A year without a decree at hand: what a rule can give, national holidays only. */
    private static List<Holiday> generated(int year) {
        List<Holiday> list = new ArrayList<>();
        java.util.Set<LocalDate> taken = new java.util.HashSet<>();
        java.util.function.BiConsumer<LocalDate, String> add = (date, name) -> {
            if (date.getYear() == year && taken.add(date)) {
                list.add(new Holiday(date, name, N));
            }
        };
        add.accept(LocalDate.of(year, 1, 1), "Tahun Baru " + year + " Masehi");
        add.accept(LocalDate.of(year, 5, 1), "Hari Buruh Internasional");
        add.accept(LocalDate.of(year, 6, 1), "Hari Lahir Pancasila");
        add.accept(LocalDate.of(year, 8, 17), "Hari Kemerdekaan Republik Indonesia");
        add.accept(LocalDate.of(year, 12, 25), "Kelahiran Yesus Kristus");
        LocalDate easter = easter(year);
        add.accept(easter.minusDays(2), "Wafat Yesus Kristus");
        add.accept(easter, "Kebangkitan Yesus Kristus (Paskah)");
        add.accept(easter.plusDays(39), "Kenaikan Yesus Kristus");
        if (IMLEK.containsKey(year)) {
            add.accept(IMLEK.get(year), "Tahun Baru Imlek");
        }
        if (year > 1900 && year < 2170) { // the range the Umm al-Qura tables cover
            hijri(year, 7, 27).forEach(d -> add.accept(LocalDate.from(d), "Isra Mikraj Nabi Muhammad SAW"));
            for (HijrahDate d : hijri(year, 10, 1)) {
                add.accept(LocalDate.from(d), "Hari Raya Idul Fitri " + d.get(ChronoField.YEAR) + " Hijriah");
                add.accept(LocalDate.from(d).plusDays(1), "Hari Raya Idul Fitri " + d.get(ChronoField.YEAR) + " Hijriah");
            }
            hijri(year, 12, 10).forEach(d -> add.accept(LocalDate.from(d),
                    "Hari Raya Idul Adha " + d.get(ChronoField.YEAR) + " Hijriah"));
            hijri(year, 1, 1).forEach(d -> add.accept(LocalDate.from(d),
                    "Tahun Baru Islam " + d.get(ChronoField.YEAR) + " Hijriah"));
            hijri(year, 3, 12).forEach(d -> add.accept(LocalDate.from(d), "Maulid Nabi Muhammad SAW"));
        }
        return list;
    }

    /** Every date of the given Hijri month and day that falls in the Gregorian year (there may be two). */
    private static List<HijrahDate> hijri(int year, int month, int day) {
        List<HijrahDate> dates = new ArrayList<>();
        int first = HijrahDate.from(LocalDate.of(year, 1, 1)).get(ChronoField.YEAR);
        for (int hy = first; hy <= first + 1; hy++) {
            HijrahDate d = HijrahChronology.INSTANCE.date(hy, month, day);
            if (LocalDate.from(d).getYear() == year) {
                dates.add(d);
            }
        }
        return dates;
    }

    /** Easter Sunday (anonymous Gregorian algorithm). */
    static LocalDate easter(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}
