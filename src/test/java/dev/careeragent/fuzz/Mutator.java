package dev.careeragent.fuzz;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * A small seeded mutator for file readers: bit flips, interesting bytes, truncation, chunk duplication and
 * deletion, hostile tokens spliced in (deep nesting, huge counts, NULs), and for zip files (DOCX) damage to one
 * entry: its content mutated and re-zipped, the entry dropped, or its raw header bytes broken. The same seed gives
 * the same mutations, so a run can be repeated.
 */
final class Mutator {

    /** One mutated input and what was done to it. */
    record Mutation(String op, byte[] bytes) {
    }

    private static final String[] TOKENS = {"<ul><li>", "<div>", "<table><tr><td>", "<w:tbl><w:tr><w:tc>", "<w:sdt><w:sdtContent>",
        "</w:body>", "/Count 2147483647", "/MediaBox [0 0 100000000 100000000]", "/Kids [", "<<", ">>", "endobj", "stream\n",
        "99999999999999999999", "-1", "\u0000", "&#0;", "&#xFFFF;", "\uFFFD", "\u202E", "{\"", "[[[[[[[[", "\"@type\":\"JobPosting\"",
        "<script type=\"application/ld+json\">", "]]>", "<!--", "%PDF-1.7", "PK\u0003\u0004"};
    private static final byte[] INTERESTING = {0, (byte) 0xFF, 0x7F, (byte) 0x80, '<', '>', '(', ')', '{', '}', '"', '\\', '\n', '9'};
    private static final int MAX_GROWTH = 1024 * 1024;

    private final SplittableRandom random;

    Mutator(long seed) {
        this.random = new SplittableRandom(seed);
    }

    Mutation mutate(byte[] input) {
        boolean zip = input.length > 4 && input[0] == 'P' && input[1] == 'K' && input[2] == 3 && input[3] == 4;
        int op = random.nextInt(zip ? 8 : 6);
        return switch (op) {
            case 0 -> new Mutation("bitflip", bitFlips(input));
            case 1 -> new Mutation("bytes", interestingBytes(input));
            case 2 -> new Mutation("truncate", Arrays.copyOf(input, random.nextInt(Math.max(1, input.length))));
            case 3 -> new Mutation("duplicate", duplicateChunk(input));
            case 4 -> new Mutation("delete", deleteChunk(input));
            case 5 -> new Mutation("token", spliceToken(input));
            default -> zipEntryDamage(input);
        };
    }

    private byte[] bitFlips(byte[] input) {
        byte[] out = input.clone();
        for (int i = 1 + random.nextInt(8); i > 0 && out.length > 0; i--) {
            int at = random.nextInt(out.length);
            out[at] ^= (byte) (1 << random.nextInt(8));
        }
        return out;
    }

    private byte[] interestingBytes(byte[] input) {
        byte[] out = input.clone();
        for (int i = 1 + random.nextInt(4); i > 0 && out.length > 0; i--) {
            out[random.nextInt(out.length)] = INTERESTING[random.nextInt(INTERESTING.length)];
        }
        return out;
    }

    private byte[] duplicateChunk(byte[] input) {
        if (input.length == 0) {
            return input;
        }
        int from = random.nextInt(input.length);
        int length = 1 + random.nextInt(Math.min(input.length - from, 4096));
        int times = 1 + random.nextInt(Math.max(1, Math.min(64, MAX_GROWTH / length)));
        return insert(input, random.nextInt(input.length + 1), Arrays.copyOfRange(input, from, from + length), times);
    }

    private byte[] deleteChunk(byte[] input) {
        if (input.length < 2) {
            return input;
        }
        int from = random.nextInt(input.length);
        int to = Math.min(input.length, from + 1 + random.nextInt(Math.max(1, input.length / 8)));
        ByteArrayOutputStream out = new ByteArrayOutputStream(input.length);
        out.write(input, 0, from);
        out.write(input, to, input.length - to);
        return out.toByteArray();
    }

    private byte[] spliceToken(byte[] input) {
        byte[] token = TOKENS[random.nextInt(TOKENS.length)].getBytes(StandardCharsets.UTF_8);
        int times = random.nextInt(4) == 0 ? 1 + random.nextInt(MAX_GROWTH / token.length) : 1 + random.nextInt(8);
        return insert(input, random.nextInt(input.length + 1), token, times);
    }

    private static byte[] insert(byte[] input, int at, byte[] chunk, int times) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(input.length + chunk.length * times);
        out.write(input, 0, at);
        for (int i = 0; i < times; i++) {
            out.write(chunk, 0, chunk.length);
        }
        out.write(input, at, input.length - at);
        return out.toByteArray();
    }

    /** Damages one entry of a zip: rewritten with mutated content, dropped, or its raw header bytes broken. */
    private Mutation zipEntryDamage(byte[] input) {
        Map<String, byte[]> entries = unzip(input);
        if (entries.isEmpty()) {
            return new Mutation("zip-bitflip", bitFlips(input));
        }
        List<String> names = new ArrayList<>(entries.keySet());
        String victim = names.get(random.nextInt(names.size()));
        switch (random.nextInt(3)) {
            case 0 -> {
                byte[] content = entries.get(victim);
                int op = random.nextInt(5);
                entries.put(victim, switch (op) {
                    case 0 -> bitFlips(content);
                    case 1 -> Arrays.copyOf(content, random.nextInt(Math.max(1, content.length)));
                    case 2 -> duplicateChunk(content);
                    case 3 -> deleteChunk(content);
                    default -> spliceToken(content);
                });
                return new Mutation("zip-entry", zip(entries));
            }
            case 1 -> {
                entries.remove(victim);
                return new Mutation("zip-drop", zip(entries));
            }
            default -> {
                byte[] out = input.clone();
                int header = indexOf(out, victim.getBytes(StandardCharsets.UTF_8));
                int at = Math.max(0, header - 26 + random.nextInt(26)); // size, CRC, method and name-length fields
                out[Math.min(out.length - 1, at)] ^= (byte) (1 + random.nextInt(255));
                return new Mutation("zip-header", out);
            }
        }
    }

    private static Map<String, byte[]> unzip(byte[] input) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(input))) {
            for (ZipEntry e = zip.getNextEntry(); e != null && entries.size() < 200; e = zip.getNextEntry()) {
                entries.put(e.getName(), zip.readNBytes(4 * 1024 * 1024));
            }
        } catch (IOException | IllegalArgumentException e) {
            return Map.of();
        }
        return entries;
    }

    private static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return bytes.toByteArray();
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return 0;
    }
}
