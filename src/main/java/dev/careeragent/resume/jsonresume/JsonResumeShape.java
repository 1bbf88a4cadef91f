package dev.careeragent.resume.jsonresume;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/** What a JSON Resume must look like before it is mapped: the right types, sane list lengths, something in it. */
final class JsonResumeShape {

    /** Entries in one list; a resume with more is not a resume. */
    static final int MAX_ENTRIES = 1_000;
    private static final List<String> LISTS = List.of("work", "volunteer", "education", "awards", "certificates",
            "publications", "skills", "languages", "interests", "references", "projects");

    private JsonResumeShape() {
    }

    /** Null when the document is a usable JSON Resume, else what is wrong, for the user. */
    static String problem(JsonNode root) {
        if (root == null || !root.isObject()) {
            return "it is not a JSON object";
        }
        JsonNode basics = root.path("basics");
        if (!basics.isMissingNode() && !basics.isObject()) {
            return "\"basics\" must be an object with your name and contact details";
        }
        for (String list : LISTS) {
            JsonNode node = root.path(list);
            if (node.isMissingNode() || node.isNull()) {
                continue;
            }
            if (!node.isArray()) {
                return "\"" + list + "\" must be a list";
            }
            if (node.size() > MAX_ENTRIES) {
                return "\"" + list + "\" has " + node.size() + " entries (at most " + MAX_ENTRIES + " are read)";
            }
            for (JsonNode entry : node) {
                if (!entry.isObject() && !entry.isTextual()) {
                    return "the entries of \"" + list + "\" must be objects";
                }
            }
        }
        boolean empty = basics.path("name").asText("").isBlank() && basics.path("email").asText("").isBlank()
                && LISTS.stream().allMatch(list -> root.path(list).isEmpty());
        return empty ? "it holds no name, contact details or entries" : null;
    }

    /** A JSON document that is valid JSON but not a usable JSON Resume. */
    static final class Invalid extends com.fasterxml.jackson.core.JsonProcessingException {
        private static final long serialVersionUID = 1L;

        Invalid(String problem) {
            super(problem);
        }
    }
}
