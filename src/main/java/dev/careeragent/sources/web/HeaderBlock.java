package dev.careeragent.sources.web;

import dev.careeragent.jobs.normalize.EmploymentType;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * The header block under a job's title, read as "Title / Employer / Place": a short name on a line of its own right
 * under the title, followed by the place or a place label, is the employer ("Field Technician / Northwind Survey
 * Group / Location: Calgary"). A table's cells are a grid of labels and values, not such a block.
 */
final class HeaderBlock {

    private static final Pattern DIGIT_OR_LABEL = Pattern.compile("\\d|[:：]\\s*$");
    /** Small words a name may keep in lower case ("Bank of America", "Institut für Physik"). */
    private static final Set<String> CONNECTORS = Set.of("of", "and", "the", "for", "de", "du", "des", "der", "die", "das",
            "für", "und", "di", "del", "della", "y", "e", "et", "van", "von", "&");

    private HeaderBlock() {
    }

    static Optional<String> employerAbovePlace(List<Element> elements, List<String> lines, int titleLine, int headerLines) {
        String title = lines.get(titleLine);
        int last = Math.min(lines.size() - 1, titleLine + headerLines + 1);
        for (int i = titleLine + 1; i < last; i++) {
            String line = lines.get(i);
            if (!nameLine(line, title) || elements.get(i).closest("td, th") != null) {
                continue;
            }
            for (int j = i + 1; j <= last; j++) {
                String next = lines.get(j);
                if (TextVotes.isPlaceLine(next) && PlaceCheck.canBePlace(next) || LabelVotes.isLocationLabel(next)) {
                    return Optional.of(line);
                }
            }
            return Optional.empty(); // the first name under the title is the only candidate
        }
        return Optional.empty();
    }

    private static boolean nameLine(String line, String title) {
        return line.length() <= 60 && nameWords(line) && !DIGIT_OR_LABEL.matcher(line).find() && PageEvidence.looksLikeName(line)
                && PageEvidence.acceptableCompany(line, title) && !TextVotes.isPlaceLine(line) && !TextVotes.namesRole(line)
                && !LabelVotes.isLocationLabel(line) && EmploymentType.parseAll(line).isEmpty();
    }

    /** Every word starts with a capital or holds one ("uOttawa"), or is a small connecting word: a name, not a sentence. */
    private static boolean nameWords(String line) {
        for (String w : line.split("\\s+")) {
            if (!w.isEmpty() && Character.isLowerCase(w.charAt(0)) && w.chars().noneMatch(Character::isUpperCase)
                    && !CONNECTORS.contains(w)) {
                return false;
            }
        }
        return true;
    }
}
