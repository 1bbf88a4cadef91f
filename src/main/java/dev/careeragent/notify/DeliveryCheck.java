package dev.careeragent.notify;

/**
 * Asks whether a message with a given Message-ID reached the recipient (e.g. an IMAP search of the
 * user's own mailbox). Used only for messages whose delivery was cut off by a crash.
 */
@FunctionalInterface
public interface DeliveryCheck {

    /** No way to check: an interrupted delivery counts as "may have arrived". */
    DeliveryCheck NONE = messageId -> false;

    boolean arrived(String messageId);
}
