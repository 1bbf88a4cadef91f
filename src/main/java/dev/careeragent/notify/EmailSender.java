package dev.careeragent.notify;

import dev.careeragent.notify.model.OutgoingEmail;
import dev.careeragent.notify.settings.SmtpSecurity;
import dev.careeragent.notify.settings.SmtpSettings;
import dev.careeragent.security.SecretVault;
import java.util.List;
import java.util.function.Supplier;
import org.simplejavamail.api.email.Email;
import org.simplejavamail.api.mailer.Mailer;
import org.simplejavamail.api.mailer.config.TransportStrategy;
import org.simplejavamail.email.EmailBuilder;
import org.simplejavamail.mailer.MailerBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Sends email over SMTP with simple-java-mail, using the current settings and the password from the vault. */
public final class EmailSender implements MailTransport {

    private static final Logger LOG = LoggerFactory.getLogger(EmailSender.class);
    private static final int TIMEOUT_MILLIS = 30_000;
    static final String PLAIN_TEXT_REFUSED = "Email was not sent: with security None the mail password would cross the "
            + "network readable by anyone on the way. Choose SSL or STARTTLS in Settings > Notifications, or confirm "
            + "there that you accept sending it unencrypted.";

    private final Supplier<SmtpSettings> settings;
    private final SecretVault vault;
    private final EmailMessages messages;

    public EmailSender(Supplier<SmtpSettings> settings, SecretVault vault, EmailMessages messages) {
        this.settings = settings;
        this.vault = vault;
        this.messages = messages;
    }

    /** Sends a test email right away (not through the outbox) and returns its Message-ID. */
    public String sendTestEmail() throws MailDeliveryException {
        SmtpSettings smtp = requireComplete();
        OutgoingEmail email = new OutgoingEmail(MessageIds.newId(), smtp.to(), messages.test(smtp.host() + ":" + smtp.port()));
        send(email);
        return email.messageId();
    }

    @Override
    public void send(OutgoingEmail message) throws MailDeliveryException {
        SmtpSettings smtp = requireComplete();
        String user = smtp.logsIn() ? smtp.user() : null;
        String password = user == null ? null : vault.get(SecretVault.SMTP_PASSWORD).orElse(null);
        if (password != null && smtp.security() == SmtpSecurity.NONE && !smtp.allowPlainTextPassword()) {
            throw new MailDeliveryException(PLAIN_TEXT_REFUSED, null);
        }
        Email email = EmailBuilder.startingBlank()
                .from(smtp.from())
                .to(message.to())
                .withSubject(message.content().subject())
                .withHTMLText(message.content().html())
                .withPlainText(message.content().text())
                .fixingMessageId(message.messageId())
                .buildEmail();
        try (Mailer mailer = mailer(smtp, user, password)) {
            mailer.sendMail(email).join();
            LOG.info("Sent email {} via {}:{}", message.messageId(), smtp.host(), smtp.port());
        } catch (Exception e) {
            List<String> secrets = password == null ? List.of() : List.of(password);
            throw new MailDeliveryException(SmtpProblems.explain(e, smtp.host(), smtp.port(), secrets)
                    + " Settings are under Settings > Notifications.", e);
        }
    }

    private SmtpSettings requireComplete() throws MailDeliveryException {
        SmtpSettings smtp = settings.get();
        if (smtp == null || !smtp.complete()) {
            throw new MailDeliveryException("Email is not set up yet. Enter the mail server, sender and recipient "
                    + "in Settings > Notifications.", null);
        }
        return smtp;
    }

    private static Mailer mailer(SmtpSettings smtp, String user, String password) {
        return MailerBuilder.withSMTPServer(smtp.host(), smtp.port(), user, password)
                .withTransportStrategy(switch (smtp.security()) {
                    case NONE -> TransportStrategy.SMTP;
                    case SSL -> TransportStrategy.SMTPS;
                    case STARTTLS -> TransportStrategy.SMTP_TLS;
                })
                .withSessionTimeout(TIMEOUT_MILLIS)
                .buildMailer();
    }
}
