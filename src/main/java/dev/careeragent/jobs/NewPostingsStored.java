package dev.careeragent.jobs;

import java.util.List;

/** Published after a search stored postings that were not known before; matching and alerts subscribe. */
public record NewPostingsStored(List<Long> postingIds) {

    public NewPostingsStored {
        postingIds = List.copyOf(postingIds);
    }
}
