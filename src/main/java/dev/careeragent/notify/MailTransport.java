package dev.careeragent.notify;

import dev.careeragent.notify.model.OutgoingEmail;

/** Hands one email to the mail server; {@link EmailSender} is the real one. */
@FunctionalInterface
public interface MailTransport {

    void send(OutgoingEmail email) throws MailDeliveryException;
}
