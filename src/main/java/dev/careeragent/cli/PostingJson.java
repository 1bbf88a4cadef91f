package dev.careeragent.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.careeragent.jobs.JobPosting;
import dev.careeragent.jobs.PostingLink;
import java.util.List;

/** Job postings as JSON for the command line (dates as ISO text, with every source link when known). */
final class PostingJson {

    static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT);

    private PostingJson() {
    }

    static ObjectNode of(JobPosting posting, List<PostingLink> links) {
        ObjectNode node = MAPPER.valueToTree(posting);
        if (!links.isEmpty()) {
            node.set("links", MAPPER.valueToTree(links));
        }
        return node;
    }

    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write JSON: " + e.getOriginalMessage(), e);
        }
    }
}
