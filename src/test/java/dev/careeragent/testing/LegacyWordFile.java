package dev.careeragent.testing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Writes a minimal but genuine Word 97-2003 binary document (.doc, nFib 0x00C1) as laid out in [MS-DOC]:
 * an OLE2 compound file with a {@code WordDocument} stream (FIB, the text, one CHPX and one PAPX page)
 * and a {@code 1Table} stream (Word 97 style sheet with "Normal", one font, DOP, CLX with one piece,
 * bin tables and one section). Neither POI nor anything else on a test machine can create a .doc, so
 * tests of the .doc import build their files here. Paragraphs end with '\r'; '\u000B' is a line break
 * and '\u0013' '\u0014' '\u0015' mark a field, as in Word's own text.
 */
public final class LegacyWordFile {

    private static final int PAGE = 512;
    private static final int TEXT_START = 0x400; // the FIB takes 900 bytes; Word starts the text further on
    private static final int DOP_SIZE = 500; // Dop97
    // Indexes of (fc, lcb) pairs in FibRgFcLcb97.
    private static final int STSHF = 1;
    private static final int PLCF_SED = 6;
    private static final int PLCF_BTE_CHPX = 12;
    private static final int PLCF_BTE_PAPX = 13;
    private static final int STTBF_FFN = 15;
    private static final int DOP = 31;
    private static final int CLX = 33;

    private LegacyWordFile() {
    }

    /** A paragraph whose characters are all {@code bold} (or not) and {@code points} large; 0 points = Word's default. */
    public record Paragraph(String text, boolean bold, int points) {

        public static Paragraph plain(String text) {
            return new Paragraph(text, false, 0);
        }
    }

    /** A document with these unformatted paragraphs, in order. */
    public static byte[] of(List<String> paragraphs) {
        return formatted(paragraphs.stream().map(Paragraph::plain).toList());
    }

    /** A document with these paragraphs; each paragraph's formatting becomes a character run (CHPX). */
    public static byte[] formatted(List<Paragraph> paragraphs) {
        StringBuilder text = new StringBuilder();
        List<int[]> runs = new ArrayList<>(); // {end character, bold, half-points}
        for (Paragraph p : paragraphs) {
            text.append(p.text()).append('\r');
            int[] run = {text.length(), p.bold() ? 1 : 0, p.points() * 2};
            int last = runs.size() - 1;
            if (last >= 0 && runs.get(last)[1] == run[1] && runs.get(last)[2] == run[2]) {
                runs.set(last, run);
            } else {
                runs.add(run);
            }
        }
        return build(text.toString(), runs);
    }

    /** A document whose main text is exactly {@code text}, which must end with a paragraph mark. */
    public static byte[] of(String text) {
        return build(text, List.of(new int[] {text.length(), 0, 0}));
    }

    private static byte[] build(String text, List<int[]> runs) {
        if (!text.endsWith("\r")) {
            throw new IllegalArgumentException("The main text of a Word document ends with a paragraph mark");
        }
        // 8-bit "compressed" text where the characters allow it, UTF-16LE otherwise; readers must handle both.
        boolean compressed = text.chars().allMatch(c -> c < 0x80 || (c >= 0xA0 && c <= 0xFF));
        byte[] textBytes = text.getBytes(compressed ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_16LE);
        int fcStart = TEXT_START;
        int fcEnd = fcStart + textBytes.length;
        int chpxPage = (fcEnd + PAGE - 1) / PAGE;
        int papxPage = chpxPage + 1;

        ByteBuffer table = buffer(4096);
        int[][] fcLcb = new int[0x5D][2];
        mark(fcLcb, STSHF, table, () -> styleSheet(table));
        fcLcb[0] = fcLcb[STSHF].clone(); // fcStshfOrig
        mark(fcLcb, STTBF_FFN, table, () -> fontTable(table, "Times New Roman"));
        mark(fcLcb, DOP, table, () -> table.position(table.position() + DOP_SIZE));
        mark(fcLcb, CLX, table, () -> {
            table.put((byte) 0x02).putInt(8 + 8); // Pcdt: clxt, lcb of PlcPcd
            table.putInt(0).putInt(text.length()); // aCp
            table.putShort((short) 0); // Pcd flags
            table.putInt(compressed ? (fcStart * 2) | 0x40000000 : fcStart); // FcCompressed
            table.putShort((short) 0); // prm: no property modifier
        });
        mark(fcLcb, PLCF_BTE_CHPX, table, () -> table.putInt(fcStart).putInt(fcEnd).putInt(chpxPage));
        mark(fcLcb, PLCF_BTE_PAPX, table, () -> table.putInt(fcStart).putInt(fcEnd).putInt(papxPage));
        mark(fcLcb, PLCF_SED, table, () -> {
            table.putInt(0).putInt(text.length()); // the one section spans the whole text
            table.putShort((short) 0).putInt(-1).putShort((short) 0).putInt(-1); // Sed: no SEPX, default properties
        });

        ByteBuffer word = buffer((papxPage + 1) * PAGE);
        fib(word, fcLcb, text.length(), word.capacity());
        word.position(fcStart);
        word.put(textBytes);
        chpxPage(word, chpxPage * PAGE, fcStart, compressed ? 1 : 2, runs);
        // PAPX FKP: one run over all text (readers split paragraphs at the marks), style istd 0 "Normal".
        int papx = papxPage * PAGE;
        int papxOffset = PAGE - 16;
        word.position(papx).putInt(fcStart).putInt(fcEnd).put((byte) (papxOffset / 2)); // rgfc, BxPap (PHE zero)
        word.position(papx + papxOffset).put((byte) 0).put((byte) 1).putShort((short) 0); // cb=0, cb'=1, istd 0
        word.put(papx + PAGE - 1, (byte) 1);
        return compoundFile(word.array(), Arrays.copyOf(table.array(), table.position()));
    }

    private static void fib(ByteBuffer word, int[][] fcLcb, int ccpText, int cbMac) {
        word.putShort((short) 0xA5EC).putShort((short) 0x00C1); // wIdent, nFib (Word 97)
        word.putShort((short) 0).putShort((short) 0x0409).putShort((short) 0); // unused, lid en-US, pnNext
        word.putShort((short) (0x0200 | 0x1000)); // fWhichTblStm (1Table), fExtChar
        word.putShort((short) 0x00BF).putInt(0); // nFibBack, lKey (not encrypted)
        word.put((byte) 0).put((byte) 0).putShort((short) 0).putShort((short) 0); // envr, flags, reserved3/4
        word.putInt(TEXT_START).putInt(TEXT_START); // reserved5/6: fcMin/fcMac for pre-97 readers
        word.putShort((short) 14).position(word.position() + 28); // csw, FibRgW97
        word.putShort((short) 22); // cslw, then FibRgLw97
        word.putInt(cbMac).putInt(0).putInt(0).putInt(ccpText); // cbMac, reserved1/2, ccpText; other ccp* stay 0
        word.position(word.position() + 18 * 4);
        word.putShort((short) fcLcb.length); // cbRgFcLcb
        for (int[] pair : fcLcb) {
            word.putInt(pair[0]).putInt(pair[1]);
        }
        word.putShort((short) 0); // cswNew: none for nFib 0x00C1
    }

    /** CHPX FKP: the runs' FC limits, then per run the word offset of its CHPX (0 = default properties). */
    private static void chpxPage(ByteBuffer word, int page, int fcStart, int bytesPerChar, List<int[]> runs) {
        word.position(page).putInt(fcStart);
        for (int[] run : runs) {
            word.putInt(fcStart + run[0] * bytesPerChar);
        }
        int rgb = word.position();
        int chpx = page + PAGE - 1;
        for (int i = 0; i < runs.size(); i++) {
            int[] run = runs.get(i);
            if (run[1] == 0 && run[2] == 0) {
                continue;
            }
            chpx = (chpx - 8) & ~1; // cb, sprmCFBold (0x0835), sprmCHps (0x4A43) in half-points
            word.position(chpx).put((byte) 7).putShort((short) 0x0835).put((byte) run[1]);
            word.putShort((short) 0x4A43).putShort((short) (run[2] == 0 ? 20 : run[2]));
            word.put(rgb + i, (byte) ((chpx - page) / 2));
        }
        if (rgb + runs.size() > chpx) {
            throw new IllegalArgumentException("Too many differently formatted paragraphs for one formatting page");
        }
        word.put(page + PAGE - 1, (byte) runs.size()); // crun
    }

    /** Word 97 STSH: an 18-byte STSHI, "Normal" at istd 0 and the other 14 fixed slots empty. */
    private static void styleSheet(ByteBuffer table) {
        table.putShort((short) 18);
        table.putShort((short) 15).putShort((short) 10).putShort((short) 1); // cstd, cbSTDBaseInFile, names written
        table.putShort((short) 15).putShort((short) 15).putShort((short) 0); // stiMax, istdMaxFixed, nVerBuiltInNames
        table.putShort((short) 0).putShort((short) 0).putShort((short) 0); // default fonts: font 0
        String name = "Normal";
        int std = 10 + 2 + name.length() * 2 + 2 + 4 + 2;
        table.putShort((short) std);
        table.putShort((short) 0).putShort((short) 0xFFF1).putShort((short) 2); // sti 0; paragraph, no base; 2 UPX
        table.putShort((short) std).putShort((short) 0); // bchUpe, grfstd
        table.putShort((short) name.length()).put(name.getBytes(StandardCharsets.UTF_16LE)).putShort((short) 0);
        table.putShort((short) 2).putShort((short) 0); // paragraph UPX: istd 0, no sprms
        table.putShort((short) 0); // character UPX: empty
        for (int i = 1; i < 15; i++) {
            table.putShort((short) 0);
        }
    }

    /** SttbfFfn with one TrueType font. */
    private static void fontTable(ByteBuffer table, String font) {
        table.putShort((short) 1).putShort((short) 0); // cData, cbExtra
        int size = 40 + (font.length() + 1) * 2;
        table.put((byte) (size - 1)).put((byte) 0x16).putShort((short) 400); // cbFfnM1, roman TrueType, weight
        table.put((byte) 0).put((byte) 0).position(table.position() + 10 + 24); // chs ANSI, ixchSzAlt, panose, fs
        table.put(font.getBytes(StandardCharsets.UTF_16LE)).putShort((short) 0);
    }

    /** Runs {@code write} at the table's current position and records where it wrote as (fc, lcb) pair {@code index}. */
    private static void mark(int[][] fcLcb, int index, ByteBuffer table, Runnable write) {
        int start = table.position();
        write.run();
        fcLcb[index] = new int[] {start, table.position() - start};
    }

    private static ByteBuffer buffer(int size) {
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }

    private static byte[] compoundFile(byte[] wordDocument, byte[] table) {
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fs.createDocument(new ByteArrayInputStream(wordDocument), "WordDocument");
            fs.createDocument(new ByteArrayInputStream(table), "1Table");
            fs.writeFilesystem(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
