package dev.careeragent.notify.settings;

/**
 * Outgoing mail server; the password is not here but in the secret vault. {@code allowPlainTextPassword}: the user
 * confirmed that with security NONE the password crosses the network readable (only then is it sent that way).
 */
public record SmtpSettings(String host, Integer port, SmtpSecurity security, String user, String from, String to,
        Boolean allowPlainTextPassword) {

    public static SmtpSettings none() {
        return new SmtpSettings(null, null, null, null, null, null, false);
    }

    public SmtpSettings {
        security = security == null ? SmtpSecurity.STARTTLS : security;
        port = port == null ? defaultPort(security) : port;
        allowPlainTextPassword = allowPlainTextPassword != null && allowPlainTextPassword;
    }

    /** True once host, sender and recipient are filled in. */
    public boolean complete() {
        return filled(host) && filled(from) && filled(to);
    }

    /** True when a user name is given, so a password goes to the server. */
    public boolean logsIn() {
        return filled(user);
    }

    /** True when the password would cross the network unencrypted. */
    public boolean sendsPasswordInClear() {
        return security == SmtpSecurity.NONE && logsIn();
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
