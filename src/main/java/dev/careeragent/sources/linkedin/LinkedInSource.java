package dev.careeragent.sources.linkedin;

import dev.careeragent.jobs.JobPosting.RemoteMode;
import dev.careeragent.jobs.normalize.EmploymentType;
import dev.careeragent.sources.BoardSource;
import dev.careeragent.sources.PostingNormalizer;
import dev.careeragent.sources.SearchCriteria;
import dev.careeragent.sources.fetch.NextPage;
import dev.careeragent.sources.fetch.SourcePolicy;
import java.net.URI;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * LinkedIn's public guest job search ({@code /jobs-guest/jobs/api/seeMoreJobPostings/search}, paged by
 * {@code start}) and job view pages ({@code /jobs/view/<id>}) for the full description and criteria.
 * Opt-in only: LinkedIn's terms restrict automated access ({@link #TERMS_NOTICE}).
 */
public final class LinkedInSource extends BoardSource {

    public static final String ID = LinkedIn.SOURCE;
    public static final String DEFAULT_BASE = "https://www.linkedin.com/";
    public static final String TERMS_NOTICE = "LinkedIn's terms (its user agreement) do not allow automated access to its site. "
            + "Career Agent reads only the public guest job pages, slowly, and only if you turn LinkedIn on; "
            + "you take the responsibility for that choice.";

    private static final Map<RemoteMode, String> WORKPLACE = Map.of(RemoteMode.ON_SITE, "1", RemoteMode.REMOTE, "2",
            RemoteMode.HYBRID, "3");
    private static final Map<EmploymentType, String> JOB_TYPE = Map.of(EmploymentType.FULL_TIME, "F",
            EmploymentType.PART_TIME, "P", EmploymentType.CONTRACT, "C", EmploymentType.TEMPORARY, "T",
            EmploymentType.INTERNSHIP, "I", EmploymentType.VOLUNTEER, "V");

    public LinkedInSource(SourcePolicy policy, PostingNormalizer normalizer) {
        super(policy, new LinkedInSearchParser(normalizer), new LinkedInJobParser(normalizer));
    }

    @Override
    public URI firstPage(SearchCriteria c) {
        String miles = c.radiusKm() == null ? null : Long.toString(Math.round(c.radiusKm() / 1.609));
        String posted = c.postedWithinDays() == null ? null : "r" + c.postedWithinDays() * 86_400L;
        return policy().url("/jobs-guest/jobs/api/seeMoreJobPostings/search?" + query(
                "keywords", c.keywords(), "location", c.location(), "distance", miles, "f_TPR", posted,
                "f_WT", codes(c.remoteModes().stream().map(WORKPLACE::get)),
                "f_JT", codes(c.employmentTypes().stream().map(JOB_TYPE::get)), "start", "0"));
    }

    @Override
    protected NextPage nextPage() {
        return NextPage.offsetByItems("start");
    }

    static String codes(java.util.stream.Stream<String> codes) {
        return codes.filter(code -> code != null).sorted().collect(Collectors.joining(","));
    }
}
