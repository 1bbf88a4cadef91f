package dev.careeragent.match;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careeragent.jobs.JobPosting;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Licensed occupations and credentials: what a recruiter checks before reading on. */
class LicensedJobsTest {

    private static final long TODAY = LocalDate.of(2025, 6, 1).toEpochDay();

    @Test
    void jobTitlesNameTheLicenceTheyNeedAndResumesNameTheLicenceTheyHold() {
        assertThat(Licences.askedBy("Nurse Practitioner")).containsExactly(Licences.NURSE_PRACTITIONER);
        assertThat(Licences.askedBy("IEN - Registered Nurse Emergency Room")).containsExactly(Licences.REGISTERED_NURSE);
        assertThat(Licences.askedBy("Senior Staff Attorney")).containsExactly(Licences.ATTORNEY);
        assertThat(Licences.askedBy("Physician Assistant")).containsExactly(Licences.PHYSICIAN_ASSISTANT);
        assertThat(Licences.askedBy("Medical Assistant")).isEmpty();
        assertThat(Licences.askedBy("Paralegal")).isEmpty();
        assertThat(Licences.askedBy("Nursing Educator")).isEmpty();

        assertThat(Licences.namedIn("RN BSN, emergency department, 2019 - present")).contains(Licences.REGISTERED_NURSE);
        assertThat(Licences.namedIn("J.D., University of Cincinnati College of Law")).contains(Licences.ATTORNEY);
        assertThat(Licences.namedIn("Front desk, Baltimore, MD; counseled patients on billing")).isEmpty();
    }

    @Test
    void aLicensedJobTheResumeNamesNoLicenceForIsMarkedDownAsAnotherFieldAndSaysWhy() {
        MatchEngine engine = engine();
        String text = "See patients at the front desk and in the exam room, keep medical records, schedule visits.";
        engine.index(Map.of(1L, engine.analyze(JobPosting.builder().title("Nurse Practitioner").descriptionText(text).build()),
                2L, engine.analyze(JobPosting.builder().title("Medical Receptionist").descriptionText(text).build())));
        ResumeFeatures receptionist = engine.prepare(profile(List.of("Medical Receptionist", "Medical Secretary"),
                "Front desk of a family practice: patient check-in, scheduling, medical records"));
        ResumeFeatures practitioner = engine.prepare(profile(List.of("Family Nurse Practitioner"),
                "Nurse practitioner seeing patients in a family practice: exams, medical records"));

        MatchResult np = engine.score(1L, receptionist, MatchPreferences.none(), MatchWeights.defaults(), TODAY).orElseThrow();
        MatchResult desk = engine.score(2L, receptionist, MatchPreferences.none(), MatchWeights.defaults(), TODAY).orElseThrow();
        String reason = "Licensed job (nurse practitioner); your resume names no such licence";
        assertThat(np.explanation().penalties()).singleElement().satisfies(p -> {
            assertThat(p.preference()).isEqualTo(MatchScorer.FIELD);
            assertThat(p.reason()).isEqualTo(reason);
        });
        assertThat(np.score()).isLessThan(desk.score());
        assertThat(engine.score(1L, practitioner, MatchPreferences.none(), MatchWeights.defaults(), TODAY).orElseThrow()
                .explanation().penalties()).as("the licence is on the resume").isEmpty();
    }

    @Test
    void aCredentialNamedAfterAnOccupationAddsItsFieldToTheRecentTitles() {
        MatchProfile assistant = new MatchProfile("ma", List.of(new MatchProfile.Section("Summary", "Ready to work in a clinic"),
                new MatchProfile.Section("Certifications", "California State Certified Medical Assistant, Clinical, "
                        + "California State Certified Phlebotomy Technician, CPT-1")), List.of(),
                List.of("Customer Service Representative", "Front Office Assistant"), 8, List.of());
        MatchProfile consultant = new MatchProfile("c", List.of(new MatchProfile.Section("Certifications",
                "Salesforce Certified Sales Cloud Consultant, TOGAF 9.2 Certified Enterprise Architect")), List.of(),
                List.of("Chief Revenue Officer"), 15, List.of());

        assertThat(ResumeAnalyzer.credentialFields(assistant)).containsExactly(Occupation.HEALTH);
        assertThat(engine().prepare(assistant).occupations())
                .containsExactlyInAnyOrder(Occupation.CUSTOMER_SERVICE, Occupation.OFFICE, Occupation.HEALTH);
        assertThat(ResumeAnalyzer.credentialFields(consultant)).as("a product certificate names no occupation").isEmpty();
    }

    @Test
    void theRoleATitleNamesIsItsLastRoleNounBeforeOfOrTo() {
        assertThat(TitleWords.role("IEN - Registered Nurse Emergency Room")).isEqualTo("nurse");
        assertThat(TitleWords.role("Nurse Licensing Specialist - Worldwide")).isEqualTo("specialist");
        assertThat(TitleWords.role("Director of Finance & Administration")).isEqualTo("director");
        assertThat(TitleWords.role("Scheduler and Executive Assistant to the President")).isEqualTo("assistant");
        assertThat(TitleWords.role("Wealth Managers")).isEqualTo("manager");
        assertThat(TitleWords.role("Superstar (Store Manager) - Oakbrook Center")).isNull();
    }

    @Test
    void ofTwoTitlesSharingAsManyWordsWithARecentTitleTheOneOfItsRoleFitsBetter() {
        MatchEngine engine = engine();
        String text = "Care for patients in the emergency room and keep their records.";
        engine.index(Map.of(1L, engine.analyze(JobPosting.builder().title("Pediatric Clinic Nurse").descriptionText(text).build()),
                2L, engine.analyze(JobPosting.builder().title("Emergency Clinic Specialist").descriptionText(text)
                        .build())));
        ResumeFeatures nurse = engine.prepare(profile(List.of("Emergency Nurse"), "Registered nurse, emergency room"));

        MatchResult same = engine.score(1L, nurse, MatchPreferences.none(), MatchWeights.defaults(), TODAY).orElseThrow();
        MatchResult other = engine.score(2L, nurse, MatchPreferences.none(), MatchWeights.defaults(), TODAY).orElseThrow();
        assertThat(same.points(MatchComponent.FIT)).isGreaterThan(other.points(MatchComponent.FIT));
        assertThat(same.explanation().reasons()).contains("Same role as a recent job (nurse)");
    }

    private static MatchProfile profile(List<String> titles, String summary) {
        return new MatchProfile("r", List.of(new MatchProfile.Section("Summary", summary)), List.of(), titles, 6, List.of());
    }

    private static MatchEngine engine() {
        return OccupationFitTest.engine();
    }
}
