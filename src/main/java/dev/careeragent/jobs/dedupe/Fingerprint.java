package dev.careeragent.jobs.dedupe;

import dev.careeragent.jobs.JobPosting;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;

/**
 * What duplicate detection compares, computed once per posting (a batch computes them in parallel): description
 * shingles and their MinHash band keys, the title's words and level words, the place, the company + title + place
 * key and the date.
 */
record Fingerprint(JobPosting posting, long[] shingles, long[] bandKeys, Set<String> titleWords,
        Set<String> levelWords, String place, String companyTitlePlace, LocalDate date) {

    static Fingerprint of(JobPosting p) {
        long[] shingles = Shingles.of(p.descriptionText());
        return of(p, shingles, MinHashIndex.bandKeys(shingles));
    }

    /** A stored posting known by its saved band keys; its shingles are read only when needed ({@code null} here). */
    static Fingerprint stored(JobPosting p, long[] bandKeys) {
        return of(p, null, bandKeys);
    }

    private static Fingerprint of(JobPosting p, long[] shingles, long[] bandKeys) {
        Set<String> titleWords = PostingKeys.titleWords(p.title());
        String company = PostingKeys.company(p.company());
        String place = PostingKeys.place(p);
        String ctl = company.isEmpty() || titleWords.isEmpty() ? null
                : company + "|" + String.join(" ", titleWords) + "|" + place;
        return new Fingerprint(p, shingles, bandKeys, titleWords, PostingKeys.levels(titleWords), place, ctl, dateOf(p));
    }

    Fingerprint withShingles(long[] value) {
        return new Fingerprint(posting, value, bandKeys, titleWords, levelWords, place, companyTitlePlace, date);
    }

    Optional<String> sourceKey() {
        return posting.source() == null || posting.sourceId() == null ? Optional.empty()
                : Optional.of(posting.source() + "|" + posting.sourceId());
    }

    /** Same level words, and one title's words contain the other's or they share at least 80%. */
    boolean titleCompatible(Fingerprint other) {
        Set<String> x = titleWords;
        Set<String> y = other.titleWords;
        if (x.isEmpty() || y.isEmpty() || !levelWords.equals(other.levelWords)) {
            return false;
        }
        if (x.containsAll(y) || y.containsAll(x)) {
            return true;
        }
        long common = x.stream().filter(y::contains).count();
        return (double) common / (x.size() + y.size() - common) >= 0.8;
    }

    /** Places agree unless both postings name a city and they differ. */
    boolean placeCompatible(Fingerprint other) {
        return posting.city() == null || other.posting.city() == null || place.equals(other.place);
    }

    private static LocalDate dateOf(JobPosting p) {
        if (p.postedDate() != null) {
            return p.postedDate();
        }
        return p.firstSeen() == null ? null : p.firstSeen().atZone(ZoneOffset.UTC).toLocalDate();
    }
}
