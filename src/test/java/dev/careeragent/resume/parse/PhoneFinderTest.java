package dev.careeragent.resume.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PhoneFinderTest {

    private final ContactExtractor contacts = new ContactExtractor();

    @Test
    void readsDottedInternationalSpacedAndBracketedForms() {
        assertThat(contacts.phone("Ithaca, NY | 607.379.5733 | jane@x.org")).isEqualTo("607.379.5733");
        assertThat(contacts.phone("+1-(234)-555-1234")).isEqualTo("+1-(234)-555-1234");
        assertThat(contacts.phone("Montreal\t5149748848\tname@gmail.com")).isEqualTo("5149748848");
        assertThat(contacts.phone("Bangalore, India, 09304398005")).isEqualTo("09304398005");
        assertThat(contacts.phone("+44 20 7946 0018")).isEqualTo("+44 20 7946 0018");
        assertThat(contacts.internationalPhone("+91 – 9952284398 Madurai - Tamilnadu")).isEqualTo("+91 - 9952284398");
    }

    @Test
    void aCountryCodeStaysWithTheNumberEvenWhenTheNationalPartAloneLooksValid() {
        assertThat(contacts.phone("T\t+39 0325658974")).isEqualTo("+39 0325658974");
    }

    @Test
    void datesYearsAndAmountsAreNotPhones() {
        assertThat(contacts.phone("19-10-1995")).isNull();
        assertThat(contacts.phone("2019 - 2023")).isNull();
        assertThat(contacts.phone("Revenue 12.500.000")).isNull();
        assertThat(contacts.internationalPhone("Call (402) 291-5678")).isNull();
    }
}
