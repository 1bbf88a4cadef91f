package dev.careeragent.notify.settings;

/** How the SMTP connection is protected: none (local relays), SSL/TLS from the start (465), or STARTTLS (587). */
public enum SmtpSecurity { NONE, SSL, STARTTLS }
