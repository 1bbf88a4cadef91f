package dev.careeragent.assets;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Writes the icon set in {@code assets/}: PNGs for Linux (and the window icon), a Windows {@code .ico} and a
 * macOS {@code .icns}, both holding PNG-compressed images (valid since Windows Vista and macOS 10.7).
 * Run: {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=dev.careeragent.assets.IconFiles -Dexec.args=assets}
 */
public final class IconFiles {

    static final List<Integer> PNG_SIZES = List.of(16, 24, 32, 48, 64, 128, 256, 512, 1024);
    static final List<Integer> ICO_SIZES = List.of(16, 24, 32, 48, 64, 128, 256);
    /** ICNS element types holding PNG data, by pixel size. */
    static final Map<String, Integer> ICNS_TYPES = icnsTypes();

    private IconFiles() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "assets");
        write(folder);
        System.out.println("Wrote the icon set to " + folder.toAbsolutePath());
    }

    static void write(Path folder) throws IOException {
        Path pngs = Files.createDirectories(folder.resolve("icons"));
        for (int size : PNG_SIZES) {
            Files.write(pngs.resolve("career-agent-" + size + ".png"), png(size));
        }
        Files.write(folder.resolve("career-agent.png"), png(256));
        Files.write(folder.resolve("career-agent.ico"), ico());
        Files.write(folder.resolve("career-agent.icns"), icns());
    }

    static byte[] png(int size) throws IOException {
        BufferedImage image = AppIcon.render(size);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /** ICONDIR, one ICONDIRENTRY per size (little-endian), then the PNG images. */
    static byte[] ico() throws IOException {
        List<byte[]> images = new java.util.ArrayList<>();
        for (int size : ICO_SIZES) {
            images.add(png(size));
        }
        int headerBytes = 6 + 16 * images.size();
        ByteBuffer header = ByteBuffer.allocate(headerBytes).order(ByteOrder.LITTLE_ENDIAN);
        header.putShort((short) 0).putShort((short) 1).putShort((short) images.size());
        int offset = headerBytes;
        for (int i = 0; i < images.size(); i++) {
            int size = ICO_SIZES.get(i);
            header.put((byte) (size >= 256 ? 0 : size)).put((byte) (size >= 256 ? 0 : size));
            header.put((byte) 0).put((byte) 0).putShort((short) 1).putShort((short) 32);
            header.putInt(images.get(i).length).putInt(offset);
            offset += images.get(i).length;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(header.array());
        for (byte[] image : images) {
            out.write(image);
        }
        return out.toByteArray();
    }

    /** "icns", total length, then elements of four-character type, length (both big-endian) and PNG data. */
    static byte[] icns() throws IOException {
        ByteArrayOutputStream elements = new ByteArrayOutputStream();
        DataOutputStream data = new DataOutputStream(elements);
        for (Map.Entry<String, Integer> type : ICNS_TYPES.entrySet()) {
            byte[] image = png(type.getValue());
            data.write(type.getKey().getBytes(StandardCharsets.US_ASCII));
            data.writeInt(8 + image.length);
            data.write(image);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DataOutputStream file = new DataOutputStream(out);
        file.write("icns".getBytes(StandardCharsets.US_ASCII));
        file.writeInt(8 + elements.size());
        file.write(elements.toByteArray());
        return out.toByteArray();
    }

    private static Map<String, Integer> icnsTypes() {
        Map<String, Integer> types = new LinkedHashMap<>();
        types.put("icp4", 16);
        types.put("icp5", 32);
        types.put("icp6", 64);
        types.put("ic07", 128);
        types.put("ic08", 256);
        types.put("ic09", 512);
        types.put("ic10", 1024);
        return types;
    }
}
