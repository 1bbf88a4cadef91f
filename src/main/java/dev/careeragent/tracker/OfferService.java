package dev.careeragent.tracker;

import dev.careeragent.tracker.model.Application;
import dev.careeragent.tracker.model.Offer;
import dev.careeragent.tracker.model.TrackerException;
import dev.careeragent.tracker.store.OfferStore;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Offers: record, list, compare. */
public final class OfferService {

    private final OfferStore store;
    private final TrackerService tracker;

    public OfferService(OfferStore store, TrackerService tracker) {
        this.store = store;
        this.tracker = tracker;
    }

    public Offer save(Offer offer) {
        tracker.require(offer.applicationId());
        return store.save(offer);
    }

    public List<Offer> all() { return store.all(); }
    public java.util.Optional<Offer> forApplication(long applicationId) { return store.forApplication(applicationId); }
    public boolean delete(long id) { return store.delete(id); }

    public Offer require(long id) {
        return store.find(id).orElseThrow(() -> new TrackerException("There is no offer " + id + "."));
    }

    public List<OfferComparison.Column> compare(List<Long> ids, String currency, Map<String, Double> rates,
            OfferComparison.Priorities priorities) {
        List<Offer> offers = ids.stream().map(this::require).toList();
        Map<Long, Application> applications = offers.stream().map(o -> tracker.require(o.applicationId()))
                .collect(Collectors.toMap(Application::id, Function.identity(), (a, b) -> a));
        return OfferComparison.compare(offers, applications, currency, rates, priorities);
    }
}
