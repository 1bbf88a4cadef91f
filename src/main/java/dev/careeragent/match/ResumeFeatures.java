package dev.careeragent.match;

import java.util.List;
import java.util.Set;

/**
 * A {@link MatchProfile} made ready for arithmetic: per skill id whether the resume shows it (2), only a
 * related skill (1, with {@code via}) or not at all (0); years per skill (-1 when only listed); the
 * candidate's level; the vectors of resume sections and of the roles wanted; the fields those roles (and the
 * resume's credentials) name; the licensed occupations the resume names;
 * and the roles its recent titles name ("nurse", "assistant").
 */
public record ResumeFeatures(String hash, byte[] has, int[] via, double[] skillYears, double years, Seniority level,
                             List<String> roles, List<List<String>> roleWords, float[][] sectionVectors,
                             float[][] roleVectors, Set<Occupation> occupations,
                             Set<Licences> licences, Set<String> roleNouns) {

    static final byte OWN = 2;
    static final byte RELATED = 1;
}
