package dev.careeragent.resume.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** A resume date: a year, optionally with a month. Serialised as ISO text: "2020-01" or "2020". */
public record ResumeDate(int year, Integer month) implements Comparable<ResumeDate> {

    public ResumeDate {
        if (year < 1900 || year > 2200) {
            throw new IllegalArgumentException("Year out of range: " + year);
        }
        if (month != null && (month < 1 || month > 12)) {
            throw new IllegalArgumentException("Month out of range: " + month);
        }
    }

    public static ResumeDate of(int year) {
        return new ResumeDate(year, null);
    }

    public static ResumeDate of(int year, int month) {
        return new ResumeDate(year, month);
    }

    /** Reads "2020", "2020-01" or a full ISO date "2020-01-15" (the day is dropped). */
    @JsonCreator
    public static ResumeDate parseIso(String text) {
        String[] parts = text.trim().split("-");
        int year = Integer.parseInt(parts[0]);
        return parts.length == 1 ? of(year) : of(year, Integer.parseInt(parts[1]));
    }

    @JsonValue
    public String toIso() {
        return month == null ? String.valueOf(year) : String.format("%04d-%02d", year, month);
    }

    @Override
    public int compareTo(ResumeDate other) {
        int byYear = Integer.compare(year, other.year);
        return byYear != 0 ? byYear : Integer.compare(month == null ? 0 : month, other.month == null ? 0 : other.month);
    }

    @Override
    public String toString() {
        return toIso();
    }
}
