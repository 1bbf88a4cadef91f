package dev.careeragent.notify;

import dev.careeragent.notify.model.ScoredPosting;
import java.util.List;

/** What goes into a daily digest: the best new matches and the applications to follow up. */
public record DigestContent(List<ScoredPosting> matches, List<FollowUp> followUps) {

    public DigestContent {
        matches = List.copyOf(matches);
        followUps = List.copyOf(followUps);
    }

    public boolean isEmpty() {
        return matches.isEmpty() && followUps.isEmpty();
    }

    /** An application that needs attention, e.g. "no answer for 10 days: send a follow-up". */
    public record FollowUp(long applicationId, String company, String title, String status, String note) {
    }
}
