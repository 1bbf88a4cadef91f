package dev.careeragent.tracker;

import dev.careeragent.tracker.model.Application;
import dev.careeragent.tracker.model.ApplicationStatus;
import dev.careeragent.tracker.model.Offer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OfferComparisonTest {

    private static final Instant NOW = Instant.parse("2026-03-01T00:00:00Z");

    private static Application app(long id, String company) {
        return new Application(id, null, null, company, "Engineer", ApplicationStatus.OFFER, null, null, null, null, null,
                null, null, null, NOW, NOW);
    }

    private static Offer offer(long app, String currency, double base, double equity, int leave, boolean remote) {
        return new Offer(null, app, currency, base, 10_000, equity, 4, 5_000, 2_000, "health", leave, "Berlin", remote,
                LocalDate.of(2026, 5, 1), LocalDate.of(2026, 3, 10));
    }

    @Test
    void annualTotalCountsBaseBonusAYearOfVestingBenefitsAndSignOn() {
        assertThat(offer(1, "EUR", 80_000, 40_000, 30, false).annualTotal()).isEqualTo(80_000 + 10_000 + 10_000 + 2_000 + 5_000);
    }

    @Test
    void offersInDifferentCurrenciesAreComparedAtTheUsersRates() {
        Offer euro = offer(1, "EUR", 80_000, 0, 30, false);
        Offer dollar = offer(2, "USD", 100_000, 0, 20, true);
        Map<Long, Application> apps = Map.of(1L, app(1, "Acme"), 2L, app(2, "Globex"));

        List<OfferComparison.Column> atPar = OfferComparison.compare(List.of(euro, dollar), apps, "EUR", Map.of("USD", 1.0),
                new OfferComparison.Priorities(1, 0, 0, 0));
        assertThat(atPar.get(1).annualTotal()).isEqualTo(117_000);
        assertThat(OfferComparison.best(atPar).company()).isEqualTo("Globex");

        List<OfferComparison.Column> weakDollar = OfferComparison.compare(List.of(euro, dollar), apps, "EUR",
                Map.of("USD", 0.5), new OfferComparison.Priorities(1, 0, 0, 0));
        assertThat(weakDollar.get(1).annualTotal()).isEqualTo(58_500);
        assertThat(OfferComparison.best(weakDollar).company()).as("the edited rate changes the winner").isEqualTo("Acme");
    }

    @Test
    void theUsersPrioritiesDecideBetweenMoreMoneyAndRemoteWork() {
        Offer office = offer(1, "EUR", 90_000, 0, 25, false);
        Offer remote = offer(2, "EUR", 80_000, 0, 25, true);
        Map<Long, Application> apps = Map.of(1L, app(1, "Office Co"), 2L, app(2, "Remote Co"));
        var payFirst = OfferComparison.compare(List.of(office, remote), apps, "EUR", Map.of(), new OfferComparison.Priorities(20, 0, 1, 0));
        var remoteFirst = OfferComparison.compare(List.of(office, remote), apps, "EUR", Map.of(), new OfferComparison.Priorities(1, 0, 10, 0));
        assertThat(OfferComparison.best(payFirst).company()).isEqualTo("Office Co");
        assertThat(OfferComparison.best(remoteFirst).company()).isEqualTo("Remote Co");
        assertThat(payFirst.get(0).payScore()).isEqualTo(100);
        assertThat(payFirst.get(1).payScore()).isCloseTo(100.0 * 97_000 / 107_000, within(1e-9));
    }

    @Test
    void badInputGetsAMessage() {
        Offer a = offer(1, "EUR", 1, 0, 1, false);
        Map<Long, Application> apps = Map.of(1L, app(1, "A"));
        assertThatThrownBy(() -> OfferComparison.compare(List.of(a), apps, "EUR", Map.of(), OfferComparison.Priorities.PAY_FIRST))
                .hasMessageContaining("two to four");
        assertThatThrownBy(() -> OfferComparison.compare(List.of(a, offer(1, "GBP", 1, 0, 1, false)), apps, "EUR", Map.of(),
                OfferComparison.Priorities.PAY_FIRST)).hasMessageContaining("No exchange rate from GBP");
        assertThatThrownBy(() -> offer(1, "euro", 1, 0, 1, false)).hasMessageContaining("three-letter");
        assertThatThrownBy(() -> offer(1, "EUR", -5, 0, 1, false)).hasMessageContaining("negative");
    }
}
