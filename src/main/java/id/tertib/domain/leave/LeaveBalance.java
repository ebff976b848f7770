package id.tertib.domain.leave;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/**
 * One person's annual leave (cuti tahunan) in one year, in working days, with what it was computed from.
 * {@code taken} counts approved annual leave plus what an opening balance says was taken before Tertib; {@code pending}
 * is annual leave requested but not yet decided.
 */
public record LeaveBalance(int year, int entitlement, int carriedOver, int taken, int pending, Basis basis) {

    /**
     * Why the figures are what they are: the rules used; when service began (empty: unknown, e.g. PPPK) and the day
     * the right to annual leave began; cuti bersama days taken off; whether long leave started that year; how much was
     * left unused the year before and the cap on entitlement plus carry-over that applied; the opening balance HR set,
     * if any; the first year the office keeps leave in Tertib (before it, carry-over is only what HR enters); and how
     * many of the days taken were coded CT in the attendance grid or an import without a request; whether the month of
     * appointment is known (a NI PPPK gives the year only).
     */
    public record Basis(LeaveRules rules, Optional<YearMonth> serviceStart, Optional<LocalDate> entitledFrom,
            int cutiBersamaDeducted, boolean longLeaveYear, int unusedLastYear, int totalCap,
            Optional<OpeningBalance> opening, int registerFrom, int takenWithoutRequest, boolean serviceMonthKnown) {
    }

    /** Entitlement plus carry-over less what was taken; negative when more was taken than there was. */
    public int remaining() {
        return entitlement + carriedOver - taken;
    }

    /** What a new request may still use: remaining less what is already requested. */
    public int available() {
        return remaining() - pending;
    }
}
