package dev.careeragent.ui.notify;

import dev.careeragent.core.settings.SettingsStore;
import dev.careeragent.core.task.BackgroundTask;
import dev.careeragent.core.task.TaskExecutor;
import dev.careeragent.notify.EmailSender;
import dev.careeragent.notify.EmailSettingsService;
import dev.careeragent.notify.settings.MessageRule;
import dev.careeragent.notify.settings.NotificationSettings;
import dev.careeragent.notify.settings.SmtpSecurity;
import dev.careeragent.notify.settings.SmtpSettings;
import dev.careeragent.ui.common.FieldValues;
import dev.careeragent.ui.common.FormSnapshot;
import dev.careeragent.ui.desktop.DesktopSettings;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Settings > Notifications: the mail server (password only into the secret vault), "Send test email", the
 * rules per kind of message, and the tray options. Edits wait for Save; Cancel puts back what was saved. Choosing
 * security None while a user name is set asks first (the password would cross the network readable); saying no keeps
 * the previous security. Saving and sending run in the background.
 */
public final class NotificationSettingsViewModel {

    /** Asked before a mail password may be sent without encryption. */
    public static final String PLAIN_TEXT_QUESTION = "With security None your mail password crosses the network "
            + "unencrypted: anyone on the way (public Wi-Fi, your provider) can read it. Use it only with a server on this "
            + "computer or a network you trust. Send the password unencrypted?";

    private final EmailSettingsService emailSettings;
    private final EmailSender sender;
    private final SettingsStore settings;
    private final TaskExecutor tasks;
    private final boolean trayAvailable;

    private final StringProperty host = new SimpleStringProperty("");
    private final StringProperty port = new SimpleStringProperty("");
    private final ObjectProperty<SmtpSecurity> security = new SimpleObjectProperty<>(SmtpSecurity.STARTTLS);
    private final StringProperty user = new SimpleStringProperty("");
    private final BooleanProperty allowPlainTextPassword = new SimpleBooleanProperty();
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty from = new SimpleStringProperty("");
    private final StringProperty to = new SimpleStringProperty("");
    private final BooleanProperty passwordSaved = new SimpleBooleanProperty();
    private final BooleanProperty highMatchEmail = new SimpleBooleanProperty();
    private final StringProperty emailThreshold = new SimpleStringProperty("");
    private final BooleanProperty digest = new SimpleBooleanProperty();
    private final StringProperty digestTime = new SimpleStringProperty("");
    private final BooleanProperty statusUpdates = new SimpleBooleanProperty();
    private final BooleanProperty interviewReminders = new SimpleBooleanProperty();
    private final BooleanProperty followUps = new SimpleBooleanProperty();
    private final StringProperty followUpDays = new SimpleStringProperty("");
    private final StringProperty quietFrom = new SimpleStringProperty("");
    private final StringProperty quietUntil = new SimpleStringProperty("");
    private final BooleanProperty trayAlerts = new SimpleBooleanProperty();
    private final StringProperty alertThreshold = new SimpleStringProperty("");
    private final BooleanProperty keepRunningInTray = new SimpleBooleanProperty();
    private final BooleanProperty startAtLogin = new SimpleBooleanProperty();
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty statusOk = new SimpleBooleanProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final FormSnapshot form = new FormSnapshot();
    private Predicate<String> confirmPlainText = question -> false;
    private boolean filling;

    public NotificationSettingsViewModel(EmailSettingsService emailSettings, EmailSender sender, SettingsStore settings,
            TaskExecutor tasks, boolean trayAvailable) {
        this.emailSettings = emailSettings;
        this.sender = sender;
        this.settings = settings;
        this.tasks = tasks;
        this.trayAvailable = trayAvailable;
        form.track(host, port, security, allowPlainTextPassword, user, password, from, to, highMatchEmail, emailThreshold,
                digest, digestTime, statusUpdates, interviewReminders, followUps, followUpDays, quietFrom, quietUntil,
                trayAlerts, alertThreshold, keepRunningInTray, startAtLogin);
        security.addListener((obs, old, now) -> securityChosen(old, now));
        load();
    }

    /** Fills the fields from the saved settings; whether a password is saved is looked up in the background. */
    public void load() {
        filling = true;
        NotificationSettings n = settings.get(NotificationSettings.KEY);
        DesktopSettings desktop = settings.get(DesktopSettings.KEY);
        SmtpSettings smtp = n.smtp();
        host.set(text(smtp.host()));
        port.set(String.valueOf(smtp.port()));
        security.set(smtp.security());
        user.set(text(smtp.user()));
        allowPlainTextPassword.set(smtp.allowPlainTextPassword());
        from.set(text(smtp.from()));
        to.set(text(smtp.to()));
        password.set("");
        highMatchEmail.set(n.highMatchEmail().enabled());
        emailThreshold.set(String.valueOf(n.highMatchEmail().threshold()));
        digest.set(n.digest().enabled());
        digestTime.set(text(n.digest().sendAt() == null ? NotificationSettings.DEFAULT_DIGEST_TIME : n.digest().sendAt()));
        statusUpdates.set(n.statusUpdates().enabled());
        interviewReminders.set(n.interviewReminders().enabled());
        followUps.set(n.followUps().enabled());
        followUpDays.set(String.valueOf(n.followUpAfterDays()));
        quietFrom.set(text(n.highMatchEmail().quietFrom()));
        quietUntil.set(text(n.highMatchEmail().quietUntil()));
        trayAlerts.set(n.tray().enabled());
        alertThreshold.set(String.valueOf(n.tray().threshold()));
        keepRunningInTray.set(desktop.keepsRunningInTray(trayAvailable));
        startAtLogin.set(desktop.startAtLogin());
        filling = false;
        form.markSaved();
        tasks.execute(BackgroundTask.of("Checking the saved mail password", emailSettings::hasPassword)
                .onSuccess(passwordSaved::set));
    }

    /** Asks the user a yes/no question before the password may go unencrypted (the View shows a dialog). */
    public void setConfirmPlainText(Predicate<String> confirm) {
        this.confirmPlainText = confirm;
    }

    /** Puts every field back to what is saved. */
    public void cancel() {
        filling = true;
        form.revert();
        filling = false;
        ok("");
    }

    private void securityChosen(SmtpSecurity old, SmtpSecurity now) {
        if (filling) {
            return;
        }
        if (now != SmtpSecurity.NONE) {
            allowPlainTextPassword.set(false);
        } else if (!allowPlainTextPassword.get() && !user.get().isBlank()) {
            if (confirmPlainText.test(PLAIN_TEXT_QUESTION)) {
                allowPlainTextPassword.set(true);
            } else {
                security.set(old);
            }
        }
    }

    /** The values as they will be saved, or a message saying which field to fix. */
    private record Values(NotificationSettings notifications, SmtpSettings smtp, String password, DesktopSettings desktop) {
    }

    public void save() {
        validated().ifPresent(values -> run("Saving notification settings", () -> {
            persist(values);
            return null;
        }, ignored -> {
            form.markSaved();
            ok("Saved.");
        }));
    }

    /** Saves, then sends a test email right away (not through the outbox) and says clearly how it went. */
    public void sendTestEmail() {
        validated().ifPresent(values -> {
            if (!values.smtp().complete()) {
                fail("Fill in the mail server, From and To before sending a test email.");
                return;
            }
            run("Sending a test email", () -> {
                persist(values);
                return sender.sendTestEmail();
            }, id -> {
                form.markSaved();
                ok("Test email sent to " + values.smtp().to() + ". Check that inbox (and its spam folder).");
            });
        });
    }

    private void persist(Values values) {
        emailSettings.saveSmtp(values.smtp(), values.password());
        settings.update(edit -> edit.put(NotificationSettings.KEY, values.notifications())
                .put(DesktopSettings.KEY, values.desktop()));
    }

    private <T> void run(String title, Callable<T> work, Consumer<T> done) {
        busy.set(true);
        status.set("");
        tasks.execute(BackgroundTask.of(title, work)
                .onSuccess(result -> {
                    if (password.get() != null && !password.get().isEmpty()) {
                        password.set("");
                        passwordSaved.set(true);
                    }
                    done.accept(result);
                })
                .onFailure(e -> fail(e.getMessage()))
                .onFinished(() -> busy.set(false)));
    }

    private Optional<Values> validated() {
        try {
            Integer portNumber = host.get().isBlank() && port.get().isBlank() ? null : number(port.get(), "The port", 1, 65535);
            if (security.get() == SmtpSecurity.NONE && !user.get().isBlank() && !allowPlainTextPassword.get()) {
                if (!confirmPlainText.test(PLAIN_TEXT_QUESTION)) {
                    throw new IllegalArgumentException("Not saved: with security None the password would be sent "
                            + "unencrypted. Choose SSL or STARTTLS, or accept that when asked.");
                }
                allowPlainTextPassword.set(true);
            }
            SmtpSettings smtp = new SmtpSettings(blankToNull(host.get()), portNumber, security.get(), blankToNull(user.get()),
                    blankToNull(from.get()), blankToNull(to.get()), allowPlainTextPassword.get());
            String quietA = FieldValues.timeOfDay(quietFrom.get(), "The start of the quiet hours");
            String quietB = FieldValues.timeOfDay(quietUntil.get(), "The end of the quiet hours");
            if ((quietA == null) != (quietB == null)) {
                throw new IllegalArgumentException("Give both the start and the end of the quiet hours, or neither.");
            }
            NotificationSettings old = settings.get(NotificationSettings.KEY);
            NotificationSettings n = new NotificationSettings(smtp,
                    new MessageRule(trayAlerts.get(), number(alertThreshold.get(), "The alert threshold", 0, 100),
                            old.tray().sendAt(), old.tray().quietFrom(), old.tray().quietUntil()),
                    new MessageRule(highMatchEmail.get(), number(emailThreshold.get(), "The email match threshold", 0, 100),
                            old.highMatchEmail().sendAt(), quietA, quietB),
                    new MessageRule(digest.get(), old.digest().threshold(),
                            FieldValues.requiredTimeOfDay(digestTime.get(), "The digest time"), quietA, quietB),
                    rule(old.statusUpdates(), statusUpdates.get(), quietA, quietB),
                    rule(old.interviewReminders(), interviewReminders.get(), quietA, quietB),
                    rule(old.followUps(), followUps.get(), quietA, quietB),
                    number(followUpDays.get(), "The follow-up days", 1, 365));
            DesktopSettings desktop = new DesktopSettings(keepRunningInTray.get(), startAtLogin.get(),
                    settings.get(DesktopSettings.KEY).trayNoticeShown());
            String newPassword = password.get() == null || password.get().isEmpty() ? null : password.get();
            return Optional.of(new Values(n, smtp, newPassword, desktop));
        } catch (IllegalArgumentException e) {
            fail(e.getMessage());
            return Optional.empty();
        }
    }

    private static MessageRule rule(MessageRule old, boolean enabled, String quietA, String quietB) {
        return new MessageRule(enabled, old.threshold(), old.sendAt(), quietA, quietB);
    }

    private static int number(String text, String what, int min, int max) {
        return FieldValues.wholeNumber(text, what, min, max);
    }

    private void ok(String text) {
        statusOk.set(true);
        status.set(text);
    }

    private void fail(String text) {
        statusOk.set(false);
        status.set(text);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    public boolean trayAvailable() { return trayAvailable; }
    public StringProperty hostProperty() { return host; }
    public StringProperty portProperty() { return port; }
    public ObjectProperty<SmtpSecurity> securityProperty() { return security; }
    public StringProperty userProperty() { return user; }
    public StringProperty passwordProperty() { return password; }
    public StringProperty fromProperty() { return from; }
    public StringProperty toProperty() { return to; }
    public BooleanProperty passwordSavedProperty() { return passwordSaved; }
    public BooleanProperty highMatchEmailProperty() { return highMatchEmail; }
    public StringProperty emailThresholdProperty() { return emailThreshold; }
    public BooleanProperty digestProperty() { return digest; }
    public StringProperty digestTimeProperty() { return digestTime; }
    public BooleanProperty statusUpdatesProperty() { return statusUpdates; }
    public BooleanProperty interviewRemindersProperty() { return interviewReminders; }
    public BooleanProperty followUpsProperty() { return followUps; }
    public StringProperty followUpDaysProperty() { return followUpDays; }
    public StringProperty quietFromProperty() { return quietFrom; }
    public StringProperty quietUntilProperty() { return quietUntil; }
    public BooleanProperty trayAlertsProperty() { return trayAlerts; }
    public StringProperty alertThresholdProperty() { return alertThreshold; }
    public BooleanProperty keepRunningInTrayProperty() { return keepRunningInTray; }
    public BooleanProperty startAtLoginProperty() { return startAtLogin; }
    public StringProperty statusProperty() { return status; }
    public BooleanProperty statusOkProperty() { return statusOk; }
    public BooleanProperty busyProperty() { return busy; }
    public BooleanProperty allowPlainTextPasswordProperty() { return allowPlainTextPassword; }
    public FormSnapshot form() { return form; }
}
