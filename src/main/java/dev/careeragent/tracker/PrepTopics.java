package dev.careeragent.tracker;

import java.util.List;

/** What to prepare for a job's interview: the skills it requires and the user's gaps against it. */
public interface PrepTopics {

    List<String> requiredSkills(long postingId);

    List<String> gaps(long postingId);

    PrepTopics NONE = new PrepTopics() {
        @Override public List<String> requiredSkills(long postingId) { return List.of(); }
        @Override public List<String> gaps(long postingId) { return List.of(); }
    };
}
