package id.tertib.domain.leave;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * Computes one person's annual leave balances year by year (PP 11/2017 art. 311, 313, 316(3), 333):
 * <ul>
 * <li>entitlement: {@code annualDays} in every year by whose end {@code annualServiceYears} of service are complete
 *     (no pro-rating: the regulation has none), 0 before; less the year's cuti bersama days if the office rule says so;
 *     0 in a year in which long leave starts (when that rule is on);</li>
 * <li>carried over: what was unused the year before, capped so that entitlement plus carry-over stays within
 *     {@code maxAnnualTotal} (18), or {@code maxAnnualTotalAfterUnusedYears} (24) when no annual leave at all was taken
 *     in the two years before although there was a right to it. Years before the register started are unknown: they
 *     carry nothing unless HR entered an {@link OpeningBalance}, which always wins for its year.</li>
 * </ul>
 */
public final class AnnualLeave {

    /**
     * What is recorded about one year: approved and requested annual leave days, cuti bersama days, long leave, and
     * {@code withoutRequest}: days coded CT in the attendance grid or by an import with no approved request behind
     * them. They are leave taken all the same, so they come off the balance, marked as such.
     */
    public record YearFacts(int taken, int pending, int cutiBersamaDays, boolean longLeaveStarts, int withoutRequest) {
        public static final YearFacts NONE = new YearFacts(0, 0, 0, false, 0);

        public YearFacts(int taken, int pending, int cutiBersamaDays, boolean longLeaveStarts) {
            this(taken, pending, cutiBersamaDays, longLeaveStarts, 0);
        }
    }

    private final LeaveRules rules;
    private final Applicant who;
    private final int registerFrom;
    private final IntFunction<YearFacts> facts;
    private final Map<Integer, OpeningBalance> openings;

    /**
     * @param registerFrom the first year the office keeps leave in Tertib
     * @param facts        what is recorded for a year (called for the years from the register's start up to the year
     *                     asked)
     * @param openings     opening balances by year
     */
    public AnnualLeave(LeaveRules rules, Applicant who, int registerFrom, IntFunction<YearFacts> facts,
            Map<Integer, OpeningBalance> openings) {
        this.rules = rules;
        this.who = who;
        this.registerFrom = registerFrom;
        this.facts = facts;
        this.openings = Map.copyOf(openings);
    }

    public LeaveBalance balance(int year) {
        LeaveBalance before2 = null;
        LeaveBalance before = null;
        for (int y = Math.min(year, registerFrom); y <= year; y++) {
            LeaveBalance b = year(y, before, before2);
            before2 = before;
            before = b;
        }
        return before;
    }

    private LeaveBalance year(int y, LeaveBalance last, LeaveBalance beforeLast) {
        YearFacts f = facts.apply(y);
        Optional<LocalDate> entitledFrom = who.serviceComplete(rules.annualServiceYears());
        boolean entitled = entitledFrom.map(d -> d.getYear() <= y).orElse(true);
        int deducted = entitled && rules.cutiBersamaReducesAnnual() ? Math.min(f.cutiBersamaDays(), rules.annualDays())
                : 0;
        boolean voided = f.longLeaveStarts() && rules.longLeaveVoidsAnnual();
        int entitlement = entitled && !voided ? rules.annualDays() - deducted : 0;

        Optional<OpeningBalance> opening = Optional.ofNullable(openings.get(y));
        int unused = last == null ? 0 : Math.max(0, last.remaining());
        boolean twoYearsUnused = last != null && beforeLast != null && last.taken() == 0 && beforeLast.taken() == 0
                && last.entitlement() > 0 && beforeLast.entitlement() > 0;
        int cap = twoYearsUnused ? rules.maxAnnualTotalAfterUnusedYears() : rules.maxAnnualTotal();
        int carried;
        if (opening.isPresent()) {
            carried = opening.get().carriedOver();
        } else if (y <= registerFrom || last == null) {
            carried = 0;
        } else {
            carried = Math.min(unused, Math.max(0, cap - entitlement));
        }
        if (voided) {
            carried = 0;
        }
        int taken = f.taken() + f.withoutRequest() + opening.map(OpeningBalance::takenBefore).orElse(0);
        return new LeaveBalance(y, entitlement, carried, taken, f.pending(), new LeaveBalance.Basis(rules,
                who.serviceStart(), entitledFrom, deducted, f.longLeaveStarts(), unused, cap, opening, registerFrom,
                f.withoutRequest(), who.monthKnown()));
    }
}
