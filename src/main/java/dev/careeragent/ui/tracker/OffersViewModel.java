package dev.careeragent.ui.tracker;

import dev.careeragent.core.task.BackgroundTask;
import dev.careeragent.core.task.TaskExecutor;
import dev.careeragent.tracker.model.Offer;
import dev.careeragent.tracker.OfferComparison;
import dev.careeragent.tracker.OfferService;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The offers tab: every offer, the 2-4 chosen for comparison, the currency, editable rates and the user's priorities. */
public final class OffersViewModel {

    private final OfferService offers;
    private final TaskExecutor tasks;
    private final ObservableList<Offer> all = FXCollections.observableArrayList();
    private final ObservableList<Offer> chosen = FXCollections.observableArrayList();
    private final ObservableList<OfferComparison.Column> comparison = FXCollections.observableArrayList();
    private final StringProperty currency = new SimpleStringProperty("EUR");
    private final StringProperty rates = new SimpleStringProperty("USD=0.92, GBP=1.17");
    private final DoubleProperty pay = new SimpleDoubleProperty(5);
    private final DoubleProperty leave = new SimpleDoubleProperty(2);
    private final DoubleProperty remote = new SimpleDoubleProperty(2);
    private final DoubleProperty benefits = new SimpleDoubleProperty(1);
    private final StringProperty message = new SimpleStringProperty("");

    public OffersViewModel(OfferService offers, TaskExecutor tasks) {
        this.offers = offers;
        this.tasks = tasks;
    }

    public void refresh() {
        tasks.execute(BackgroundTask.of("Loading offers", offers::all).onSuccess(all::setAll)
                .onFailure(e -> message.set(e.getMessage())));
    }

    public void compare() {
        List<Long> ids = chosen.stream().map(Offer::id).toList();
        Map<String, Double> parsed;
        try {
            parsed = parseRates(rates.get());
        } catch (IllegalArgumentException e) {
            message.set(e.getMessage());
            return;
        }
        var priorities = new OfferComparison.Priorities(pay.get(), leave.get(), remote.get(), benefits.get());
        String target = currency.get();
        tasks.execute(BackgroundTask.of("Comparing offers", () -> offers.compare(ids, target, parsed, priorities))
                .onSuccess(columns -> {
                    comparison.setAll(columns);
                    message.set("Best for your priorities: " + OfferComparison.best(columns).company());
                })
                .onFailure(e -> {
                    comparison.clear();
                    message.set(e.getMessage());
                }));
    }

    /** "USD=0.92, GBP=1.17" as a map; a malformed pair gives a message naming it. */
    static Map<String, Double> parseRates(String text) {
        Map<String, Double> out = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        for (String pair : text.split("[,;\\s]+")) {
            String[] kv = pair.split("=");
            try {
                out.put(kv[0].trim().toUpperCase(Locale.ROOT), Double.parseDouble(kv[1].trim()));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("\"" + pair + "\" is not a rate such as USD=0.92.");
            }
        }
        return out;
    }

    public ObservableList<Offer> all() { return all; }
    public ObservableList<Offer> chosen() { return chosen; }
    public ObservableList<OfferComparison.Column> comparison() { return comparison; }
    public StringProperty currencyProperty() { return currency; }
    public StringProperty ratesProperty() { return rates; }
    public DoubleProperty payProperty() { return pay; }
    public DoubleProperty leaveProperty() { return leave; }
    public DoubleProperty remoteProperty() { return remote; }
    public DoubleProperty benefitsProperty() { return benefits; }
    public StringProperty messageProperty() { return message; }
}
