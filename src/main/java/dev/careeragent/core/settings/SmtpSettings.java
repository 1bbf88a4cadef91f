package dev.careeragent.core.settings;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** Outgoing mail server; the password is not here but in the secret vault. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SmtpSettings(String host, Integer port, SmtpSecurity security, String user, String from, String to) {

    public static SmtpSettings none() {
        return new SmtpSettings(null, null, null, null, null, null);
    }

    public SmtpSettings {
        security = security == null ? SmtpSecurity.STARTTLS : security;
        port = port == null ? defaultPort(security) : port;
    }

    /** True once host, sender and recipient are filled in. */
    public boolean complete() {
        return filled(host) && filled(from) && filled(to);
    }

    private static boolean filled(String value) {
        return value != null && !value.isBlank();
    }

    private static int defaultPort(SmtpSecurity security) {
        return switch (security) {
            case NONE -> 25;
            case SSL -> 465;
            case STARTTLS -> 587;
        };
    }
}
