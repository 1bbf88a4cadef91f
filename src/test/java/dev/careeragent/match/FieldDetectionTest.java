package dev.careeragent.match;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The field a title names, as set aside 7 (JobStreet ads, IT and engineering resumes) showed it: security of systems
 * is IT and a security officer guards premises; a data centre is IT, not data work; a safety officer is an
 * occupational health and safety specialist.
 */
class FieldDetectionTest {

    @Test
    void securityOfSystemsIsItAndASecurityOfficerGuardsPremises() {
        assertThat(Occupation.of("Security Officer / CCTV Technician")).doesNotContain(Occupation.SOFTWARE);
        assertThat(Occupation.of("Night Security Guard")).doesNotContain(Occupation.SOFTWARE);
        assertThat(Occupation.of("Information Security Analyst")).contains(Occupation.SOFTWARE);
        assertThat(Occupation.of("Security Engineer, Cloud Platform")).contains(Occupation.SOFTWARE);
    }

    @Test
    void aDataCentreIsIts() {
        assertThat(Occupation.of("Data Centre Operations Engineer (Shift)")).containsExactly(Occupation.SOFTWARE);
        assertThat(Occupation.of("Data Center Technician")).contains(Occupation.SOFTWARE).doesNotContain(Occupation.DATA);
        assertThat(Occupation.of("Data Engineer")).containsExactly(Occupation.DATA);
    }

    @Test
    void aSafetyOfficerWorksInOccupationalHealthAndSafety() {
        assertThat(Occupation.of("Safety Officer")).containsExactly(Occupation.HEALTH);
        assertThat(Occupation.of("HSE Coordinator")).contains(Occupation.HEALTH);
        assertThat(Occupation.of("Trust and Safety Analyst")).doesNotContain(Occupation.HEALTH);
    }
}
