package dev.careeragent.resume.model;

/** A labelled link of the contact block, e.g. ("LinkedIn", "https://linkedin.com/in/jane"). */
public record Link(String label, String url) {
}
