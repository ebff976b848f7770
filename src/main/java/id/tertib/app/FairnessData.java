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
 * not on approved leave and not on another trip on its dates.
 */
record FairnessData(List<Employee> people, List<TripSample> trips, Map<Long, String> unitNames,
        List<YearMonth> months, int[][] perMonth, String unitLabel) {

    static FairnessData load(Work w, FairnessService.Query q) {
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
        Busy busy = Busy.of(w, index, trips, q);
        List<YearMonth> months = months(q.from(), q.to());
        int[][] perMonth = new int[people.size()][months.size()];
        YearMonth first = months.get(0);
        Map<Long, Set<Long>> subtree = new HashMap<>();
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
            Set<Long> issuing = subtree.computeIfAbsent(t.unitId(), tree::selfAndDescendants);
            samples.add(new TripSample(t.id(), t.depart(), travellers, days, allowance,
                    pool(people, issuing, travellers, t, busy)));
        }
        String unitLabel = q.unitId() == null ? "" : unitNames.getOrDefault(q.unitId(), "");
        return new FairnessData(people, samples, unitNames, months, perMonth, unitLabel);
    }

    private static int[] pool(List<Employee> people, Set<Long> issuing, int[] travellers, SuratTugas t, Busy busy) {
        Set<Integer> chosen = new java.util.HashSet<>();
        for (int i : travellers) {
            chosen.add(i);
        }
        int[] pool = new int[people.size()];
        int n = 0;
        for (int i = 0; i < people.size(); i++) {
            Employee e = people.get(i);
            if (chosen.contains(i) || (issuing.contains(e.unitId()) && busy.free(i, e, t))) {
                pool[n++] = i;
            }
        }
        return java.util.Arrays.copyOf(pool, n);
    }

    private static List<YearMonth> months(LocalDate from, LocalDate to) {
        List<YearMonth> out = new ArrayList<>();
        for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
            out.add(m);
        }
        return out;
    }

    /** A stretch a person was away: approved leave (tripId 0) or a trip. */
    private record Away(LocalDate from, LocalDate to, long tripId) {
    }

    /** When each person of the group was away (approved leave, other trips) and from when they were appointed. */
    private static final class Busy {
        private final List<List<Away>> away = new ArrayList<>();
        private final LocalDate[] appointed;

        private Busy(int people) {
            for (int i = 0; i < people; i++) {
                away.add(new ArrayList<>());
            }
            appointed = new LocalDate[people];
        }

        static Busy of(Work w, Map<Long, Integer> index, List<SuratTugas> trips, FairnessService.Query q) {
            Busy b = new Busy(index.size());
            LocalDate lastReturn = trips.stream().map(SuratTugas::returns).max(LocalDate::compareTo).orElse(q.to());
            for (TravelConflicts.Absence a : TravelFacts.leave(w, index.keySet(), q.from(), lastReturn)) {
                b.away.get(index.get(a.employeeId())).add(new Away(a.from(), a.to(), 0));
            }
            for (SuratTugas t : trips) {
                for (Participant p : t.participants()) {
                    Integer i = index.get(p.employeeId());
                    if (i != null) {
                        b.away.get(i).add(new Away(t.depart(), t.returns(), t.id()));
                    }
                }
            }
            return b;
        }

        /** Free for trip {@code t}: appointed by its departure, not on leave and not on another trip on its dates. */
        boolean free(int i, Employee e, SuratTugas t) {
            if (appointed[i] == null) {
                appointed[i] = appointment(e);
            }
            if (t.depart().isBefore(appointed[i])) {
                return false;
            }
            for (Away a : away.get(i)) {
                if (a.tripId() != t.id() && !a.to().isBefore(t.depart()) && !a.from().isAfter(t.returns())) {
                    return false;
                }
            }
            return true;
        }

        /** The first day of the appointment month a PNS NIP carries; the distant past when none can be read. */
        private static LocalDate appointment(Employee e) {
            if (!e.status().isPns() || e.number().length() != Nip.LENGTH) {
                return LocalDate.MIN;
            }
            try {
                return Nip.parse(e.number(), LocalDate.now()).appointment().atDay(1);
            } catch (RuntimeException unreadable) {
                return LocalDate.MIN;
            }
        }
    }
}
