package dev.careeragent.resume.model;

import java.util.List;

/** Who the resume belongs to and how to reach them. Absent values are null. */
public record Contact(String name, String email, String phone, String location, List<Link> links) {

    public Contact {
        links = links == null ? List.of() : List.copyOf(links);
    }

    public static Contact empty() {
        return new Contact(null, null, null, null, List.of());
    }
}
