package dev.careeragent.resume.ats;

import dev.careeragent.resume.ats.WritingAdvice.Kind;
import dev.careeragent.resume.model.ExperienceEntry;
import dev.careeragent.resume.model.Labels;
import dev.careeragent.resume.model.ProjectEntry;
import dev.careeragent.resume.model.Resume;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writing advice by rules: weak openings ("responsible for", "helped", "worked on"), bullets with no number
 * in them, and bullets over {@value #MAX_WORDS} words. It only comments on wording; it never adds facts.
 */
public final class RuleBasedAdvisor implements ResumeAdvisor {

    static final int MAX_WORDS = 30;

    private static final Map<String, String> WEAK = Map.ofEntries(
            Map.entry("responsible for", "Led, Owned, Ran"),
            Map.entry("helped", "Built, Improved, Delivered"),
            Map.entry("helped with", "Built, Improved, Delivered"),
            Map.entry("worked on", "Built, Designed, Implemented"),
            Map.entry("assisted", "Supported, Prepared, Coordinated"),
            Map.entry("assisted with", "Supported, Prepared, Coordinated"),
            Map.entry("participated in", "Contributed, Presented, Organised"),
            Map.entry("involved in", "Contributed, Built, Organised"),
            Map.entry("tasked with", "Led, Delivered, Completed"),
            Map.entry("in charge of", "Led, Managed, Ran"),
            Map.entry("duties included", "a verb for each duty: Managed, Prepared, Resolved"));
    private static final Pattern WEAK_PHRASE = Pattern.compile("\\b(responsible for|helped with|helped|worked on|assisted with"
            + "|assisted|participated in|involved in|tasked with|in charge of|duties included)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMBER = Pattern.compile("\\d|\\b(one|two|three|four|five|six|seven|eight|nine|ten"
            + "|twelve|dozen|hundred|hundreds|thousand|thousands|million|millions|billion|half|double|doubled|tripled)\\b",
            Pattern.CASE_INSENSITIVE);

    @Override
    public List<WritingAdvice> advise(Resume resume, String jobText) {
        List<WritingAdvice> out = new ArrayList<>();
        for (ExperienceEntry job : resume.experience()) {
            bullets(out, "Experience: " + Labels.job(job), job.bullets());
        }
        for (ProjectEntry project : resume.projects()) {
            bullets(out, "Projects: " + Labels.project(project), project.bullets());
        }
        return out;
    }

    private static void bullets(List<WritingAdvice> out, String where, List<String> bullets) {
        for (int i = 0; i < bullets.size(); i++) {
            String bullet = bullets.get(i).strip();
            if (bullet.isEmpty()) {
                continue;
            }
            String place = where + ", bullet " + (i + 1);
            Matcher weak = WEAK_PHRASE.matcher(bullet);
            if (weak.find()) {
                String phrase = weak.group(1).toLowerCase(Locale.ROOT);
                out.add(new WritingAdvice(place, bullet, Kind.WEAK_VERB, "\u201c" + weak.group(1) + "\u201d says you were"
                        + " near the work, not what you did. Start with a verb for your own part, such as "
                        + WEAK.get(phrase) + "."));
            }
            if (!NUMBER.matcher(bullet).find()) {
                out.add(new WritingAdvice(place, bullet, Kind.NO_NUMBER, "No number here. If you know a true one, add it:"
                        + " how many, how much, how often, how fast, or by what percentage."));
            }
            int words = bullet.split("\\s+").length;
            if (words > MAX_WORDS) {
                out.add(new WritingAdvice(place, bullet, Kind.TOO_LONG, "This bullet has " + words + " words. Keep bullets"
                        + " under " + MAX_WORDS + " words: split it in two or cut what the reader does not need."));
            }
        }
    }
}
