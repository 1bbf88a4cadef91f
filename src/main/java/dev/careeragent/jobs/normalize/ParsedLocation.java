package dev.careeragent.jobs.normalize;

import dev.careeragent.jobs.JobPosting.RemoteMode;

/** A location split into parts; {@code country} is an ISO 3166-1 alpha-2 code, any part may be null. */
public record ParsedLocation(String city, String region, String country, RemoteMode remote) {

    public static ParsedLocation empty() {
        return new ParsedLocation(null, null, null, RemoteMode.UNKNOWN);
    }
}
