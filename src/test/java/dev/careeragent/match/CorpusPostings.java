package dev.careeragent.match;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.careeragent.bench.GlassdoorCsv;
import dev.careeragent.jobs.JobPosting;
import dev.careeragent.jobs.normalize.HtmlSanitizer;
import dev.careeragent.resume.jobtext.JobFileReader;
import dev.careeragent.testing.Corpus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Postings of the shared corpus by reference: a file path ("jobs/pdf/x.pdf"), a job of a JSON API
 * response ("jobs/json/ashby/x.json#3", index in its job list) or a row of the Glassdoor CSV ("...csv#40", row id).
 */
public final class CorpusPostings {

    private static List<JobPosting> glassdoor;

    private CorpusPostings() {
    }

    public static JobPosting load(String ref) {
        try {
            int hash = ref.indexOf('#');
            if (hash < 0) {
                return new JobFileReader().read(Corpus.file(ref));
            }
            String path = ref.substring(0, hash);
            int index = Integer.parseInt(ref.substring(hash + 1));
            if (path.endsWith(".csv")) {
                return csvRow(index);
            }
            JsonNode root = new ObjectMapper().readTree(Corpus.file(path).toFile());
            JsonNode jobs = root.isArray() ? root : root.get("jobs");
            JsonNode job = jobs.get(index);
            String title = text(job, "title", "position", "jobTitle");
            String html = text(job, "descriptionHtml", "description", "jobDescription");
            JobPosting.Builder b = JobPosting.builder().source(path).sourceId(String.valueOf(index)).title(title)
                    .location(text(job, "location", "jobGeo")).employmentType(text(job, "employmentType", "jobType"))
                    .descriptionText(new HtmlSanitizer().toPlainText(html));
            if (job.path("isRemote").asBoolean(false)) {
                b.remote(JobPosting.RemoteMode.REMOTE);
            }
            return b.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static synchronized JobPosting csvRow(int rowId) throws IOException {
        if (glassdoor == null) {
            glassdoor = GlassdoorCsv.postings();
        }
        return glassdoor.stream().filter(p -> p.sourceId().equals(String.valueOf(rowId))).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No CSV row " + rowId));
    }

    private static String text(JsonNode node, String... names) {
        for (String n : names) {
            if (node.hasNonNull(n) && !node.get(n).asText().isBlank()) {
                return node.get(n).asText();
            }
        }
        return null;
    }
}
