package dev.careeragent.skills;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The skills the app knows: canonical names, categories, aliases and related skills (for partial
 * credit). Immutable once built; build it once (the composition root does) and share it.
 */
public final class SkillTaxonomy {

    /** Class-path location of the taxonomy shipped with the app. */
    public static final String DEFAULT_RESOURCE = "/skills/taxonomy.tsv";

    private final List<Skill> skills;
    private final Map<String, List<SkillTerm>> termsByKey;
    private final Map<Skill, List<Skill>> related;
    private final Map<String, List<Skill>> byCategory;

    private SkillTaxonomy(List<Skill> skills, Map<String, List<SkillTerm>> termsByKey,
                          Map<Skill, List<Skill>> related) {
        this.skills = List.copyOf(skills);
        this.termsByKey = termsByKey;
        this.related = related;
        Map<String, List<Skill>> categories = new LinkedHashMap<>();
        for (Skill s : skills) {
            categories.computeIfAbsent(s.category(), c -> new ArrayList<>()).add(s);
        }
        categories.replaceAll((c, list) -> List.copyOf(list));
        this.byCategory = Collections.unmodifiableMap(categories);
    }

    /** The taxonomy shipped inside the app. */
    public static SkillTaxonomy loadDefault() {
        InputStream in = SkillTaxonomy.class.getResourceAsStream(DEFAULT_RESOURCE);
        if (in == null) {
            throw new IllegalStateException("The skills list " + DEFAULT_RESOURCE
                    + " is missing from the application. Reinstall Career Agent.");
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return load(reader, DEFAULT_RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the skills list " + DEFAULT_RESOURCE + ": " + e.getMessage(), e);
        }
    }

    /** A taxonomy in the tab-separated format described in {@link TaxonomyReader}. */
    public static SkillTaxonomy load(Reader reader, String sourceName) throws IOException {
        return TaxonomyBuilder.build(TaxonomyReader.read(reader, sourceName), sourceName);
    }

    static SkillTaxonomy of(List<Skill> skills, Map<String, List<SkillTerm>> termsByKey, Map<Skill, List<Skill>> related) {
        return new SkillTaxonomy(skills, termsByKey, related);
    }

    /**
     * The skill a name stands for ("JS", "k8s", "MS Excel", "APIs"), ignoring case and spacing.
     * Words that need context in free text (like "Go") are found here, since the caller asks about a skill name.
     */
    public Optional<Skill> find(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String trimmed = text.strip();
        List<SkillTerm> terms = termsByKey.get(NormalizedText.key(trimmed));
        if (terms == null) {
            terms = termsByKey.get(NormalizedText.key(Plurals.singular(trimmed)));
        }
        if (terms == null) {
            return Optional.empty();
        }
        String exact = NormalizedText.of(trimmed, false).toString();
        return Optional.of(terms.stream()
                .filter(t -> NormalizedText.of(t.surface(), false).toString().equals(exact))
                .findFirst().orElse(terms.get(0)).skill());
    }

    /** Skills close enough to earn partial credit for each other (React ~ JavaScript). */
    public List<Skill> related(Skill skill) {
        return related.getOrDefault(skill, List.of());
    }

    public List<String> categories() {
        return List.copyOf(byCategory.keySet());
    }

    public List<Skill> skillsIn(String category) {
        return byCategory.getOrDefault(category, List.of());
    }

    public List<Skill> all() {
        return skills;
    }

    public int size() {
        return skills.size();
    }

    /** Every name of every skill, for the text matcher. */
    List<SkillTerm> terms() {
        Set<SkillTerm> all = new LinkedHashSet<>();
        termsByKey.values().forEach(all::addAll);
        return List.copyOf(all);
    }
}
