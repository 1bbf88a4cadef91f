package dev.careeragent.assistant.store;

import java.time.Instant;

/** A data-changing tool call the model proposed, and what the user decided. */
public record AssistantAction(long id, long conversationId, String tool, String argumentsJson, String summary, Status status,
                              String result, Instant createdAt) {

    /** PENDING until the user confirms (DONE, or FAILED when running it failed) or declines; UNDONE once taken back. */
    public enum Status { PENDING, DONE, FAILED, DECLINED, UNDONE }

    public boolean pending() {
        return status == Status.PENDING;
    }
}
