package id.tertib.domain.discipline;

import java.time.LocalDate;
import java.util.Locale;
import java.util.List;
import java.util.Optional;

/**
 * A versioned discipline rule set for unexcused absence: the ladder of yearly day counts, the minutes of lateness and
 * early departure that make one day, and the rung for a run of consecutive unexcused working days (empty where the
 * regulation has none). It applies to offences from {@code validFrom} (inclusive) until the next rule set starts.
 */
public record RuleSet(String id, String name, LocalDate validFrom, List<Rung> ladder, int minutesPerDay,
        int consecutiveDays, Optional<Rung> consecutiveRung) {

    public RuleSet {
        ladder = List.copyOf(ladder);
        for (int i = 1; i < ladder.size(); i++) {
            if (ladder.get(i).fromDays() != ladder.get(i - 1).toDays() + 1) {
                throw new IllegalArgumentException(id + ": the ladder has a gap or an overlap at rung " + i);
            }
        }
        if (minutesPerDay < 1) {
            throw new IllegalArgumentException(id + ": minutes per day must be positive");
        }
    }

    /** The same rules with another number of minutes per day (offices verify the 450 of the brief). */
    public RuleSet withMinutesPerDay(int minutes) {
        return new RuleSet(id, name, validFrom, ladder, minutes, consecutiveDays, consecutiveRung);
    }

    /** The legal basis of a punishment under these rules, e.g. "PP 94/2021 Pasal 9"; see {@link #basis(String, String)}. */
    public String basis(String article) {
        return basis(name, article);
    }

    /**
     * The rule set's name followed by the article, once: the PPPK rungs cite the regulation itself ("PP 49/2018"),
     * which the name already says, so "PP 49/2018 (PPPK)" stays as it is. Spaces and case are ignored in the
     * comparison so a stored id ("PP49/2018") is not repeated either.
     */
    public static String basis(String ruleSetName, String article) {
        if (article == null || article.isBlank() || squeeze(ruleSetName).contains(squeeze(article))) {
            return ruleSetName;
        }
        return ruleSetName + " " + article.strip();
    }

    private static String squeeze(String s) {
        return s.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }

    /** The rung for a yearly count, empty below the first rung. */
    public Optional<Rung> rungFor(int days) {
        for (Rung r : ladder) {
            if (r.covers(days)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
