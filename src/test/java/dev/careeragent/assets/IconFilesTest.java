package dev.careeragent.assets;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The committed icon containers are valid: every entry is a PNG of the size its header claims. */
class IconFilesTest {

    private static final Path ASSETS = Path.of("assets");

    @Test
    void icoHoldsEverySizeAsPng() throws IOException {
        ByteBuffer ico = ByteBuffer.wrap(Files.readAllBytes(ASSETS.resolve("career-agent.ico"))).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(ico.getShort(0)).isZero();
        assertThat(ico.getShort(2)).as("type 1 = icon").isEqualTo((short) 1);
        int count = ico.getShort(4);
        List<Integer> sizes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int entry = 6 + 16 * i;
            int declared = Byte.toUnsignedInt(ico.get(entry)) == 0 ? 256 : Byte.toUnsignedInt(ico.get(entry));
            BufferedImage image = decode(ico.array(), ico.getInt(entry + 12), ico.getInt(entry + 8));
            assertThat(image.getWidth()).isEqualTo(declared);
            assertThat(image.getHeight()).isEqualTo(declared);
            sizes.add(declared);
        }
        assertThat(sizes).containsExactlyElementsOf(IconFiles.ICO_SIZES);
    }

    @Test
    void icnsHoldsEveryRetinaSizeAsPng() throws IOException {
        ByteBuffer icns = ByteBuffer.wrap(Files.readAllBytes(ASSETS.resolve("career-agent.icns"))); // big-endian
        assertThat(new String(icns.array(), 0, 4, StandardCharsets.US_ASCII)).isEqualTo("icns");
        assertThat(icns.getInt(4)).isEqualTo(icns.capacity());
        Map<String, Integer> found = new LinkedHashMap<>();
        for (int at = 8; at < icns.capacity(); at += icns.getInt(at + 4)) {
            String type = new String(icns.array(), at, 4, StandardCharsets.US_ASCII);
            found.put(type, decode(icns.array(), at + 8, icns.getInt(at + 4) - 8).getWidth());
        }
        assertThat(found).isEqualTo(IconFiles.ICNS_TYPES);
    }

    @Test
    void pngSetMatchesItsNamesAndIsNotBlank() throws IOException {
        for (int size : IconFiles.PNG_SIZES) {
            BufferedImage image = ImageIO.read(ASSETS.resolve("icons/career-agent-" + size + ".png").toFile());
            assertThat(image.getWidth()).isEqualTo(size);
            int centre = image.getRGB(size / 2, size / 2) >>> 24;
            int corner = image.getRGB(0, 0) >>> 24;
            assertThat(centre).as("opaque drawing in the middle").isEqualTo(255);
            assertThat(corner).as("transparent rounded corner").isZero();
        }
    }

    @Test
    void rendererWritesTheSameContainersItsTestsRead(@org.junit.jupiter.api.io.TempDir Path folder) throws IOException {
        IconFiles.write(folder);
        assertThat(Files.size(folder.resolve("career-agent.ico"))).isPositive();
        assertThat(ImageIO.read(folder.resolve("career-agent.png").toFile()).getWidth()).isEqualTo(256);
        assertThat(new String(Files.readAllBytes(folder.resolve("career-agent.icns")), 0, 4, StandardCharsets.US_ASCII))
                .isEqualTo("icns");
    }

    private static BufferedImage decode(byte[] file, int offset, int length) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(file, offset, length));
        assertThat(image).as("PNG at %d", offset).isNotNull();
        return image;
    }
}
