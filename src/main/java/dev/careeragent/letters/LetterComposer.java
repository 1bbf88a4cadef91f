package dev.careeragent.letters;

import dev.careeragent.ai.LlmConnector;
import dev.careeragent.ai.LlmException;
import dev.careeragent.ai.LlmReply;
import dev.careeragent.letters.guard.FabricationGuard;
import dev.careeragent.letters.guard.FactSources;
import dev.careeragent.letters.guard.GuardReport;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Writes a letter from gathered facts: streamed from the model when one is set up, else (or when the model
 * fails) from the template, the user told why. Either way the guard checks the result.
 */
public final class LetterComposer {

    private final TemplateLetter template = new TemplateLetter();
    private final FabricationGuard guard;

    public LetterComposer(FabricationGuard guard) {
        this.guard = guard;
    }

    public LetterDraft compose(LetterFacts facts, LetterOptions options, LlmConnector model, Consumer<String> tokens,
                               BooleanSupplier cancelled) {
        String note = "";
        if (model != null && model.enabled()) {
            try {
                LlmReply reply = model.stream(LetterPrompt.of(facts, options), tokens, cancelled);
                String text = reply.text().strip();
                if (!text.isEmpty()) {
                    return new LetterDraft(text, LetterDraft.Source.MODEL, "", reply, check(text, facts), facts);
                }
                note = "The model sent an empty letter; wrote one from the template instead.";
            } catch (LlmException e) {
                if (e.kind() == LlmException.Kind.CANCELLED) {
                    throw e;
                }
                note = e.getMessage() + " Wrote the letter from the template instead.";
            }
        } else if (!"English".equalsIgnoreCase(options.language())) {
            note = "Template letters are in English; set up a model in Settings -> AI to write in " + options.language() + ".";
        }
        String text = template.write(facts, options);
        return new LetterDraft(text, LetterDraft.Source.TEMPLATE, note, null, check(text, facts), facts);
    }

    public GuardReport check(String text, LetterFacts facts) {
        return guard.check(text, new FactSources(facts.resume(), facts.skills(), facts.posting()));
    }
}
