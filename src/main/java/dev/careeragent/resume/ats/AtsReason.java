package dev.careeragent.resume.ats;

/** One itemised finding of the ATS check, in words for the user. */
public record AtsReason(AtsCategory category, Status status, String text) {

    public enum Status { OK, WARNING, PROBLEM }
}
