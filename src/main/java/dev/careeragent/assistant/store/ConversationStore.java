package dev.careeragent.assistant.store;

import dev.careeragent.store.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The assistant's tables (V16): conversations with their model memory, the lines the page shows, and the proposed
 * actions. The only writer of those tables; a turn (question, answer, memory, proposals) is saved in one transaction.
 */
public final class ConversationStore {

    private static final String CONVERSATION = "SELECT id, title, created_at, updated_at FROM assistant_conversation";
    private static final String ACTION = "SELECT id, conversation_id, tool, arguments_json, summary, status, result, created_at"
            + " FROM assistant_action";

    private final Database database;
    private final Clock clock;

    public ConversationStore(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** An action the model proposed, to be saved as PENDING. */
    public record NewAction(String tool, String argumentsJson, String summary) {
    }

    /** What {@link #saveTurn} stored: the question's and the answer's lines and the proposed actions. */
    public record SavedTurn(ChatEntry question, ChatEntry answer, List<AssistantAction> proposed) {
    }

    public Conversation create(String title) {
        Instant now = clock.instant();
        return work("start a conversation", c -> {
            long id = insert(c, "INSERT INTO assistant_conversation (title, created_at, updated_at) VALUES (?, ?, ?) RETURNING id",
                    title, now.toString(), now.toString());
            return new Conversation(id, title, now, now);
        });
    }

    /** Live conversations, the most recently used first. */
    public List<Conversation> list() {
        return work("list conversations", c -> conversations(c, CONVERSATION + " WHERE deleted_at IS NULL ORDER BY updated_at DESC, id DESC"));
    }

    public Optional<Conversation> find(long id) {
        return work("read a conversation", c -> conversations(c, CONVERSATION + " WHERE deleted_at IS NULL AND id = ?", id))
                .stream().findFirst();
    }

    public String memory(long id) {
        return work("read a conversation", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT memory_json FROM assistant_conversation WHERE id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getString(1) : "";
                }
            }
        });
    }

    public List<ChatEntry> entries(long conversationId) {
        return work("read a conversation", c -> {
            List<ChatEntry> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, role, body, created_at FROM assistant_message"
                    + " WHERE conversation_id = ? ORDER BY id")) {
                ps.setLong(1, conversationId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new ChatEntry(rs.getLong(1), conversationId, ChatEntry.Role.valueOf(rs.getString(2)),
                                rs.getString(3), Instant.parse(rs.getString(4))));
                    }
                }
            }
            return out;
        });
    }

    public List<AssistantAction> actions(long conversationId) {
        return work("read a conversation", c -> actions(c, ACTION + " WHERE conversation_id = ? ORDER BY id", conversationId));
    }

    public Optional<AssistantAction> action(long id) {
        return work("read an action", c -> actions(c, ACTION + " WHERE id = ?", id)).stream().findFirst();
    }

    /** Saves a question and its answer, the new memory, a new title (null keeps it) and the proposals, all or nothing. */
    public SavedTurn saveTurn(long conversationId, String question, String answer, String memoryJson, String title,
                              List<NewAction> proposals) {
        Instant now = clock.instant();
        return transaction("save the conversation", c -> {
            ChatEntry asked = entry(c, conversationId, ChatEntry.Role.USER, question, now);
            ChatEntry said = entry(c, conversationId, ChatEntry.Role.ASSISTANT, answer, now);
            List<AssistantAction> saved = new ArrayList<>();
            for (NewAction p : proposals) {
                long id = insert(c, "INSERT INTO assistant_action (conversation_id, tool, arguments_json, summary, status, created_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?) RETURNING id", conversationId, p.tool(), p.argumentsJson(), p.summary(),
                        AssistantAction.Status.PENDING.name(), now.toString());
                saved.add(new AssistantAction(id, conversationId, p.tool(), p.argumentsJson(), p.summary(),
                        AssistantAction.Status.PENDING, null, now));
            }
            update(c, "UPDATE assistant_conversation SET memory_json = ?, title = COALESCE(?, title), updated_at = ? WHERE id = ?",
                    memoryJson, title, now.toString(), conversationId);
            return new SavedTurn(asked, said, saved);
        });
    }

    /**
     * Records the user's decision on a pending action with the app's note and the memory that tells the model; false
     * (nothing written) when the action was already decided.
     */
    public boolean decide(long actionId, AssistantAction.Status status, String result, String note, String memoryJson) {
        Instant now = clock.instant();
        return transaction("save the decision", c -> {
            AssistantAction action = actions(c, ACTION + " WHERE id = ?", actionId).stream().findFirst().orElse(null);
            if (action == null || !action.pending() || update(c, "UPDATE assistant_action SET status = ?, result = ?, decided_at = ?"
                    + " WHERE id = ? AND status = 'PENDING'", status.name(), result, now.toString(), actionId) == 0) {
                return false;
            }
            entry(c, action.conversationId(), ChatEntry.Role.NOTE, note, now);
            update(c, "UPDATE assistant_conversation SET memory_json = ?, updated_at = ? WHERE id = ?", memoryJson,
                    now.toString(), action.conversationId());
            return true;
        });
    }

    /** Marks a done action as undone, with the app's note in the chat and the memory that tells the model. */
    public boolean undone(long actionId, String note, String memoryJson) {
        Instant now = clock.instant();
        return transaction("save the undo", c -> {
            AssistantAction action = actions(c, ACTION + " WHERE id = ?", actionId).stream().findFirst().orElse(null);
            if (action == null || update(c, "UPDATE assistant_action SET status = ? WHERE id = ? AND status = 'DONE'",
                    AssistantAction.Status.UNDONE.name(), actionId) == 0) {
                return false;
            }
            entry(c, action.conversationId(), ChatEntry.Role.NOTE, note, now);
            update(c, "UPDATE assistant_conversation SET memory_json = ?, updated_at = ? WHERE id = ?", memoryJson,
                    now.toString(), action.conversationId());
            return true;
        });
    }

    public boolean rename(long id, String title) {
        return work("rename the conversation", c -> update(c, "UPDATE assistant_conversation SET title = ? WHERE id = ?"
                + " AND deleted_at IS NULL", title, id) == 1);
    }

    /** Hides the conversation until {@link #restore} or {@link #purgeDeletedBefore}. */
    public boolean delete(long id) {
        return work("delete the conversation", c -> update(c, "UPDATE assistant_conversation SET deleted_at = ? WHERE id = ?"
                + " AND deleted_at IS NULL", clock.instant().toString(), id) == 1);
    }

    public boolean restore(long id) {
        return work("restore the conversation", c -> update(c, "UPDATE assistant_conversation SET deleted_at = NULL WHERE id = ?",
                id) == 1);
    }

    public int purgeDeletedBefore(Instant cutoff) {
        return work("purge deleted conversations", c -> update(c, "DELETE FROM assistant_conversation WHERE deleted_at IS NOT NULL"
                + " AND deleted_at < ?", cutoff.toString()));
    }

    private ChatEntry entry(Connection c, long conversationId, ChatEntry.Role role, String text, Instant at) throws SQLException {
        long id = insert(c, "INSERT INTO assistant_message (conversation_id, role, body, created_at) VALUES (?, ?, ?, ?) RETURNING id",
                conversationId, role.name(), text, at.toString());
        return new ChatEntry(id, conversationId, role, text, at);
    }

    private static List<Conversation> conversations(Connection c, String sql, Object... params) throws SQLException {
        List<Conversation> out = new ArrayList<>();
        try (PreparedStatement ps = prepare(c, sql, params); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new Conversation(rs.getLong(1), rs.getString(2), Instant.parse(rs.getString(3)), Instant.parse(rs.getString(4))));
            }
        }
        return out;
    }

    private static List<AssistantAction> actions(Connection c, String sql, Object... params) throws SQLException {
        List<AssistantAction> out = new ArrayList<>();
        try (PreparedStatement ps = prepare(c, sql, params); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new AssistantAction(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        AssistantAction.Status.valueOf(rs.getString(6)), rs.getString(7), Instant.parse(rs.getString(8))));
            }
        }
        return out;
    }

    private static long insert(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = prepare(c, sql, params); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static int update(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = prepare(c, sql, params)) {
            return ps.executeUpdate();
        }
    }

    private static PreparedStatement prepare(Connection c, String sql, Object... params) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        for (int i = 0; i < params.length; i++) {
            ps.setObject(i + 1, params[i]);
        }
        return ps;
    }

    @FunctionalInterface
    private interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private <T> T work(String what, Work<T> work) {
        try (Connection c = database.connection()) {
            return work.run(c);
        } catch (SQLException e) {
            throw new AssistantStoreException("Could not " + what + " (" + e.getMessage() + ").", e);
        }
    }

    private <T> T transaction(String what, Work<T> work) {
        try {
            return database.inJdbcTransaction(work::run);
        } catch (SQLException e) {
            throw new AssistantStoreException("Could not " + what + " (" + e.getMessage() + ").", e);
        }
    }
}
