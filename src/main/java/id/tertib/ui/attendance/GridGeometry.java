package id.tertib.ui.attendance;

/**
 * Where everything sits in the grid for one size and scroll position: the header on top, names frozen on the left,
 * totals frozen right after the days, and the days scrolling between them, by whole days as in a spreadsheet. Rows
 * have one fixed height, so any row is found by arithmetic: nothing is laid out per person, which keeps 500 people as
 * quick as 5.
 */
final class GridGeometry {

    static final double HEADER_HEIGHT = 44;
    static final double ROW_HEIGHT = 30;
    static final double NAME_WIDTH = 250;
    static final double MIN_DAY_WIDTH = 32;
    static final double MAX_DAY_WIDTH = 44;

    final int rows;
    final int days;
    final double width;
    final double height;
    /** Days get wider when the window has room, up to {@link #MAX_DAY_WIDTH}. */
    final double dayWidth;
    /** The width the days may use on screen; less than all days when they scroll. */
    final double daysView;
    final double totalsX;
    final double vOffset;
    final double hOffset;

    GridGeometry(int rows, int days, double width, double height, double vOffset, double hOffset) {
        this.rows = rows;
        this.days = days;
        this.width = width;
        this.height = height;
        double room = Math.max(0, width - NAME_WIDTH - TotalColumn.totalWidth());
        if (days == 0) {
            this.dayWidth = MIN_DAY_WIDTH;
        } else if (days * MIN_DAY_WIDTH <= room) {
            this.dayWidth = Math.min(MAX_DAY_WIDTH, Math.floor(room / days));
        } else {
            // Too narrow for the month: as many whole days as fit, a little wider, scrolled by whole days.
            this.dayWidth = Math.floor(room / Math.max(1, Math.floor(room / MIN_DAY_WIDTH)));
        }
        this.daysView = Math.min(days * dayWidth, Math.floor(room / dayWidth) * dayWidth);
        this.totalsX = NAME_WIDTH + daysView;
        this.vOffset = Math.max(0, Math.min(vOffset, maxV()));
        this.hOffset = Math.max(0, Math.min(Math.round(hOffset / dayWidth) * dayWidth, maxH()));
    }

    double bodyHeight() {
        return Math.max(0, height - HEADER_HEIGHT);
    }

    double contentHeight() {
        return rows * ROW_HEIGHT;
    }

    double maxV() {
        return Math.max(0, contentHeight() - bodyHeight());
    }

    double maxH() {
        return Math.max(0, days * dayWidth - daysView);
    }

    GridGeometry scrolledTo(double v, double h) {
        return new GridGeometry(rows, days, width, height, v, h);
    }

    /** The row at a height, or -1 in the header or below the last row. */
    int rowAt(double y) {
        if (y < HEADER_HEIGHT) {
            return -1;
        }
        int row = (int) Math.floor((y - HEADER_HEIGHT + vOffset) / ROW_HEIGHT);
        return row < rows ? row : -1;
    }

    /** The day column at an x, or -1 outside the days. */
    int dayAt(double x) {
        if (x < NAME_WIDTH || x >= NAME_WIDTH + daysView) {
            return -1;
        }
        int col = (int) Math.floor((x - NAME_WIDTH + hOffset) / dayWidth);
        return col < days ? col : -1;
    }

    /** The totals column at an x, or null outside the totals. */
    TotalColumn totalAt(double x) {
        double left = totalsX;
        for (TotalColumn c : TotalColumn.values()) {
            if (x >= left && x < left + c.width()) {
                return c;
            }
            left += c.width();
        }
        return null;
    }

    boolean inNames(double x) {
        return x >= 0 && x < NAME_WIDTH;
    }

    double rowY(int row) {
        return HEADER_HEIGHT + row * ROW_HEIGHT - vOffset;
    }

    double dayX(int col) {
        return NAME_WIDTH + col * dayWidth - hOffset;
    }

    double totalX(TotalColumn column) {
        double x = totalsX;
        for (TotalColumn c : TotalColumn.values()) {
            if (c == column) {
                return x;
            }
            x += c.width();
        }
        return x;
    }

    int firstRow() {
        return (int) Math.floor(vOffset / ROW_HEIGHT);
    }

    /** The last row at least partly in view; -1 without rows. */
    int lastRow() {
        return Math.min(rows - 1, (int) Math.floor((vOffset + bodyHeight()) / ROW_HEIGHT));
    }

    int firstDay() {
        return (int) Math.floor(hOffset / dayWidth);
    }

    int lastDay() {
        return Math.min(days - 1, (int) Math.floor((hOffset + daysView) / dayWidth));
    }

    /** The vertical offset that shows {@code row} whole, moving as little as possible. */
    double vShowing(int row) {
        double top = row * ROW_HEIGHT;
        if (top < vOffset) {
            return top;
        }
        double bottom = top + ROW_HEIGHT;
        return bottom > vOffset + bodyHeight() ? Math.min(maxV(), bottom - bodyHeight()) : vOffset;
    }

    /** The horizontal offset that shows day {@code col} whole, moving as little as possible. */
    double hShowing(int col) {
        double left = col * dayWidth;
        if (left < hOffset) {
            return left;
        }
        double right = left + dayWidth;
        return right > hOffset + daysView ? Math.min(maxH(), right - daysView) : hOffset;
    }

    /** Rows a page holds, for Page Up and Page Down. */
    int pageRows() {
        return Math.max(1, (int) Math.floor(bodyHeight() / ROW_HEIGHT) - 1);
    }
}
