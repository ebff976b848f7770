package id.tertib.ui.fairness;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javax.imageio.ImageIO;

/**
 * Charts to PNG files. javafx-swing (SwingFXUtils) would do the conversion, but it would add a module to the
 * installer's runtime image; copying the pixels by hand needs only java.desktop, which is already linked.
 */
final class PngImages {

    private PngImages() {
    }

    /** Draws {@code node} as it looks now, on white; FX thread only. */
    static BufferedImage snapshot(Node node) {
        SnapshotParameters params = new SnapshotParameters();
        params.setFill(Color.WHITE);
        WritableImage image = node.snapshot(params, null);
        return toBuffered(image);
    }

    static BufferedImage toBuffered(WritableImage image) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] argb = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        out.setRGB(0, 0, w, h, argb, 0, w);
        return out;
    }

    /** Writes the image; any thread. */
    static void write(BufferedImage image, Path file) {
        try {
            if (!ImageIO.write(image, "png", file.toFile())) {
                throw new IOException("no PNG writer");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
