package dev.careeragent.ui.jobs;

import dev.careeragent.jobs.JobPosting.RemoteMode;
import dev.careeragent.jobs.JobPosting.SalaryPeriod;
import dev.careeragent.jobs.normalize.Salary;
import dev.careeragent.jobs.normalize.SalaryParser;
import dev.careeragent.jobs.search.JobQuery;
import dev.careeragent.jobs.search.JobQuery.Sort;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** What the Jobs table filters on and how it sorts; {@link #query(LocalDate)} turns it into a {@link JobQuery}. */
final class JobFilters {

    private static final SalaryParser SALARIES = new SalaryParser();

    final StringProperty searchText = new SimpleStringProperty("");
    final ObjectProperty<String> source = new SimpleObjectProperty<>();
    final ObjectProperty<Integer> postedWithinDays = new SimpleObjectProperty<>();
    final ObjectProperty<RemoteMode> remote = new SimpleObjectProperty<>();
    final StringProperty minSalary = new SimpleStringProperty("");
    final BooleanProperty savedOnly = new SimpleBooleanProperty();
    final BooleanProperty hiddenOnly = new SimpleBooleanProperty();
    final ObjectProperty<Sort> sort = new SimpleObjectProperty<>(Sort.RELEVANCE);
    final BooleanProperty ascending = new SimpleBooleanProperty();
    final BooleanProperty sortByScore = new SimpleBooleanProperty(true);
    final IntegerProperty minScore = new SimpleIntegerProperty();

    /** The query the filters describe on {@code today}; an unreadable salary filters nothing. */
    JobQuery query(LocalDate today) {
        return JobQuery.all().withText(searchText.get())
                .withSources(source.get() == null ? Set.of() : Set.of(source.get()))
                .withPostedSince(postedWithinDays.get() == null ? null : today.minusDays(postedWithinDays.get()))
                .withRemote(remote.get() == null ? Set.of() : Set.of(remote.get()))
                .withMinYearlySalary(yearlySalary(minSalary.get())).withSavedOnly(savedOnly.get())
                .withHiddenOnly(hiddenOnly.get())
                .sortedBy(sort.get(), ascending.get());
    }

    /** Back to "everything": no text, no filter, no minimum score (the sort stays as chosen). */
    void clear() {
        searchText.set("");
        source.set(null);
        postedWithinDays.set(null);
        remote.set(null);
        minSalary.set("");
        savedOnly.set(false);
        hiddenOnly.set(false);
        minScore.set(0);
    }

    /**
     * The minimum salary field read as salary text ("90k", "90,000", "€5,000 a month", "60 an hour") and
     * converted to a year like the search compares it; a bare number counts as yearly. Null when unreadable.
     */
    static Double yearlySalary(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String hinted = SalaryParser.periodOf(text) == null ? text + " a year" : text;
        return SALARIES.parse(hinted).map(JobFilters::perYear).orElse(null);
    }

    private static Double perYear(Salary salary) {
        BigDecimal amount = salary.min() != null ? salary.min() : salary.max();
        if (amount == null) {
            return null;
        }
        return amount.doubleValue() * (salary.period() == null ? SalaryPeriod.YEAR : salary.period()).perYear();
    }
}
