package dev.careeragent.sources;

import dev.careeragent.jobs.JobPosting.RemoteMode;
import dev.careeragent.jobs.store.SavedSearch;
import dev.careeragent.jobs.normalize.EmploymentType;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What one search asks every source for. Sources map what their site supports to URL parameters and
 * the API sources filter the rest locally ({@link CriteriaFilter}). Empty sets mean "any".
 */
public record SearchCriteria(String keywords, String location, Integer radiusKm, Set<RemoteMode> remoteModes,
        Integer postedWithinDays, Set<EmploymentType> employmentTypes, int limit) {

    public static final int MAX_LIMIT = 1000;

    public SearchCriteria {
        keywords = keywords == null ? "" : keywords.strip();
        location = location == null || location.isBlank() ? null : location.strip();
        remoteModes = remoteModes == null || remoteModes.isEmpty() ? Set.of() : Set.copyOf(remoteModes);
        employmentTypes = employmentTypes == null || employmentTypes.isEmpty() ? Set.of() : Set.copyOf(employmentTypes);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("The result limit must be between 1 and " + MAX_LIMIT + ", not " + limit
                    + ". Choose a smaller number of jobs per source.");
        }
    }

    public static SearchCriteria of(String keywords, String location, int limit) {
        return new SearchCriteria(keywords, location, null, Set.of(), null, Set.of(), limit);
    }

    /** The saved search's criteria; unknown remote or employment type names are ignored. */
    public static SearchCriteria of(SavedSearch search) {
        Set<RemoteMode> remote = EnumSet.noneOf(RemoteMode.class);
        for (String mode : search.getRemoteModes()) {
            parse(RemoteMode.class, mode, remote);
        }
        Set<EmploymentType> types = EnumSet.noneOf(EmploymentType.class);
        for (String type : search.getEmploymentTypes()) {
            parse(EmploymentType.class, type, types);
        }
        return new SearchCriteria(search.getKeywords(), search.getLocation(), search.getRadiusKm(), remote,
                search.getPostedWithinDays(), types, Math.max(1, Math.min(MAX_LIMIT, search.getResultLimit())));
    }

    public List<String> keywordWords() {
        return keywords.isEmpty() ? List.of() : List.of(keywords.toLowerCase(Locale.ROOT).split("\\s+"));
    }

    private static <E extends Enum<E>> void parse(Class<E> type, String name, Set<E> into) {
        if (name == null) {
            return;
        }
        String key = name.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (E value : type.getEnumConstants()) {
            if (value.name().equals(key)) {
                into.add(value);
            }
        }
    }
}
