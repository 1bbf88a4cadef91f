package dev.careeragent.match;

/**
 * A posting ready to score: its features, its skills as ids (with the years asked for, 0 when none), and
 * the arena indices of its title vector and chunk vectors, the fields its title names, the licences it asks for
 * and the role it names.
 */
record IndexedPosting(long id, PostingFeatures features, int[] required, int[] requiredYears, int[] preferred,
                      int titleVector, int[] chunkVectors, java.util.Set<Occupation> occupations,
                      java.util.Set<Licences> licences, String role) {

    static IndexedPosting of(long id, PostingFeatures f, SkillIndex skills, int[] vectors) {
        int[] required = ids(f.required(), skills);
        int[] years = new int[required.length];
        int k = 0;
        for (PostingFeatures.SkillNeed need : f.required()) {
            if (skills.id(need.skill()) >= 0) {
                years[k++] = need.years() == null ? 0 : need.years();
            }
        }
        int[] chunks = new int[vectors.length - 1];
        System.arraycopy(vectors, 1, chunks, 0, chunks.length);
        return new IndexedPosting(id, f, required, years, ids(f.preferred(), skills), vectors[0], chunks,
                Occupation.of(f.title()), Licences.askedBy(f.title()),
                TitleWords.role(f.title()));
    }

    private static int[] ids(java.util.List<PostingFeatures.SkillNeed> needs, SkillIndex skills) {
        return needs.stream().mapToInt(n -> skills.id(n.skill())).filter(id -> id >= 0).toArray();
    }
}
