package dev.careeragent.match;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The words of a job title that say what the job is ("Sr. Data Engineer (Remote, USA)" -> data, engineer). */
public final class TitleWords {

    private static final Set<String> IGNORED = Set.of("a", "an", "the", "of", "and", "for", "to", "in", "at", "with", "on",
            "remote", "hybrid", "onsite", "contract", "contractor", "full", "time", "part", "permanent", "temporary", "temp",
            "hire", "usa", "us", "uk", "eu", "europe", "emea", "apac", "americas", "canada", "brazil", "switzerland",
            "senior", "sr", "snr", "junior", "jr", "mid", "level", "lead", "staff", "principal", "intern", "internship",
            "entry", "associate", "i", "ii", "iii", "iv", "1", "2", "3", "4", "5", "new", "grad", "job", "description",
            "years", "year", "experience", "m", "f", "d", "w", "x");

    private TitleWords() {
    }

    public static List<String> of(String title) {
        if (title == null) {
            return List.of();
        }
        Set<String> words = new LinkedHashSet<>();
        for (String raw : title.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}+#]+")) {
            if (raw.isEmpty() || IGNORED.contains(raw)) {
                continue;
            }
            words.add(raw.length() > 3 && raw.endsWith("s") && !raw.endsWith("ss") ? raw.substring(0, raw.length() - 1) : raw);
        }
        return List.copyOf(words);
    }

    /** Nouns that say who does the work, the head of an English job title ("Registered Nurse", "Nurse Educator"). */
    private static final Set<String> ROLES = Set.of("nurse", "assistant", "specialist", "manager", "director",
            "coordinator", "accountant", "analyst", "engineer", "developer", "technician", "representative", "clerk",
            "receptionist", "teacher", "driver", "officer", "administrator", "supervisor", "cashier", "chef", "cook",
            "designer", "consultant", "executive", "attorney", "paralegal", "bookkeeper", "educator", "practitioner",
            "scientist", "architect", "worker", "operator", "mechanic", "electrician", "buyer", "recruiter", "sourcer",
            "generalist", "tutor", "instructor", "president", "controller", "auditor", "planner", "scheduler", "writer",
            "editor", "strategist", "secretary", "agent", "advisor", "counselor", "therapist", "physician", "pharmacist",
            "aide", "guard", "cleaner", "unloader", "loader", "picker", "packer", "stocker", "chemist", "statistician",
            "hospitalist", "programmer", "tester", "installer", "welder", "machinist", "dispatcher", "producer");
    private static final java.util.regex.Pattern QUALIFIER = java.util.regex.Pattern.compile(
            "\\(.*?\\)|\\s(?:of|to|for|at|with)\\s.*$", java.util.regex.Pattern.CASE_INSENSITIVE);

    /** The role a title names, its last role noun before "of/to/for" ("Director of Finance" -> director); or null. */
    public static String role(String title) {
        if (title == null) {
            return null;
        }
        List<String> words = of(QUALIFIER.matcher(title).replaceAll(" "));
        for (int i = words.size() - 1; i >= 0; i--) {
            if (ROLES.contains(words.get(i))) {
                return words.get(i);
            }
        }
        return null;
    }

    /** Dice overlap of two word lists, 0 to 1. */
    public static double overlap(List<String> a, List<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        List<String> common = new ArrayList<>(a);
        common.retainAll(b);
        return 2.0 * common.size() / (a.size() + b.size());
    }
}
