package dev.careeragent.sources.fetch;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises CAPTCHA pages, login and sign-up walls and bot blocks from a data file of signatures
 * ({@code block-signatures.json}), so a new wall needs a line of data, not code. A signature matches
 * when all of its conditions hold. {@code body} is matched against the raw HTML, {@code text} against
 * the visible text (scripts, styles and tags removed, so a page's built-in message strings such as
 * "Please confirm you are not a robot" do not count). Page-content conditions only apply to HTML
 * answers, so a JSON job description that mentions "captcha" is never mistaken for a wall.
 */
public final class BlockDetector {

    private static final String DEFAULTS = "block-signatures.json";
    private static final Pattern TITLE = Pattern.compile("(?is)<title[^>]*>(.*?)</title>");
    private static final Pattern INVISIBLE = Pattern.compile("(?is)<(script|style|noscript)\\b.*?</\\1\\s*>|<!--.*?-->");
    private static final Pattern TAG = Pattern.compile("(?s)<[^>]*>");

    /** One signature as written in the data file; absent fields are "any". */
    public record Signature(String id, BlockKind kind, String reason, String url, boolean redirectOnly,
            Integer status, String header, String headerValue, String title, String body, String text) {
    }

    /** The parts of a page the conditions look at; title and text are computed once, on demand. */
    private static final class View {
        final FetchedPage page;
        private String title;
        private String text;

        View(FetchedPage page) {
            this.page = page;
        }

        String title() {
            if (title == null) {
                Matcher matcher = TITLE.matcher(page.body());
                title = matcher.find() ? matcher.group(1).strip() : "";
            }
            return title;
        }

        String text() {
            if (text == null) {
                String visible = INVISIBLE.matcher(page.body()).replaceAll(" ");
                text = TAG.matcher(visible).replaceAll(" ").replaceAll("\\s+", " ");
            }
            return text;
        }
    }

    private record Compiled(Signature signature, Pattern url, Pattern headerValue, Pattern title, Pattern body,
            Pattern text) {

        boolean matches(View view) {
            FetchedPage page = view.page;
            Signature s = signature;
            if (s.status() != null && s.status() != page.status()) {
                return false;
            }
            if (url != null && (!url.matcher(page.finalUrl().toString()).find()
                    || (s.redirectOnly() && !page.redirected()))) {
                return false;
            }
            if (s.header() != null && !page.header(s.header())
                    .map(value -> headerValue == null || headerValue.matcher(value).find()).orElse(false)) {
                return false;
            }
            boolean needsHtml = title != null || body != null || text != null;
            if (needsHtml && !page.isHtml()) {
                return false;
            }
            return (title == null || title.matcher(view.title()).find())
                    && (body == null || body.matcher(page.body()).find())
                    && (text == null || text.matcher(view.text()).find());
        }
    }

    private final List<Compiled> signatures;

    public BlockDetector(List<Signature> signatures) {
        this.signatures = signatures.stream()
                .map(s -> new Compiled(s, compile(s.url()), compile(s.headerValue()), compile(s.title()),
                        compile(s.body()), compile(s.text())))
                .toList();
    }

    /** The signatures shipped with the app. */
    public static BlockDetector defaults() {
        try (InputStream in = BlockDetector.class.getResourceAsStream(DEFAULTS)) {
            if (in == null) {
                throw new IllegalStateException("The block signatures file " + DEFAULTS + " is missing from the app");
            }
            return fromJson(in);
        } catch (IOException e) {
            throw new UncheckedIOException("The block signatures file could not be read", e);
        }
    }

    public static BlockDetector fromJson(InputStream json) throws IOException {
        ObjectMapper mapper = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        return new BlockDetector(mapper.readValue(json, new TypeReference<List<Signature>>() { }));
    }

    public Optional<BlockSignal> detect(FetchedPage page) {
        View view = new View(page);
        return signatures.stream()
                .filter(compiled -> compiled.matches(view))
                .findFirst()
                .map(c -> new BlockSignal(c.signature().kind(), c.signature().id(), c.signature().reason()));
    }

    private static Pattern compile(String regex) {
        return regex == null || regex.isEmpty() ? null : Pattern.compile(regex);
    }
}
