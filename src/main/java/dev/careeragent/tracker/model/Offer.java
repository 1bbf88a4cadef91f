package dev.careeragent.tracker.model;

import java.time.LocalDate;

/**
 * A job offer. Money is per year in {@code currency}; {@code equityGrant} is the total grant value vesting over
 * {@code vestingYears}; {@code benefitsValue} is what the user counts the benefits as worth per year.
 */
public record Offer(Long id, long applicationId, String currency, double base, double bonus, double equityGrant,
        int vestingYears, double signOn, double benefitsValue, String benefits, int paidLeaveDays, String place,
        boolean remote, LocalDate startDate, LocalDate deadline) {

    public Offer {
        if (currency == null || !currency.matches("[A-Za-z]{3}")) {
            throw new IllegalArgumentException("An offer needs a three-letter currency code such as EUR or USD.");
        }
        currency = currency.toUpperCase(java.util.Locale.ROOT);
        if (base < 0 || bonus < 0 || equityGrant < 0 || signOn < 0 || benefitsValue < 0 || paidLeaveDays < 0) {
            throw new IllegalArgumentException("Offer amounts cannot be negative.");
        }
        vestingYears = vestingYears <= 0 ? 4 : vestingYears;
    }

    /** Annual total compensation in the offer's currency: base, bonus, a year of vesting, benefits, and the sign-on over the first year. */
    public double annualTotal() {
        return base + bonus + equityGrant / vestingYears + benefitsValue + signOn;
    }

    public Offer withId(long newId) {
        return new Offer(newId, applicationId, currency, base, bonus, equityGrant, vestingYears, signOn, benefitsValue,
                benefits, paidLeaveDays, place, remote, startDate, deadline);
    }
}
