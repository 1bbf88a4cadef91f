package dev.careeragent.jobs.dedupe;

import static dev.careeragent.sources.SourceTesting.corpus;
import static org.assertj.core.api.Assertions.assertThat;

import dev.careeragent.bench.GlassdoorCsv;
import dev.careeragent.jobs.JobPosting;
import dev.careeragent.sources.PostingNormalizer;
import dev.careeragent.sources.SourceTesting;
import dev.careeragent.sources.indeed.IndeedJobParser;
import dev.careeragent.sources.web.JsonLdJobParser;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Shows that {@link DuplicateDetector#DEFAULT_DESCRIPTION_THRESHOLD} separates the same posting shown by two
 * boards from different postings, on the corpus. Numbers are printed and recorded in docs/dedupe-tuning.md.
 * A tuning experiment, so not part of {@code ./mvnw verify} (the *Benchmark* name is excluded); run it on demand:
 * {@code ./mvnw test -Dtest=DuplicateDetectorTuningBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class DuplicateDetectorTuningBenchmark {

    private static final double T = DuplicateDetector.DEFAULT_DESCRIPTION_THRESHOLD;

    @Test
    void thresholdSeparatesCrossBoardCopiesFromDifferentPostings() {
        List<JobPosting> distinct = distinctDescriptions();
        List<long[]> shingles = distinct.stream().map(p -> Shingles.of(p.descriptionText())).toList();

        // Positives: each real description as another board would show it (its own header and footer added,
        // or cut short behind a "show more").
        double minPositive = 1;
        for (int i = 0; i < distinct.size(); i++) {
            String text = distinct.get(i).descriptionText();
            String[] words = text.split("\\s+");
            String framed = "About the job\n" + text + "\nApply now on our careers site. We are an equal opportunity "
                    + "employer and value diversity. Show more Show less";
            String truncated = String.join(" ", Arrays.copyOf(words, (int) (words.length * 0.85)));
            minPositive = Math.min(minPositive, Math.min(Shingles.jaccard(shingles.get(i), Shingles.of(framed)),
                    Shingles.jaccard(shingles.get(i), Shingles.of(truncated))));
        }

        // Negatives: every pair of different descriptions (177,310 pairs), with and without the title/place gate.
        double maxGated = 0;
        int ungatedAbove = 0;
        List<String> gatedAbove = new ArrayList<>();
        for (int i = 0; i < distinct.size(); i++) {
            for (int j = i + 1; j < distinct.size(); j++) {
                double s = Shingles.jaccard(shingles.get(i), shingles.get(j));
                if (s < T) {
                    maxGated = gated(distinct.get(i), distinct.get(j)) ? Math.max(maxGated, s) : maxGated;
                    continue;
                }
                ungatedAbove++;
                if (gated(distinct.get(i), distinct.get(j))) {
                    gatedAbove.add(distinct.get(i).company() + " / " + distinct.get(j).company() + ": "
                            + distinct.get(i).title() + " | " + distinct.get(j).title());
                    assertThat(PostingKeys.place(distinct.get(i))).isEqualTo(PostingKeys.place(distinct.get(j)));
                }
            }
        }
        System.out.printf("distinct=%d minPositive=%.3f maxGatedBelowT=%.3f ungatedAboveT=%d gatedAboveT=%s%n",
                distinct.size(), minPositive, maxGated, ungatedAbove, gatedAbove);

        assertThat(minPositive).as("every cross-board copy reaches the threshold").isGreaterThanOrEqualTo(T + 0.1);
        assertThat(maxGated).as("different postings with compatible titles stay well below").isLessThan(T - 0.1);
        assertThat(ungatedAbove).as("without the title gate, sibling roles (Data Scientist / Senior Data Scientist) "
                + "would merge").isGreaterThan(gatedAbove.size());
        // What remains above the threshold is the same role at the same place, re-posted (inspected by hand).
        assertThat(gatedAbove).hasSizeLessThanOrEqualTo(4);
    }

    @Test
    void samePostingFromBoardMarkupAndFromJsonLdIsOneJob() {
        PostingNormalizer normalizer = SourceTesting.normalizer();
        String html = corpus("jobs/html/indeed/talynt__indeed_posting.html");
        JobPosting fromIndeed = new IndeedJobParser(normalizer).parse(html, null);
        JobPosting fromJsonLd = new JsonLdJobParser(normalizer).parse(html, "https://example.org/copied-job")
                .toBuilder().url("https://example.org/copied-job").sourceId(null).company("Canonical Group").build();
        double similarity = Shingles.jaccard(Shingles.of(fromIndeed.descriptionText()), Shingles.of(fromJsonLd.descriptionText()));
        assertThat(similarity).isGreaterThan(T);

        DuplicateDetector detector = new DuplicateDetector();
        detector.add(fromIndeed);
        var match = detector.add(fromJsonLd);
        assertThat(match).isPresent();
        assertThat(match.get().reason()).isEqualTo(DuplicateReason.NEAR_IDENTICAL_DESCRIPTION);
    }

    @Test
    void glassdoorCsvRepeatsCollapse() {
        List<JobPosting> rows = GlassdoorCsv.postings();
        assertThat(rows).hasSize(956);
        List<DuplicateGroup> groups = DuplicateDetector.group(rows);
        long sameTextSameJob = rows.stream().map(p -> p.descriptionText() + "|" + PostingKeys.company(p.company()) + "|"
                + PostingKeys.titleWords(p.title()) + "|" + PostingKeys.place(p)).distinct().count();
        assertThat(groups.size()).isLessThanOrEqualTo((int) sameTextSameJob).isGreaterThan(550);
        for (DuplicateGroup g : groups) {
            for (JobPosting p : g.postings()) {
                assertThat(Fingerprint.of(g.primary()).titleCompatible(Fingerprint.of(p)))
                        .as("%s vs %s", g.primary().title(), p.title()).isTrue();
            }
        }
    }

    private static boolean gated(JobPosting a, JobPosting b) {
        Fingerprint x = Fingerprint.of(a);
        Fingerprint y = Fingerprint.of(b);
        return x.titleCompatible(y) && x.placeCompatible(y);
    }

    private static List<JobPosting> distinctDescriptions() {
        Map<String, JobPosting> byText = new LinkedHashMap<>();
        for (JobPosting p : GlassdoorCsv.postings()) {
            byText.putIfAbsent(p.descriptionText(), p);
        }
        return new ArrayList<>(byText.values());
    }
}
