package dev.careeragent.bench;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.careeragent.jobs.JobPosting;
import dev.careeragent.jobs.normalize.LocationParser;
import dev.careeragent.jobs.normalize.ParsedLocation;
import dev.careeragent.testing.Corpus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The corpus' 956 real Glassdoor postings (jobs/csv/ds_salary_proj__glassdoor_jobs.csv) as JobPostings, for bulk tests and benchmarks. */
public final class GlassdoorCsv {

    public static final String FILE = "jobs/csv/ds_salary_proj__glassdoor_jobs.csv";

    private GlassdoorCsv() {
    }

    public static List<JobPosting> postings() {
        CsvMapper mapper = new CsvMapper();
        List<JobPosting> postings = new ArrayList<>();
        LocationParser locations = new LocationParser();
        try (MappingIterator<Map<String, String>> rows = mapper.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(Corpus.file(FILE).toFile())) {
            while (rows.hasNext()) {
                Map<String, String> row = rows.next();
                String company = row.get("Company Name").split("\n")[0].trim();
                ParsedLocation place = locations.parse(row.get("Location"));
                postings.add(JobPosting.builder().source("glassdoor-csv").sourceId(row.get(""))
                        .title(row.get("Job Title")).company(company).location(row.get("Location"))
                        .city(place.city()).region(place.region()).country(place.country())
                        .salaryText(row.get("Salary Estimate")).descriptionText(row.get("Job Description"))
                        .industries(List.of(row.get("Industry"))).build());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + FILE, e);
        }
        return postings;
    }

    /** {@code count} postings made by repeating the real ones with distinct ids (for 10k/100k-scale runs). */
    public static List<JobPosting> scaledTo(int count) {
        List<JobPosting> real = postings();
        List<JobPosting> scaled = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            JobPosting p = real.get(i % real.size());
            scaled.add(p.toBuilder().sourceId("r" + i).build());
        }
        return scaled;
    }
}
