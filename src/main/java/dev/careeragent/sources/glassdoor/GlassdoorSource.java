package dev.careeragent.sources.glassdoor;

import dev.careeragent.jobs.JobPosting.RemoteMode;
import dev.careeragent.jobs.normalize.EmploymentType;
import dev.careeragent.sources.BoardSource;
import dev.careeragent.sources.PostingNormalizer;
import dev.careeragent.sources.SearchCriteria;
import dev.careeragent.sources.fetch.NextPage;
import dev.careeragent.sources.fetch.SourcePolicy;
import java.net.URI;
import java.util.Map;
import java.util.Set;

/**
 * Glassdoor search ({@code /Job/jobs.htm?sc.keyword=&locKeyword=&fromAge=&jobType=&remoteWorkType=}, numbered
 * pages {@code p=2,3..}) and job pages ({@code /job-listing/...?jl=}) for the description when the card has none.
 */
public final class GlassdoorSource extends BoardSource {

    public static final String ID = GlassdoorDetail.SOURCE;
    public static final String DEFAULT_BASE = "https://www.glassdoor.com/";
    private static final Map<EmploymentType, String> JOB_TYPE = Map.of(EmploymentType.FULL_TIME, "fulltime",
            EmploymentType.PART_TIME, "parttime", EmploymentType.CONTRACT, "contract", EmploymentType.TEMPORARY,
            "temporary", EmploymentType.INTERNSHIP, "internship");

    public GlassdoorSource(SourcePolicy policy, PostingNormalizer normalizer) {
        super(policy, new GlassdoorSearchParser(normalizer), new GlassdoorJobParser(normalizer));
    }

    @Override
    public URI firstPage(SearchCriteria c) {
        String type = c.employmentTypes().size() == 1 ? JOB_TYPE.get(c.employmentTypes().iterator().next()) : null;
        return policy().url("/Job/jobs.htm?" + query("sc.keyword", c.keywords(), "locKeyword", c.location(),
                "radius", c.radiusKm() == null ? null : c.radiusKm().toString(),
                "fromAge", c.postedWithinDays() == null ? null : c.postedWithinDays().toString(), "jobType", type,
                "remoteWorkType", c.remoteModes().equals(Set.of(RemoteMode.REMOTE)) ? "1" : null));
    }

    @Override
    protected NextPage nextPage() {
        return NextPage.numbered("p", 1);
    }
}
