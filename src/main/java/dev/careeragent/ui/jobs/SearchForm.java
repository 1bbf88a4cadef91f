package dev.careeragent.ui.jobs;

import dev.careeragent.jobs.JobPosting.RemoteMode;
import dev.careeragent.jobs.store.SavedSearch;
import dev.careeragent.jobs.normalize.EmploymentType;
import dev.careeragent.sources.SearchCriteria;
import dev.careeragent.sources.catalog.SourceCatalog;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The search editor's fields: keywords, location, radius, remote/hybrid/on-site, posted within, type, sources, limit. */
public final class SearchForm {

    private final ObjectProperty<Long> editingId = new SimpleObjectProperty<>();
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty keywords = new SimpleStringProperty("");
    private final StringProperty location = new SimpleStringProperty("");
    /** The distances offered around a location, in km (the search panel and the first-run guide offer the same). */
    public static final List<Integer> RADIUS_KM = List.of(5, 10, 25, 50, 100);
    private final ObjectProperty<Integer> radiusKm = new SimpleObjectProperty<>();
    private final BooleanProperty remote = new SimpleBooleanProperty();
    private final BooleanProperty hybrid = new SimpleBooleanProperty();
    private final BooleanProperty onSite = new SimpleBooleanProperty();
    private final ObjectProperty<Integer> postedWithinDays = new SimpleObjectProperty<>();
    private final ObjectProperty<EmploymentType> employmentType = new SimpleObjectProperty<>();
    private final IntegerProperty limit = new SimpleIntegerProperty(50);
    private final ObservableList<SourceChoice> sources = FXCollections.observableArrayList(
            SourceCatalog.ENTRIES.stream().map(SourceChoice::new).toList());

    /** What stops a run or save, in words, or null when the form is fine. */
    public String problem() {
        if (selectedSources().isEmpty()) {
            return "Choose at least one source to search.";
        }
        if (limit.get() < 1 || limit.get() > SearchCriteria.MAX_LIMIT) {
            return "The result limit must be between 1 and " + SearchCriteria.MAX_LIMIT + ".";
        }
        return null;
    }

    public SearchCriteria criteria() {
        return new SearchCriteria(keywords.get(), location.get(), radiusKm.get(), modes(), postedWithinDays.get(),
                employmentType.get() == null ? java.util.Set.of() : java.util.Set.of(employmentType.get()), limit.get());
    }

    public List<String> selectedSources() {
        return sources.stream().filter(s -> s.selectedProperty().get()).map(SourceChoice::id).toList();
    }

    void selectSources(List<String> ids) {
        sources.forEach(s -> s.selectedProperty().set(ids.contains(s.id())));
    }

    SavedSearch toSavedSearch(Instant now) {
        String title = name.get() == null || name.get().isBlank()
                ? (keywords.get().isBlank() ? "All jobs" : keywords.get()) + (location.get().isBlank() ? "" : " in " + location.get())
                : name.get().strip();
        SavedSearch search = new SavedSearch(title, keywords.get().strip(), location.get().isBlank() ? null : location.get().strip(),
                selectedSources(), now);
        search.setRadiusKm(radiusKm.get());
        search.setRemoteModes(modes().stream().map(Enum::name).toList());
        search.setPostedWithinDays(postedWithinDays.get());
        search.setEmploymentTypes(employmentType.get() == null ? List.of() : List.of(employmentType.get().name()));
        search.setResultLimit(limit.get());
        return search;
    }

    void fill(SavedSearch search) {
        editingId.set(search == null ? null : search.getId());
        name.set(search == null ? "" : search.getName());
        SearchCriteria c = search == null ? SearchCriteria.of("", null, 50) : SearchCriteria.of(search);
        keywords.set(c.keywords());
        location.set(c.location() == null ? "" : c.location());
        radiusKm.set(c.radiusKm());
        remote.set(c.remoteModes().contains(RemoteMode.REMOTE));
        hybrid.set(c.remoteModes().contains(RemoteMode.HYBRID));
        onSite.set(c.remoteModes().contains(RemoteMode.ON_SITE));
        postedWithinDays.set(c.postedWithinDays());
        employmentType.set(c.employmentTypes().stream().findFirst().orElse(null));
        limit.set(c.limit());
        if (search != null) {
            selectSources(search.getSources());
        }
    }

    private java.util.Set<RemoteMode> modes() {
        List<RemoteMode> modes = new ArrayList<>();
        if (remote.get()) {
            modes.add(RemoteMode.REMOTE);
        }
        if (hybrid.get()) {
            modes.add(RemoteMode.HYBRID);
        }
        if (onSite.get()) {
            modes.add(RemoteMode.ON_SITE);
        }
        return java.util.Set.copyOf(modes);
    }

    Long editingId() { return editingId.get(); }
    public ObjectProperty<Long> editingIdProperty() { return editingId; }
    public StringProperty nameProperty() { return name; }
    public StringProperty keywordsProperty() { return keywords; }
    public StringProperty locationProperty() { return location; }
    public ObjectProperty<Integer> radiusKmProperty() { return radiusKm; }
    public BooleanProperty remoteProperty() { return remote; }
    public BooleanProperty hybridProperty() { return hybrid; }
    public BooleanProperty onSiteProperty() { return onSite; }
    public ObjectProperty<Integer> postedWithinDaysProperty() { return postedWithinDays; }
    public ObjectProperty<EmploymentType> employmentTypeProperty() { return employmentType; }
    public IntegerProperty limitProperty() { return limit; }
    public ObservableList<SourceChoice> sources() { return sources; }
}
