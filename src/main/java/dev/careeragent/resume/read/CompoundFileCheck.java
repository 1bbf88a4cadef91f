package dev.careeragent.resume.read;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** Tells a cut-off OLE2 compound file (.doc, .xls, protected .docx) from a damaged one, using its header and FAT. */
final class CompoundFileCheck {

    private static final int HEADER_FAT_SLOTS = 109;
    private static final int FREE_SECTOR = -1;

    private CompoundFileCheck() {
    }

    /** True when the file ends before a sector its allocation table uses, or mid-sector. */
    static boolean isCutOff(byte[] bytes) {
        if (bytes.length < 512) {
            return true;
        }
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        int shift = b.getShort(30);
        if (shift != 9 && shift != 12) {
            return false; // not a sane header: damaged rather than cut off
        }
        int sectorSize = 1 << shift;
        if (bytes.length % sectorSize != 0) {
            return true;
        }
        long sectors = bytes.length / sectorSize - 1L; // the header fills the first sector
        int perFatSector = sectorSize / 4;
        long highestUsed = -1;
        int fatSectors = Math.min(Math.max(b.getInt(44), 0), HEADER_FAT_SLOTS);
        for (int i = 0; i < fatSectors; i++) {
            long fat = Integer.toUnsignedLong(b.getInt(76 + 4 * i));
            if (fat >= sectors) {
                return true;
            }
            int base = (int) ((fat + 1) * sectorSize);
            for (int k = 0; k < perFatSector; k++) {
                if (b.getInt(base + 4 * k) != FREE_SECTOR) {
                    highestUsed = (long) i * perFatSector + k;
                }
            }
        }
        return highestUsed >= sectors;
    }
}
