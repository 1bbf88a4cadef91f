package dev.careeragent.tracker;

import dev.careeragent.tracker.model.Application;
import dev.careeragent.tracker.model.Offer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Compares two to four offers in one currency. {@code rates} give how many units of the target currency one unit of
 * each other currency is worth (editable by the user). Each offer gets a 0..100 score per criterion (pay, leave,
 * remote, benefits; the best offer scores 100) and a total weighted by the user's priorities.
 */
public final class OfferComparison {

    /** How much the user cares about each criterion; any non-negative numbers, normalised here. */
    public record Priorities(double pay, double leave, double remote, double benefits) {
        public static final Priorities PAY_FIRST = new Priorities(5, 2, 2, 1);

        double sum() {
            return pay + leave + remote + benefits;
        }
    }

    /** One column of the comparison. */
    public record Column(Offer offer, String company, String title, double annualTotal, double payScore, double leaveScore,
            double remoteScore, double benefitsScore, double weightedScore) {
    }

    private OfferComparison() {
    }

    /** The columns in the order of the offers given, each with its score; rank by {@link Column#weightedScore()}. */
    public static List<Column> compare(List<Offer> offers, Map<Long, Application> applications, String currency,
            Map<String, Double> rates, Priorities priorities) {
        if (offers.size() < 2 || offers.size() > 4) {
            throw new IllegalArgumentException("Compare two to four offers (got " + offers.size() + ").");
        }
        if (priorities.sum() <= 0 || priorities.pay() < 0 || priorities.leave() < 0 || priorities.remote() < 0
                || priorities.benefits() < 0) {
            throw new IllegalArgumentException("Priorities must be zero or more, and at least one above zero.");
        }
        String target = currency.toUpperCase(Locale.ROOT);
        List<Double> totals = offers.stream().map(o -> o.annualTotal() * rate(o.currency(), target, rates)).toList();
        double bestPay = totals.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        int bestLeave = offers.stream().mapToInt(Offer::paidLeaveDays).max().orElse(0);
        double bestBenefits = offers.stream().mapToDouble(o -> o.benefitsValue() * rate(o.currency(), target, rates)).max().orElse(0);
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < offers.size(); i++) {
            Offer o = offers.get(i);
            double pay = share(totals.get(i), bestPay);
            double leave = share(o.paidLeaveDays(), bestLeave);
            double remote = o.remote() ? 100 : 0;
            double benefits = share(o.benefitsValue() * rate(o.currency(), target, rates), bestBenefits);
            double weighted = (pay * priorities.pay() + leave * priorities.leave() + remote * priorities.remote()
                    + benefits * priorities.benefits()) / priorities.sum();
            Application a = applications.get(o.applicationId());
            columns.add(new Column(o, a == null ? "?" : a.company(), a == null ? "?" : a.title(), totals.get(i), pay, leave,
                    remote, benefits, weighted));
        }
        return columns;
    }

    /** The best column by weighted score. */
    public static Column best(List<Column> columns) {
        return columns.stream().max(Comparator.comparingDouble(Column::weightedScore)).orElseThrow();
    }

    static double rate(String from, String to, Map<String, Double> rates) {
        if (from.equalsIgnoreCase(to)) {
            return 1;
        }
        Double rate = rates.get(from.toUpperCase(Locale.ROOT));
        if (rate == null || rate <= 0) {
            throw new IllegalArgumentException("No exchange rate from " + from + " to " + to + ": enter one to compare.");
        }
        return rate;
    }

    private static double share(double value, double best) {
        return best <= 0 ? 0 : 100 * value / best;
    }
}
