package dev.careeragent.skills;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lists whose items share one head word: "communication, organisational and team working skills" names
 * organisational skills and communication skills as well, though only the last item stands next to "skills".
 * Each earlier item is looked up with the head word put back ("organisational skills").
 */
final class SharedHead {

    private static final Pattern HEAD = Pattern.compile("\\b(?:skills|abilities)\\b", Pattern.CASE_INSENSITIVE);
    private static final int MAX_ITEMS = 5;

    private SharedHead() {
    }

    /** Mentions for the earlier items of "A, B and C skills" lists, where no other mention covers them. */
    static List<SkillMention> mentions(String text, SkillTaxonomy taxonomy, String where, boolean[] taken) {
        List<SkillMention> out = new ArrayList<>();
        Matcher head = HEAD.matcher(text);
        while (head.find()) {
            String headWord = head.group();
            int[] last = wordBefore(text, head.start());
            if (last != null && separatorBefore(text, last[0]) < 0) {
                last = wordBefore(text, last[0]); // a last item of two words: "and team working skills"
            }
            for (int n = 1; last != null && n < MAX_ITEMS; n++) {
                int gap = separatorBefore(text, last[0]);
                int[] item = gap < 0 ? null : wordBefore(text, gap);
                if (item == null) {
                    break;
                }
                String word = text.substring(item[0], item[1]);
                Optional<Skill> skill = taxonomy.find(word + " " + headWord);
                if (skill.isPresent() && !anyTaken(taken, item[0], item[1])) {
                    out.add(new SkillMention(skill.get(), word, where, item[0], item[1]));
                }
                last = item;
            }
        }
        return out;
    }

    /** The word ending just before {@code end} (spaces skipped), as [start, end), or null. */
    private static int[] wordBefore(String text, int end) {
        int e = end;
        while (e > 0 && text.charAt(e - 1) == ' ') {
            e--;
        }
        int s = e;
        while (s > 0 && (Character.isLetter(text.charAt(s - 1)) || text.charAt(s - 1) == '-')) {
            s--;
        }
        return s < e && Character.isLetter(text.charAt(s)) ? new int[] {s, e} : null;
    }

    /** Where the word before a list separator (",", "and", "or", "&", ", and") ends, or -1 when there is none. */
    private static int separatorBefore(String text, int start) {
        int i = start;
        while (i > 0 && text.charAt(i - 1) == ' ') {
            i--;
        }
        boolean found = false;
        int[] word = wordBefore(text, i);
        if (word != null && word[1] == i && isJoin(text.substring(word[0], word[1]))) {
            i = word[0];
            found = true;
        } else if (i > 0 && text.charAt(i - 1) == '&') {
            i--;
            found = true;
        }
        while (i > 0 && text.charAt(i - 1) == ' ') {
            i--;
        }
        if (i > 0 && text.charAt(i - 1) == ',') {
            i--;
            found = true;
        }
        return found ? i : -1;
    }

    private static boolean isJoin(String word) {
        return word.equalsIgnoreCase("and") || word.equalsIgnoreCase("or");
    }

    private static boolean anyTaken(boolean[] taken, int start, int end) {
        for (int i = start; i < end; i++) {
            if (taken[i]) {
                return true;
            }
        }
        return false;
    }
}
