package dev.careeragent.ui.analytics;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;

/** PNG bytes from ARGB pixels (a chart's snapshot), with the JDK's own encoder. */
final class PngFiles {

    private PngFiles() {
    }

    static byte[] encode(int width, int height, int[] argb) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        image.setRGB(0, 0, width, height, argb, 0, width);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (!ImageIO.write(image, "png", out)) {
            throw new IOException("No PNG writer is available");
        }
        return out.toByteArray();
    }
}
