package dev.careeragent.resume.model;

/** A stored job posting as the ATS panel's picker lists it. */
public record PostingChoice(long id, String title, String company) {

    @Override
    public String toString() {
        return company == null || company.isBlank() ? title : title + " \u2013 " + company;
    }
}
