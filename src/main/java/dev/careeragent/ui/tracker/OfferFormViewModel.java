package dev.careeragent.ui.tracker;

import dev.careeragent.core.task.BackgroundTask;
import dev.careeragent.core.task.TaskExecutor;
import dev.careeragent.tracker.OfferService;
import dev.careeragent.tracker.model.Application;
import dev.careeragent.tracker.model.Offer;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The offer of the selected application as a form: empty for a new offer, filled with the stored one to edit it.
 * Amounts are typed as text ("85000", "85,000" or "85k") and checked on Save with a message naming the field.
 */
public final class OfferFormViewModel {

    private final OfferService offers;
    private final TaskExecutor tasks;
    private final ReadOnlyObjectProperty<Application> application;
    private final ObjectProperty<Offer> stored = new SimpleObjectProperty<>();
    private final StringProperty currency = new SimpleStringProperty("EUR");
    private final StringProperty base = new SimpleStringProperty("");
    private final StringProperty bonus = new SimpleStringProperty("");
    private final StringProperty equity = new SimpleStringProperty("");
    private final StringProperty vestingYears = new SimpleStringProperty("4");
    private final StringProperty signOn = new SimpleStringProperty("");
    private final StringProperty benefitsValue = new SimpleStringProperty("");
    private final StringProperty benefits = new SimpleStringProperty("");
    private final StringProperty leaveDays = new SimpleStringProperty("");
    private final StringProperty place = new SimpleStringProperty("");
    private final BooleanProperty remote = new SimpleBooleanProperty(false);
    private final ObjectProperty<LocalDate> startDate = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> deadline = new SimpleObjectProperty<>();
    private final StringProperty message = new SimpleStringProperty("");

    public OfferFormViewModel(OfferService offers, TaskExecutor tasks, ReadOnlyObjectProperty<Application> application) {
        this.offers = offers;
        this.tasks = tasks;
        this.application = application;
        application.addListener((o, a, b) -> {
            if (a == null || b == null || !a.id().equals(b.id())) {
                reload();
            }
        });
    }

    public void reload() {
        Application a = application.get();
        if (a == null) {
            fill(null);
            return;
        }
        tasks.execute(BackgroundTask.of("Loading offer", () -> offers.forApplication(a.id()))
                .onSuccess(found -> fill(found.orElse(null)))
                .onFailure(e -> message.set(e.getMessage())));
    }

    private void fill(Offer o) {
        stored.set(o);
        currency.set(o == null ? "EUR" : o.currency());
        base.set(o == null ? "" : amount(o.base()));
        bonus.set(o == null ? "" : amount(o.bonus()));
        equity.set(o == null ? "" : amount(o.equityGrant()));
        vestingYears.set(o == null ? "4" : Integer.toString(o.vestingYears()));
        signOn.set(o == null ? "" : amount(o.signOn()));
        benefitsValue.set(o == null ? "" : amount(o.benefitsValue()));
        benefits.set(o == null || o.benefits() == null ? "" : o.benefits());
        leaveDays.set(o == null ? "" : Integer.toString(o.paidLeaveDays()));
        place.set(o == null || o.place() == null ? "" : o.place());
        remote.set(o != null && o.remote());
        startDate.set(o == null ? null : o.startDate());
        deadline.set(o == null ? null : o.deadline());
    }

    private static String amount(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }

    /** Checks the form and stores the offer (new, or the one shown). */
    public void save() {
        Application a = application.get();
        if (a == null) {
            message.set("Select an application first.");
            return;
        }
        Offer offer;
        try {
            Offer old = stored.get();
            offer = new Offer(old == null ? null : old.id(), a.id(), currency.get() == null ? "" : currency.get().strip(),
                    money(base.get(), "Base"), money(bonus.get(), "Bonus"), money(equity.get(), "Equity grant"),
                    whole(vestingYears.get(), "Vesting years", 1, 10, 4), money(signOn.get(), "Sign-on"),
                    money(benefitsValue.get(), "Benefits value"), ContactsViewModel.blankToNull(benefits.get()),
                    whole(leaveDays.get(), "Paid leave days", 0, 365, 0), ContactsViewModel.blankToNull(place.get()),
                    remote.get(), startDate.get(), deadline.get());
            if (offer.base() <= 0) {
                throw new IllegalArgumentException("Base must be more than 0.");
            }
        } catch (IllegalArgumentException e) {
            message.set(e.getMessage());
            return;
        }
        tasks.execute(BackgroundTask.of("Saving offer", () -> offers.save(offer))
                .onSuccess(saved -> {
                    stored.set(saved);
                    message.set("Offer from " + a.company() + " saved: " + Math.round(saved.annualTotal()) + " "
                            + saved.currency() + " a year in total.");
                })
                .onFailure(e -> message.set(e.getMessage())));
    }

    /** "85000", "85,000", "85 000" or "85k"; empty is 0. */
    static double money(String text, String field) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replaceAll("[,_\\s']", "");
        if (t.isEmpty()) {
            return 0;
        }
        double factor = t.endsWith("k") ? 1_000 : 1;
        try {
            double value = Double.parseDouble(factor == 1 ? t : t.substring(0, t.length() - 1)) * factor;
            if (value >= 0 && value < 1e12 && Double.isFinite(value)) {
                return value;
            }
        } catch (NumberFormatException ignored) {
            // reported below in words
        }
        throw new IllegalArgumentException(field + ": \"" + text.strip() + "\" is not an amount such as 85000 or 85k.");
    }

    private static int whole(String text, String field, int min, int max, int empty) {
        if (text == null || text.isBlank()) {
            return empty;
        }
        return dev.careeragent.ui.common.FieldValues.wholeNumber(text, field, min, max);
    }

    public Optional<Offer> stored() { return Optional.ofNullable(stored.get()); }
    public StringProperty currencyProperty() { return currency; }
    public StringProperty baseProperty() { return base; }
    public StringProperty bonusProperty() { return bonus; }
    public StringProperty equityProperty() { return equity; }
    public StringProperty vestingYearsProperty() { return vestingYears; }
    public StringProperty signOnProperty() { return signOn; }
    public StringProperty benefitsValueProperty() { return benefitsValue; }
    public StringProperty benefitsProperty() { return benefits; }
    public StringProperty leaveDaysProperty() { return leaveDays; }
    public StringProperty placeProperty() { return place; }
    public BooleanProperty remoteProperty() { return remote; }
    public ObjectProperty<LocalDate> startDateProperty() { return startDate; }
    public ObjectProperty<LocalDate> deadlineProperty() { return deadline; }
    public StringProperty messageProperty() { return message; }
}
