package dev.careeragent.skills;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SkillTaxonomyTest {

    private static final SkillTaxonomy TAXONOMY = SkillTaxonomy.loadDefault();

    @Test
    void shipsAtLeast1500SkillsWithDistinctNamesAcrossTechAndNonTechCategories() {
        assertThat(TAXONOMY.size()).isGreaterThanOrEqualTo(1500);
        Set<String> names = new HashSet<>();
        TAXONOMY.all().forEach(s -> assertThat(names.add(NormalizedText.key(s.name()))).as(s.name()).isTrue());
        assertThat(TAXONOMY.categories()).contains("Programming languages", "Cloud platforms", "Machine learning & AI",
                "Accounting & finance", "Healthcare & clinical", "Office administration", "Customer service",
                "Human resources", "Skilled trades & construction", "Legal & compliance", "Languages", "Soft skills");
        TAXONOMY.categories().forEach(c -> assertThat(TAXONOMY.skillsIn(c)).as(c).hasSizeGreaterThanOrEqualTo(10));
    }

    @Test
    void everyNameAndAliasResolvesToItsOwnSkill() {
        for (Skill skill : TAXONOMY.all()) {
            assertThat(TAXONOMY.find(skill.name())).as(skill.name()).contains(skill);
            for (String alias : skill.aliases()) {
                assertThat(TAXONOMY.find(alias)).as(alias + " of " + skill.name()).contains(skill);
            }
        }
    }

    @Test
    void noNameMapsToTwoSkillsUnlessExactSpellingTellsThemApart() {
        Map<String, Set<Skill>> byKey = new HashMap<>();
        for (SkillTerm term : TAXONOMY.terms()) {
            byKey.computeIfAbsent(term.key(), k -> new HashSet<>()).add(term.skill());
        }
        byKey.forEach((key, skills) -> {
            if (skills.size() > 1) {
                List<SkillTerm> terms = TAXONOMY.terms().stream().filter(t -> t.key().equals(key)).toList();
                assertThat(terms).as(key).allMatch(SkillTerm::caseSensitive);
                assertThat(terms.stream().map(SkillTerm::surface).distinct()).as(key).hasSize(terms.size());
            }
        });
        assertThat(TAXONOMY.find("Swift")).map(Skill::name).contains("Swift");
        assertThat(TAXONOMY.find("SWIFT")).map(Skill::name).contains("SWIFT Payments");
    }

    @Test
    void findsCommonAliasesIgnoringCaseSpacingAndPlural() {
        assertThat(TAXONOMY.find("JS")).map(Skill::name).contains("JavaScript");
        assertThat(TAXONOMY.find("ecmascript")).map(Skill::name).contains("JavaScript");
        assertThat(TAXONOMY.find("k8s")).map(Skill::name).contains("Kubernetes");
        assertThat(TAXONOMY.find("Postgres")).map(Skill::name).contains("PostgreSQL");
        assertThat(TAXONOMY.find("MS Excel")).map(Skill::name).contains("Microsoft Excel");
        assertThat(TAXONOMY.find("  us gaap ")).map(Skill::name).contains("GAAP");
        assertThat(TAXONOMY.find("front end development")).map(Skill::name).contains("Front-End Development");
        assertThat(TAXONOMY.find("APIs")).map(Skill::name).contains("API Design");
        assertThat(TAXONOMY.find("Go")).map(Skill::name).contains("Go");
        assertThat(TAXONOMY.find("a skill nobody has")).isEmpty();
        assertThat(TAXONOMY.find(" ")).isEmpty();
    }

    @Test
    void relatedSkillsAreSymmetricAndKnown() {
        Skill react = TAXONOMY.find("React").orElseThrow();
        Skill javascript = TAXONOMY.find("JavaScript").orElseThrow();
        assertThat(TAXONOMY.related(react)).contains(javascript);
        assertThat(TAXONOMY.related(javascript)).contains(react);
        assertThat(TAXONOMY.related(TAXONOMY.find("Kubernetes").orElseThrow())).extracting(Skill::name).contains("Docker");
        assertThat(TAXONOMY.related(TAXONOMY.find("PostgreSQL").orElseThrow())).extracting(Skill::name).contains("MySQL", "SQL");
        for (Skill s : TAXONOMY.all()) {
            for (Skill r : TAXONOMY.related(s)) {
                assertThat(TAXONOMY.related(r)).as(r + " <-> " + s).contains(s);
            }
        }
    }

    @Test
    void singleWordNamesThatAreCommonEnglishWordsAreGuarded() {
        List<String> words = List.of("go", "r", "c", "excel", "spring", "less", "swift", "word", "access", "outlook",
                "teams", "ruby", "julia", "express", "flask", "chef", "puppet", "unity", "ray", "node", "rest", "soap",
                "make", "lean", "spark", "hive", "latin", "polish", "oracle", "lambda", "ada");
        for (String word : words) {
            List<SkillTerm> terms = TAXONOMY.terms().stream().filter(t -> t.key().equals(word)).toList();
            assertThat(terms).as(word).isNotEmpty().allMatch(SkillTerm::caseSensitive);
        }
    }

    @Test
    void rejectsDamagedFilesWithAMessageThatSaysWhereAndWhatToDo() throws IOException {
        assertThatThrownBy(() -> load("Java\tLanguages\t\t\nJava\tLanguages\t\t\n"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("line 2").hasMessageContaining("listed twice")
                .hasMessageContaining("Reinstall");
        assertThatThrownBy(() -> load("Java\tLanguages\tJ\t\nJulia\tLanguages\tJ\t\n"))
                .hasMessageContaining("'J'").hasMessageContaining("already used");
        assertThatThrownBy(() -> load("Java\tLanguages\t\tKotlin\n")).hasMessageContaining("unknown");
        assertThatThrownBy(() -> load("just one column\n")).hasMessageContaining("line 1");
        assertThat(load("# comment\n\nSwift\tLanguages\t!Swift\t\nSWIFT Payments\tFinance\t=SWIFT\t\n").size()).isEqualTo(2);
    }

    private static SkillTaxonomy load(String tsv) throws IOException {
        return SkillTaxonomy.load(new StringReader(tsv), "test.tsv");
    }

    @Test
    void categoryNamesAreTidy() {
        TAXONOMY.categories().forEach(c -> assertThat(c).isEqualTo(c.strip()).doesNotContain("\t"));
        assertThat(TAXONOMY.all()).allMatch(s -> !s.name().isBlank() && s.name().equals(s.name().strip()));
        assertThat(TAXONOMY.all().stream().map(s -> s.name().toLowerCase(Locale.ROOT))).doesNotHaveDuplicates();
    }

    @Test
    void namedProductsFromOnetAreRecognisedInPostingsOfEveryField() {
        SkillExtractor extractor = new SkillExtractor(SkillTaxonomy.loadDefault());
        List<String> found = extractor.extract("Schedules in Kronos Workforce Timekeeper, charts in Epic Practice Management "
                + "and courses in Blackboard Learn.", "test").stream().map(m -> m.skill().name()).toList();
        assertThat(found).contains("Kronos Workforce Timekeeper", "Epic Practice Management", "Blackboard Learn");
        assertThat(SkillTaxonomy.loadDefault().skillsIn("Software tools (O*NET)"))
                .hasSizeGreaterThan(700);
    }
}
