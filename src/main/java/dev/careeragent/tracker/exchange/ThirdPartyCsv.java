package dev.careeragent.tracker.exchange;

import dev.careeragent.tracker.model.ApplicationStatus;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Column mappings of the CSV exports of other trackers (docs/IMPORT_EXPORT.md lists them). Header names are matched
 * case-insensitively; the first alias present wins. Statuses map by their lower-case text; unknown ones become Saved.
 */
public enum ThirdPartyCsv {

    HUNTR(List.of("company", "company name"), List.of("job title", "title", "position"), List.of("list", "stage", "status"),
            List.of("url", "job url", "job post url"), List.of("date applied", "applied date", "applied at", "created"),
            List.of("notes", "description"), List.of("location"),
            Map.ofEntries(Map.entry("wishlist", ApplicationStatus.SAVED), Map.entry("applied", ApplicationStatus.APPLIED),
                    Map.entry("interview", ApplicationStatus.INTERVIEW), Map.entry("interviewing", ApplicationStatus.INTERVIEW),
                    Map.entry("offer", ApplicationStatus.OFFER), Map.entry("rejected", ApplicationStatus.REJECTED),
                    Map.entry("accepted", ApplicationStatus.ACCEPTED), Map.entry("withdrawn", ApplicationStatus.WITHDRAWN))),
    TEAL(List.of("company"), List.of("job position", "job title", "title"), List.of("status"),
            List.of("job url", "url"), List.of("date applied", "applied date"), List.of("notes"), List.of("location"),
            Map.ofEntries(Map.entry("bookmarked", ApplicationStatus.SAVED), Map.entry("applying", ApplicationStatus.SAVED),
                    Map.entry("applied", ApplicationStatus.APPLIED), Map.entry("interviewing", ApplicationStatus.INTERVIEW),
                    Map.entry("negotiating", ApplicationStatus.OFFER), Map.entry("accepted", ApplicationStatus.ACCEPTED),
                    Map.entry("i withdrew", ApplicationStatus.WITHDRAWN), Map.entry("not selected", ApplicationStatus.REJECTED),
                    Map.entry("no response", ApplicationStatus.NO_ANSWER))),
    JOBSYNC(List.of("company"), List.of("title", "job title"), List.of("status"), List.of("joburl", "job url", "url"),
            List.of("dateapplied", "date applied", "applied"), List.of("description", "notes"), List.of("location"),
            Map.ofEntries(Map.entry("draft", ApplicationStatus.SAVED), Map.entry("applied", ApplicationStatus.APPLIED),
                    Map.entry("interview", ApplicationStatus.INTERVIEW), Map.entry("offer", ApplicationStatus.OFFER),
                    Map.entry("rejected", ApplicationStatus.REJECTED), Map.entry("expired", ApplicationStatus.NO_ANSWER),
                    Map.entry("archived", ApplicationStatus.WITHDRAWN)));

    final List<String> company;
    final List<String> title;
    final List<String> status;
    final List<String> url;
    final List<String> applied;
    final List<String> notes;
    final List<String> location;
    private final Map<String, ApplicationStatus> statuses;

    ThirdPartyCsv(List<String> company, List<String> title, List<String> status, List<String> url, List<String> applied,
            List<String> notes, List<String> location, Map<String, ApplicationStatus> statuses) {
        this.company = company;
        this.title = title;
        this.status = status;
        this.url = url;
        this.applied = applied;
        this.notes = notes;
        this.location = location;
        this.statuses = statuses;
    }

    ApplicationStatus status(String text) {
        if (text == null || text.isBlank()) {
            return ApplicationStatus.SAVED;
        }
        String key = text.trim().toLowerCase(Locale.ROOT);
        return Optional.ofNullable(statuses.get(key)).or(() -> ApplicationStatus.parse(key)).orElse(ApplicationStatus.SAVED);
    }

    public static Optional<ThirdPartyCsv> named(String name) {
        for (ThirdPartyCsv v : values()) {
            if (v.name().equalsIgnoreCase(name)) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }
}
