package id.tertib.io.discipline;

/**
 * One person's year as {@code tertib discipline} writes it. {@code level} and {@code punishment} are machine words
 * ({@code SEDANG}, {@code potonganTukin6}), empty below the first rung; {@code ruleSet} the rule set's id;
 * {@code punishmentText} the punishment in words, as on screen.
 */
public record AssessmentRow(String nip, String name, int tkDays, int lateMinutes, int earlyMinutes, int convertedDays,
        int totalDays, int maxConsecutive, String level, String punishment, String ruleSet, String punishmentText) {
}
