package id.tertib.ui.attendance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Hit testing and scrolling by arithmetic. Sizes: header 44, rows 30, names 250, totals 288 wide. A 986 x 344 grid
 * leaves 448 px for the days: 30 days of at least 32 px (960 px) do not fit, so 14 whole days of 32 px show and the
 * rest scrolls, by whole days; the body is 300 px, 10 rows.
 */
class GridGeometryTest {

    private final GridGeometry grid = new GridGeometry(500, 30, 986, 344, 0, 0);

    @Test
    void daysShareTheRoomBetweenNamesAndTotals() {
        assertThat(TotalColumn.totalWidth()).isEqualTo(288);
        assertThat(grid.dayWidth).isEqualTo(32);
        assertThat(grid.daysView).isEqualTo(448);
        assertThat(grid.totalsX).isEqualTo(698);
        assertThat(grid.maxH()).isEqualTo(960 - 448);
        assertThat(grid.maxV()).isEqualTo(500 * 30 - 300);
    }

    @Test
    void daysWidenToFillTheRoomUpToAPoint() {
        GridGeometry almost = new GridGeometry(5, 30, 1400, 600, 0, 0); // 862 px: 26 whole days of 33 px
        assertThat(almost.dayWidth).isEqualTo(33);
        assertThat(almost.daysView).isEqualTo(858);
        assertThat(new GridGeometry(5, 30, 1700, 600, 0, 0).dayWidth).isEqualTo(38); // 1162 / 30 = 38.7
        assertThat(new GridGeometry(5, 30, 2600, 600, 0, 0).dayWidth).isEqualTo(44);
        assertThat(new GridGeometry(5, 30, 2600, 600, 0, 0).maxH()).isZero();
    }

    @Test
    void findsTheCellUnderThePointerWhenScrolled() {
        GridGeometry scrolled = grid.scrolledTo(95, 40);
        // Sideways 40 px snaps to one whole day (32). y 44 + 10 is 105 px into the rows: row 3; x 250 + 5 is 37 px
        // into the days: day 1.
        assertThat(scrolled.hOffset).isEqualTo(32);
        assertThat(scrolled.rowAt(54)).isEqualTo(3);
        assertThat(scrolled.dayAt(255)).isEqualTo(1);
        assertThat(scrolled.rowAt(20)).isEqualTo(-1);
        assertThat(scrolled.dayAt(100)).isEqualTo(-1);
        assertThat(scrolled.inNames(100)).isTrue();
        assertThat(scrolled.totalAt(698)).isEqualTo(TotalColumn.H);
        assertThat(scrolled.totalAt(698 + 36 + 44 + 44 + 32 * 4)).isEqualTo(TotalColumn.TK);
        assertThat(scrolled.totalAt(698 + 288)).isNull();
    }

    @Test
    void scrollsAsLittleAsNeededToShowACell() {
        assertThat(grid.vShowing(0)).isZero();
        assertThat(grid.vShowing(9)).isZero(); // rows 0-9 fill the 300 px body exactly
        assertThat(grid.vShowing(10)).isEqualTo(30);
        assertThat(grid.vShowing(499)).isEqualTo(grid.maxV());
        assertThat(grid.hShowing(29)).isEqualTo(grid.maxH());
        assertThat(grid.scrolledTo(300, 0).vShowing(2)).isEqualTo(60);
        assertThat(grid.scrolledTo(0, 288).hShowing(20)).isEqualTo(288); // days 9-22 in view
        assertThat(grid.scrolledTo(0, 288).hShowing(25)).isEqualTo(384); // day 25 ends at 832 = 384 + 448
    }

    @Test
    void offsetsStayInsideTheContent() {
        GridGeometry over = grid.scrolledTo(1e9, -5);
        assertThat(over.vOffset).isEqualTo(grid.maxV());
        assertThat(over.hOffset).isZero();
        assertThat(over.lastRow()).isEqualTo(499);
    }
}
