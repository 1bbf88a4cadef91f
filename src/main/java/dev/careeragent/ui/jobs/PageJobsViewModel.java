package dev.careeragent.ui.jobs;

import dev.careeragent.core.task.BackgroundTask;
import dev.careeragent.core.task.TaskExecutor;
import dev.careeragent.jobs.JobPosting;
import dev.careeragent.sources.PageJobs;
import dev.careeragent.sources.search.JobPageImport.Imported;
import dev.careeragent.ui.UiServices.JobServices;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.IntegerBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * "Add job from page": reads the page in the background; a job page is stored at once, a search-results or
 * board page offers its cards (all chosen at first) and stores only the ones the user keeps.
 */
public final class PageJobsViewModel {

    /** One job card of a listing page, offered for import. */
    public static final class Card {
        private final JobPosting posting;
        private final BooleanProperty chosen = new SimpleBooleanProperty(true);

        Card(JobPosting posting) {
            this.posting = posting;
        }

        public JobPosting posting() {
            return posting;
        }

        public BooleanProperty chosenProperty() {
            return chosen;
        }

        /** "Title — Company · Location", leaving out what the card does not show. */
        public String label() {
            StringBuilder text = new StringBuilder(posting.title());
            if (posting.company() != null && !posting.company().isBlank()) {
                text.append(" \u2014 ").append(posting.company());
            }
            if (posting.location() != null && !posting.location().isBlank()) {
                text.append(" \u00b7 ").append(posting.location());
            }
            return text.toString();
        }
    }

    private final JobServices jobs;
    private final TaskExecutor tasks;
    private final StringProperty notice;
    private final StringProperty error;
    private final Runnable afterImport;
    private final ObservableList<Card> cards = FXCollections.observableArrayList(c -> new Observable[] {c.chosenProperty()});
    private final BooleanProperty offering = new SimpleBooleanProperty();
    private final IntegerBinding chosenCount = Bindings.createIntegerBinding(
            () -> (int) cards.stream().filter(c -> c.chosenProperty().get()).count(), cards);

    /** Messages go to the Jobs page's notice and error; {@code afterImport} reloads its table. */
    public PageJobsViewModel(JobServices jobs, TaskExecutor tasks, StringProperty notice, StringProperty error,
            Runnable afterImport) {
        this.jobs = jobs;
        this.tasks = tasks;
        this.notice = notice;
        this.error = error;
        this.afterImport = afterImport;
    }

    /** Reads the page at an address or in a saved file (never on the FX thread). */
    public void read(String addressOrFile) {
        tasks.execute(BackgroundTask.of("Reading the job page", () -> jobs.pageImport().read(addressOrFile))
                .onSuccess(this::take)
                .onFailure(e -> error.set(e.getMessage())));
    }

    /** Stores the chosen cards and closes the offer. */
    public void importChosen() {
        List<JobPosting> chosen = cards.stream().filter(c -> c.chosenProperty().get()).map(Card::posting).toList();
        dismiss();
        if (!chosen.isEmpty()) {
            store(chosen, false);
        }
    }

    /** Closes the offer without storing anything. */
    public void dismiss() {
        offering.set(false);
        cards.clear();
    }

    public void chooseAll(boolean chosen) {
        cards.forEach(c -> c.chosenProperty().set(chosen));
    }

    public ObservableList<Card> cards() {
        return cards;
    }

    /** True while a listing page's cards wait for the user's choice. */
    public ReadOnlyBooleanProperty offeringProperty() {
        return offering;
    }

    public IntegerBinding chosenCount() {
        return chosenCount;
    }

    private void take(PageJobs page) {
        error.set("");
        if (page.listing()) {
            cards.setAll(page.postings().stream().map(Card::new).toList());
            offering.set(true);
        } else {
            store(page.postings(), page.closed());
        }
    }

    private void store(List<JobPosting> postings, boolean closed) {
        tasks.execute(BackgroundTask.of("Adding jobs from a page", () -> jobs.pageImport().importPostings(postings))
                .onSuccess(imported -> {
                    error.set("");
                    notice.set(message(imported) + (closed ? " The posting no longer accepts applications." : ""));
                    afterImport.run();
                })
                .onFailure(e -> error.set(e.getMessage())));
    }

    private static String message(List<Imported> imported) {
        if (imported.size() == 1) {
            Imported one = imported.get(0);
            return (one.isNew() ? "Added \u201c" : "Already stored: \u201c") + one.posting().title() + "\u201d.";
        }
        long added = imported.stream().filter(Imported::isNew).count();
        long known = imported.size() - added;
        return "Added " + added + (added == 1 ? " job" : " jobs") + " from the page"
                + (known > 0 ? " (" + known + " already stored)." : ".");
    }
}
