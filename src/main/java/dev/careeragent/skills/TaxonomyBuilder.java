package dev.careeragent.skills;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Turns read taxonomy lines into a checked {@link SkillTaxonomy}: unique names, no clashing aliases. */
final class TaxonomyBuilder {

    private TaxonomyBuilder() {
    }

    static SkillTaxonomy build(List<TaxonomyReader.Entry> entries, String sourceName) {
        Map<String, Skill> byKey = new LinkedHashMap<>();
        Map<String, List<SkillTerm>> termsByKey = new HashMap<>();
        Map<Skill, TaxonomyReader.Entry> entryOf = new LinkedHashMap<>();
        for (TaxonomyReader.Entry e : entries) {
            List<String> plainAliases = e.aliases().stream().map(TaxonomyBuilder::unmarked)
                    .filter(a -> !a.equals(e.name())).toList();
            Skill skill = new Skill(e.name(), e.category(), plainAliases);
            if (byKey.putIfAbsent(NormalizedText.key(e.name()), skill) != null) {
                throw TaxonomyReader.problem(sourceName, e.line(), "the skill '" + e.name() + "' is listed twice");
            }
            entryOf.put(skill, e);
            for (SkillTerm term : termsOf(skill, e)) {
                addTerm(termsByKey, term, sourceName, e.line());
            }
        }
        Map<Skill, Set<Skill>> related = new LinkedHashMap<>();
        entryOf.forEach((skill, e) -> {
            for (String name : e.related()) {
                Skill other = byKey.get(NormalizedText.key(name));
                if (other == null || other == skill) {
                    throw TaxonomyReader.problem(sourceName, e.line(),
                            "related skill '" + name + "' of '" + skill.name() + "' is " + (other == null ? "unknown" : "itself"));
                }
                related.computeIfAbsent(skill, k -> new LinkedHashSet<>()).add(other);
                related.computeIfAbsent(other, k -> new LinkedHashSet<>()).add(skill);
            }
        });
        Map<Skill, List<Skill>> frozen = new HashMap<>();
        related.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        termsByKey.replaceAll((k, v) -> List.copyOf(v));
        return SkillTaxonomy.of(new ArrayList<>(byKey.values()), termsByKey, frozen);
    }

    private static List<SkillTerm> termsOf(Skill skill, TaxonomyReader.Entry e) {
        List<SkillTerm> terms = new ArrayList<>();
        boolean nameMarked = false;
        for (String raw : e.aliases()) {
            String surface = unmarked(raw);
            MatchRule rule = MatchRule.ofMark(raw.charAt(0));
            nameMarked |= surface.equals(e.name());
            terms.add(new SkillTerm(surface, skill, rule));
        }
        if (!nameMarked) {
            terms.add(0, new SkillTerm(e.name(), skill, MatchRule.ANY_CASE));
        }
        return terms;
    }

    /**
     * Two skills may share a folded name only when every one of them is matched by exact spelling and the
     * spellings differ ("Swift" the language, "SWIFT" the payment network).
     */
    private static void addTerm(Map<String, List<SkillTerm>> termsByKey, SkillTerm term, String sourceName, int line) {
        List<SkillTerm> existing = termsByKey.computeIfAbsent(term.key(), k -> new ArrayList<>());
        for (SkillTerm other : existing) {
            boolean sameSkill = other.skill() == term.skill();
            if (sameSkill && !other.surface().equals(term.surface()) && other.rule() == term.rule()) {
                return; // a spelling the folding already reads ("Organisational skills" beside "Organizational Skills")
            }
            boolean distinguishable = other.caseSensitive() && term.caseSensitive() && !other.surface().equals(term.surface());
            if (sameSkill || !distinguishable) {
                throw TaxonomyReader.problem(sourceName, line, "the name '" + term.surface() + "' of '" + term.skill().name()
                        + "' is already used by '" + other.skill().name() + "'");
            }
        }
        existing.add(term);
    }

    private static String unmarked(String alias) {
        char first = alias.charAt(0);
        return (first == '=' || first == '!') && alias.length() > 1 ? alias.substring(1).strip() : alias;
    }
}
