package dev.careeragent.jobs.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careeragent.jobs.JobPosting.SalaryPeriod;
import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SalaryParserTest {

    private final SalaryParser parser = new SalaryParser();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', nullValues = "null", value = {
            "$120K–$150K a year; 120000; 150000; USD; YEAR",
            "From £55,000 a year; 55000; null; GBP; YEAR",
            "€60k; 60000; 60000; EUR; YEAR",
            "$45/hr; 45; 45; USD; HOUR",
            "45 000 € par an; 45000; 45000; EUR; YEAR",
            "45\u00A0000\u00A0€ par an; 45000; 45000; EUR; YEAR",
            "Up to $80,000; null; 80000; USD; YEAR",
            "£30 - £35 an hour; 30; 35; GBP; HOUR",
            "₹10L - ₹15L; 1000000; 1500000; INR; YEAR",
            "CA$90K; 90000; 90000; CAD; YEAR",
            "$100,000.00 - $120,000.00 per year; 100000; 120000; USD; YEAR",
            "60.000 € brut/an; 60000; 60000; EUR; YEAR",
            "50.000 € - 60.000 € pro Jahr; 50000; 60000; EUR; YEAR",
            "3.500 € brutto im Monat; 3500; 3500; EUR; MONTH",
            "15,50 € pro Stunde; 15.5; 15.5; EUR; HOUR",
            "De 40 000 € à 45 000 € par an; 40000; 45000; EUR; YEAR",
            "2 000 € par mois; 2000; 2000; EUR; MONTH",
            "45 k € - 50 k € (fourni par l’employeur); 45000; 50000; EUR; YEAR",
            "$53K-$91K (Glassdoor est.); 53000; 91000; USD; YEAR",
            "$17-$24 Per Hour(Glassdoor est.); 17; 24; USD; HOUR",
            "Employer Provided Salary:$80K-$90K; 80000; 90000; USD; YEAR",
            "$55k - $100k; 55000; 100000; USD; YEAR",
            "OTE $25k - $35k; 25000; 35000; USD; YEAR",
            "$160k–$180k ($210k for senior band) + Equity; 160000; 180000; USD; YEAR",
            "Salary up to $185,500 + equity; null; 185500; USD; YEAR",
            "$50-60K; 50000; 60000; USD; YEAR",
            "USD 95,000 - 110,000 annually; 95000; 110000; USD; YEAR",
            "£400 per day; 400; 400; GBP; DAY",
            "CHF 120'000 p.a.; 120000; 120000; CHF; YEAR",
            "A$110k - A$130k + super; 110000; 130000; AUD; YEAR",
            "$1,200 a week; 1200; 1200; USD; WEEK",
            "€45.000 - €55.000 jährlich; 45000; 55000; EUR; YEAR"})
    void readsAmountsCurrencyAndPeriod(String text, String min, String max, String currency, SalaryPeriod period) {
        Salary salary = parser.parse(text).orElseThrow(() -> new AssertionError("no salary in " + text));
        assertThat(salary.min()).isEqualTo(min == null ? null : new BigDecimal(min));
        assertThat(salary.max()).isEqualTo(max == null ? null : new BigDecimal(max));
        assertThat(salary.currency()).isEqualTo(currency);
        assertThat(salary.period()).isEqualTo(period);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "Competitive", "-1", "Depends on experience", "5+ years experience",
            "Negotiable salary, 2024 start"})
    void noPayGivesEmpty(String text) {
        assertThat(parser.parse(text)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void usesTheDefaultCurrencyOnlyWhenTextNamesNone() {
        assertThat(parser.parse("50k - 60k per year", "EUR").orElseThrow().currency()).isEqualTo("EUR");
        assertThat(parser.parse("£50k", "EUR").orElseThrow().currency()).isEqualTo("GBP");
    }

    @org.junit.jupiter.api.Test
    void readsPeriodCodesFromApis() {
        assertThat(SalaryParser.periodOf("YEARLY")).isEqualTo(SalaryPeriod.YEAR);
        assertThat(SalaryParser.periodOf("1 YEAR")).isEqualTo(SalaryPeriod.YEAR);
        assertThat(SalaryParser.periodOf("hourly")).isEqualTo(SalaryPeriod.HOUR);
        assertThat(SalaryParser.periodOf("monthly")).isEqualTo(SalaryPeriod.MONTH);
        assertThat(SalaryParser.periodOf("annual")).isEqualTo(SalaryPeriod.YEAR);
        assertThat(SalaryParser.periodOf("whatever")).isNull();
    }
}
