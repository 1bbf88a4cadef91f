package dev.careeragent.skills;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts a posting's plain text into sentence-sized segments and gives each a {@link RequirementLevel}
 * from the heading above it ("Requirements", "Nice to have", "Benefits"...) and from cue words inside
 * it ("must", "preferred", "is a plus"), a sentence cue overriding its section.
 */
final class PostingSegmenter {

    record Segment(int start, int end, RequirementLevel level) {
    }

    private static final Pattern PREFERRED_HEADING = Pattern.compile(
            "prefer|nice[ -]to[ -]have|^bonus|plus|desir|good[ -]to[ -]have|extra credit|ideally|advantage");
    private static final Pattern REQUIRED_HEADING = Pattern.compile(
            "requir|qualifications?|must[ -]haves?|what you('ll| will)? (need|bring)|what we('re| are)? (look|looking) for|who you are"
                    + "|you (should|must|will) (have|bring)|expected to (have|bring)"
                    + "|you have|your profile|about you|essential|minimum|skills|competenc|experience|knowledge|what you need");
    private static final Pattern IGNORED_HEADING = Pattern.compile(
            "benefit|perks|about us|about the (company|organi[sz]ation)|who we are|how to apply|equal (opportunity|employment)|what we offer"
                    + "|compensation|salary|^why\\b|our culture|our values|company|diversity|apply|eeo|location"
                    + "|(recruitment|hiring|application|selection) process|next steps|in it for you"
            + "|offer|in return|what you('ll| will) get|contact|^(industry|(job )?function|sector|category|employment type)$"
            + "|physical (demands|requirements|abilities)|work(ing)? (environment|conditions)|^travel$");
    private static final Pattern DESCRIBES_HEADING = Pattern.compile(
            "responsibilit|what you('ll| will) do|duties|the role|job description|description|overview|summary|the job"
                    + "|day[ -]to[ -]day|the position|your role|your mission|what you'll be doing|the team|the opportunity");
    // The cue patterns run on lower-cased sentences: case-insensitive alternations cost several times more.
    private static final Pattern PREFERRED_CUE = Pattern.compile("\\b(nice[ -]to[ -]have|preferred|preferably|bonus"
            + "|desirable|desired|ideally|good[ -]to[ -]have|advantageous|an advantage|(added|distinct|definite|your) advantage|(is|are|a|an|as a|big|huge|definite) plus"
            + "|would be (great|nice|helpful)|highly (regarded|valued)|(considered|would be|is) ideal|not required|(is|are|be|considered|as) an asset|beneficial|(is|are) welcome"
            + "|it helps if|optional|whether (or not )?you have)\\b|\\bplus\\s*[.!)]");
    private static final Pattern REQUIRED_CUE = Pattern.compile("\\b(must|required|requires?|requirements?|mandatory"
            + "|essential|minimum|at least|need to have|needs to have|you will need|you'll need"
            + "|should (?:have|possess|hold|be able))\\b");
    private static final Pattern NOT_ABOUT_CANDIDATE = Pattern.compile("\\b(salary|salaries|compensation|benefits"
            + "|equal (opportunity|employment)|eeo|401\\(?k\\)?|paid time off|health insurance|sexual orientation"
            + "|gender identity|national origin|veteran status|recruiter|reasonable accommodation|welcome to apply"
            + "|(is|are|be) subject to|(is|are|will be) provided|(all[- ]inclusive|exhaustive|comprehensive) (list|inventory)"
            + "|you('ll|’ll| will) (receive|get|enjoy)|no need (for|to))\\b"
            // a privacy notice on the applicant's data, an award the employer won: about the employer, not the work
            + "|\\b(personal (data|information)|data protection|privacy (policy|notice|statement)"
            + "|(information|details) (you )?(supplied|submitted)|awards?|award[- ]winning|best (companies|places|employers?) to work)\\b"
            // how to send an application asks nothing: "apply with your resume in Microsoft Word format only"
            + "|\\b(apply|send|submit|upload|attach)\\b[^.!?]{0,60}\\b(resume|cv|cover(ing)? letter)\\b");
    /** A mail address: the sentence gives a contact. */
    private static final Pattern MAIL = Pattern.compile("[\\w.+-]@[\\w-]+\\.\\w");
    /**
     * A sentence in which the employer speaks of itself early on ("We are proud of ...", "As a trust, in 2019 we ...",
     * "Join a leading aged care provider").
     */
    private static final Pattern EMPLOYER_VOICE = Pattern.compile("^\\W*(?:our|join (?:a|an|the))\\b"
            + "|^[^.;:!?]{0,50}?\\bwe(?:'re|’re|'ve|’ve)?\\b");
    /**
     * A sentence in which a named organisation describes itself in the third person ("Deepdene Care is a national
     * mental healthcare provider", "UnoTelly is a DNS & VPN service"): its name, "is a", and an organisation word.
     */
    private static final Pattern COMPANY_SPEAKS = Pattern.compile("^\\W*(?:\\p{Lu}[\\w&.'’-]*\\s+){0,3}\\p{Lu}[\\w&.'’-]*"
            + "\\s+(?:is|are|was|has been)\\s+(?:a|an|the|one of the)\\s+(?:\\S+\\s+){0,5}?(?:company|provider|startup|start-up"
            + "|organi[sz]ation|firm|business|leader|group|agency|charity|employer|network|platform|service|brand|retailer"
            + "|manufacturer|distributor|supplier|subsidiary|institution|community)\\b");
    /** ... unless it asks something of the candidate or names the tools the work uses ("We use Kafka"). */
    private static final Pattern ASKS_OR_TOOLS = Pattern.compile("\\b(?:you|your|looking for|seek(?:ing)?|need|want|require"
            + "|expect|hir(?:e|ing)|recruit(?:ing)?|candidates?|applicants?|someone|individuals?|person|ideal|successful"
            + "|must|should|use|using|stack|tools|technolog(?:y|ies)|built|build|work with|rely)\\b");
    /** A wish that qualifies only the end of a sentence: "..., preferably within an acute setting". */
    private static final Pattern LATE_WISH = Pattern.compile(",\\s*(?:preferably|ideally|desirably|if possible)\\b");
    private static final Pattern TRAILING_MARKS = Pattern.compile("[:•*#\\-–—]+$");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern INLINE_HEADING = Pattern.compile("\\s*[^.:;\\n]{2,45}:");
    private static final Pattern SENTENCE_END =
            Pattern.compile("(?<=[.!?;])\\s+(?=[A-Z0-9(•\\-])|(?<=;)\\s*|(?<=[A-Za-z]\\.)(?=[A-Z][a-z])");

    private PostingSegmenter() {
    }

    static List<Segment> segments(String text) {
        List<Segment> out = new ArrayList<>();
        RequirementLevel section = RequirementLevel.DESCRIBES;
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            String line = text.substring(lineStart, lineEnd);
            RequirementLevel heading = headingLevel(line);
            if (heading != null) {
                section = heading;
            }
            section = addSentences(text, lineStart, lineEnd, section, out);
            lineStart = lineEnd + 1;
        }
        return out;
    }

    /** The level a line sets when it is a heading ("Nice to have:", "REQUIREMENTS"), else null. */
    static RequirementLevel headingLevel(String line) {
        String stripped = line.strip();
        String h = TRAILING_MARKS.matcher(stripped).replaceAll("").strip().toLowerCase(Locale.ROOT)
                .replace('’', '\''); // "What You’ll Do" is "What You'll Do"
        int colon = stripped.indexOf(':');
        boolean field = colon >= 0 && colon < stripped.length() - 1; // "Salary: £24,000" labels its own line only
        boolean headingShape = !stripped.isEmpty() && Character.isLetter(stripped.charAt(0)) && !field
                && !stripped.endsWith(";") && !stripped.endsWith(",") // the middle of a sentence broken over lines
                && (stripped.endsWith(":") || SPACES.split(h).length <= 5);
        if (!headingShape || h.length() > 60 || h.endsWith(".")) {
            return null;
        }
        if (PREFERRED_HEADING.matcher(h).find()) {
            return RequirementLevel.PREFERRED;
        }
        if (IGNORED_HEADING.matcher(h).find()) {
            return RequirementLevel.IGNORED;
        }
        if (REQUIRED_HEADING.matcher(h).find()) {
            return RequirementLevel.REQUIRED;
        }
        return DESCRIBES_HEADING.matcher(h).find() ? RequirementLevel.DESCRIBES : null;
    }

    /**
     * Adds the sentences of a line; a sentence opening with "Requirements:" and the like changes the section. The items
     * of a sentence split at semicolons keep the sentence's cue: "You must know ESR; Microsoft Excel; NHS Pension".
     */
    private static RequirementLevel addSentences(String text, int from, int to, RequirementLevel section, List<Segment> out) {
        Matcher m = SENTENCE_END.matcher(text).region(from, to);
        int start = from;
        RequirementLevel current = section;
        RequirementLevel carried = null;
        RequirementLevel nextLines = section;
        while (true) {
            boolean more = m.find();
            int end = more ? m.start() : to;
            Matcher inline = INLINE_HEADING.matcher(text).region(start, end);
            RequirementLevel inlineLevel = inline.lookingAt() ? headingLevel(inline.group()) : null;
            if (inlineLevel != null) {
                current = inlineLevel;
                if (inlineLevel != RequirementLevel.IGNORED || text.substring(inline.end(), end).isBlank()) {
                    nextLines = inlineLevel; // "Requirements: ..." wraps onto the lines after it; "Salary: £21,000" not
                }
            }
            RequirementLevel cue = add(text, start, end, current, carried, out);
            if (!more) {
                return nextLines; // "Salary: £21,000" labels its own line, not the lines after it
            }
            boolean semicolon = m.start() > 0 && text.charAt(m.start() - 1) == ';';
            carried = semicolon ? (cue != null ? cue : carried) : null;
            start = m.end();
        }
    }

    /**
     * Adds one sentence and returns the level its own cue words give (null without one). A late wish splits it:
     * "secretarial experience, preferably within an acute setting" asks for the experience and wishes for the setting.
     */
    private static RequirementLevel add(String text, int start, int end, RequirementLevel section, RequirementLevel carried,
            List<Segment> out) {
        if (end <= start || text.substring(start, end).isBlank()) {
            return null;
        }
        String sentence = text.substring(start, end).toLowerCase(Locale.ROOT);
        Matcher lateWish = LATE_WISH.matcher(sentence);
        if (lateWish.find() && lateWish.start() > 0) {
            RequirementLevel cue = add(text, start, start + lateWish.start(), section, carried, out);
            add(text, start + lateWish.start(), end, section, null, out);
            return cue;
        }
        RequirementLevel level = section;
        RequirementLevel cue = null;
        if (NOT_ABOUT_CANDIDATE.matcher(sentence).find() || sentence.indexOf('@') >= 0 && MAIL.matcher(sentence).find()
                || (EMPLOYER_VOICE.matcher(sentence).find() || COMPANY_SPEAKS.matcher(text).region(start, end).lookingAt())
                && !ASKS_OR_TOOLS.matcher(sentence).find()) {
            level = RequirementLevel.IGNORED;
        } else if (section != RequirementLevel.IGNORED) {
            if (PREFERRED_CUE.matcher(sentence).find()) {
                cue = RequirementLevel.PREFERRED;
            } else if (REQUIRED_CUE.matcher(sentence).find()) {
                cue = RequirementLevel.REQUIRED;
            }
            level = cue != null ? cue : carried != null ? carried : section;
        }
        out.add(new Segment(start, end, level));
        return cue;
    }
}
