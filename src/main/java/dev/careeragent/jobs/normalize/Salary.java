package dev.careeragent.jobs.normalize;

import dev.careeragent.jobs.JobPosting.SalaryPeriod;
import java.math.BigDecimal;

/** A pay range read from text or data: either bound may be null ("From £55,000" has no max). */
public record Salary(BigDecimal min, BigDecimal max, String currency, SalaryPeriod period) {
}
