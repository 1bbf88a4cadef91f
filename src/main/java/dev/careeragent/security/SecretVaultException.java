package dev.careeragent.security;

/** A secret could not be stored or read; the message says what happened and what to do. */
public class SecretVaultException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SecretVaultException(String message) {
        super(message);
    }

    public SecretVaultException(String message, Throwable cause) {
        super(message, cause);
    }
}
