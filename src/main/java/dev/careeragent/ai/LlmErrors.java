package dev.careeragent.ai;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.careeragent.ai.http.ResilientHttpClient;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.TimeoutException;
import java.net.http.HttpTimeoutException;

/** Turns whatever a langchain4j call threw into an {@link LlmException} with a sentence the user can act on. */
final class LlmErrors {

    private LlmErrors() {
    }

    static LlmException translate(Throwable error, LlmConfig config) {
        if (error instanceof LlmException known) {
            return known;
        }
        String where = config.provider().label() + " at " + config.baseUrl();
        if (ResilientHttpClient.isCancel(error)) {
            return new LlmException(LlmException.Kind.CANCELLED, "Cancelled.", error);
        }
        if (ResilientHttpClient.isIdle(error)) {
            return new LlmException(LlmException.Kind.CUT_OFF, where + " stopped sending for "
                    + config.readTimeout().toSeconds() + " s; the answer was cut off. Try again.", error);
        }
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof ResilientHttpClient.LlmHttpException http) {
                return fromStatus(http, where);
            }
            if (t instanceof HttpException http) {
                return fromStatus(http, where);
            }
            if (t instanceof TimeoutException || t instanceof HttpTimeoutException) {
                return new LlmException(LlmException.Kind.TIMEOUT, where + " did not answer within "
                        + config.readTimeout().toSeconds() + " s. Is the model still loading? Try again, or raise the timeout.", error);
            }
            if (t instanceof ResilientHttpClient.UnreachableException) {
                return new LlmException(LlmException.Kind.UNREACHABLE, where + ": " + t.getMessage() + ". "
                        + (config.provider() == LlmProvider.OLLAMA ? "Start Ollama (ollama serve) or fix the address in Settings -> AI."
                        : "Check the address in Settings -> AI and your network."), error);
            }
            if (t instanceof JsonProcessingException) {
                return new LlmException(LlmException.Kind.MALFORMED, where + " sent an answer that is not valid JSON for its"
                        + " protocol. Check that the address points to a " + config.provider().label() + " server.", error);
            }
        }
        return new LlmException(LlmException.Kind.MALFORMED, where + " failed: " + error.getMessage(), error);
    }

    private static LlmException fromStatus(HttpException http, String where) {
        int status = http.statusCode();
        if (status == 429) {
            String later = http instanceof ResilientHttpClient.LlmHttpException e && e.retryAfter().isPresent()
                    ? " It asks to wait " + e.retryAfter().get() + " s." : "";
            return new LlmException(LlmException.Kind.RATE_LIMITED, where + " is rate limiting requests (HTTP 429)." + later
                    + " Try again later.", http);
        }
        if (status >= 500) {
            return new LlmException(LlmException.Kind.SERVER_ERROR, where + " failed with HTTP " + status
                    + " after retrying. Check the server's log, then try again.", http);
        }
        if (status == 401 || status == 403) {
            return new LlmException(LlmException.Kind.REJECTED, where + " refused the API key (HTTP " + status
                    + "). Enter a valid key in Settings -> AI.", http);
        }
        if (status == 404) {
            return new LlmException(LlmException.Kind.REJECTED, where + " does not know that model or address (HTTP 404)."
                    + " Pick a model from the list in Settings -> AI.", http);
        }
        return new LlmException(LlmException.Kind.REJECTED, where + " rejected the request (HTTP " + status + ").", http);
    }
}
