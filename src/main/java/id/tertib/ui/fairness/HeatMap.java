package id.tertib.ui.fairness;

import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * People by months, each cell as dark as the person's trips that month (the busiest cell darkest) with the count
 * written in it. Drawn on a canvas: a grid of 100 people by 24 months is 2,400 cells, too many for one node each.
 */
final class HeatMap extends Canvas {

    /** A person's line: name, whether flagged, trips per month. */
    record Line(String name, boolean flagged, int[] perMonth) {
    }

    static final double NAME_WIDTH = 210;
    static final double CELL_WIDTH = 46;
    static final double CELL_HEIGHT = 22;
    static final double HEAD_HEIGHT = 26;
    static final double TOTAL_WIDTH = 54;

    private static final Color EMPTY = Color.web("#f6f8fa");
    private static final Color LOW = Color.web("#ddf4ff");
    private static final Color HIGH = Color.web("#0550ae");
    private static final Color GRID = Color.web("#d0d7de");
    private static final Color TEXT = Color.web("#1f2328");
    private static final Color MUTED = Color.web("#656d76");
    private static final Color FLAGGED = Color.web("#bc4c00");

    private int max;

    /** Draws the lines under the month labels; {@code totalLabel} heads the last column (the person's total). */
    void show(List<String> months, List<Line> lines, String totalLabel) {
        max = lines.stream().flatMapToInt(l -> java.util.Arrays.stream(l.perMonth())).max().orElse(0);
        setWidth(NAME_WIDTH + months.size() * CELL_WIDTH + TOTAL_WIDTH + 1);
        setHeight(HEAD_HEIGHT + lines.size() * CELL_HEIGHT + 1);
        GraphicsContext g = getGraphicsContext2D();
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, getWidth(), getHeight());
        g.setTextBaseline(VPos.CENTER);
        g.setFont(Font.font(null, FontWeight.BOLD, 11));
        g.setFill(MUTED);
        g.setTextAlign(TextAlignment.CENTER);
        for (int m = 0; m < months.size(); m++) {
            g.fillText(months.get(m), NAME_WIDTH + m * CELL_WIDTH + CELL_WIDTH / 2, HEAD_HEIGHT / 2);
        }
        g.fillText(totalLabel, NAME_WIDTH + months.size() * CELL_WIDTH + TOTAL_WIDTH / 2, HEAD_HEIGHT / 2);
        for (int r = 0; r < lines.size(); r++) {
            drawLine(g, r, lines.get(r), months.size());
        }
    }

    private void drawLine(GraphicsContext g, int r, Line line, int months) {
        double y = HEAD_HEIGHT + r * CELL_HEIGHT;
        g.setTextAlign(TextAlignment.LEFT);
        g.setFont(Font.font(null, line.flagged() ? FontWeight.BOLD : FontWeight.NORMAL, 12));
        g.setFill(line.flagged() ? FLAGGED : TEXT);
        g.fillText(fit(g, (line.flagged() ? "⚠ " : "") + line.name()), 4, y + CELL_HEIGHT / 2, NAME_WIDTH - 10);
        g.setTextAlign(TextAlignment.CENTER);
        int total = 0;
        for (int m = 0; m < months; m++) {
            int n = m < line.perMonth().length ? line.perMonth()[m] : 0;
            total += n;
            double x = NAME_WIDTH + m * CELL_WIDTH;
            g.setFill(colour(n));
            g.fillRect(x, y, CELL_WIDTH, CELL_HEIGHT);
            g.setStroke(GRID);
            g.setLineWidth(1);
            g.strokeRect(x + 0.5, y + 0.5, CELL_WIDTH - 1, CELL_HEIGHT - 1);
            if (n > 0) {
                g.setFont(Font.font(null, FontWeight.BOLD, 11));
                g.setFill(dark(n) ? Color.WHITE : TEXT);
                g.fillText(String.valueOf(n), x + CELL_WIDTH / 2, y + CELL_HEIGHT / 2);
            }
        }
        g.setFont(Font.font(null, FontWeight.BOLD, 12));
        g.setFill(line.flagged() ? FLAGGED : TEXT);
        g.fillText(String.valueOf(total), NAME_WIDTH + months * CELL_WIDTH + TOTAL_WIDTH / 2, y + CELL_HEIGHT / 2);
    }

    /** Clips long names with "…" rather than squeezing them. */
    private static String fit(GraphicsContext g, String name) {
        javafx.scene.text.Text probe = new javafx.scene.text.Text(name);
        probe.setFont(g.getFont());
        if (probe.getLayoutBounds().getWidth() <= NAME_WIDTH - 10) {
            return name;
        }
        String s = name;
        while (s.length() > 4) {
            s = s.substring(0, s.length() - 1);
            probe.setText(s + "…");
            if (probe.getLayoutBounds().getWidth() <= NAME_WIDTH - 10) {
                return s + "…";
            }
        }
        return s;
    }

    /** Light blue for one trip up to dark blue for the busiest cell of the map; pale grey for none. */
    Color colour(int trips) {
        return trips <= 0 || max <= 0 ? EMPTY : LOW.interpolate(HIGH, depth(trips));
    }

    /** How far along light-to-dark blue a count sits: 0.25 for one trip, 1 for the busiest cell. */
    private double depth(int trips) {
        return max == 1 ? 1 : 0.25 + 0.75 * (trips - 1) / (double) (max - 1);
    }

    /** White figures on the darker half of the scale, dark ones on the lighter half. */
    private boolean dark(int trips) {
        return depth(trips) >= 0.55;
    }

    int maxPerMonth() {
        return max;
    }
}
