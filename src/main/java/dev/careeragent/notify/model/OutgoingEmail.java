package dev.careeragent.notify.model;

/** One email for the transport: its fixed Message-ID (with angle brackets), recipient and content. */
public record OutgoingEmail(String messageId, String to, RenderedEmail content) {
}
