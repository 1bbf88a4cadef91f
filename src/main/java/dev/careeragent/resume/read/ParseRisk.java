package dev.careeragent.resume.read;

/** Something in the file that applicant tracking systems often misread; the ATS check reports these. */
public record ParseRisk(Kind kind, String detail) {

    public enum Kind { TABLES, MULTI_COLUMN, HEADER_FOOTER_TEXT, IMAGES, NO_TEXT_LAYER, TEXT_BOXES, INCOMPLETE_FILE }
}
