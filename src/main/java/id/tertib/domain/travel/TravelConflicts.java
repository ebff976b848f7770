package id.tertib.domain.travel;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiPredicate;

/**
 * The checks auditors make on official travel (PER-22/PB/2013 and the BPK's findings): one person on two trips at
 * once, a trip over leave or sickness, punches at the home office on a trip's working days (how fictitious trips were
 * proved), and more travel days in a year than the office allows. Pure: the caller gathers the facts.
 */
public final class TravelConflicts {

    /** Approved leave, or sickness, of one person; the dates are inclusive. */
    public record Absence(long employeeId, LocalDate from, LocalDate to, String code, boolean sick) {
    }

    /**
     * What the checks look at: the active letters that may clash (the checked ones may be among them: a letter never
     * clashes with itself, matched by id), absences, the dates each person punched at the office on working days, the
     * yearly cap on travel days (0: no cap), and whether a date is a working day of a person's unit (leave is counted in
     * working days: a registered leave from Friday to Monday is two days of leave, not four).
     */
    public record Facts(Collection<SuratTugas> activeTrips, Collection<Absence> absences,
            Map<Long, NavigableSet<LocalDate>> punchedWorkingDays, int capDaysPerYear,
            BiPredicate<Long, LocalDate> workingDay) {

        /** Every weekday a working day, for checks that know no calendar. */
        public Facts(Collection<SuratTugas> activeTrips, Collection<Absence> absences,
                Map<Long, NavigableSet<LocalDate>> punchedWorkingDays, int capDaysPerYear) {
            this(activeTrips, absences, punchedWorkingDays, capDaysPerYear,
                    (who, d) -> d.getDayOfWeek().getValue() <= 5);
        }
    }

    private static final Comparator<SuratTugas> ORDER = Comparator.comparing(SuratTugas::depart)
            .thenComparing(SuratTugas::number);

    private TravelConflicts() {
    }

    /** Every conflict of one letter (a draft has id 0), each overlap named from this letter's side. */
    public static List<Conflict> of(SuratTugas trip, Facts facts) {
        List<Conflict> out = new ArrayList<>();
        for (Participant p : trip.participants()) {
            long who = p.employeeId();
            facts.activeTrips().stream()
                    .filter(o -> !same(o, trip) && o.touches(trip.depart(), trip.returns()))
                    .filter(o -> o.participant(who).isPresent())
                    .sorted(ORDER)
                    .forEach(o -> out.add(overlap(trip, who, o)));
            absences(trip, p, facts, out);
            punches(trip, who, facts, out);
            cap(trip, p, facts, out);
        }
        return out;
    }

    /**
     * Every conflict of several letters: the reconciliation report. A double trip is reported once, on the later of
     * the two letters, naming the earlier; a year over the cap once, on the letter whose days crossed it.
     */
    public static List<Conflict> all(Collection<SuratTugas> trips, Facts facts) {
        List<SuratTugas> sorted = trips.stream().sorted(ORDER).toList();
        List<Conflict> out = new ArrayList<>();
        for (SuratTugas t : sorted) {
            for (Conflict c : of(t, facts)) {
                boolean once = switch (c.kind()) {
                    case OVERLAP -> laterThanOther(t, c, facts);
                    case CAP -> crossesCap(t, c, facts);
                    default -> true;
                };
                if (once) {
                    out.add(c);
                }
            }
        }
        return out;
    }

    /** Whether the person's days in the year, counted letter by letter in order, pass the cap with this letter. */
    private static boolean crossesCap(SuratTugas t, Conflict c, Facts facts) {
        int year = c.from().getYear();
        int before = 0;
        for (SuratTugas o : facts.activeTrips()) {
            if (!same(o, t) && ORDER.compare(o, t) < 0) {
                before += o.participant(c.employeeId()).map(q -> daysIn(o, q, year)).orElse(0);
            }
        }
        int own = t.participant(c.employeeId()).map(q -> daysIn(t, q, year)).orElse(0);
        return before <= c.limit() && before + own > c.limit();
    }

    private static boolean laterThanOther(SuratTugas t, Conflict c, Facts facts) {
        return facts.activeTrips().stream().filter(o -> o.number().equals(c.other())).findFirst()
                .map(o -> ORDER.compare(t, o) > 0 || (ORDER.compare(t, o) == 0 && t.id() > o.id())).orElse(true);
    }

    private static boolean same(SuratTugas a, SuratTugas b) {
        return a.id() != 0 && a.id() == b.id();
    }

    private static Conflict overlap(SuratTugas trip, long who, SuratTugas other) {
        LocalDate from = max(trip.depart(), other.depart());
        LocalDate to = min(trip.returns(), other.returns());
        return new Conflict(ConflictKind.OVERLAP, who, trip.id(), trip.number(), from, to, List.of(), other.number(),
                0, 0);
    }

    /**
     * Leave is named stretch by stretch, with how many of its days the letter pays this traveller a daily allowance
     * for ({@code amount}): the leave day stays leave (DL never overwrites it), so those days should come off the
     * letter or the leave be cancelled. Sick days are gathered into one conflict.
     */
    private static void absences(SuratTugas trip, Participant p, Facts facts, List<Conflict> out) {
        long who = p.employeeId();
        LocalDate lastPaid = min(trip.returns(), trip.depart().plusDays(p.days() - 1L));
        Set<LocalDate> sickDays = new TreeSet<>();
        for (Absence a : facts.absences()) {
            if (a.employeeId() != who || a.to().isBefore(trip.depart()) || a.from().isAfter(trip.returns())) {
                continue;
            }
            LocalDate from = max(trip.depart(), a.from());
            LocalDate to = min(trip.returns(), a.to());
            if (a.sick()) {
                from.datesUntil(to.plusDays(1)).forEach(sickDays::add);
            } else {
                int paid = lastPaid.isBefore(from) ? 0 : (int) from.datesUntil(min(to, lastPaid).plusDays(1))
                        .filter(d -> facts.workingDay().test(who, d)).count();
                out.add(new Conflict(ConflictKind.LEAVE, who, trip.id(), trip.number(), from, to, List.of(), a.code(),
                        paid, 0));
            }
        }
        if (!sickDays.isEmpty()) {
            List<LocalDate> days = List.copyOf(sickDays);
            out.add(new Conflict(ConflictKind.SICK, who, trip.id(), trip.number(), days.get(0),
                    days.get(days.size() - 1), days, "", days.size(), 0));
        }
    }

    /** A trip in town of up to 8 hours may start or end at the office; only trips away all day are checked. */
    private static void punches(SuratTugas trip, long who, Facts facts, List<Conflict> out) {
        NavigableSet<LocalDate> punched = facts.punchedWorkingDays().get(who);
        if (!trip.kind().awayAllDay() || punched == null) {
            return;
        }
        List<LocalDate> days = List.copyOf(punched.subSet(trip.depart(), true, trip.returns(), true));
        if (!days.isEmpty()) {
            out.add(new Conflict(ConflictKind.PUNCHES, who, trip.id(), trip.number(), days.get(0),
                    days.get(days.size() - 1), days, "", days.size(), 0));
        }
    }

    /** Travel days count in the year they fall in: a person's days start on the departure day. */
    private static void cap(SuratTugas trip, Participant p, Facts facts, List<Conflict> out) {
        if (facts.capDaysPerYear() <= 0) {
            return;
        }
        for (int year = trip.depart().getYear(); year <= trip.returns().getYear(); year++) {
            if (daysIn(trip, p, year) == 0) {
                continue;
            }
            int total = daysIn(trip, p, year);
            for (SuratTugas o : facts.activeTrips()) {
                if (!same(o, trip)) {
                    int y = year;
                    total += o.participant(p.employeeId()).map(q -> daysIn(o, q, y)).orElse(0);
                }
            }
            if (total > facts.capDaysPerYear()) {
                out.add(new Conflict(ConflictKind.CAP, p.employeeId(), trip.id(), trip.number(),
                        LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), List.of(), String.valueOf(year), total,
                        facts.capDaysPerYear()));
            }
        }
    }

    /** The person's paid days of a trip that fall in {@code year}, counted from the departure day. */
    static int daysIn(SuratTugas trip, Participant p, int year) {
        LocalDate first = trip.depart();
        LocalDate last = trip.depart().plusDays(p.days() - 1L);
        LocalDate from = max(first, LocalDate.of(year, 1, 1));
        LocalDate to = min(last, LocalDate.of(year, 12, 31));
        return to.isBefore(from) ? 0 : (int) (to.toEpochDay() - from.toEpochDay() + 1);
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
