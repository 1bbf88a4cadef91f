package dev.careeragent.security;

import java.util.Optional;

/**
 * Stores secrets (SMTP password, API keys) by key, outside the database, settings and logs.
 * Implementations log keys only, never values.
 */
public interface SecretVault {

    /** Key under which the SMTP password is stored. */
    String SMTP_PASSWORD = "smtp.password";

    void put(String key, String secret);

    Optional<String> get(String key);

    void delete(String key);

    /** Where secrets go, for Settings and Diagnostics, e.g. "OS keychain". */
    String description();
}
