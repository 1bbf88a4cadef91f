package dev.careeragent.letters;

import dev.careeragent.resume.model.EducationEntry;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The letter written without a model: the role and company, the candidate's latest role, the three strongest
 * matched requirements each with its evidence line from the resume, more matches or a degree in the standard
 * length, and a closing in the chosen tone. It uses only resume and posting words, so the guard passes it.
 */
public final class TemplateLetter {

    public String write(LetterFacts facts, LetterOptions options) {
        String company = facts.company() == null ? "your company" : facts.company();
        StringBuilder sb = new StringBuilder();
        sb.append(salutation(facts, options.tone())).append("\n\n");
        sb.append(opening(facts.role(), company, options.tone()));
        latestRole(facts).ifPresent(sentence -> sb.append(' ').append(sentence));
        sb.append("\n\n");
        List<MatchedRequirement> top = facts.strongest(3);
        if (top.isEmpty()) {
            sb.append("My resume, attached, describes my experience in detail.");
        } else {
            sb.append(top.size() == 1 ? "The posting asks for " + top.get(0).skill() + "; my resume shows it:"
                    : "The posting asks for " + names(top) + "; here is where my resume shows each:");
            java.util.Set<String> used = new java.util.HashSet<>();
            for (MatchedRequirement r : top) {
                String line = r.evidenceLines().stream().map(MatchedRequirement.Evidence::text).filter(t -> !used.contains(t))
                        .findFirst().orElse(r.evidence());
                used.add(line);
                sb.append("\n\u2022 ").append(r.skill()).append(": ").append(evidence(line));
            }
        }
        if (options.length() == LetterLength.STANDARD) {
            List<MatchedRequirement> more = facts.matched().subList(top.size(), Math.min(facts.matched().size(), top.size() + 4));
            String extra = "";
            if (!more.isEmpty()) {
                extra = "I also bring experience with " + names(more) + ".";
            }
            String degree = degree(facts);
            if (!degree.isEmpty()) {
                extra = (extra + " " + degree).strip();
            }
            if (!extra.isEmpty()) {
                sb.append("\n\n").append(extra);
            }
        }
        sb.append("\n\n").append(closing(company, options.tone()));
        sb.append("\n\n").append(signOff(options.tone())).append(",\n").append(facts.candidateName() == null ? "" : facts.candidateName());
        return sb.toString().strip();
    }

    private static String salutation(LetterFacts facts, Tone tone) {
        if (facts.hiringManager() != null) {
            return (tone == Tone.WARM ? "Hello " : "Dear ") + facts.hiringManager() + ",";
        }
        return tone == Tone.WARM ? "Hello " + (facts.company() == null ? "" : facts.company() + " ") + "team," : "Dear Hiring Manager,";
    }

    private static String opening(String role, String company, Tone tone) {
        return switch (tone) {
            case FORMAL -> "I am writing to apply for the " + role + " position at " + company + ".";
            case WARM -> "I was glad to see that " + company + " is looking for a " + role + ", and I would love to join your team.";
            case DIRECT -> "I am applying for the " + role + " role at " + company + ".";
        };
    }

    private static java.util.Optional<String> latestRole(LetterFacts facts) {
        return facts.resume().experience().stream().filter(e -> e.title() != null && e.company() != null).findFirst()
                .map(e -> (e.current() ? "I currently work as " : "Most recently I worked as ") + e.title() + " at " + e.company() + ".");
    }

    private static String degree(LetterFacts facts) {
        for (EducationEntry e : facts.resume().education()) {
            if (e.degree() != null && e.school() != null) {
                return "I hold a " + e.degree() + (e.field() == null ? "" : " in " + e.field()) + " from " + e.school() + ".";
            }
        }
        return "";
    }

    private static String evidence(String text) {
        String t = text.strip();
        return t.endsWith(".") ? t : t + ".";
    }

    private static String names(List<MatchedRequirement> list) {
        List<String> names = list.stream().map(MatchedRequirement::skill).toList();
        if (names.size() == 1) {
            return names.get(0);
        }
        return names.subList(0, names.size() - 1).stream().collect(Collectors.joining(", ")) + " and " + names.get(names.size() - 1);
    }

    private static String closing(String company, Tone tone) {
        return switch (tone) {
            case FORMAL -> "Thank you for considering my application. I would welcome the opportunity to discuss how I can"
                    + " contribute to " + company + ".";
            case WARM -> "Thank you for reading my letter. I would be glad to talk about how I could help the team at " + company + ".";
            case DIRECT -> "I would like to discuss the role in an interview at your convenience.";
        };
    }

    private static String signOff(Tone tone) {
        return switch (tone) {
            case FORMAL -> "Sincerely";
            case WARM -> "Warm regards";
            case DIRECT -> "Best regards";
        };
    }
}
