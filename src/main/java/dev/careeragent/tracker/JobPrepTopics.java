package dev.careeragent.tracker;

import dev.careeragent.jobs.store.JobPostingRepository;
import dev.careeragent.match.MatchExplanation;
import dev.careeragent.match.MatchService;
import dev.careeragent.skills.RequirementExtractor;
import java.util.List;

/** Prep topics from the stored posting: required skills by the requirement extractor, gaps by the last match. */
public final class JobPrepTopics implements PrepTopics {

    private final JobPostingRepository postings;
    private final RequirementExtractor requirements;
    private final MatchService matching;

    public JobPrepTopics(JobPostingRepository postings, RequirementExtractor requirements, MatchService matching) {
        this.postings = postings;
        this.requirements = requirements;
        this.matching = matching;
    }

    @Override
    public List<String> requiredSkills(long postingId) {
        return postings.find(postingId).map(p -> requirements.extract(p).required().stream()
                .map(r -> r.skill().name()).distinct().toList()).orElse(List.of());
    }

    @Override
    public List<String> gaps(long postingId) {
        return matching.explanation(postingId).map(MatchExplanation::missingRequired).orElse(List.of());
    }
}
