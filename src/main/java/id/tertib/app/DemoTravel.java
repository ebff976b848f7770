package id.tertib.app;

import id.tertib.domain.Employee;
import id.tertib.domain.Unit;
import id.tertib.domain.UnitTree;
import id.tertib.domain.travel.Participant;
import id.tertib.domain.travel.SuratTugas;
import id.tertib.domain.travel.TravelKind;
import id.tertib.domain.travel.TravelStatus;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The demo office's official travel over the attendance period. Each bidang (and the secretariat) sends about two
 * trips a month from its own people, choosing fairly: those with fewer trips are much likelier to go. In three of them
 * one staff member goes on most trips (the complaint Tertib answers); one trip in the current year looks fictitious
 * (its traveller punches at the office on its days) and one person is booked on two overlapping trips. Drifters (see
 * {@link DemoAttendance}) are never sent. The same seed gives the same trips.
 */
final class DemoTravel {

    /** What was planned: the letters (ids 0) and each traveller's fixed days for the attendance generator. */
    record Plan(List<SuratTugas> trips, Map<Long, Map<LocalDate, String>> fixed, List<Long> favourites,
            String fictitious, String doubleBooked) {
    }

    private record Destination(String city, String province, long allowance) {
    }

    /** Unit codes whose trips go mostly to one person. */
    static final List<String> UNFAIR_UNITS = List.of("SET", "APT", "INF");
    /** The demo section head's seksi: its bidang's favourite works there, so the kasi account sees the case too. */
    static final String KASI_SEKSI = "APT.PA";
    private static final String FICTITIOUS_UNIT = "IKP";
    private static final String DOUBLE_UNIT = "STA";
    private static final double FAVOURITE_CHANCE = 0.65;
    private static final int TRIPS_PER_MONTH = 2;
    private static final List<Destination> AWAY = List.of(
            new Destination("Bandung", "Jawa Barat", 430_000), new Destination("Jakarta Pusat", "DKI Jakarta", 530_000),
            new Destination("Semarang", "Jawa Tengah", 370_000), new Destination("Surabaya", "Jawa Timur", 410_000),
            new Destination("Yogyakarta", "DI Yogyakarta", 420_000), new Destination("Denpasar", "Bali", 480_000),
            new Destination("Makassar", "Sulawesi Selatan", 430_000));
    private static final Destination BANDUNG = AWAY.get(0);
    private static final Destination IN_TOWN = new Destination("Sukamaju", "Jawa Barat", 150_000);
    private static final List<String> PURPOSES = List.of("Rapat koordinasi %s tingkat provinsi",
            "Bimbingan teknis %s", "Konsultasi %s ke kementerian", "Sosialisasi %s", "Monitoring dan evaluasi %s");
    private static final Map<String, String> TOPICS = Map.of("SET", "perencanaan dan kepegawaian",
            "IKP", "keterbukaan informasi publik", "APT", "SPBE dan aplikasi umum", "INF", "jaringan intra pemerintah",
            "SAN", "persandian dan keamanan informasi", "STA", "statistik sektoral");

    private final long seed;
    private final Predicate<LocalDate> workingDay;

    DemoTravel(long seed, Predicate<LocalDate> workingDay) {
        this.seed = seed;
        this.workingDay = workingDay;
    }

    /**
     * @param appointed first day each person may travel (their appointment); people missing here are not sent
     * @param excluded people never sent (the drifters)
     */
    Plan plan(List<Unit> units, List<Employee> staff, Map<Long, LocalDate> appointed, Set<Long> excluded,
            LocalDate from, LocalDate to) {
        Random r = new Random(seed * 31 + 7);
        UnitTree tree = new UnitTree(units);
        Unit root = units.stream().filter(u -> u.parentId() == null).findFirst().orElseThrow();
        Map<Long, Integer> trips = new HashMap<>();
        Map<Long, List<LocalDate[]>> booked = new HashMap<>();
        List<SuratTugas> letters = new ArrayList<>();
        List<Long> favourites = new ArrayList<>();
        Map<String, Integer> numbers = new HashMap<>();
        for (Unit bidang : units.stream().filter(u -> root.id() == (u.parentId() == null ? -1 : u.parentId())).toList()) {
            Set<Long> subtree = tree.selfAndDescendants(bidang.id());
            List<Employee> pool = staff.stream().filter(e -> subtree.contains(e.unitId()) && e.active()
                    && appointed.containsKey(e.id()) && !excluded.contains(e.id())).toList();
            Employee favourite = null;
            if (UNFAIR_UNITS.contains(bidang.code())) {
                List<Employee> staffOnly = pool.stream().filter(e -> !e.positionKind().isStructural()
                        && !appointed.get(e.id()).isAfter(from)).toList();
                List<Employee> kasiSeksi = staffOnly.stream().filter(e -> units.stream().anyMatch(
                        u -> u.id() == e.unitId() && u.code().equals(KASI_SEKSI))).toList();
                if (!kasiSeksi.isEmpty()) {
                    staffOnly = kasiSeksi;
                }
                if (!staffOnly.isEmpty()) {
                    favourite = staffOnly.get(r.nextInt(staffOnly.size()));
                    favourites.add(favourite.id());
                }
            }
            for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
                for (int k = 0; k < TRIPS_PER_MONTH; k++) {
                    LocalDate depart = departure(m, r);
                    boolean inTown = r.nextInt(5) == 0;
                    int length = inTown ? 1 : 2 + r.nextInt(3);
                    LocalDate returns = depart.plusDays(length - 1L);
                    if (depart.isBefore(from) || returns.isAfter(to)) {
                        continue;
                    }
                    List<Employee> free = pool.stream().filter(e -> !appointed.get(e.id()).isAfter(depart)
                            && isFree(booked, e.id(), depart, returns)).toList();
                    List<Employee> chosen = choose(free, favourite, 1 + r.nextInt(3), trips, r);
                    if (chosen.isEmpty()) {
                        continue;
                    }
                    SuratTugas t = letter(bidang, depart, returns, inTown, chosen, numbers, r);
                    letters.add(t);
                    chosen.forEach(e -> {
                        trips.merge(e.id(), 1, Integer::sum);
                        booked.computeIfAbsent(e.id(), x -> new ArrayList<>()).add(new LocalDate[] {depart, returns});
                    });
                }
            }
        }
        String doubleBooked = doubleBooking(units, letters, booked, numbers, staff, excluded, to);
        String fictitious = fictitious(units, letters, to);
        return new Plan(letters, fixed(letters, fictitious), favourites, fictitious, doubleBooked);
    }

    /** A working day from Monday to Thursday in the month (offices rarely send people off on a Friday). */
    private LocalDate departure(YearMonth m, Random r) {
        for (int tries = 0; tries < 40; tries++) {
            LocalDate d = m.atDay(1 + r.nextInt(m.lengthOfMonth()));
            if (d.getDayOfWeek().getValue() <= DayOfWeek.THURSDAY.getValue() && workingDay.test(d)) {
                return d;
            }
        }
        return m.atDay(1).minusYears(100);
    }

    /** The favourite when free and the dice say so, then the others weighted by 1/(1+trips)^2: fair rotation. */
    private static List<Employee> choose(List<Employee> free, Employee favourite, int count, Map<Long, Integer> trips,
            Random r) {
        List<Employee> left = new ArrayList<>(free);
        List<Employee> chosen = new ArrayList<>();
        if (favourite != null && left.contains(favourite) && r.nextDouble() < FAVOURITE_CHANCE) {
            chosen.add(favourite);
            left.remove(favourite);
        } else if (favourite != null) {
            left.remove(favourite);
        }
        while (chosen.size() < count && !left.isEmpty()) {
            double[] weights = new double[left.size()];
            double total = 0;
            for (int i = 0; i < left.size(); i++) {
                double c = trips.getOrDefault(left.get(i).id(), 0);
                weights[i] = 1.0 / ((1 + c) * (1 + c));
                total += weights[i];
            }
            double pick = r.nextDouble() * total;
            int i = 0;
            while (i < weights.length - 1 && pick >= weights[i]) {
                pick -= weights[i];
                i++;
            }
            chosen.add(left.remove(i));
        }
        return chosen;
    }

    private static boolean isFree(Map<Long, List<LocalDate[]>> booked, long id, LocalDate depart, LocalDate returns) {
        return booked.getOrDefault(id, List.of()).stream()
                .noneMatch(b -> !b[1].isBefore(depart) && !b[0].isAfter(returns));
    }

    /** A letter with a destination and purpose drawn at random, issued two to six days before departure. */
    private static SuratTugas letter(Unit bidang, LocalDate depart, LocalDate returns, boolean inTown,
            List<Employee> chosen, Map<String, Integer> numbers, Random r) {
        Destination where = inTown ? IN_TOWN : AWAY.get(r.nextInt(AWAY.size()));
        String purpose = String.format(PURPOSES.get(r.nextInt(PURPOSES.size())),
                TOPICS.getOrDefault(bidang.code(), "urusan dinas"));
        return letter(bidang, depart.minusDays(2 + r.nextInt(5)), depart, returns, inTown, where, purpose,
                chosen.stream().map(Employee::id).toList(), numbers);
    }

    /** A letter numbered in its bidang's yearly sequence; every traveller is paid the whole trip. */
    private static SuratTugas letter(Unit bidang, LocalDate issued, LocalDate depart, LocalDate returns,
            boolean inTown, Destination where, String purpose, List<Long> travellers, Map<String, Integer> numbers) {
        int length = (int) (returns.toEpochDay() - depart.toEpochDay() + 1);
        List<Participant> ps = new ArrayList<>();
        for (long id : travellers) {
            ps.add(new Participant(id, ps.size() + 1, length, where.allowance()));
        }
        int n = numbers.merge(bidang.code() + "/" + depart.getYear(), 1, Integer::sum);
        String number = String.format("094/%03d/%s/%d", n, bidang.code(), depart.getYear());
        TravelKind kind = inTown ? TravelKind.DALAM_KOTA_LEBIH_8_JAM : TravelKind.LUAR_KOTA;
        return new SuratTugas(0, number, issued, bidang.id(), "DPA Dinas Kominfo Tahun Anggaran " + depart.getYear(),
                purpose, where.city(), where.province(), kind, depart, returns,
                inTown ? "Kendaraan dinas" : "Kendaraan umum", inTown ? "5.1.02.04.01.0003" : "5.1.02.04.01.0001",
                "Kepala Dinas Komunikasi dan Informatika", TravelStatus.ACTIVE, ps);
    }

    /**
     * One extra letter in the statistics bidang that books the first traveller of one of its current-year trips again
     * on that trip's last day, with a colleague: a double trip as auditors find them.
     */
    private static String doubleBooking(List<Unit> units, List<SuratTugas> letters, Map<Long, List<LocalDate[]>> booked,
            Map<String, Integer> numbers, List<Employee> staff, Set<Long> excluded, LocalDate to) {
        Unit bidang = units.stream().filter(u -> u.code().equals(DOUBLE_UNIT)).findFirst().orElse(null);
        if (bidang == null) {
            return "";
        }
        List<SuratTugas> own = letters.stream().filter(t -> t.unitId() == bidang.id() && t.length() >= 2
                && t.depart().getYear() == to.getYear() && t.returns().plusDays(3).isBefore(to)).toList();
        if (own.isEmpty()) {
            return "";
        }
        SuratTugas base = own.get(own.size() / 2);
        long twice = base.participants().get(0).employeeId();
        LocalDate depart = base.returns();
        LocalDate returns = depart.plusDays(1);
        long twiceUnit = staff.stream().filter(x -> x.id() == twice).findFirst().orElseThrow().unitId();
        List<Long> travellers = new ArrayList<>(List.of(twice));
        staff.stream().filter(e -> e.unitId() == twiceUnit && e.id() != twice && !excluded.contains(e.id())
                && isFree(booked, e.id(), depart, returns)).findFirst().ifPresent(e -> travellers.add(e.id()));
        SuratTugas extra = letter(bidang, depart.minusDays(1), depart, returns, false, BANDUNG,
                "Rapat validasi data statistik sektoral", travellers, numbers);
        letters.add(extra);
        return extra.number();
    }

    /** A current-year trip out of town in the public-information bidang whose traveller stays at the office. */
    private static String fictitious(List<Unit> units, List<SuratTugas> letters, LocalDate to) {
        Unit bidang = units.stream().filter(u -> u.code().equals(FICTITIOUS_UNIT)).findFirst().orElse(null);
        if (bidang == null) {
            return "";
        }
        return letters.stream().filter(t -> t.unitId() == bidang.id() && t.kind() == TravelKind.LUAR_KOTA
                && t.length() >= 3 && t.depart().getYear() == to.getYear()).map(SuratTugas::number).findFirst()
                .orElse("");
    }

    /** Trip days become fixed for the attendance generator: away, or at the office for the fictitious trip. */
    private static Map<Long, Map<LocalDate, String>> fixed(List<SuratTugas> letters, String fictitious) {
        Map<Long, Map<LocalDate, String>> fixed = new HashMap<>();
        for (SuratTugas t : letters) {
            String code = t.number().equals(fictitious) ? DemoAttendance.AT_THE_OFFICE : DemoAttendance.TRAVELLING;
            for (Participant p : t.participants()) {
                Map<LocalDate, String> days = fixed.computeIfAbsent(p.employeeId(), k -> new HashMap<>());
                for (LocalDate d = t.depart(); !d.isAfter(t.returns()); d = d.plusDays(1)) {
                    days.merge(d, code, (a, b) -> a.equals(DemoAttendance.TRAVELLING) ? a : b);
                }
            }
        }
        return fixed;
    }
}
