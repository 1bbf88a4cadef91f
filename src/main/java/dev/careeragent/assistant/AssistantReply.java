package dev.careeragent.assistant;

import dev.careeragent.assistant.store.AssistantAction;
import dev.careeragent.assistant.store.ChatEntry;
import java.util.List;

/**
 * What one message to the assistant produced: the saved question and answer, the actions waiting for the user, and
 * the usage line.
 */
public record AssistantReply(ChatEntry question, ChatEntry answer, List<AssistantAction> proposed, String usage) {
}
