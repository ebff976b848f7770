package id.tertib.app;

import id.tertib.domain.Employee;
import id.tertib.domain.Nip;
import id.tertib.domain.Unit;
import id.tertib.domain.UnitTree;
import id.tertib.domain.fairness.Eligibility;
import id.tertib.domain.fairness.TripSample;
import id.tertib.domain.travel.Participant;
import id.tertib.domain.travel.SuratTugas;
import id.tertib.domain.travel.TravelConflicts;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a fairness analysis needs from the database, as index-based samples. The group is the eligible people of the
 * units analysed (active ones, and anyone who travelled in the period). A trip counts when one of the group travelled
 * on it; its pool is the group's members in the issuing unit and its sub-units who were available: appointed by then,
 * not absent (leave or sickness, registered or coded on the day) and not on another trip on its dates.
 */
record FairnessData(List<Employee> people, List<TripSample> trips, Map<Long, String> unitNames,
        List<YearMonth> months, int[][] perMonth, String unitLabel) {

    static FairnessData load(Work w, FairnessService.Query q, LocalDate today) {
        List<Unit> units = w.units().findAll();
        UnitTree tree = new UnitTree(units);
        Set<Long> scope;
        if (q.unitId() != null) {
            w.access().requireUnit(q.unitId());
            scope = tree.selfAndDescendants(q.unitId());
        } else {
            scope = units.stream().map(Unit::id).filter(w.access()::canSeeUnit).collect(Collectors.toSet());
        }
        Map<Long, String> unitNames = units.stream().collect(Collectors.toMap(Unit::id, Unit::name));
        List<SuratTugas> trips = w.store().travel().touching(q.from(), q.to(), true).stream()
                .filter(t -> !t.depart().isBefore(q.from()) && !t.depart().isAfter(q.to())).toList();
        Set<Long> travelled = trips.stream().flatMap(t -> t.participants().stream()).map(Participant::employeeId)
                .collect(Collectors.toSet());
        Eligibility eligible = q.eligibility();
        List<Employee> people = w.employees().findAll().stream()
                .filter(e -> scope.contains(e.unitId()) && eligible.admits(e))
                .filter(e -> e.active() || travelled.contains(e.id()))
                .toList();
        Map<Long, Integer> index = new HashMap<>();
        for (int i = 0; i < people.size(); i++) {
            index.put(people.get(i).id(), i);
        }
        Busy busy = Busy.of(w, index, trips, q, today);
        List<YearMonth> months = months(q.from(), q.to());
        int[][] perMonth = new int[people.size()][months.size()];
        YearMonth first = months.get(0);
        Map<Long, int[]> poolOfUnit = new HashMap<>();
        Map<Long, List<Integer>> membersOfUnit = new HashMap<>();
        for (int i = 0; i < people.size(); i++) {
            membersOfUnit.computeIfAbsent(people.get(i).unitId(), k -> new ArrayList<>()).add(i);
        }
        List<TripSample> samples = new ArrayList<>();
        for (SuratTugas t : trips) {
            List<Participant> ours = t.participants().stream().filter(p -> index.containsKey(p.employeeId())).toList();
            if (ours.isEmpty()) {
                continue;
            }
            int[] travellers = new int[ours.size()];
            int[] days = new int[ours.size()];
            long[] allowance = new long[ours.size()];
            for (int i = 0; i < ours.size(); i++) {
                travellers[i] = index.get(ours.get(i).employeeId());
                days[i] = ours.get(i).days();
                allowance[i] = ours.get(i).allowanceTotal();
                perMonth[travellers[i]][(int) ChronoUnit.MONTHS.between(first, YearMonth.from(t.depart()))]++;
            }
            int[] members = poolOfUnit.computeIfAbsent(t.unitId(), u -> tree.selfAndDescendants(u).stream()
                    .flatMap(id -> membersOfUnit.getOrDefault(id, List.of()).stream()).mapToInt(Integer::intValue)
                    .sorted().toArray());
            samples.add(new TripSample(t.id(), t.depart(), travellers, days, allowance,
                    pool(people, members, travellers, t, busy)));
        }
        String unitLabel = q.unitId() == null ? "" : unitNames.getOrDefault(q.unitId(), "");
        return new FairnessData(people, samples, unitNames, months, perMonth, unitLabel);
    }

    /**
     * The issuing unit's members (with sub-units; indexes ascending) who were free, and the travellers in any case: they
     * went, so they were available in fact (a traveller from another unit is added too).
     */
    private static int[] pool(List<Employee> people, int[] members, int[] travellers, SuratTugas t, Busy busy) {
        int[] pool = new int[members.length + travellers.length];
        int n = 0;
        long depart = t.depart().toEpochDay();
        long returns = t.returns().toEpochDay();
        for (int i : members) {
            if (contains(travellers, i) || busy.free(i, people.get(i), depart, returns)) {
                pool[n++] = i;
            }
        }
        for (int i : travellers) {
            if (java.util.Arrays.binarySearch(members, i) < 0) {
                pool[n++] = i;
            }
        }
        return java.util.Arrays.copyOf(pool, n);
    }

    private static boolean contains(int[] values, int value) {
        for (int v : values) {
            if (v == value) {
                return true;
            }
        }
        return false;
    }

    private static List<YearMonth> months(LocalDate from, LocalDate to) {
        List<YearMonth> out = new ArrayList<>();
        for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
            out.add(m);
        }
        return out;
    }

    /**
     * When each person of the group was away (leave and sickness, from the register or a day's code; trips) and from
     * when they were appointed. A trip's
     * travellers are in its pool anyway, so any trip of someone else's makes a person busy. Each person's stretches are
     * merged into disjoint, sorted ones; the trips are asked about in order of departure, so a cursor per person only
     * moves forward and "free on these dates?" costs next to nothing, which matters at 40,000 trips.
     */
    private static final class Busy {
        private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
        private final List<List<long[]>> stretches = new ArrayList<>();
        private long[][] starts;
        private long[][] ends;
        private final int[] cursor;
        /** Epoch day of each person's appointment; Long.MIN_VALUE until first asked. */
        private final long[] appointed;

        private final LocalDate today;

        private Busy(int people, LocalDate today) {
            this.today = today;
            for (int i = 0; i < people; i++) {
                stretches.add(new ArrayList<>());
            }
            cursor = new int[people];
            appointed = new long[people];
            java.util.Arrays.fill(appointed, Long.MIN_VALUE);
        }

        static Busy of(Work w, Map<Long, Integer> index, List<SuratTugas> trips, FairnessService.Query q,
                LocalDate today) {
            Busy b = new Busy(index.size(), today);
            LocalDate lastReturn = trips.stream().map(SuratTugas::returns).max(LocalDate::compareTo).orElse(q.to());
            for (TravelConflicts.Absence a : TravelFacts.absences(w, AttendanceRules.load(w).codes(), index.keySet(),
                    q.from(), lastReturn)) {
                b.stretches.get(index.get(a.employeeId())).add(new long[] {a.from().toEpochDay(), a.to().toEpochDay()});
            }
            for (SuratTugas t : trips) {
                for (Participant p : t.participants()) {
                    Integer i = index.get(p.employeeId());
                    if (i != null) {
                        b.stretches.get(i).add(new long[] {t.depart().toEpochDay(), t.returns().toEpochDay()});
                    }
                }
            }
            b.merge();
            return b;
        }

        private void merge() {
            starts = new long[stretches.size()][];
            ends = new long[stretches.size()][];
            for (int i = 0; i < stretches.size(); i++) {
                List<long[]> own = stretches.get(i);
                own.sort((a, c) -> Long.compare(a[0], c[0]));
                long[] s = new long[own.size()];
                long[] e = new long[own.size()];
                int n = 0;
                for (long[] r : own) {
                    if (n > 0 && r[0] <= e[n - 1] + 1) {
                        e[n - 1] = Math.max(e[n - 1], r[1]);
                    } else {
                        s[n] = r[0];
                        e[n] = r[1];
                        n++;
                    }
                }
                starts[i] = java.util.Arrays.copyOf(s, n);
                ends[i] = java.util.Arrays.copyOf(e, n);
            }
            stretches.clear();
        }

        /**
         * Free for trip {@code t} (not one of its travellers): appointed by then, not away on any of its days. Trips
         * must be asked about in order of departure.
         */
        boolean free(int i, Employee e, long depart, long returns) {
            if (appointed[i] == Long.MIN_VALUE) {
                appointed[i] = appointment(e, today).toEpochDay();
            }
            if (depart < appointed[i]) {
                return false;
            }
            long[] e2 = ends[i];
            int c = cursor[i];
            while (c < e2.length && e2[c] < depart) {
                c++;
            }
            cursor[i] = c;
            return c == e2.length || starts[i][c] > returns;
        }

        /** The first day of the appointment month a PNS NIP carries; the distant past when none can be read. */
        private static LocalDate appointment(Employee e, LocalDate today) {
            if (!e.status().isPns() || e.number().length() != Nip.LENGTH) {
                return EARLIEST;
            }
            try {
                return Nip.parse(e.number(), today).appointment().atDay(1);
            } catch (RuntimeException unreadable) {
                return EARLIEST;
            }
        }
    }
}
