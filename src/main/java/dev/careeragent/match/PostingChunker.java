package dev.careeragent.match;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Picks the parts of a posting worth embedding: what the job is and what it asks for. Company blurbs,
 * benefits, equal-opportunity and how-to-apply text are dropped; the rest is cut into chunks of about
 * {@value #CHUNK_WORDS} words and at most {@value #MAX_CHUNKS} kept, the richest in requirement words.
 * The model's cost grows with the words it reads (about 0.8 ms of CPU per word here), so this bound is
 * what keeps embedding near 50 postings a second; the quality cost is measured in docs/BENCHMARKS-match.md.
 */
public final class PostingChunker {

    static final int CHUNK_WORDS = 30;
    static final int MAX_CHUNKS = 1;
    private static final int FIRST_CHUNK_BONUS = 2;

    private static final Pattern IGNORED_HEADING = Pattern.compile("benefit|perks|about us|about the company|who we are"
            + "|how to apply|equal (opportunity|employment)|what we offer|compensation|salary|why join|why work|our culture"
            + "|our values|diversity|eeo|we offer|our company|company description|about [a-z]+$|location|pay range");
    private static final Pattern KNOWN_HEADING = Pattern.compile("requirement|qualification|responsib|what you|who you"
            + "|the role|your role|skills|description|overview|duties|nice to have|preferred|bonus|must have|about you");
    private static final Pattern BOILERPLATE = Pattern.compile("(?i)\\b(equal opportunity|without regard to|sexual orientation"
            + "|gender identity|national origin|veteran status|reasonable accommodation|401\\(?k\\)?|paid time off|health insurance"
            + "|dental|vision insurance|pto\\b|apply now|click apply|submit your (resume|application)|background check"
            + "|e-verify|drug[- ]free|privacy (policy|notice)|salary range|pay range|benefits package)");
    /** Words that say what the job asks for; counted per chunk word by word (a regex over every chunk cost 1.5 ms a posting). */
    private static final Set<String> REQUIREMENT_WORDS = Set.of("experience", "year", "years", "skill", "skills", "knowledge",
            "ability", "degree", "required", "requirement", "requirements", "must", "qualification", "qualifications");
    private static final List<String> REQUIREMENT_STEMS = List.of("proficien", "familiar", "responsib", "develop", "design",
            "build", "manag", "lead", "support", "analy", "expert");
    private static final Pattern NON_WORD = Pattern.compile("[^a-z0-9_]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern HEADING_END = Pattern.compile("[:#*•\\-–—]+$");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?;])\\s+(?=[A-Z0-9(•\\-])|\\s+(?=[•▪●·]\\s)");

    private PostingChunker() {
    }

    /** Up to {@value #MAX_CHUNKS} chunks of the posting's relevant text, in text order. */
    public static List<String> chunks(String text) {
        List<String> units = relevantUnits(text == null ? "" : text);
        List<String> chunks = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int words = 0;
        for (String unit : units) {
            for (String word : SPACES.split(unit)) {
                if (word.isEmpty()) {
                    continue;
                }
                current.append(word).append(' ');
                if (++words == CHUNK_WORDS) {
                    chunks.add(current.toString().strip());
                    current.setLength(0);
                    words = 0;
                }
            }
        }
        if (words >= CHUNK_WORDS / 4 || (chunks.isEmpty() && words > 0)) {
            chunks.add(current.toString().strip());
        }
        return choose(chunks);
    }

    /** The chunks richest in requirement words (the first, which says what the job is, gets a head start), in text order. */
    private static List<String> choose(List<String> chunks) {
        if (chunks.size() <= MAX_CHUNKS) {
            return chunks;
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < chunks.size(); i++) {
            order.add(i);
        }
        int[] weight = new int[chunks.size()];
        for (int i = 0; i < weight.length; i++) {
            weight[i] = requirementWords(chunks.get(i)) + (i == 0 ? FIRST_CHUNK_BONUS : 0);
        }
        order.sort(Comparator.comparingInt((Integer i) -> -weight[i]).thenComparingInt(i -> i));
        List<Integer> picked = new ArrayList<>(order.subList(0, MAX_CHUNKS));
        picked.sort(Integer::compare);
        return picked.stream().map(chunks::get).toList();
    }

    static int requirementWords(String chunk) {
        int count = 0;
        String previous = "";
        for (String word : NON_WORD.split(chunk.toLowerCase(Locale.ROOT))) {
            if (REQUIREMENT_WORDS.contains(word) || (previous.equals("you") && word.equals("will"))) {
                count++;
            } else {
                for (String stem : REQUIREMENT_STEMS) {
                    if (word.startsWith(stem)) {
                        count++;
                        break;
                    }
                }
            }
            previous = word;
        }
        return count;
    }

    /** Lines and sentences that are not under an ignored heading and carry no boilerplate. */
    static List<String> relevantUnits(String text) {
        List<String> units = new ArrayList<>();
        boolean ignoredSection = false;
        for (String rawLine : text.split("\\R")) {
            String line = rawLine.strip();
            if (line.isEmpty()) {
                continue;
            }
            if (isHeading(line)) {
                ignoredSection = IGNORED_HEADING.matcher(line.toLowerCase(Locale.ROOT)).find();
                continue;
            }
            if (ignoredSection) {
                continue;
            }
            for (String sentence : SENTENCE_END.split(line)) {
                if (!sentence.isBlank() && !BOILERPLATE.matcher(sentence).find()) {
                    units.add(sentence.strip());
                }
            }
        }
        return units;
    }

    /** "Requirements:", "BENEFITS", "About us": short, no full stop, and a colon, capitals or a known heading word. */
    private static boolean isHeading(String line) {
        String h = HEADING_END.matcher(line).replaceAll("").strip();
        if (h.isEmpty() || h.length() > 60 || !Character.isLetter(h.charAt(0)) || h.endsWith(".")) {
            return false;
        }
        int words = SPACES.split(h).length;
        String lower = h.toLowerCase(Locale.ROOT);
        return (line.endsWith(":") && words <= 8) || (words <= 5 && (h.equals(h.toUpperCase(Locale.ROOT))
                || IGNORED_HEADING.matcher(lower).find() || KNOWN_HEADING.matcher(lower).find()));
    }
}
