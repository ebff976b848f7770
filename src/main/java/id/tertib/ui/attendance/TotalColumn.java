package id.tertib.ui.attendance;

import id.tertib.domain.attendance.MonthTotals;
import java.util.function.ToIntFunction;

/** The totals at the end of each row, as on paper recaps: days, except TL and PSW which are minutes. */
public enum TotalColumn {
    H(MonthTotals::present, false, 36),
    TL(MonthTotals::lateMinutes, true, 44),
    PSW(MonthTotals::earlyMinutes, true, 44),
    S(MonthTotals::sick, false, 32),
    I(MonthTotals::permission, false, 32),
    C(MonthTotals::leave, false, 32),
    DL(MonthTotals::duty, false, 32),
    TK(MonthTotals::unexcused, false, 36);

    private final ToIntFunction<MonthTotals> value;
    private final boolean minutes;
    private final double width;

    TotalColumn(ToIntFunction<MonthTotals> value, boolean minutes, double width) {
        this.value = value;
        this.minutes = minutes;
        this.width = width;
    }

    int value(MonthTotals totals) {
        return value.applyAsInt(totals);
    }

    boolean minutes() {
        return minutes;
    }

    double width() {
        return width;
    }

    static double totalWidth() {
        double w = 0;
        for (TotalColumn c : values()) {
            w += c.width;
        }
        return w;
    }
}
