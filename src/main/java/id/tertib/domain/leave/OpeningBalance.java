package id.tertib.domain.leave;

import id.tertib.domain.DomainException;
import id.tertib.domain.Problem;
import java.util.ArrayList;
import java.util.List;

/**
 * What HR enters for a person's year when the office starts keeping leave in Tertib (or corrects what Tertib cannot
 * know): annual leave carried over into that year, and annual leave already taken that year before Tertib recorded it.
 * When set, it replaces the carry-over Tertib would compute for that year.
 */
public record OpeningBalance(long employeeId, int year, int carriedOver, int takenBefore, String note) {

    /** More than any rule could carry (24 days under PP 11/2017 art. 313) with room for a postponed year. */
    public static final int MAX_DAYS = 48;

    public OpeningBalance {
        note = note == null ? "" : note.trim();
        List<Problem> problems = new ArrayList<>();
        if (year < 1950 || year > 9999) {
            problems.add(Problem.of("year", "leave.openingYear", year));
        }
        if (carriedOver < 0 || carriedOver > MAX_DAYS) {
            problems.add(Problem.of("carriedOver", "leave.openingDays", carriedOver, MAX_DAYS));
        }
        if (takenBefore < 0 || takenBefore > MAX_DAYS) {
            problems.add(Problem.of("takenBefore", "leave.openingDays", takenBefore, MAX_DAYS));
        }
        if (!problems.isEmpty()) {
            throw new DomainException(problems);
        }
    }
}
