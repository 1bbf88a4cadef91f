package dev.careeragent.notify;

/** An email could not be sent; the message says why and what to check. */
public class MailDeliveryException extends Exception {

    private static final long serialVersionUID = 1L;

    public MailDeliveryException(String message, Throwable cause) {
        super(message, cause);
    }
}
