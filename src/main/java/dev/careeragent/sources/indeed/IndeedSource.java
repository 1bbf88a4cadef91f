package dev.careeragent.sources.indeed;

import dev.careeragent.jobs.JobPosting.RemoteMode;
import dev.careeragent.jobs.normalize.EmploymentType;
import dev.careeragent.sources.BoardSource;
import dev.careeragent.sources.PostingNormalizer;
import dev.careeragent.sources.SearchCriteria;
import dev.careeragent.sources.fetch.NextPage;
import dev.careeragent.sources.fetch.SourcePolicy;
import java.net.URI;
import java.util.Map;

/**
 * Indeed search ({@code /jobs?q=&l=&radius=&fromage=&jt=}, ten results per page by {@code start}) and job
 * pages ({@code /viewjob?jk=}) for the full description. Indeed filters one job type; remote-only uses its
 * remote attribute.
 */
public final class IndeedSource extends BoardSource {

    public static final String ID = Indeed.SOURCE;
    public static final String DEFAULT_BASE = "https://www.indeed.com/";
    private static final String REMOTE_ATTRIBUTE = "0kf:attr(DSQF7);";
    private static final Map<EmploymentType, String> JOB_TYPE = Map.of(EmploymentType.FULL_TIME, "fulltime",
            EmploymentType.PART_TIME, "parttime", EmploymentType.CONTRACT, "contract", EmploymentType.TEMPORARY,
            "temporary", EmploymentType.INTERNSHIP, "internship", EmploymentType.PERMANENT, "permanent");

    public IndeedSource(SourcePolicy policy, PostingNormalizer normalizer) {
        super(policy, new IndeedSearchParser(normalizer), new IndeedJobParser(normalizer));
    }

    @Override
    public URI firstPage(SearchCriteria c) {
        boolean remoteOnly = c.remoteModes().equals(java.util.Set.of(RemoteMode.REMOTE));
        String type = c.employmentTypes().size() == 1 ? JOB_TYPE.get(c.employmentTypes().iterator().next()) : null;
        return policy().url("/jobs?" + query("q", c.keywords(), "l", remoteOnly && c.location() == null ? "Remote"
                : c.location(), "radius", c.radiusKm() == null ? null : c.radiusKm().toString(),
                "fromage", c.postedWithinDays() == null ? null : c.postedWithinDays().toString(),
                "jt", type, "sc", remoteOnly ? REMOTE_ATTRIBUTE : null, "start", "0"));
    }

    @Override
    protected NextPage nextPage() {
        return NextPage.offsetByPages("start", 10);
    }
}
