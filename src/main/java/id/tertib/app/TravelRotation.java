package id.tertib.app;

import id.tertib.domain.Employee;
import id.tertib.domain.Problem;
import id.tertib.domain.UnitTree;
import id.tertib.domain.travel.Participant;
import id.tertib.domain.travel.SuratTugas;
import id.tertib.domain.travel.TravelConflicts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Who should go next: the unit's people ranked by fewest trips, then fewest travel days, in the rotation window
 * before the departure, then by the longest time since their last trip (never first). People busy on the dates (leave,
 * sickness, another trip) are listed last with the reason. A choice that passes over someone placed strictly better
 * needs a reason; ties by name do not count as passing over.
 */
final class TravelRotation {

    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    /** The order of merit without the name: who is strictly better placed. */
    static final Comparator<TravelService.Candidate> MERIT = Comparator
            .comparingInt(TravelService.Candidate::trips)
            .thenComparingInt(TravelService.Candidate::days)
            .thenComparing(c -> c.lastTrip().orElse(EARLIEST));

    private TravelRotation() {
    }

    static List<TravelService.Candidate> rank(Work w, long unitId, LocalDate depart, LocalDate returns,
            long tripId) {
        if (depart == null || returns == null || returns.isBefore(depart) || w.units().findById(unitId).isEmpty()) {
            return List.of();
        }
        Set<Long> units = new UnitTree(w.units().findAll()).selfAndDescendants(unitId);
        Map<Long, Employee> people = new HashMap<>();
        for (Employee e : w.employees().findAll()) {
            if (e.active() && units.contains(e.unitId()) && w.access().canSeeUnit(e.unitId())) {
                people.put(e.id(), e);
            }
        }
        // The rotation window: the months before the departure, up to the day before it.
        LocalDate windowFrom = depart.minusMonths(TravelSettings.windowMonths(w));
        LocalDate windowTo = depart.minusDays(1);
        List<SuratTugas> before = w.store().travel().activeWith(people.keySet(), EARLIEST, windowTo).stream()
                .filter(t -> t.id() != tripId && t.depart().isBefore(depart)).toList();
        Map<Long, TravelTally> counts = TravelTally.of(before, windowFrom, windowTo);
        Map<Long, LocalDate> last = new HashMap<>();
        for (SuratTugas t : before) {
            for (Participant p : t.participants()) {
                last.merge(p.employeeId(), t.depart(), (a, b) -> a.isAfter(b) ? a : b);
            }
        }
        Map<Long, List<Problem>> busy = busy(w, people, depart, returns, tripId);
        List<TravelService.Candidate> free = new ArrayList<>();
        List<TravelService.Candidate> taken = new ArrayList<>();
        for (Employee e : people.values()) {
            TravelTally c = counts.getOrDefault(e.id(), TravelTally.NONE);
            List<Problem> why = busy.getOrDefault(e.id(), List.of());
            TravelService.Candidate candidate = new TravelService.Candidate(e, 0, c.trips(), c.days(), windowFrom,
                    windowTo, Optional.ofNullable(last.get(e.id())), why);
            (why.isEmpty() ? free : taken).add(candidate);
        }
        Comparator<TravelService.Candidate> byName = Comparator.comparing(c -> c.employee().name().name());
        free.sort(MERIT.thenComparing(byName));
        taken.sort(byName);
        List<TravelService.Candidate> out = new ArrayList<>();
        for (int i = 0; i < free.size(); i++) {
            TravelService.Candidate c = free.get(i);
            out.add(new TravelService.Candidate(c.employee(), i + 1, c.trips(), c.days(), c.countedFrom(),
                    c.countedTo(), c.lastTrip(), c.busy()));
        }
        out.addAll(taken);
        return out;
    }

    /** Free people not chosen who are strictly better placed than the worst placed of the chosen. */
    static List<TravelService.Candidate> passedOver(List<TravelService.Candidate> ranking, Collection<Long> chosen) {
        Optional<TravelService.Candidate> worst = ranking.stream()
                .filter(c -> c.available() && chosen.contains(c.employee().id())).max(MERIT);
        if (worst.isEmpty()) {
            return List.of();
        }
        return ranking.stream().filter(c -> c.available() && !chosen.contains(c.employee().id()))
                .filter(c -> MERIT.compare(c, worst.get()) < 0).toList();
    }

    private static Map<Long, List<Problem>> busy(Work w, Map<Long, Employee> people, LocalDate depart,
            LocalDate returns, long tripId) {
        Map<Long, List<Problem>> out = new HashMap<>();
        for (TravelConflicts.Absence a : TravelFacts.absences(w, AttendanceRules.load(w).codes(), people.keySet(),
                depart, returns)) {
            out.computeIfAbsent(a.employeeId(), k -> new ArrayList<>())
                    .add(Problem.of(null, a.sick() ? "travel.busy.sick" : "travel.busy.leave", a.code(), a.from(),
                            a.to()));
        }
        for (SuratTugas t : w.store().travel().activeWith(people.keySet(), depart, returns)) {
            if (t.id() == tripId) {
                continue;
            }
            for (Participant p : t.participants()) {
                if (people.containsKey(p.employeeId())) {
                    out.computeIfAbsent(p.employeeId(), k -> new ArrayList<>())
                            .add(Problem.of(null, "travel.busy.trip", t.number(), t.destination(), t.depart(),
                                    t.returns()));
                }
            }
        }
        return out;
    }
}
