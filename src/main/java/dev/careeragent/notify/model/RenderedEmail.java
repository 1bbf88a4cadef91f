package dev.careeragent.notify.model;

/** A message ready to send: subject, HTML body and its plain-text alternative. */
public record RenderedEmail(String subject, String html, String text) {
}
