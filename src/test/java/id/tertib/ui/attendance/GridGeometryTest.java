package id.tertib.ui.attendance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Hit testing and scrolling by arithmetic. Sizes: header 44, rows 30, names 270, totals 304 wide; a 1000 x 344 grid
 * leaves 426 px for the days, so 30 days get the minimum 32 px (960 px) and scroll.
 */
class GridGeometryTest {

    private final GridGeometry grid = new GridGeometry(500, 30, 1000, 344, 0, 0);

    @Test
    void daysShareTheRoomBetweenNamesAndTotals() {
        assertThat(TotalColumn.totalWidth()).isEqualTo(304);
        assertThat(grid.dayWidth).isEqualTo(32);
        assertThat(grid.daysView).isEqualTo(426);
        assertThat(grid.totalsX).isEqualTo(696);
        assertThat(grid.maxH()).isEqualTo(960 - 426);
        assertThat(grid.maxV()).isEqualTo(500 * 30 - 300);
    }

    @Test
    void aWideWindowWidensTheDaysUpToAPoint() {
        assertThat(new GridGeometry(5, 30, 1500, 600, 0, 0).dayWidth).isEqualTo(32); // 926 / 30 = 30.9: the minimum
        assertThat(new GridGeometry(5, 30, 1700, 600, 0, 0).dayWidth).isEqualTo(37); // 1126 / 30 = 37.5
        assertThat(new GridGeometry(5, 30, 2600, 600, 0, 0).dayWidth).isEqualTo(44);
        assertThat(new GridGeometry(5, 30, 2600, 600, 0, 0).maxH()).isZero();
    }

    @Test
    void findsTheCellUnderThePointerWhenScrolled() {
        GridGeometry scrolled = grid.scrolledTo(95, 40);
        // y 44 + 10 is 105 px into the rows: row 3; x 270 + 5 is 45 px into the days: day 1.
        assertThat(scrolled.rowAt(54)).isEqualTo(3);
        assertThat(scrolled.dayAt(275)).isEqualTo(1);
        assertThat(scrolled.rowAt(20)).isEqualTo(-1);
        assertThat(scrolled.dayAt(100)).isEqualTo(-1);
        assertThat(scrolled.inNames(100)).isTrue();
        assertThat(scrolled.totalAt(696)).isEqualTo(TotalColumn.H);
        assertThat(scrolled.totalAt(696 + 38 + 46 + 46 + 34 * 4)).isEqualTo(TotalColumn.TK);
    }

    @Test
    void scrollsAsLittleAsNeededToShowACell() {
        assertThat(grid.vShowing(0)).isZero();
        assertThat(grid.vShowing(9)).isZero(); // rows 0-9 fill the 300 px body exactly
        assertThat(grid.vShowing(10)).isEqualTo(30);
        assertThat(grid.vShowing(499)).isEqualTo(grid.maxV());
        assertThat(grid.hShowing(29)).isEqualTo(grid.maxH());
        assertThat(grid.scrolledTo(300, 300).vShowing(2)).isEqualTo(60);
        assertThat(grid.scrolledTo(0, 300).hShowing(20)).isEqualTo(300);
    }

    @Test
    void offsetsStayInsideTheContent() {
        GridGeometry over = grid.scrolledTo(1e9, -5);
        assertThat(over.vOffset).isEqualTo(grid.maxV());
        assertThat(over.hOffset).isZero();
        assertThat(over.lastRow()).isEqualTo(499);
    }
}
