package dev.careeragent.notify;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;

/** Reads received test messages: the text of their parts by content type. */
final class Mails {

    private Mails() {
    }

    record PartText(String contentType, String text) {
    }

    static List<PartText> parts(MimeMessage message) throws Exception {
        List<PartText> out = new ArrayList<>();
        collect(message, out);
        return out;
    }

    static String text(MimeMessage message, String type) throws Exception {
        return parts(message).stream().filter(p -> p.contentType().toLowerCase().startsWith(type)).map(PartText::text)
                .findFirst().orElseThrow(() -> new AssertionError("no " + type + " part"));
    }

    private static void collect(Part part, List<PartText> out) throws Exception {
        Object content = part.getContent();
        if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart body = multipart.getBodyPart(i);
                collect(body, out);
            }
        } else {
            out.add(new PartText(part.getContentType(), String.valueOf(content)));
        }
    }
}
