package dev.careeragent.match;

import dev.careeragent.skills.Skill;
import dev.careeragent.skills.SkillTaxonomy;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Dense int ids for the taxonomy's skills, so per-posting skill checks are array lookups. Immutable. */
public final class SkillIndex {

    /** Skills every posting mentions and nobody is hired for alone: they count half. */
    private static final Set<String> LIGHT_CATEGORIES = Set.of("Soft skills", "Languages");

    private final SkillTaxonomy taxonomy;
    private final List<Skill> skills;
    private final Map<String, Integer> ids = new HashMap<>();

    public SkillIndex(SkillTaxonomy taxonomy) {
        this.taxonomy = taxonomy;
        this.skills = taxonomy.all();
        for (int i = 0; i < skills.size(); i++) {
            ids.put(skills.get(i).name(), i);
        }
    }

    /** The id of a canonical skill name, or -1 when the taxonomy no longer has it. */
    public int id(String name) {
        Integer id = ids.get(name);
        if (id != null) {
            return id;
        }
        return taxonomy.find(name).map(s -> ids.getOrDefault(s.name(), -1)).orElse(-1);
    }

    public Skill skill(int id) {
        return skills.get(id);
    }

    public String name(int id) {
        return skills.get(id).name();
    }

    public int size() {
        return skills.size();
    }

    public List<Skill> related(int id) {
        return taxonomy.related(skills.get(id));
    }

    /** How much a skill weighs among a posting's skills: soft skills and spoken languages count half. */
    public double weight(int id) {
        return LIGHT_CATEGORIES.contains(skills.get(id).category()) ? 0.5 : 1.0;
    }
}
