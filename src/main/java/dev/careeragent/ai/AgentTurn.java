package dev.careeragent.ai;

import java.util.List;

/**
 * One answer of the assistant: its text, the conversation memory to keep (JSON, tool calls included), the actions
 * it proposed for the user to confirm, the read-only tools it ran, and what the call cost.
 */
public record AgentTurn(String text, String memoryJson, List<ProposedAction> proposals, List<String> toolsRun,
                        LlmReply usage) {

    public AgentTurn {
        proposals = List.copyOf(proposals);
        toolsRun = List.copyOf(toolsRun);
    }
}
