package dev.careeragent.notify;

import java.util.UUID;

/** Globally unique Message-IDs, fixed when a message is queued so a resend would carry the same one. */
final class MessageIds {

    private MessageIds() {
    }

    static String newId() {
        return "<" + UUID.randomUUID() + "@career-agent.local>";
    }
}
