package dev.careeragent.sources.indeed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.careeragent.jobs.JobPosting;
import dev.careeragent.jobs.normalize.UrlCanonicalizer;
import dev.careeragent.sources.Html;
import dev.careeragent.sources.JobDetailParser;
import dev.careeragent.sources.JobPageParseException;
import dev.careeragent.sources.Json;
import dev.careeragent.sources.PostingNormalizer;
import dev.careeragent.sources.RawPosting;
import dev.careeragent.sources.Texts;
import dev.careeragent.sources.web.JsonLdJobPostingReader;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Document;

/**
 * Indeed's job view page. Reads the embedded {@code window._initialData} JSON when present, the page markup
 * otherwise, and the JobPosting JSON-LD for whatever both lack (exact post date, description).
 */
public final class IndeedJobParser implements JobDetailParser {

    public static final String SOURCE = Indeed.SOURCE;

    private final PostingNormalizer normalizer;
    private final JsonLdJobPostingReader jsonLd = new JsonLdJobPostingReader();

    public IndeedJobParser(PostingNormalizer normalizer) {
        this.normalizer = normalizer;
    }

    @Override
    public JobPosting parse(String html, String pageUrl) {
        Document doc = Html.parse(html, pageUrl, Indeed.NAME);
        JsonNode data = Json.assignedIn(html, "window._initialData").orElse(MissingNode.getInstance());
        JsonNode info = Json.at(data, "jobInfoWrapperModel", "jobInfoModel");
        JsonNode header = Json.at(info, "jobInfoHeaderModel");
        Optional<RawPosting> ld = jsonLd.read(doc, SOURCE);
        String canonical = Html.attr(doc, "link[rel=canonical]", "href");
        String jobKey = Optional.ofNullable(Json.text(data, "jobKey"))
                .or(() -> UrlCanonicalizer.indeedJobKey(canonical))
                .or(() -> UrlCanonicalizer.indeedJobKey(pageUrl)).orElse(null);
        String origin = Indeed.origin(Json.text(data, "baseUrl"), canonical, pageUrl);
        JsonNode jobDetails = Json.at(info, "jobDescriptionSectionModel", "jobDetailsSection");
        List<String> jobTypes = Json.texts(jobDetails, "jobTypes");

        RawPosting raw = new RawPosting(SOURCE)
                .sourceId(jobKey)
                .url(Indeed.viewUrl(origin, jobKey))
                .title(Texts.first(Json.text(header, "jobTitle"), Json.text(data, "jobTitle"),
                        Html.text(doc, "h1.jobsearch-JobInfoHeader-title", "[data-testid=jobsearch-JobInfoHeader-title]")))
                .company(Texts.first(Json.text(header, "companyName"), Html.text(doc, "[data-company-name]",
                        "[data-testid=inlineHeader-companyName]")))
                .location(Texts.first(Json.text(header, "formattedLocation"), Json.text(data, "jobLocation"),
                        Html.text(doc, "[data-testid=inlineHeader-companyLocation]", "[data-testid=job-location]"),
                        Json.text(data, "companyTabModel", "location")))
                .remote(Indeed.remoteMode(Json.text(header, "remoteWorkModel", "type"),
                        Json.at(header, "remoteLocation") != null && Json.at(header, "remoteLocation").asBoolean()))
                .employmentType(Texts.first(Json.text(info, "jobMetadataHeaderModel", "jobType"),
                        jobTypes.isEmpty() ? null : String.join(", ", jobTypes),
                        Html.text(doc, "#salaryInfoAndJobType .jobsearch-JobMetadataHeader-item", "#salaryInfoAndJobType")))
                .salaryText(Texts.first(Json.text(data, "salaryInfoModel", "salaryText"),
                        Html.text(doc, "#salaryInfoAndJobType [class*=salary]", "[data-testid*=salaryInfo]")))
                .postedText(Texts.first(ld.map(r -> r.postedText()).orElse(null),
                        Json.text(data, "jobMetadataFooterModel", "age"), Json.text(data, "hiringInsightsModel", "age")))
                .descriptionHtml(Texts.first(Json.text(info, "sanitizedJobDescription"), Html.html(doc, "#jobDescriptionText")));
        ld.ifPresent(raw::fillGapsFrom);
        if (raw.title() == null) {
            throw new JobPageParseException("This Indeed page holds no job (no title found). Indeed may have shown "
                    + "a check page; open the address in a browser, then try again.");
        }
        return normalizer.normalize(raw, origin);
    }
}
