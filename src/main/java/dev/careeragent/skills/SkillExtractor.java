package dev.careeragent.skills;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the taxonomy's skills in free text with their evidence. One pass of a character trie over the
 * folded text; the longest name wins where names overlap ("Spring Boot" over "Spring", "C++" over "C");
 * names that are also common words need context (see {@link SkillContext}); web and mail addresses are
 * skipped ("linkedin.com/in/x" is no LinkedIn skill); the items of a list that share "skills" are read with it
 * ({@link SharedHead}). Thread-safe; build once and share.
 */
public final class SkillExtractor {

    private static final Set<String> ADDRESS_MARKS = Set.of(".com", ".org", ".edu", ".gov");
    private static final Comparator<TermTrie.Hit> LONGEST_FIRST =
            Comparator.comparingInt((TermTrie.Hit h) -> h.start() - h.end()).thenComparingInt(TermTrie.Hit::start);

    private final TermTrie trie;
    private final SkillTaxonomy taxonomy;

    public SkillExtractor(SkillTaxonomy taxonomy) {
        this.trie = new TermTrie(taxonomy.terms());
        this.taxonomy = taxonomy;
    }

    /** Every skill mention in {@code text}, in text order; {@code where} labels them all (e.g. "Skills section"). */
    public List<SkillMention> extract(String text, String where) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        NormalizedText folded = NormalizedText.of(text, true);
        List<int[]> addresses = addressSpans(text);
        List<TermTrie.Hit> hits = new ArrayList<>(trie.scan(folded));
        hits.sort(LONGEST_FIRST);
        boolean[] taken = new boolean[text.length() + 1];
        List<SkillMention> confirmed = new ArrayList<>();
        List<SkillMention> needContext = new ArrayList<>();
        for (TermTrie.Hit hit : hits) {
            int start = folded.origin(hit.start());
            int end = folded.originEnd(hit.end());
            if (insideAny(addresses, start) || overlaps(taken, start, end)) {
                continue;
            }
            String surface = text.substring(start, end);
            SkillTerm term = choose(hit.terms(), surface, shouted(surface) || SkillContext.caseCueFollows(text, end));
            if (term == null) {
                continue;
            }
            SkillMention mention = new SkillMention(term.skill(), surface, where, start, end);
            if (term.rule() == MatchRule.NEEDS_CONTEXT) {
                needContext.add(mention);
            } else {
                mark(taken, start, end);
                confirmed.add(mention);
            }
        }
        List<SkillMention> all = new ArrayList<>(confirmed);
        for (SkillMention m : needContext) {
            if (!overlaps(taken, m.start(), m.end()) && SkillContext.supports(text, m.start(), m.end(), confirmed)) {
                mark(taken, m.start(), m.end());
                all.add(m);
            }
        }
        all.addAll(SharedHead.mentions(text, taxonomy, where, taken));
        all.sort(Comparator.comparingInt(SkillMention::start));
        return List.copyOf(all);
    }

    /** The distinct skills of some mentions, in order of first appearance. */
    public static List<Skill> distinctSkills(List<SkillMention> mentions) {
        Set<Skill> skills = new LinkedHashSet<>();
        mentions.forEach(m -> skills.add(m.skill()));
        return List.copyOf(skills);
    }

    /**
     * The term the written form stands for: an exact-spelling term if one fits, else the one taking any case. A name
     * that needs context may differ in case when the case says nothing ({@code caseFree}): written in capitals
     * ("EXCEL ADVANCED A MUST") or followed by a cue word ("good excel skills"); it still needs its context.
     */
    private static SkillTerm choose(List<SkillTerm> terms, String surface, boolean caseFree) {
        SkillTerm anyCase = null;
        SkillTerm caseFreeTerm = null;
        String asWritten = null;
        for (SkillTerm t : terms) {
            if (!t.caseSensitive()) {
                anyCase = t;
                continue;
            }
            if (asWritten == null) {
                asWritten = NormalizedText.of(surface, false).toString();
            }
            if (t.exactForm().equals(asWritten)) {
                return t;
            }
            if (caseFree && t.rule() == MatchRule.NEEDS_CONTEXT && t.exactForm().equalsIgnoreCase(asWritten)) {
                caseFreeTerm = t;
            }
        }
        return anyCase != null ? anyCase : caseFreeTerm;
    }

    /** Written in capitals: two or more letters, none of them lower case. */
    private static boolean shouted(String surface) {
        return surface.chars().filter(Character::isLetter).count() >= 2 && surface.chars().noneMatch(Character::isLowerCase);
    }

    /** Spans of web and mail addresses: whitespace-free tokens with "@", "http", "www." or a common domain ending. */
    private static List<int[]> addressSpans(String text) {
        List<int[]> spans = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            while (i < n && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int start = i;
            boolean address = false;
            while (i < n && !Character.isWhitespace(text.charAt(i))) {
                char c = text.charAt(i);
                address |= c == '@' || (c == '.' && (ADDRESS_MARKS.contains(tail(text, i, 4)) || startsWithWww(text, start, i)))
                        || (c == '/' && i + 1 < n && text.charAt(i + 1) == '/');
                i++;
            }
            if (address) {
                spans.add(new int[] {start, i});
            }
        }
        return spans;
    }

    private static String tail(String text, int dot, int length) {
        int end = Math.min(text.length(), dot + length);
        return text.substring(dot, end).toLowerCase(Locale.ROOT);
    }

    private static boolean startsWithWww(String text, int start, int dot) {
        return dot - start == 3 && text.regionMatches(true, start, "www", 0, 3);
    }

    private static boolean insideAny(List<int[]> spans, int pos) {
        for (int[] s : spans) {
            if (pos >= s[0] && pos < s[1]) {
                return true;
            }
        }
        return false;
    }

    private static boolean overlaps(boolean[] taken, int start, int end) {
        for (int i = start; i < end; i++) {
            if (taken[i]) {
                return true;
            }
        }
        return false;
    }

    private static void mark(boolean[] taken, int start, int end) {
        for (int i = start; i < end; i++) {
            taken[i] = true;
        }
    }
}
