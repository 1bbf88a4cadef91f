package dev.careeragent.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No feature's SQL reads or writes another feature's main tables: it goes through that feature's API or a view the
 * owner publishes (V14, V15). ArchUnit sees classes, not SQL strings, so this reads the string literals in the sources.
 */
class OwnTablesTest {

    private static final Map<String, String> OWNERS = Map.of(
            "job_posting", "jobs",
            "application", "tracker",
            "resume_version", "resume",
            "match_score", "match");
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

    @Test
    void sqlNamesOnlyItsOwnFeaturesTables() throws IOException {
        Path sources = Path.of("src/main/java/dev/careeragent");
        List<String> trespasses = new ArrayList<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String feature = sources.relativize(file).getName(0).toString();
                String code = Files.readString(file);
                OWNERS.forEach((table, owner) -> {
                    if (!owner.equals(feature) && namesTable(code, table)) {
                        trespasses.add(sources.relativize(file) + " uses " + owner + "'s table " + table);
                    }
                });
            }
        }
        assertThat(trespasses).isEmpty();
    }

    @Test
    void theCheckSeesATableInAnSqlString() {
        assertThat(namesTable("String q = \"SELECT id FROM job_posting p JOIN x\";", "job_posting")).isTrue();
        assertThat(namesTable("String q = \"select 1 from jobs_posting_summary\"; // FROM job_posting", "job_posting")).isFalse();
        assertThat(namesTable("String help = \"Apply from application view\";", "application")).isTrue();
        assertThat(namesTable("String q = \"SELECT job_posting_id FROM alerted_posting\";", "job_posting")).isFalse();
    }

    private static boolean namesTable(String code, String table) {
        Pattern sql = Pattern.compile("(?i)\\b(from|join|into|update)\\s+" + table + "\\b");
        Matcher literal = LITERAL.matcher(code);
        while (literal.find()) {
            if (sql.matcher(literal.group(1)).find()) {
                return true;
            }
        }
        return false;
    }
}
