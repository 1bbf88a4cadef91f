package dev.careeragent.assistant.store;

import java.time.Instant;

/** One line of a conversation as the page shows it: what the user typed, the assistant's answer, or an app note. */
public record ChatEntry(long id, long conversationId, Role role, String text, Instant createdAt) {

    /** Who said it; NOTE is the app (an action confirmed, declined or failed). */
    public enum Role { USER, ASSISTANT, NOTE }
}
