package dev.careeragent.letters;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careeragent.letters.guard.Claim;
import dev.careeragent.letters.guard.FactSources;
import dev.careeragent.letters.guard.GuardReport;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** One test per guard rule: what the resume or posting backs passes, the invented is flagged. */
class FabricationGuardTest {

    private final FactSources sources = new FactSources(LetterFixtures.RESUME, LetterFixtures.RESUME_SKILLS, LetterFixtures.POSTING);

    private GuardReport check(String text) {
        return LetterFixtures.GUARD.check(text, sources);
    }

    private static Set<String> flagged(GuardReport report, Claim.Kind kind) {
        return report.flagged().stream().filter(c -> c.kind() == kind).map(Claim::text).collect(java.util.stream.Collectors.toSet());
    }

    private static Set<String> checked(GuardReport report, Claim.Kind kind) {
        return report.checked().stream().filter(c -> c.kind() == kind).map(Claim::text).collect(java.util.stream.Collectors.toSet());
    }

    @Test
    void employers() {
        GuardReport r = check("I worked at Northwind Analytics and before that with Initech. I want to join Fabrikam.");
        assertThat(checked(r, Claim.Kind.EMPLOYER)).contains("Northwind Analytics", "Initech", "Fabrikam");
        assertThat(flagged(r, Claim.Kind.EMPLOYER)).containsExactly("Initech");
    }

    @Test
    void titles() {
        GuardReport r = check("As Senior Software Engineer I grew; as Chief Technology Officer I led. The Backend Engineer role fits.");
        assertThat(flagged(r, Claim.Kind.TITLE)).containsExactly("Chief Technology Officer");
        assertThat(checked(r, Claim.Kind.TITLE)).contains("Senior Software Engineer", "Backend Engineer");
    }

    @Test
    void degrees() {
        GuardReport r = check("I hold a Bachelor's degree in computer science and a PhD in physics.");
        assertThat(checked(r, Claim.Kind.DEGREE)).contains("Bachelor's", "PhD");
        assertThat(flagged(r, Claim.Kind.DEGREE)).containsExactly("PhD");
    }

    @Test
    void skills() {
        GuardReport r = check("I write Java and Python every day, and I am an expert in Rust.");
        assertThat(checked(r, Claim.Kind.SKILL)).contains("Java", "Python", "Rust");
        assertThat(flagged(r, Claim.Kind.SKILL)).containsExactly("Rust");
    }

    @Test
    void numbers() {
        GuardReport r = check("I cut costs by 30%, served 2,000 requests per second, helped 12 million customers and raised revenue by 45%.");
        assertThat(checked(r, Claim.Kind.NUMBER)).contains("30%", "2,000", "12", "45%");
        assertThat(flagged(r, Claim.Kind.NUMBER)).containsExactly("45%");
    }

    @Test
    void years() {
        GuardReport r = check("I have been an engineer since 2015 and a manager since 2012.");
        assertThat(checked(r, Claim.Kind.YEAR)).contains("2015", "2012");
        assertThat(flagged(r, Claim.Kind.YEAR)).containsExactly("2012");
    }

    @Test
    void confirmedClaimsNoLongerBlockExport() {
        GuardReport r = check("I know Rust and earned a PhD.");
        assertThat(r.unresolved(Set.of())).hasSize(2);
        Claim rust = r.flagged().stream().filter(c -> c.kind() == Claim.Kind.SKILL).findFirst().orElseThrow();
        assertThat(r.unresolved(Set.of(rust.key()))).extracting(Claim::text).containsExactly("PhD");
    }
}
