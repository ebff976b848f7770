package id.tertib.ui.attendance;

import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/** Draws one day cell: the grid uses it for every cell, the legend for its samples, so both always look alike. */
final class CellPainter {

    private final Font shortCode;
    private final Font threeLetters;
    private final Font longCode;

    CellPainter() {
        String family = Font.getDefault().getFamily();
        shortCode = Font.font(family, FontWeight.BOLD, 11.5);
        threeLetters = Font.font(family, FontWeight.BOLD, 10);
        longCode = Font.font(family, FontWeight.BOLD, 8.5);
    }

    /**
     * A cell at x, y of the given size: a rounded chip in the colours of its kind with the code, dashed for a derived
     * TK, a dark corner when a person set it, an orange dot when the machine flagged something.
     */
    void paint(GraphicsContext g, CellLook look, String text, boolean manual, boolean flagged, double x, double y,
            double w, double h) {
        double ix = x + 2.5;
        double iy = y + 3.5;
        double iw = w - 5;
        double ih = h - 7;
        g.setFill(look.background);
        g.fillRoundRect(ix, iy, iw, ih, 6, 6);
        if (look == CellLook.DERIVED_UNEXCUSED) {
            g.setStroke(look.text);
            g.setLineWidth(1);
            g.setLineDashes(3, 2);
            g.strokeRoundRect(ix + 0.5, iy + 0.5, iw - 1, ih - 1, 6, 6);
            g.setLineDashes((double[]) null);
        }
        g.setFill(look.text);
        g.setFont(text.length() <= 2 ? shortCode : text.length() == 3 ? threeLetters : longCode);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(text, x + w / 2, y + h / 2 + 0.5);
        if (manual) {
            g.setFill(CellLook.MANUAL_MARK);
            g.fillPolygon(new double[] {ix + iw - 7, ix + iw, ix + iw}, new double[] {iy, iy, iy + 7}, 3);
        }
        if (flagged) {
            g.setFill(CellLook.FLAG_MARK);
            g.fillOval(ix + iw - 6, iy + ih - 6, 4, 4);
        }
    }

    /** A sample cell for the legend. */
    Canvas sample(CellLook look, String text, boolean manual, boolean flagged) {
        Canvas c = new Canvas(32, 26);
        if (look != null) {
            paint(c.getGraphicsContext2D(), look, text, manual, flagged, 0, 0, 32, 26);
        }
        return c;
    }
}
