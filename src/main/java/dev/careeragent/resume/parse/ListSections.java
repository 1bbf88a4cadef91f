package dev.careeragent.resume.parse;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads list-like sections (skills, languages, certifications, unknown sections) and prose sections. */
final class ListSections {

    private static final Pattern LABEL = Pattern.compile("^([^:]{1,40}):\\s+(.+)$");
    private static final Pattern DASHED_LEVEL = Pattern.compile("^(\\p{L}[\\p{L} ]{1,30}?)\\s+[-–—]\\s+(.+)$");
    /** The row and column labels of a Europass language grid. */
    private static final Pattern GRID_LABEL = Pattern.compile("(?iu)mother tongue(?:\\(s\\)|s)?|other language(?:\\(s\\)|s)?"
            + "|listening|reading|writing|speaking|understanding|spoken (?:interaction|production)|levels?:.*");

    /** Prose: wrapped lines joined, separate paragraphs and bullets kept on their own lines. */
    String paragraph(List<Item> items) {
        StringBuilder sb = new StringBuilder();
        for (Item item : items) {
            if (sb.length() > 0) {
                if (item.bullet() || item.gapBefore()) {
                    sb.append('\n');
                    sb.append(item.fullText());
                } else {
                    String joined = ItemBuilder.join(sb.toString(), item.fullText());
                    sb.setLength(0);
                    sb.append(joined);
                }
            } else {
                sb.append(item.fullText());
            }
        }
        return sb.toString().strip();
    }

    /** Each item as one line; parts that stood apart on the right are kept after a " | ". */
    List<String> lines(List<Item> items) {
        List<String> lines = new ArrayList<>();
        for (Item item : items) {
            String line = item.side().isEmpty() ? item.text() : item.text() + " | " + String.join(" | ", item.side());
            if (!line.isBlank() && !Placeholders.isTemplateText(item.text())) {
                lines.add(line.strip());
            }
        }
        return lines;
    }

    /** Comma-, semicolon- or bullet-separated entries; a leading "Label:" is dropped, brackets stay whole. */
    List<String> splitList(List<Item> rawItems) {
        Set<String> result = new LinkedHashSet<>();
        for (Item item : mergeHangingLines(rawItems)) {
            String text = item.text();
            if (!item.side().isEmpty()) {
                text = text + ", " + String.join(", ", item.side());
            }
            var label = LABEL.matcher(text);
            if (label.matches() && label.group(1).split("\\s+").length <= 4) {
                text = label.group(2);
            }
            for (String part : splitTopLevel(text)) {
                if (part.strip().endsWith(":")) {
                    continue;
                }
                String clean = clean(part);
                if (!clean.isEmpty() && !Placeholders.isScore(clean) && !Placeholders.isLevel(clean)
                        && !Placeholders.isTemplateText(clean)) {
                    result.add(clean); // "Cardio Training ⇥ Expert", "HTML ●●●○○": the rating is no skill
                }
            }
        }
        return new ArrayList<>(result);
    }

    /**
     * Languages with their level as written ("English (Native speaker)", from "English: Native", "English - Native"
     * or a level in the next cell); scores, bars and the labels of a Europass grid are not languages.
     */
    List<String> languages(List<Item> rawItems) {
        List<String> result = new ArrayList<>();
        for (Item item : mergeHangingLines(rawItems)) {
            String text = item.side().isEmpty() ? item.text() : item.text() + "\t" + String.join("\t", item.side());
            var label = LABEL.matcher(text);
            if (label.matches() && label.group(1).split("\\s+").length <= 4) {
                boolean languageAndLevel = label.group(1).split("\\s+").length <= 2 && Placeholders.isLevel(withoutBrackets(label.group(2)));
                text = languageAndLevel ? label.group(1) + "\t" + label.group(2) : label.group(2);
            }
            for (String part : splitTopLevel(text)) {
                String clean = clean(part);
                var dashed = DASHED_LEVEL.matcher(clean);
                if (dashed.matches() && Placeholders.isLevel(withoutBrackets(dashed.group(2)))) {
                    clean = dashed.group(1) + "\t" + dashed.group(2);
                }
                for (String piece : clean.split("\t")) {
                    addLanguage(result, piece.strip());
                }
            }
        }
        return result.stream().distinct().toList();
    }

    private static void addLanguage(List<String> result, String piece) {
        if (piece.isEmpty() || piece.endsWith(":") || Placeholders.isScore(piece) || GRID_LABEL.matcher(piece).matches()
                || Placeholders.isTemplateText(piece)) {
            return;
        }
        if (Placeholders.isLevel(withoutBrackets(piece))) {
            int last = result.size() - 1;
            if (last >= 0 && !result.get(last).contains("(")) {
                result.set(last, result.get(last) + " (" + piece + ")");
            }
            return;
        }
        result.add(piece);
    }

    private static String withoutBrackets(String text) {
        return text.replaceAll("\\([^)]*\\)", "").replaceAll("[.;]$", "").strip();
    }

    private static String clean(String part) {
        return part.strip().replaceFirst("(?i)^(and|und|et|y)\\s+", "").replaceAll("[.;]$", "").strip();
    }

    /** Lines indented under the line above (a wrapped list) belong to it. */
    private static List<Item> mergeHangingLines(List<Item> items) {
        List<Item> merged = new ArrayList<>();
        for (Item item : items) {
            Item previous = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (previous != null && !item.bullet() && !item.gapBefore() && item.x() > previous.x() + 5
                    && item.side().isEmpty() && previous.side().isEmpty()) {
                merged.set(merged.size() - 1, previous.withText(ItemBuilder.join(previous.text(), item.text())));
            } else {
                merged.add(item);
            }
        }
        return merged;
    }

    private static List<String> splitTopLevel(String text) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(' || c == '[') {
                depth++;
            } else if ((c == ')' || c == ']') && depth > 0) {
                depth--;
            }
            if (depth == 0 && (c == ',' || c == ';' || c == '•' || c == '|' || c == '·' || c == '\t')) {
                parts.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        parts.add(current.toString());
        return parts;
    }
}
