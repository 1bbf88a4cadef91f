package dev.careeragent.ui.jobs;

import dev.careeragent.jobs.JobPosting;
import dev.careeragent.jobs.PostingLink;
import java.util.List;

/** The selected job: the full posting and every place it was listed. */
public record JobDetail(JobPosting posting, List<PostingLink> links) {

    public JobDetail {
        links = List.copyOf(links);
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
