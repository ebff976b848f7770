package id.tertib.app;

import id.tertib.domain.travel.Participant;
import id.tertib.domain.travel.SuratTugas;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * How much one person travelled in a period, counted one way wherever a screen shows it: the active letters departing
 * within the period, and the days each letter pays him. "Siapa berikutnya?" counts the rotation window before the
 * departure with it; Keadilan Penugasan counts the same letters for the period chosen (a test holds the two figures
 * equal for equal periods), and both name their period next to the figures, since two periods give two answers.
 */
record TravelTally(int trips, int days) {

    static final TravelTally NONE = new TravelTally(0, 0);

    /** Each traveller's tally over the active letters departing in {@code from..to} (inclusive). */
    static Map<Long, TravelTally> of(Collection<SuratTugas> letters, LocalDate from, LocalDate to) {
        Map<Long, TravelTally> out = new HashMap<>();
        for (SuratTugas t : letters) {
            if (!t.active() || t.depart().isBefore(from) || t.depart().isAfter(to)) {
                continue;
            }
            for (Participant p : t.participants()) {
                out.merge(p.employeeId(), new TravelTally(1, p.days()),
                        (a, b) -> new TravelTally(a.trips + b.trips, a.days + b.days));
            }
        }
        return out;
    }
}
