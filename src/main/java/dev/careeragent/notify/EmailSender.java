package dev.careeragent.notify;

import dev.careeragent.notify.model.OutgoingEmail;
import dev.careeragent.notify.settings.SmtpSettings;
import dev.careeragent.security.SecretVault;
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
        Email email = EmailBuilder.startingBlank()
                .from(smtp.from())
                .to(message.to())
                .withSubject(message.content().subject())
                .withHTMLText(message.content().html())
                .withPlainText(message.content().text())
                .fixingMessageId(message.messageId())
                .buildEmail();
        try (Mailer mailer = mailer(smtp)) {
            mailer.sendMail(email).join();
            LOG.info("Sent email {} via {}:{}", message.messageId(), smtp.host(), smtp.port());
        } catch (Exception e) {
            throw new MailDeliveryException(SmtpProblems.explain(e, smtp.host(), smtp.port())
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

    private Mailer mailer(SmtpSettings smtp) {
        String user = smtp.user() == null || smtp.user().isBlank() ? null : smtp.user();
        String password = user == null ? null : vault.get(SecretVault.SMTP_PASSWORD).orElse(null);
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
