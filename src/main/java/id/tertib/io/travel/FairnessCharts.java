package id.tertib.io.travel;

import id.tertib.io.pdf.PdfPages;
import id.tertib.io.pdf.PdfText;
import id.tertib.domain.fairness.LorenzPoint;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The two charts of the fairness PDF, drawn with lines and rectangles: trips per person as horizontal bars (names
 * read easily at the left) with the equal share as a dashed line and flagged people's bars in a warning colour, and
 * the Lorenz curve of trips against the line of equality.
 */
final class FairnessCharts {

    /** Most bars drawn; beyond that the chart shows the people with most trips. */
    static final int BAR_LIMIT = 30;

    private static final float[] BAR = {0.31f, 0.47f, 0.69f};
    private static final float[] WARNING = {0.85f, 0.33f, 0.10f};
    private static final float[] GREY = {0.55f, 0.55f, 0.55f};
    private static final float[] GRID = {0.88f, 0.88f, 0.88f};
    private static final float[] DASH = {4, 3};
    private static final float STEP = 12;
    private static final float BAR_HEIGHT = 8.5f;
    private static final float LABEL_WIDTH = 130;
    private static final float LORENZ_SIZE = 190;

    private FairnessCharts() {
    }

    /** The people drawn as bars: most trips first (the sheet's order among equals), at most {@link #BAR_LIMIT}. */
    static List<FairnessSheet.Person> barPeople(FairnessSheet sheet) {
        List<FairnessSheet.Person> sorted = new ArrayList<>(sheet.people());
        sorted.sort(Comparator.comparingInt(FairnessSheet.Person::trips).reversed());
        return sorted.subList(0, Math.min(BAR_LIMIT, sorted.size()));
    }

    static void bars(PdfPages pg, FairnessSheet sheet, PdfNumbers nf) throws IOException {
        FairnessSheet.Labels l = sheet.labels();
        List<FairnessSheet.Person> shown = barPeople(sheet);
        boolean note = !l.barNote().isBlank();
        pg.ensure(16 + (note ? 11 : 0) + 20 + shown.size() * STEP + 30);
        pg.down(16);
        pg.text(l.barTitle(), pg.bold, 11, PdfPages.left(), pg.y());
        if (note) {
            pg.down(11);
            pg.fill(GREY[0], GREY[1], GREY[2]);
            pg.text(l.barNote(), pg.regular, 8, PdfPages.left(), pg.y());
            pg.black();
        }
        pg.down(14);
        legend(pg, l);
        pg.down(6);

        float x0 = PdfPages.left() + LABEL_WIDTH + 4;
        float x1 = PdfPages.right() - 30;
        int most = shown.stream().mapToInt(FairnessSheet.Person::trips).max().orElse(0);
        double equal = Double.isFinite(sheet.equalTrips()) ? sheet.equalTrips() : 0;
        double tick = niceStep(Math.max(Math.max(most, equal), 1) / 5.0);
        double axisMax = tick * Math.ceil(Math.max(Math.max(most, equal), 1) / tick);
        float scale = (float) ((x1 - x0) / axisMax);
        float top = pg.y();
        for (int i = 0; i < shown.size(); i++) {
            FairnessSheet.Person p = shown.get(i);
            float yb = top - (i + 1) * STEP;
            String name = PdfText.fit(pg.regular, 7.5f, p.name(), LABEL_WIDTH);
            pg.textRight(name, pg.regular, 7.5f, x0 - 4, yb + 1.5f);
            float[] colour = p.flagged() ? WARNING : BAR;
            pg.fill(colour[0], colour[1], colour[2]);
            pg.cs().addRect(x0, yb, p.trips() * scale, BAR_HEIGHT);
            pg.cs().fill();
            pg.black();
            pg.text(nf.count(p.trips()), pg.regular, 7, x0 + p.trips() * scale + 3, yb + 1.5f);
        }
        float bottom = top - shown.size() * STEP - 3;
        pg.cs().setLineWidth(0.6f);
        pg.line(x0, bottom, x1, bottom);
        pg.line(x0, bottom, x0, top);
        for (double v = 0; v <= axisMax + 1e-9; v += tick) {
            float x = x0 + (float) v * scale;
            pg.line(x, bottom, x, bottom - 3);
            pg.textCentred(nf.count(v), pg.regular, 7, x, bottom - 11);
        }
        if (equal > 0) {
            float x = x0 + (float) equal * scale;
            pg.stroke(GREY[0], GREY[1], GREY[2]);
            pg.cs().setLineWidth(1f);
            pg.cs().setLineDashPattern(DASH, 0);
            pg.line(x, bottom, x, top + 2);
            pg.cs().setLineDashPattern(new float[0], 0);
            pg.black();
        }
        pg.down(top - bottom + 16);
    }

    private static void legend(PdfPages pg, FairnessSheet.Labels l) throws IOException {
        float x = PdfPages.left();
        float y = pg.y();
        pg.fill(WARNING[0], WARNING[1], WARNING[2]);
        pg.cs().addRect(x, y, 8, 7);
        pg.cs().fill();
        pg.black();
        pg.text(l.flaggedLegend(), pg.regular, 8, x + 12, y + 0.5f);
        x += 12 + PdfText.width(pg.regular, 8, PdfText.safe(pg.regular, l.flaggedLegend())) + 20;
        pg.stroke(GREY[0], GREY[1], GREY[2]);
        pg.cs().setLineDashPattern(DASH, 0);
        pg.line(x, y + 3.5f, x + 18, y + 3.5f);
        pg.cs().setLineDashPattern(new float[0], 0);
        pg.black();
        pg.text(l.equalShare(), pg.regular, 8, x + 22, y + 0.5f);
    }

    /** 1, 2 or 5 times a power of ten, at least {@code rough} and never below 1 (trips are whole). */
    static double niceStep(double rough) {
        if (rough <= 1) {
            return 1;
        }
        double power = Math.pow(10, Math.floor(Math.log10(rough)));
        for (double m : new double[] {1, 2, 5, 10}) {
            if (m * power >= rough) {
                return m * power;
            }
        }
        return 10 * power;
    }

    static void lorenz(PdfPages pg, FairnessSheet sheet, PdfNumbers nf) throws IOException {
        FairnessSheet.Labels l = sheet.labels();
        pg.ensure(16 + 12 + LORENZ_SIZE + 34);
        pg.down(16);
        pg.text(l.lorenzTitle(), pg.bold, 11, PdfPages.left(), pg.y());
        pg.down(12);
        float ox = PdfPages.left() + 42;
        float oy = pg.y() - LORENZ_SIZE;
        float size = LORENZ_SIZE;
        pg.cs().setLineWidth(0.5f);
        for (int k = 0; k <= 4; k++) {
            float d = size * k / 4;
            pg.stroke(GRID[0], GRID[1], GRID[2]);
            pg.line(ox + d, oy, ox + d, oy + size);
            pg.line(ox, oy + d, ox + size, oy + d);
            pg.black();
            String label = nf.count(k * 25) + "%";
            pg.textCentred(label, pg.regular, 7, ox + d, oy - 10);
            pg.textRight(label, pg.regular, 7, ox - 3, oy + d - 2.5f);
        }
        pg.cs().setLineWidth(0.8f);
        pg.line(ox, oy, ox + size, oy);
        pg.line(ox, oy, ox, oy + size);
        pg.stroke(GREY[0], GREY[1], GREY[2]);
        pg.cs().setLineDashPattern(DASH, 0);
        pg.line(ox, oy, ox + size, oy + size);
        pg.cs().setLineDashPattern(new float[0], 0);
        List<LorenzPoint> points = curve(sheet.lorenz());
        if (points.size() > 1) {
            pg.stroke(BAR[0], BAR[1], BAR[2]);
            pg.cs().setLineWidth(1.6f);
            pg.cs().moveTo(ox + (float) points.get(0).population() * size, oy + (float) points.get(0).share() * size);
            for (LorenzPoint p : points.subList(1, points.size())) {
                pg.cs().lineTo(ox + (float) p.population() * size, oy + (float) p.share() * size);
            }
            pg.cs().stroke();
        }
        pg.black();
        pg.cs().setLineWidth(0.6f);
        pg.textCentred(l.lorenzX(), pg.regular, 8, ox + size / 2, oy - 22);
        pg.textUp(l.lorenzY(), pg.regular, 8, ox - 28, oy + size / 2);

        float lx = ox + size + 24;
        float ly = oy + size - 10;
        pg.stroke(BAR[0], BAR[1], BAR[2]);
        pg.cs().setLineWidth(1.6f);
        pg.line(lx, ly + 3, lx + 18, ly + 3);
        pg.stroke(GREY[0], GREY[1], GREY[2]);
        pg.cs().setLineWidth(1f);
        pg.cs().setLineDashPattern(DASH, 0);
        pg.line(lx, ly - 11, lx + 18, ly - 11);
        pg.cs().setLineDashPattern(new float[0], 0);
        pg.black();
        pg.cs().setLineWidth(0.6f);
        float textWidth = PdfPages.right() - lx - 22;
        pg.text(PdfText.fit(pg.regular, 8, l.lorenzCurve(), textWidth), pg.regular, 8, lx + 22, ly);
        pg.text(PdfText.fit(pg.regular, 8, l.equality(), textWidth), pg.regular, 8, lx + 22, ly - 14);
        pg.down(size + 34);
    }

    /** The points from (0, 0), clamped to the unit square; a curve starting elsewhere gets its origin. */
    static List<LorenzPoint> curve(List<LorenzPoint> points) {
        List<LorenzPoint> out = new ArrayList<>(points.size() + 1);
        if (!points.isEmpty() && (points.get(0).population() > 0 || points.get(0).share() > 0)) {
            out.add(new LorenzPoint(0, 0));
        }
        for (LorenzPoint p : points) {
            if (Double.isFinite(p.population()) && Double.isFinite(p.share())) {
                out.add(new LorenzPoint(clamp(p.population()), clamp(p.share())));
            }
        }
        return out;
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }
}
