package dev.careeragent.tracker.exchange;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.careeragent.jobs.JobPosting;
import dev.careeragent.jobs.store.JobPostingRepository;
import dev.careeragent.jobs.store.PostingIngest;
import dev.careeragent.tracker.model.Application;
import dev.careeragent.tracker.model.ApplicationStatus;
import dev.careeragent.tracker.model.Contact;
import dev.careeragent.tracker.model.Interview;
import dev.careeragent.tracker.model.Offer;
import dev.careeragent.tracker.model.StatusChange;
import dev.careeragent.tracker.model.TrackerException;
import dev.careeragent.tracker.store.ApplicationStore;
import dev.careeragent.tracker.store.InterviewStore;
import dev.careeragent.tracker.store.OfferStore;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Export of jobs and applications as JSON (everything) or CSV (tables); import of our JSON and of other trackers' CSV. */
public final class TrackerExchange {

    /** What an import added. */
    public record ImportReport(int jobs, int applications, int interviews, int offers, int contacts) {
    }

    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.WRITE_DATES_WITH_ZONE_ID)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).enable(SerializationFeature.INDENT_OUTPUT);

    private final ApplicationStore applications;
    private final InterviewStore interviews;
    private final OfferStore offers;
    private final JobPostingRepository postings;
    private final PostingIngest ingest;
    private final Clock clock;

    public TrackerExchange(ApplicationStore applications, InterviewStore interviews, OfferStore offers,
            JobPostingRepository postings, PostingIngest ingest, Clock clock) {
        this.applications = applications;
        this.interviews = interviews;
        this.offers = offers;
        this.postings = postings;
        this.ingest = ingest;
        this.clock = clock;
    }

    /** The archive of the active jobs plus every job an application points at, and all tracker data. */
    public TrackerArchive archive() {
        List<Application> apps = applications.all();
        Map<Long, List<StatusChange>> history = applications.allHistory().stream()
                .collect(Collectors.groupingBy(StatusChange::applicationId));
        Map<Long, List<Interview>> byAppInterviews = interviews.all().stream().collect(Collectors.groupingBy(Interview::applicationId));
        Map<Long, List<Offer>> byAppOffers = offers.all().stream().collect(Collectors.groupingBy(Offer::applicationId));
        Map<Long, JobPosting> jobs = new LinkedHashMap<>();
        postings.findActive().forEach(p -> jobs.put(p.id(), p));
        List<Long> linked = apps.stream().map(Application::jobPostingId).filter(id -> id != null && !jobs.containsKey(id)).toList();
        if (!linked.isEmpty()) {
            postings.findAll(linked).forEach(p -> jobs.put(p.id(), p));
        }
        List<TrackerArchive.Entry> entries = apps.stream().map(a -> new TrackerArchive.Entry(a,
                history.getOrDefault(a.id(), List.of()), byAppInterviews.getOrDefault(a.id(), List.of()),
                byAppOffers.getOrDefault(a.id(), List.of()))).toList();
        return new TrackerArchive(TrackerArchive.FORMAT, TrackerArchive.VERSION, List.copyOf(jobs.values()), entries,
                applications.allContacts());
    }

    public void exportJson(Path file) {
        write(file, w -> JSON.writeValue(w, archive()));
    }

    /** Applications to {@code file}; jobs to a sibling file named NAME-jobs.csv. */
    public void exportCsv(Path file) {
        TrackerArchive archive = archive();
        CsvMapper csv = new CsvMapper();
        List<String> appColumns = List.of("id", "company", "title", "status", "applied_on", "channel", "link", "source",
                "job_id", "notes", "updated_at");
        write(file, w -> csv.writer(schema(appColumns)).writeValue(w, archive.applications().stream().map(e -> {
            Application a = e.application();
            return row(a.id(), a.company(), a.title(), a.status().label(), a.appliedOn(), a.channel(), a.link(), a.source(),
                    a.jobPostingId(), a.notes(), a.updatedAt());
        }).toList()));
        List<String> jobColumns = List.of("id", "title", "company", "location", "remote", "salary_min", "salary_max",
                "salary_currency", "posted", "source", "url");
        String name = file.getFileName().toString().replaceFirst("\\.csv$", "");
        write(file.resolveSibling(name + "-jobs.csv"), w -> csv.writer(schema(jobColumns)).writeValue(w,
                archive.jobs().stream().map(j -> row(j.id(), j.title(), j.company(), j.location(), j.remote(), j.salaryMin(),
                        j.salaryMax(), j.salaryCurrency(), j.postedDate(), j.source(), j.url())).toList()));
    }

    private static CsvSchema schema(List<String> columns) {
        CsvSchema.Builder b = CsvSchema.builder().setUseHeader(true);
        columns.forEach(b::addColumn);
        return b.build();
    }

    private static List<String> row(Object... values) {
        List<String> out = new ArrayList<>();
        for (Object v : values) {
            out.add(v == null ? "" : v.toString());
        }
        return out;
    }

    /** Reads our JSON export and adds it: jobs deduplicated against stored ones, everything else added with new ids. */
    public ImportReport importJson(Path file) {
        TrackerArchive archive;
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            archive = JSON.readValue(r, TrackerArchive.class);
        } catch (IOException e) {
            throw new TrackerException("Could not read " + file.getFileName() + " as a Career Agent export: " + e.getMessage(), e);
        }
        if (!TrackerArchive.FORMAT.equals(archive.format()) || archive.version() > TrackerArchive.VERSION) {
            throw new TrackerException(file.getFileName() + " is not a Career Agent export this version can read.");
        }
        Map<Long, Long> jobIds = importJobs(archive.jobs());
        List<Application> apps = new ArrayList<>();
        List<List<StatusChange>> histories = new ArrayList<>();
        for (TrackerArchive.Entry e : archive.applications()) {
            Application a = e.application();
            apps.add(new Application(null, a.jobPostingId() == null ? null : jobIds.get(a.jobPostingId()), null, a.company(),
                    a.title(), a.status(), a.channel(), a.link(), a.source(), a.appliedOn(), a.resumeFile(), a.coverLetterFile(),
                    a.notes(), a.followUpOn(), a.createdAt(), a.updatedAt()));
            histories.add(e.history());
        }
        List<Long> newIds = applications.insertAll(apps, histories);
        int interviewCount = 0;
        int offerCount = 0;
        for (int i = 0; i < newIds.size(); i++) {
            long id = newIds.get(i);
            for (Interview in : archive.applications().get(i).interviews()) {
                interviews.save(new Interview(null, id, in.uid(), in.start(), in.durationMinutes(), in.kind(), in.people(),
                        in.place(), in.prepNotes()));
                interviewCount++;
            }
            for (Offer o : archive.applications().get(i).offers()) {
                offers.save(new Offer(null, id, o.currency(), o.base(), o.bonus(), o.equityGrant(), o.vestingYears(), o.signOn(),
                        o.benefitsValue(), o.benefits(), o.paidLeaveDays(), o.place(), o.remote(), o.startDate(), o.deadline()));
                offerCount++;
            }
        }
        Set<String> known = applications.allContacts().stream().map(TrackerExchange::contactKey).collect(Collectors.toSet());
        int contacts = 0;
        for (Contact c : archive.contacts()) {
            if (known.add(contactKey(c))) {
                applications.saveContact(new Contact(null, c.company(), c.name(), c.role(), c.email(), c.phone(), c.profileUrl()));
                contacts++;
            }
        }
        return new ImportReport(jobIds.size(), newIds.size(), interviewCount, offerCount, contacts);
    }

    private Map<Long, Long> importJobs(List<JobPosting> jobs) {
        Map<Long, Long> ids = new HashMap<>();
        if (jobs.isEmpty()) {
            return ids;
        }
        try {
            List<Long> stored = ingest.ingest(jobs.stream().map(j -> j.toBuilder().id(null).build()).toList(), Map.of()).postingIds();
            for (int i = 0; i < jobs.size(); i++) {
                ids.put(jobs.get(i).id(), stored.get(i));
            }
            return ids;
        } catch (dev.careeragent.jobs.JobStoreException e) {
            throw new TrackerException("Could not store the imported jobs: " + e.getMessage(), e);
        }
    }

    private static String contactKey(Contact c) {
        return (c.company() + "|" + c.name() + "|" + c.email()).toLowerCase(Locale.ROOT);
    }

    /** Reads a Huntr, Teal or JobSync CSV export into applications (all in one transaction). */
    public ImportReport importCsv(Path file, ThirdPartyCsv source) {
        List<Map<String, String>> rows = new ArrayList<>();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            MappingIterator<Map<String, String>> it = new CsvMapper().readerForMapOf(String.class)
                    .with(CsvSchema.emptySchema().withHeader()).readValues(r);
            while (it.hasNext()) {
                rows.add(lowerKeys(it.next()));
            }
        } catch (IOException | RuntimeException e) {
            throw new TrackerException("Could not read " + file.getFileName() + " as CSV: " + e.getMessage(), e);
        }
        if (!rows.isEmpty() && (first(rows.get(0), source.company) == null && !hasAny(rows.get(0), source.company))) {
            throw new TrackerException(file.getFileName() + " has no company column; is it a " + source.name().toLowerCase(Locale.ROOT)
                    + " export? Expected one of " + source.company);
        }
        Instant now = clock.instant();
        List<Application> apps = new ArrayList<>();
        List<List<StatusChange>> histories = new ArrayList<>();
        int line = 1;
        for (Map<String, String> row : rows) {
            line++;
            String company = first(row, source.company);
            String title = first(row, source.title);
            if (company == null || title == null) {
                throw new TrackerException("Line " + line + " of " + file.getFileName() + " has no company or job title; nothing was imported.");
            }
            ApplicationStatus status = source.status(first(row, source.status));
            LocalDate applied = CsvDates.parse(first(row, source.applied));
            String notes = first(row, source.notes);
            String location = first(row, source.location);
            String allNotes = location == null ? notes : (notes == null ? "" : notes + "\n") + "Location: " + location;
            Instant at = applied == null ? now : applied.atStartOfDay(clock.getZone()).toInstant();
            apps.add(new Application(null, null, null, company, title, status, null, first(row, source.url),
                    source.name().toLowerCase(Locale.ROOT), applied, null, null, allNotes, null, at, now));
            histories.add(List.of(new StatusChange(0, 0, null, status, at, "Imported from " + source.name().toLowerCase(Locale.ROOT))));
        }
        applications.insertAll(apps, histories);
        return new ImportReport(0, apps.size(), 0, 0, 0);
    }

    private static Map<String, String> lowerKeys(Map<String, String> row) {
        Map<String, String> out = new HashMap<>();
        row.forEach((k, v) -> out.put(k.trim().toLowerCase(Locale.ROOT), v));
        return out;
    }

    private static boolean hasAny(Map<String, String> row, List<String> aliases) {
        return aliases.stream().anyMatch(row::containsKey);
    }

    private static String first(Map<String, String> row, List<String> aliases) {
        for (String alias : aliases) {
            String v = row.get(alias);
            if (v != null && !v.isBlank()) {
                return v.trim();
            }
        }
        return null;
    }

    @FunctionalInterface
    private interface WriteBody {
        void write(Writer w) throws IOException;
    }

    /** Writes next to the target and moves into place, so a failed export never leaves half a file. */
    private static void write(Path file, WriteBody body) {
        Path partial = file.resolveSibling(file.getFileName() + ".part");
        try {
            try (Writer w = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
                body.write(w);
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // the export failed already; the message below says why
            }
            throw new TrackerException("Could not write " + file.getFileName() + ": " + e.getMessage(), e);
        }
    }
}
