package dev.careeragent.sources;

import dev.careeragent.jobs.JobPosting;
import dev.careeragent.jobs.JobPosting.RemoteMode;

/**
 * Combines a search card with its job page: the card keeps its identity (source id, URL, title, company,
 * place), the page adds the full description and whatever the card left out (type, seniority, function,
 * industries, apply link, salary, date).
 */
public final class DetailMerge {

    private DetailMerge() {
    }

    public static JobPosting merge(JobPosting card, JobPosting page) {
        JobPosting.Builder b = card.toBuilder();
        if (length(page.descriptionText()) > length(card.descriptionText())) {
            b.descriptionHtml(page.descriptionHtml()).descriptionText(page.descriptionText());
        }
        b.applyUrl(Texts.first(card.applyUrl(), page.applyUrl()))
                .employmentType(Texts.first(card.employmentType(), page.employmentType()))
                .seniority(Texts.first(card.seniority(), page.seniority()))
                .jobFunction(Texts.first(card.jobFunction(), page.jobFunction()))
                .industries(card.industries().isEmpty() ? page.industries() : card.industries())
                .postedDate(card.postedDate() != null ? card.postedDate() : page.postedDate())
                .company(Texts.first(card.company(), page.company()))
                .location(Texts.first(card.location(), page.location()))
                .remote(card.remote() != RemoteMode.UNKNOWN ? card.remote() : page.remote());
        if (card.salaryMin() == null && card.salaryMax() == null && (page.salaryMin() != null || page.salaryMax() != null)) {
            b.salaryMin(page.salaryMin()).salaryMax(page.salaryMax()).salaryCurrency(page.salaryCurrency())
                    .salaryPeriod(page.salaryPeriod()).salaryText(Texts.first(card.salaryText(), page.salaryText()));
        }
        return b.build();
    }

    private static int length(String text) {
        return text == null ? 0 : text.length();
    }
}
