package id.tertib.domain.performance;

import java.time.LocalDate;
import java.time.YearMonth;

/** The period an SKP result covers: the year, or one of its quarters (periodic assessment, PermenPANRB 6/2022). */
public enum SkpPeriod {
    ANNUAL(12),
    Q1(3),
    Q2(6),
    Q3(9),
    Q4(12);

    private final int lastMonth;

    SkpPeriod(int lastMonth) {
        this.lastMonth = lastMonth;
    }

    /** The period's last day: where the result stands on a person's timeline. */
    public LocalDate end(int year) {
        return YearMonth.of(year, lastMonth).atEndOfMonth();
    }
}
