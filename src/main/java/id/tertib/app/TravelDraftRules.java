package id.tertib.app;

import id.tertib.domain.Employee;
import id.tertib.domain.Problem;
import id.tertib.domain.travel.Participant;
import id.tertib.domain.travel.SuratTugas;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** What a Surat Tugas must have before it can be checked for conflicts and saved; each problem names its field. */
final class TravelDraftRules {

    static final int NUMBER_MAX = 100;

    private TravelDraftRules() {
    }

    static List<Problem> check(Work w, TravelService.Draft d) {
        List<Problem> p = new ArrayList<>();
        if (blank(d.number())) {
            p.add(Problem.of("number", "travel.numberRequired"));
        } else if (d.number().trim().length() > NUMBER_MAX) {
            p.add(Problem.of("number", "travel.numberTooLong", NUMBER_MAX));
        } else {
            w.store().travel().findByNumber(d.number().trim()).filter(t -> t.id() != d.id())
                    .ifPresent(t -> p.add(Problem.of("number", "travel.numberTaken", t.number(), t.depart())));
        }
        if (d.date() == null) {
            p.add(Problem.of("date", "travel.dateRequired"));
        }
        if (d.unitId() <= 0 || w.units().findById(d.unitId()).isEmpty()) {
            p.add(Problem.of("unitId", "travel.unitRequired"));
        } else if (!w.access().canEditAttendance(d.unitId()) || stored(w, d).map(SuratTugas::unitId)
                .filter(u -> !w.access().canEditAttendance(u)).isPresent()) {
            // A letter of a unit one may not keep stays as it is, even when the draft names one's own unit.
            p.add(Problem.of("unitId", "travel.unitNotAllowed"));
        }
        if (blank(d.purpose())) {
            p.add(Problem.of("purpose", "travel.purposeRequired"));
        }
        if (blank(d.city())) {
            p.add(Problem.of("city", "travel.cityRequired"));
        }
        if (d.kind() == null) {
            p.add(Problem.of("kind", "travel.kindRequired"));
        }
        if (d.depart() == null) {
            p.add(Problem.of("depart", "travel.departRequired"));
        }
        if (d.returns() == null) {
            p.add(Problem.of("returns", "travel.returnRequired"));
        }
        if (d.depart() != null && d.returns() != null && d.returns().isBefore(d.depart())) {
            p.add(Problem.of("returns", "travel.returnBeforeDepart", d.returns(), d.depart()));
        } else if (d.depart() != null && d.date() != null && d.date().isAfter(d.depart())) {
            // A letter dated after the journey began is one written after the fact, which auditors question.
            p.add(Problem.of("date", "travel.dateAfterDepart", d.date(), d.depart()));
        }
        participants(w, d, p);
        return p;
    }

    private static void participants(Work w, TravelService.Draft d, List<Problem> p) {
        if (d.participants() == null || d.participants().isEmpty()) {
            p.add(Problem.of("participants", "travel.participantsRequired"));
            return;
        }
        int length = d.depart() != null && d.returns() != null && !d.returns().isBefore(d.depart())
                ? (int) ChronoUnit.DAYS.between(d.depart(), d.returns()) + 1 : Integer.MAX_VALUE;
        Set<Long> seen = new HashSet<>();
        // Travellers already on the stored letter may stay on it; only people of one's own units may be added.
        Set<Long> onLetter = new HashSet<>();
        stored(w, d).ifPresent(t -> t.participants().forEach(q -> onLetter.add(q.employeeId())));
        for (Participant t : d.participants()) {
            Optional<Employee> found = w.employees().findById(t.employeeId());
            if (found.isEmpty()) {
                p.add(Problem.of("participants", "travel.participantUnknown", t.employeeId()));
                continue;
            }
            Employee e = found.get();
            String name = e.name().full();
            if (!seen.add(e.id())) {
                p.add(Problem.of("participants", "travel.participantTwice", name));
            }
            if (!e.active()) {
                p.add(Problem.of("participants", "travel.participantInactive", name));
            }
            if (!w.access().canEditAttendance(e.unitId()) && !onLetter.contains(e.id())) {
                p.add(Problem.of("participants", "travel.participantNotAllowed", name));
            }
            if (t.days() < 1 || t.days() > length) {
                p.add(Problem.of("participants", "travel.daysOutOfRange", name, t.days(),
                        length == Integer.MAX_VALUE ? "?" : length));
            }
            if (t.dailyAllowance() < 0) {
                p.add(Problem.of("participants", "travel.allowanceNegative", name));
            }
        }
    }

    private static Optional<SuratTugas> stored(Work w, TravelService.Draft d) {
        return d.id() == 0 ? Optional.empty() : w.store().travel().find(d.id());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
