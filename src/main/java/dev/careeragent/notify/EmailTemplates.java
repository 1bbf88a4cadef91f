package dev.careeragent.notify;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.MustacheFactory;
import dev.careeragent.notify.model.RenderedEmail;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * Renders the email templates in {@code templates/email} with mustache.java: {@code NAME.html.mustache}
 * (values HTML-escaped) and {@code NAME.txt.mustache} (values as-is), each wrapped in its layout.
 */
public final class EmailTemplates {

    private static final String ROOT = "templates/email";
    private final MustacheFactory html = new DefaultMustacheFactory(ROOT);
    private final MustacheFactory text = new DefaultMustacheFactory(ROOT) {
        @Override
        public void encode(String value, Writer writer) {
            try {
                writer.write(value);
            } catch (IOException e) {
                throw new MustacheException("Could not write template output", e);
            }
        }
    };

    /** The layout's model: the subject as heading and the rendered body. */
    public record Layout(String subject, String body) {
    }

    public RenderedEmail render(String template, String subject, Object model) {
        String htmlBody = run(html, template + ".html.mustache", model);
        String textBody = run(text, template + ".txt.mustache", model).strip();
        return new RenderedEmail(subject,
                run(html, "layout.html.mustache", new Layout(subject, htmlBody)),
                run(text, "layout.txt.mustache", new Layout(subject, textBody)));
    }

    private static String run(MustacheFactory factory, String name, Object model) {
        StringWriter out = new StringWriter();
        try {
            factory.compile(name).execute(out, model).flush();
        } catch (IOException e) {
            throw new UncheckedIOException("Email template " + name + " could not be rendered", e);
        }
        return out.toString();
    }
}
