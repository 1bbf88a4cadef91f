package dev.careeragent.ui.jobs;

import dev.careeragent.jobs.JobPosting;
import dev.careeragent.jobs.PostingLink;
import dev.careeragent.match.MatchResult;
import java.util.List;

/** The selected job: the full posting, every place it was listed and its match score ({@code null} when not scored). */
public record JobDetail(JobPosting posting, List<PostingLink> links, MatchResult match) {

    public JobDetail {
        links = List.copyOf(links);
    }

    public JobDetail(JobPosting posting, List<PostingLink> links) {
        this(posting, links, null);
    }

    /** The address to open: the first listing's URL, else the posting's own. */
    public String bestUrl() {
        return links.stream().map(PostingLink::url).filter(u -> u != null && !u.isBlank()).findFirst()
                .orElse(posting.url());
    }

    /** The credits of the sources that ask for one, e.g. "Jobs from Remotive (https://remotive.com)". */
    public List<String> attributions() {
        return links.stream().map(PostingLink::attribution).filter(a -> a != null && !a.isBlank()).distinct().toList();
    }
}
