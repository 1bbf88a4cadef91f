package dev.careeragent.ai;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * A tool the assistant model may call, described without langchain4j. A tool that {@code changesData} is never run
 * by the model's request: {@link AgentChat} turns the request into a {@link ProposedAction} the user confirms first,
 * and {@code describe} says in one line what it would do ("Delete the application for Backend Engineer at Fabrikam").
 */
public record AgentTool(String name, String description, List<Param> params, Function<ToolArgs, String> read,
                        Function<ToolArgs, String> describe, Function<ToolArgs, ToolChange> change) {

    /** The kinds of argument a tool takes. */
    public enum Kind { TEXT, WHOLE_NUMBER, FLAG }

    /** One argument. */
    public record Param(String name, Kind kind, String description, boolean required) {
    }

    public AgentTool {
        Objects.requireNonNull(name);
        params = List.copyOf(params);
        if ((read == null) == (change == null)) {
            throw new IllegalArgumentException("A tool either reads or changes data");
        }
        if (change != null && describe == null) {
            throw new IllegalArgumentException("A tool that changes data needs a description of each action for the user");
        }
    }

    /** A tool that only reads. */
    public static AgentTool reading(String name, String description, List<Param> params, Function<ToolArgs, String> read) {
        return new AgentTool(name, description, params, read, null, null);
    }

    /**
     * A tool that changes the user's data: it runs only after the user confirms the proposed action, and says how to
     * undo what it did.
     */
    public static AgentTool changing(String name, String description, List<Param> params, Function<ToolArgs, String> describe,
                                     Function<ToolArgs, ToolChange> change) {
        return new AgentTool(name, description, params, null, describe, change);
    }

    public boolean changesData() {
        return change != null;
    }

    public static Param text(String name, String description) {
        return new Param(name, Kind.TEXT, description, true);
    }

    public static Param optionalText(String name, String description) {
        return new Param(name, Kind.TEXT, description, false);
    }

    public static Param number(String name, String description) {
        return new Param(name, Kind.WHOLE_NUMBER, description, true);
    }
}
