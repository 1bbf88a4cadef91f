package dev.careeragent.ai;

import java.util.List;

/** How {@link FakeLlmServer} writes answers in one wire protocol. */
interface Protocol {

    String streamContentType();

    String textWhole(FakeLlmServer.Text text);

    String toolCallWhole(FakeLlmServer.ToolCall call);

    String tokenChunk(String token);

    String toolCallChunk(FakeLlmServer.ToolCall call);

    /** What closes a stream: the final chunk(s) with token counts. */
    List<String> end(int inputTokens, int outputTokens, boolean toolCalls);
}
