package dev.careeragent.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.careeragent.ai.LlmConfig;
import dev.careeragent.ai.LlmConnector;
import dev.careeragent.ai.LlmProvider;
import dev.careeragent.ai.LlmSettings;
import dev.careeragent.context.AppContext;
import dev.careeragent.core.settings.SettingsStore;
import dev.careeragent.jobs.JobPosting;
import dev.careeragent.letters.LetterComposer;
import dev.careeragent.letters.LetterDraft;
import dev.careeragent.letters.LetterFacts;
import dev.careeragent.letters.LetterFactsBuilder;
import dev.careeragent.letters.LetterLength;
import dev.careeragent.letters.LetterOptions;
import dev.careeragent.letters.LetterService;
import dev.careeragent.letters.Tone;
import dev.careeragent.letters.export.LetterExporter;
import dev.careeragent.letters.export.LetterFormat;
import dev.careeragent.letters.guard.Claim;
import dev.careeragent.letters.guard.FabricationGuard;
import dev.careeragent.resume.ResumeParser;
import dev.careeragent.resume.ResumeSkill;
import dev.careeragent.resume.ResumeSkills;
import dev.careeragent.resume.StoredResume;
import dev.careeragent.resume.jobtext.JobFileReader;
import dev.careeragent.resume.model.Resume;
import dev.careeragent.resume.read.ResumeImportException;
import dev.careeragent.skills.RequirementExtractor;
import dev.careeragent.skills.SkillExtractor;
import dev.careeragent.skills.SkillTaxonomy;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code career-agent letter}: a cover letter for one job from one resume, written by the chosen model or the
 * template, checked by the fabrication guard, saved as PDF, DOCX or TXT. Files need no database; an ID or a URL
 * uses the app's data. A letter with flagged claims is not written (exit 3): edit it in the app.
 */
@Command(mixinStandardHelpOptions = true, footer = {"", "Examples:",
        "  career-agent letter --resume CV.pdf --job posting.html --out letter.pdf",
        "  career-agent letter --resume 3 --job 42 --tone warm --length short --out letter.docx --json",
        "  career-agent letter --resume CV.pdf --job 42 --provider ollama --model llama3.1 --out letter.txt"},
        name = "letter", description = "Write a cover letter for a job from your resume (PDF, DOCX or TXT).")
final class LetterCommand implements Callable<Integer> {

    @ParentCommand
    CareerAgentCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--resume", required = true, paramLabel = "FILE|ID", description = "A resume file, or the ID of a saved resume version.")
    String resume;

    @Option(names = "--job", required = true, paramLabel = "FILE|URL|ID", description = "A job file, a job page's address, or a saved job's ID.")
    String job;

    @Option(names = "--tone", paramLabel = "formal|warm|direct", description = "Default: formal.")
    String tone = "formal";

    @Option(names = "--length", paramLabel = "short|standard", description = "Default: standard.")
    String length = "standard";

    @Option(names = "--provider", paramLabel = "none|ollama|openai|openai-compatible",
            description = "The language model (default: the one in Settings -> AI, else none: the template).")
    String provider;

    @Option(names = "--base-url", paramLabel = "URL", description = "The model server's address (OpenAI-style ones end in /v1).")
    String baseUrl;

    @Option(names = "--model", paramLabel = "NAME", description = "The model's name.")
    String model;

    @Option(names = "--api-key-env", paramLabel = "VAR", description = "The environment variable holding the API key.")
    String apiKeyEnv;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the letter: .pdf, .docx or .txt.")
    Path out;

    @Option(names = "--json", description = "Print the text, the claims checked and the claims flagged as JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        try {
            LetterFormat format = LetterFormat.forFile(out.getFileName().toString());
            LetterOptions options = new LetterOptions(choice(Tone.class, tone, "--tone"), choice(LetterLength.class, length, "--length"), "English");
            LlmConnector connector = new LlmConnector(config());
            boolean needsData = isId(resume) || isId(job) || job.startsWith("http://") || job.startsWith("https://");
            if (!needsData) {
                return write(fromFiles(), options, connector, format);
            }
            try (AppContext context = root.openContext()) {
                return write(fromData(context), options, connector, format);
            }
        } catch (IllegalArgumentException | IOException e) {
            err.println(e.getMessage());
            err.flush();
            return 2;
        }
    }

    private int write(LetterFacts facts, LetterOptions options, LlmConnector connector, LetterFormat format) throws IOException {
        SkillExtractor skills = new SkillExtractor(SkillTaxonomy.loadDefault());
        LetterDraft draft = new LetterComposer(new FabricationGuard(skills)).compose(facts, options, connector, t -> { }, () -> false);
        boolean clean = draft.guard().clean();
        if (clean) {
            byte[] bytes = new LetterExporter().export(LetterService.document(facts, draft.text(), LocalDate.now()), format);
            Path dir = out.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path temp = Files.createTempFile(dir, ".letter", ".tmp");
            Files.write(temp, bytes);
            Files.move(temp, out, StandardCopyOption.REPLACE_EXISTING);
        }
        PrintWriter o = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> report = new LinkedHashMap<>();
            report.put("text", draft.text());
            report.put("writtenBy", draft.source().name().toLowerCase(java.util.Locale.ROOT));
            report.put("note", draft.note());
            report.put("usage", draft.reply() == null ? null : draft.reply().usageLine());
            report.put("claimsChecked", claims(draft.guard().checked()));
            report.put("claimsFlagged", claims(draft.guard().flagged()));
            report.put("out", clean ? out.toString() : null);
            o.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(report));
        } else {
            if (!draft.note().isEmpty()) {
                o.println(draft.note());
            }
            o.println(clean ? "Wrote " + out + " (" + draft.source().name().toLowerCase(java.util.Locale.ROOT) + ", "
                    + draft.guard().checked().size() + " claims checked, none flagged)." : "Not written: the letter states things your resume does not show:");
            draft.guard().flagged().forEach(c -> o.println("  - " + c.kind().name().toLowerCase(java.util.Locale.ROOT) + ": " + c.text()));
        }
        o.flush();
        return clean ? 0 : 3;
    }

    private static List<Map<String, String>> claims(List<Claim> list) {
        return list.stream().map(c -> {
            Map<String, String> m = new LinkedHashMap<>();
            m.put("kind", c.kind().name().toLowerCase(java.util.Locale.ROOT));
            m.put("text", c.text());
            m.put("foundIn", c.foundIn());
            return m;
        }).toList();
    }

    private LetterFacts fromFiles() throws IOException {
        SkillTaxonomy taxonomy = SkillTaxonomy.loadDefault();
        SkillExtractor skills = new SkillExtractor(taxonomy);
        Path file = Path.of(resume);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("The resume file " + file + " does not exist. Check the path, or give a saved version's ID.");
        }
        Resume parsed;
        try {
            parsed = new ResumeParser().parse(Files.readAllBytes(file), file.getFileName().toString()).resume();
        } catch (ResumeImportException e) {
            throw new IllegalArgumentException("The resume " + file + " could not be read: " + e.getMessage(), e);
        }
        List<ResumeSkill> found = new ResumeSkills(taxonomy, skills).find(parsed);
        JobPosting posting = new JobFileReader().read(Path.of(job));
        return new LetterFactsBuilder(new RequirementExtractor(skills)).build(parsed, found, posting, null);
    }

    private LetterFacts fromData(AppContext context) {
        StoredResume stored = isId(resume) ? context.resumeService().load(Long.parseLong(resume)) : null;
        JobPosting posting = isId(job) ? context.postings().find(Long.parseLong(job)).orElseThrow(() ->
                new IllegalArgumentException("There is no saved job " + job + ". List jobs with: career-agent search"))
                : job.startsWith("http") ? context.jobPageReader().parse(job) : new JobFileReader().read(Path.of(job));
        SkillTaxonomy taxonomy = SkillTaxonomy.loadDefault();
        SkillExtractor skills = new SkillExtractor(taxonomy);
        Resume parsedResume;
        List<ResumeSkill> resumeSkills;
        if (stored != null) {
            parsedResume = stored.resume();
            resumeSkills = stored.skills();
        } else {
            try {
                Path file = Path.of(resume);
                parsedResume = new ResumeParser().parse(Files.readAllBytes(file), file.getFileName().toString()).resume();
            } catch (IOException | ResumeImportException e) {
                throw new IllegalArgumentException("The resume " + resume + " could not be read: " + e.getMessage(), e);
            }
            resumeSkills = new ResumeSkills(taxonomy, skills).find(parsedResume);
        }
        return new LetterFactsBuilder(new RequirementExtractor(skills)).build(parsedResume, resumeSkills, posting, null);
    }

    private LlmConfig config() {
        if (provider == null) {
            var folder = root.dataFolder();
            LlmSettings saved = new SettingsStore(folder.settingsFile()).get(LlmSettings.KEY);
            return LlmConfig.of(LlmProvider.fromId(saved.llmProvider()), orElse(baseUrl, saved.llmBaseUrl()),
                    orElse(model, saved.llmModel()), key());
        }
        LlmProvider chosen = LlmProvider.fromId(provider);
        if (chosen != LlmProvider.NONE && (model == null || model.isBlank())) {
            throw new IllegalArgumentException("--model is needed with --provider " + chosen.id() + ".");
        }
        return LlmConfig.of(chosen, baseUrl, model, key());
    }

    private String key() {
        if (apiKeyEnv == null) {
            return null;
        }
        String value = System.getenv(apiKeyEnv);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("The environment variable " + apiKeyEnv + " is not set.");
        }
        return value;
    }

    private static String orElse(String a, String b) {
        return a != null && !a.isBlank() ? a : b;
    }

    private static boolean isId(String s) {
        return s != null && s.matches("\\d+") && !Files.exists(Path.of(s));
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String value, String option) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(value.strip())) {
                return e;
            }
        }
        throw new IllegalArgumentException(option + " " + value + " is not one of " + java.util.Arrays.stream(type.getEnumConstants())
                .map(e -> e.name().toLowerCase(java.util.Locale.ROOT)).collect(java.util.stream.Collectors.joining(", ")) + ".");
    }
}
