package dev.careeragent.tracker;

import java.time.LocalDate;

/** Event: an offer's answer deadline is near (in-window and tray reminder). */
public record OfferDeadlineDue(long offerId, long applicationId, String company, String title, LocalDate deadline) {
}
