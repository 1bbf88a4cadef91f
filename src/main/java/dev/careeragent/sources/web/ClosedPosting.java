package dev.careeragent.sources.web;

import com.fasterxml.jackson.databind.JsonNode;
import dev.careeragent.sources.JobPageParseException;
import dev.careeragent.sources.Json;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Whether a job page says the posting is closed: the site's own words (in English, German, French, Italian, Spanish,
 * Dutch and the Nordic languages), or a JSON-LD validThrough in the past.
 */
public final class ClosedPosting {

    private static final Pattern CLOSED_WORDS = Pattern.compile("no longer accepting applications|this job has expired"
            + "|job (?:posting |listing |advert |ad )?(?:has |is )?(?:expired|closed)|no longer available"
            + "|position has been filled|this (?:position|role|vacancy|job) (?:is|has been) (?:closed|filled)"
            + "|applications? (?:are |is )?(?:now )?closed|stellenanzeige ist nicht mehr aktiv|cette offre n'est plus"
            + "|offre expirée|(?:diese )?(?:stelle|stellenanzeige|stellenausschreibung|position) ist (?:leider )?(?:nicht mehr"
            + " (?:verfügbar|verfugbar|aktiv|ausgeschrieben|online|offen)|bereits besetzt)|(?:die )?stelle wurde (?:bereits )?besetzt"
            + "|bewerbungsfrist (?:ist )?(?:abgelaufen|beendet)|(?:cette )?(?:offre|annonce) (?:a expiré|n'est plus disponible)"
            + "|(?:questa )?(?:offerta|posizione|candidatura) (?:non è più (?:disponibile|attiva)|è scaduta|è chiusa)"
            + "|(?:esta |la )?oferta (?:ya no está disponible|ha caducado|ha expirado|está cerrada)"
            + "|vacature is (?:niet meer beschikbaar|gesloten|vervuld)|annonsen (?:är|har) (?:stängd|utgått)"
            + "|stillingen er (?:besat|lukket)", Pattern.CASE_INSENSITIVE);
    private static final int TOP_TEXT = 4000;

    private ClosedPosting() {
    }

    public static boolean isClosed(Document doc, LocalDate today) {
        String text = doc.body() == null ? "" : doc.body().text();
        if (CLOSED_WORDS.matcher(text.length() > TOP_TEXT ? text.substring(0, TOP_TEXT) : text).find()) {
            return true;
        }
        for (Element script : doc.select("script[type=application/ld+json]")) {
            try {
                JsonNode root = Json.read(script.data().strip(), "JSON-LD");
                String until = validThrough(root);
                if (until != null && LocalDate.parse(until.substring(0, Math.min(10, until.length()))).isBefore(today)) {
                    return true;
                }
            } catch (JobPageParseException | DateTimeParseException e) {
                // a broken or undated block says nothing about closing
            }
        }
        return false;
    }

    private static String validThrough(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isArray()) {
            for (JsonNode n : node) {
                String v = validThrough(n);
                if (v != null) {
                    return v;
                }
            }
            return null;
        }
        if (node.has("validThrough")) {
            return node.get("validThrough").asText(null);
        }
        return node.has("@graph") ? validThrough(node.get("@graph")) : null;
    }
}
