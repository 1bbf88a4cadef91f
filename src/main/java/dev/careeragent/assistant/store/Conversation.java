package dev.careeragent.assistant.store;

import java.time.Instant;

/** One conversation as the list shows it. */
public record Conversation(long id, String title, Instant createdAt, Instant updatedAt) {

    @Override
    public String toString() {
        return title;
    }
}
