package dev.careeragent.letters.export;

import java.time.LocalDate;
import java.util.List;

/** A letter's printed parts: sender block, date, addressee, the body the user edited (salutation to name). */
public record LetterDocument(String senderName, String senderContact, LocalDate date, List<String> addressee, String body) {

    public LetterDocument {
        addressee = List.copyOf(addressee);
    }
}
