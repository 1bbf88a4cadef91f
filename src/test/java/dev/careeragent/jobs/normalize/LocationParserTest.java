package dev.careeragent.jobs.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careeragent.jobs.JobPosting.RemoteMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LocationParserTest {

    private final LocationParser parser = new LocationParser();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', nullValues = "null", value = {
            "Berlin, Berlin, Germany; Berlin; Berlin; DE; UNKNOWN",
            "Austin, TX; Austin; TX; US; UNKNOWN",
            "Remote; null; null; null; REMOTE",
            "Hybrid work in London, UK; London; null; GB; HYBRID",
            "Remote - US; null; null; US; REMOTE",
            "Paris (75); Paris; null; FR; UNKNOWN",
            "New York, NY 10001; New York; NY; US; UNKNOWN",
            "Bengaluru East, Karnataka, India; Bengaluru East; Karnataka; IN; UNKNOWN",
            "Austin, Austin, Texas, United States; Austin; TX; US; UNKNOWN",
            "Adelaide, Adelaide, South Australia, Australia; Adelaide; South Australia; AU; UNKNOWN",
            "San Diego, CA; San Diego; CA; US; UNKNOWN",
            "Toronto, ON; Toronto; ON; CA; UNKNOWN",
            "Germany; null; null; DE; UNKNOWN",
            "United States (Remote); null; null; US; REMOTE",
            "Remote (EMEA); null; EMEA; null; REMOTE",
            "USA, CST (UTC-6); null; null; US; UNKNOWN",
            "Neuilly; Neuilly; null; null; UNKNOWN",
            "München, Deutschland; München; null; DE; UNKNOWN",
            "Lyon, France (Hybride); Lyon; null; FR; HYBRID",
            "New York, NY | Onsite; New York; NY; US; ON_SITE",
            "Texas; null; TX; US; UNKNOWN"})
    void splitsPartsAndRemoteMode(String text, String city, String region, String country, RemoteMode remote) {
        ParsedLocation loc = parser.parse(text);
        assertThat(loc.city()).as("city").isEqualTo(city);
        assertThat(loc.region()).as("region").isEqualTo(region);
        assertThat(loc.country()).as("country").isEqualTo(country);
        assertThat(loc.remote()).as("remote").isEqualTo(remote);
    }

    @org.junit.jupiter.api.Test
    void listsOfCountriesBecomeARegionWithoutCity() {
        ParsedLocation loc = parser.parse("EMEA,  LATAM,  Canada,  USA");
        assertThat(loc.city()).isNull();
        assertThat(loc.country()).isNull();
        assertThat(loc.region()).isEqualTo("EMEA, LATAM, Canada, USA");
    }

    @org.junit.jupiter.api.Test
    void blankIsEmpty() {
        assertThat(parser.parse("  ")).isEqualTo(ParsedLocation.empty());
    }
}
