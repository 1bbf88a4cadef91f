package dev.careeragent.resume;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.careeragent.resume.model.Contact;

/** Name, email and phone right on every corpus resume that has them. */
class CorpusContactTest {

    private static final ResumeParser PARSER = new ResumeParser();

    static Stream<CorpusResumes.Expected> resumes() {
        return CorpusResumes.ALL.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("resumes")
    void readsNameEmailAndPhone(CorpusResumes.Expected expected) throws Exception {
        Contact contact = CorpusResumes.parse(PARSER, expected.file()).resume().contact();

        assertThat(contact.name()).as("name").isEqualToIgnoringCase(expected.name());
        assertThat(contact.email()).as("email").isEqualTo(expected.email());
        assertThat(CorpusResumes.digits(contact.phone())).as("phone digits")
                .isEqualTo(CorpusResumes.digits(expected.phone()));
    }
}
