package dev.careeragent.skills;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A character trie over the folded skill names (and the plural forms of the ones that take any case),
 * walked once from each word start: the cost grows with the text, not with the size of the taxonomy.
 */
final class TermTrie {

    /** A span of folded text that spells one or more terms (several only for case-distinguished names). */
    record Hit(int start, int end, List<SkillTerm> terms) {
    }

    private static final class Node {
        private Map<Character, Node> building = new HashMap<>(2);
        private char[] keys;
        private Node[] children;
        private List<SkillTerm> terms = List.of();

        Node child(char c) {
            int i = Arrays.binarySearch(keys, c);
            return i >= 0 ? children[i] : null;
        }

        /** Swaps the build-time map for sorted arrays: smaller and faster to walk. */
        void freeze() {
            keys = new char[building.size()];
            int i = 0;
            for (char c : building.keySet()) {
                keys[i++] = c;
            }
            Arrays.sort(keys);
            children = new Node[keys.length];
            for (i = 0; i < keys.length; i++) {
                children[i] = building.get(keys[i]);
            }
            building = null;
            for (Node child : children) {
                child.freeze();
            }
        }
    }

    private final Node root = new Node();

    TermTrie(List<SkillTerm> terms) {
        for (SkillTerm term : terms) {
            Node node = insert(term.key());
            node.terms = append(node.terms, term);
        }
        for (SkillTerm term : terms) {
            String plural = term.rule() == MatchRule.ANY_CASE ? Plurals.plural(term.key()) : null;
            if (plural != null) {
                Node node = insert(plural);
                if (node.terms.isEmpty()) {
                    node.terms = List.of(term);
                }
            }
        }
        root.freeze();
    }

    /** Every term spelled from each word start of the text, shortest and longest alike. */
    List<Hit> scan(NormalizedText text) {
        List<Hit> hits = new ArrayList<>();
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == ' ' || (Character.isLetterOrDigit(c) && i > 0 && Character.isLetterOrDigit(text.charAt(i - 1)))) {
                continue;
            }
            Node node = root;
            for (int j = i; j < n; j++) {
                node = node.child(text.charAt(j));
                if (node == null) {
                    break;
                }
                if (!node.terms.isEmpty() && endsWord(text, j + 1)) {
                    hits.add(new Hit(i, j + 1, node.terms));
                }
            }
        }
        return hits;
    }

    private static boolean endsWord(NormalizedText text, int end) {
        return end == text.length() || !Character.isLetterOrDigit(text.charAt(end))
                || !Character.isLetterOrDigit(text.charAt(end - 1));
    }

    private Node insert(String key) {
        Node node = root;
        for (int i = 0; i < key.length(); i++) {
            node = node.building.computeIfAbsent(key.charAt(i), k -> new Node());
        }
        return node;
    }

    private static List<SkillTerm> append(List<SkillTerm> list, SkillTerm term) {
        List<SkillTerm> copy = new ArrayList<>(list);
        copy.add(term);
        return List.copyOf(copy);
    }
}
