package dev.careeragent.letters.export;

import dev.careeragent.resume.export.Block;
import dev.careeragent.resume.export.DocxExporter;
import dev.careeragent.resume.export.PdfExporter;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes a letter as PDF (embedded DejaVu fonts) or DOCX through the resume exporters' block writers, or as
 * plain text: sender block, date, addressee, body paragraphs (lines starting with a bullet stay bullets).
 */
public final class LetterExporter {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    public byte[] export(LetterDocument letter, LetterFormat format) {
        String title = (letter.senderName() == null ? "" : letter.senderName() + " - ") + "Cover letter";
        return switch (format) {
            case PDF -> new PdfExporter().export(blocks(letter), title);
            case DOCX -> new DocxExporter().export(blocks(letter), title);
            case TXT -> text(letter).getBytes(StandardCharsets.UTF_8);
        };
    }

    List<Block> blocks(LetterDocument letter) {
        List<Block> blocks = new ArrayList<>();
        add(blocks, Block.Type.NAME, letter.senderName());
        add(blocks, Block.Type.CONTACT, letter.senderContact());
        spacer(blocks);
        add(blocks, Block.Type.PARAGRAPH, DATE.format(letter.date()));
        spacer(blocks);
        add(blocks, Block.Type.PARAGRAPH, String.join("\n", letter.addressee()));
        for (String paragraph : letter.body().strip().split("\\n\\s*\\n")) {
            spacer(blocks);
            for (String line : paragraph.split("\\n")) {
                String l = line.strip();
                if (l.startsWith("\u2022") || l.startsWith("- ")) {
                    add(blocks, Block.Type.BULLET, l.substring(1).strip());
                } else {
                    add(blocks, Block.Type.PARAGRAPH, l);
                }
            }
        }
        return blocks;
    }

    static String text(LetterDocument letter) {
        StringBuilder sb = new StringBuilder();
        if (letter.senderName() != null) {
            sb.append(letter.senderName()).append('\n');
        }
        if (letter.senderContact() != null && !letter.senderContact().isBlank()) {
            sb.append(letter.senderContact()).append('\n');
        }
        sb.append('\n').append(DATE.format(letter.date())).append("\n\n");
        if (!letter.addressee().isEmpty()) {
            sb.append(String.join("\n", letter.addressee())).append("\n\n");
        }
        return sb.append(letter.body().strip()).append('\n').toString();
    }

    private static void spacer(List<Block> blocks) {
        blocks.add(new Block(Block.Type.PARAGRAPH, ""));
    }

    private static void add(List<Block> blocks, Block.Type type, String text) {
        if (text != null && !text.isBlank()) {
            blocks.add(new Block(type, text.strip()));
        }
    }
}
