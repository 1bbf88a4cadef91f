package dev.careeragent.ui.assistant;

import dev.careeragent.ai.LlmException;
import dev.careeragent.assistant.AssistantReply;
import dev.careeragent.assistant.AssistantService;
import dev.careeragent.assistant.store.AssistantAction;
import dev.careeragent.assistant.store.ChatEntry;
import dev.careeragent.assistant.store.Conversation;
import dev.careeragent.core.task.BackgroundTask;
import dev.careeragent.core.task.TaskExecutor;
import dev.careeragent.core.task.TaskHandle;
import dev.careeragent.ui.common.TokenBatcher;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Assistant page: the conversation list (new, rename, delete with undo), the chosen conversation's lines, the
 * answer streaming in, the actions waiting for the user's Confirm or Decline (a confirmed one can be undone), and
 * whether a model is set up at all.
 */
public final class AssistantViewModel {

    private final AssistantService assistant;
    private final TaskExecutor tasks;
    private final Executor ui;
    private final ObservableList<Conversation> conversations = FXCollections.observableArrayList();
    private final ObjectProperty<Conversation> selected = new SimpleObjectProperty<>();
    private final ObservableList<ChatEntry> entries = FXCollections.observableArrayList();
    private final ObservableList<AssistantAction> pending = FXCollections.observableArrayList();
    private final StringProperty input = new SimpleStringProperty("");
    private final StringProperty streaming = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty usage = new SimpleStringProperty("");
    private final BooleanProperty sending = new SimpleBooleanProperty();
    private final BooleanProperty modelReady = new SimpleBooleanProperty(true);
    private final ObjectProperty<UndoOffer> undoOffer = new SimpleObjectProperty<>();
    private final Set<Long> deciding = new HashSet<>();
    private TaskHandle<AssistantReply> running;
    private boolean quiet;

    public AssistantViewModel(AssistantService assistant, TaskExecutor tasks, Executor ui) {
        this.assistant = assistant;
        this.tasks = tasks;
        this.ui = ui;
        selected.addListener((o, was, now) -> {
            if (!quiet && (now == null || was == null || now.id() != was.id())) {
                showConversation(now);
            }
        });
    }

    /** Loads the list (choosing the newest) and checks whether a model is set up; the page calls it when shown. */
    public void load() {
        tasks.execute(BackgroundTask.of("Loading conversations", () -> new Loaded(assistant.modelEnabled(), assistant.conversations()))
                .onSuccess(l -> {
                    modelReady.set(l.modelReady());
                    Conversation keep = selected.get();
                    conversations.setAll(l.conversations());
                    selected.set(keep != null ? l.conversations().stream().filter(c -> c.id() == keep.id()).findFirst()
                            .orElse(first(l.conversations())) : first(l.conversations()));
                }).onFailure(e -> status.set(e.getMessage())));
    }

    private record Loaded(boolean modelReady, List<Conversation> conversations) {
    }

    public void newConversation() {
        tasks.execute(BackgroundTask.of("Starting a conversation", assistant::start).onSuccess(c -> {
            conversations.add(0, c);
            selected.set(c);
        }).onFailure(e -> status.set(e.getMessage())));
    }

    /** Sends the typed message (starting a conversation when none is chosen); on failure the text goes back into the box. */
    public void send() {
        String text = input.get() == null ? "" : input.get().strip();
        if (text.isEmpty() || sending.get()) {
            status.set(text.isEmpty() ? "Type a message first." : status.get());
            return;
        }
        Conversation chosen = selected.get();
        ChatEntry typed = new ChatEntry(-1, chosen == null ? -1 : chosen.id(), ChatEntry.Role.USER, text, Instant.now());
        entries.add(typed);
        input.set("");
        streaming.set("");
        status.set("");
        sending.set(true);
        TokenBatcher tokens = new TokenBatcher(ui, piece -> streaming.set(streaming.get() + piece));
        running = tasks.execute(BackgroundTask.<AssistantReply>of("Asking the assistant", task -> {
            long id = chosen != null ? chosen.id() : assistant.start().id();
            AssistantReply reply = assistant.send(id, text, tokens, task::isCancelled);
            return reply;
        }).onSuccess(reply -> {
            // the saved lines replace the typed one and the streamed answer in the same pulse: no gap, no flicker
            int at = entries.indexOf(typed);
            if (at >= 0) {
                entries.set(at, reply.question());
                entries.add(at + 1, reply.answer());
            }
            streaming.set("");
            usage.set(reply.usage());
            if (!reply.proposed().isEmpty()) {
                status.set(reply.proposed().size() == 1 ? "The assistant proposes an action: confirm or decline it below."
                        : reply.proposed().size() + " actions wait for your confirmation below.");
            }
            refresh(reply.answer().conversationId());
        }).onFailure(e -> {
            entries.remove(typed);
            input.set(text);
            status.set(e instanceof LlmException l && l.kind() == LlmException.Kind.CANCELLED
                    ? "Cancelled; nothing was saved and your message is back in the box." : e.getMessage());
        }).onFinished(() -> {
            sending.set(false);
            streaming.set("");
        }));
    }

    public void cancel() {
        if (running != null) {
            running.cancel();
        }
    }

    /** Runs the action once: a second Confirm (a double click) while it runs or after it ran does nothing. */
    public void confirm(AssistantAction action) {
        decide("Running the confirmed action", action, () -> {
            AssistantAction done = assistant.confirm(action.id());
            return new Decided(done, assistant.canUndo(done.id()));
        });
    }

    public void decline(AssistantAction action) {
        decide("Declining the action", action, () -> new Decided(assistant.decline(action.id()), false));
    }

    private record Decided(AssistantAction action, boolean undoable) {
    }

    private void decide(String title, AssistantAction action, Callable<Decided> step) {
        if (!deciding.add(action.id())) {
            return;
        }
        pending.remove(action);
        tasks.execute(BackgroundTask.of(title, step).onSuccess(decided -> {
            AssistantAction done = decided.action();
            status.set(switch (done.status()) {
                case DONE -> "Done: " + done.summary() + ".";
                case FAILED -> "It did not work: " + done.result();
                default -> "Declined; nothing was changed.";
            });
            if (decided.undoable()) {
                undoOffer.set(new UndoOffer("Done: " + done.summary() + ".", () -> undoAction(done)));
            }
            refresh(done.conversationId());
        }).onFailure(e -> {
            status.set(e.getMessage());
            refresh(action.conversationId());
        }).onFinished(() -> deciding.remove(action.id())));
    }

    private void undoAction(AssistantAction done) {
        tasks.execute(BackgroundTask.of("Undoing the action", () -> assistant.undo(done.id())).onSuccess(undone -> {
            status.set("Undone: " + done.summary() + ".");
            refresh(done.conversationId());
        }).onFailure(e -> status.set(e.getMessage())));
    }

    /** Takes back the last deletion or confirmed action the bar offers. */
    public void undo() {
        UndoOffer offer = undoOffer.get();
        if (offer != null) {
            undoOffer.set(null);
            offer.undo().run();
        }
    }

    public void rename(String title) {
        Conversation c = selected.get();
        if (c == null || title == null || title.strip().equals(c.title())) {
            return;
        }
        tasks.execute(BackgroundTask.of("Renaming the conversation", () -> {
            assistant.rename(c.id(), title);
            return assistant.conversations();
        }).onSuccess(this::relist).onFailure(e -> status.set(e.getMessage())));
    }

    /** Deletes the chosen conversation; {@link #undo} brings it back. */
    public void delete() {
        Conversation c = selected.get();
        if (c == null) {
            return;
        }
        tasks.execute(BackgroundTask.of("Deleting the conversation", () -> {
            assistant.delete(c.id());
            return assistant.conversations();
        }).onSuccess(list -> {
            undoOffer.set(new UndoOffer("Deleted \u201c" + c.title() + "\u201d.", () -> restore(c)));
            conversations.setAll(list);
            selected.set(first(list));
            status.set("Deleted \u201c" + c.title() + "\u201d.");
        }).onFailure(e -> status.set(e.getMessage())));
    }

    private void restore(Conversation c) {
        tasks.execute(BackgroundTask.of("Restoring the conversation", () -> {
            assistant.restore(c.id());
            return assistant.conversations();
        }).onSuccess(list -> {
            conversations.setAll(list);
            selected.set(list.stream().filter(x -> x.id() == c.id()).findFirst().orElse(first(list)));
            status.set("Restored \u201c" + c.title() + "\u201d.");
        }).onFailure(e -> status.set(e.getMessage())));
    }

    private void showConversation(Conversation c) {
        if (c == null) {
            entries.clear();
            pending.clear();
            return;
        }
        refresh(c.id());
    }

    private void refresh(long conversationId) {
        tasks.execute(BackgroundTask.of("Loading the conversation", () -> new Shown(assistant.entries(conversationId),
                assistant.actions(conversationId).stream().filter(AssistantAction::pending).toList(), assistant.conversations()))
                .onSuccess(s -> {
                    Conversation current = selected.get();
                    if (current != null && current.id() != conversationId) {
                        relist(s.conversations());
                        return;
                    }
                    quiet = true;
                    conversations.setAll(s.conversations());
                    selected.set(s.conversations().stream().filter(c -> c.id() == conversationId).findFirst().orElse(null));
                    quiet = false;
                    sync(entries, s.entries());
                    sync(pending, s.pending());
                }).onFailure(e -> status.set(e.getMessage())));
    }

    private record Shown(List<ChatEntry> entries, List<AssistantAction> pending, List<Conversation> conversations) {
    }

    private void relist(List<Conversation> list) {
        Conversation keep = selected.get();
        conversations.setAll(list);
        if (keep == null) {
            selected.set(first(list));
        } else {
            list.stream().filter(c -> c.id() == keep.id()).findFirst().ifPresent(selected::set);
        }
    }

    /** Makes {@code shown} equal {@code fresh} changing only what differs after their common start. */
    private static <T> void sync(ObservableList<T> shown, List<T> fresh) {
        int same = 0;
        while (same < shown.size() && same < fresh.size() && shown.get(same).equals(fresh.get(same))) {
            same++;
        }
        if (same < shown.size()) {
            shown.remove(same, shown.size());
        }
        if (same < fresh.size()) {
            shown.addAll(fresh.subList(same, fresh.size()));
        }
    }

    private static Conversation first(List<Conversation> list) {
        return list.isEmpty() ? null : list.get(0);
    }

    public ObservableList<Conversation> conversations() { return conversations; }
    public ObjectProperty<Conversation> selectedProperty() { return selected; }
    public ObservableList<ChatEntry> entries() { return entries; }
    public ObservableList<AssistantAction> pending() { return pending; }
    public StringProperty inputProperty() { return input; }
    public StringProperty streamingProperty() { return streaming; }
    public StringProperty statusProperty() { return status; }
    public StringProperty usageProperty() { return usage; }
    public BooleanProperty sendingProperty() { return sending; }
    public BooleanProperty modelReadyProperty() { return modelReady; }
    public ObjectProperty<UndoOffer> undoOfferProperty() { return undoOffer; }
}
