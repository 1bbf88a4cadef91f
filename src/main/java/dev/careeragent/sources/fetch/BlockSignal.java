package dev.careeragent.sources.fetch;

/** A detected block: its kind, which signature matched, and a short reason for the user. */
public record BlockSignal(BlockKind kind, String signatureId, String reason) {
}
