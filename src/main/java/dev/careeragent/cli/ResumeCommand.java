package dev.careeragent.cli;

import dev.careeragent.context.AppContext;
import dev.careeragent.core.guard.SafeText;
import dev.careeragent.resume.ParseReport;
import dev.careeragent.resume.ParsedResume;
import dev.careeragent.resume.ResumeExportFormat;
import dev.careeragent.resume.ResumeParser;
import dev.careeragent.resume.ResumeService;
import dev.careeragent.resume.ResumeSkills;
import dev.careeragent.resume.model.VersionInfo;
import dev.careeragent.resume.ats.AtsReport;
import dev.careeragent.resume.jobtext.JobTextReader;
import dev.careeragent.resume.model.ResumeJson;
import dev.careeragent.resume.read.ResumeImportException;
import dev.careeragent.skills.SkillExtractor;
import dev.careeragent.skills.SkillTaxonomy;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code career-agent resume import|parse|list|export|ats}: the resume features from the command line. */
@Command(mixinStandardHelpOptions = true, footer = {"", "Examples:", "  career-agent resume parse cv.pdf", "  career-agent resume import cv.pdf --label \"2026 spring\"", "  career-agent resume list", "  career-agent resume export 3 --format pdf --out cv.pdf", "  career-agent resume ats 3 --job job.html"},
        name = "resume", description = "Import, inspect, export and check your resume.",
        subcommands = {ResumeCommand.Import.class, ResumeCommand.Parse.class, ResumeCommand.ListVersions.class,
                ResumeCommand.Export.class, ResumeCommand.Ats.class})
final class ResumeCommand {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @ParentCommand
    CareerAgentCommand root;

    /** Runs {@code work}; a problem the user can fix prints its message (no stack trace) and exits with 1. */
    private static int run(CommandSpec spec, Work work) {
        PrintWriter out = spec.commandLine().getOut();
        try {
            work.run(out);
            return 0;
        } catch (ResumeImportException | IllegalArgumentException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return 1;
        } catch (IOException e) {
            spec.commandLine().getErr().println("A file could not be read or written: " + e.getMessage());
            return 1;
        } finally {
            out.flush();
            spec.commandLine().getErr().flush();
        }
    }

    @FunctionalInterface
    private interface Work {
        void run(PrintWriter out) throws ResumeImportException, IOException;
    }

    @Command(mixinStandardHelpOptions = true, footer = {"", "Examples:", "  career-agent resume import cv.pdf", "  career-agent resume import cv.docx --label \"Data roles\""},
        name = "import", description = "Import a resume file (PDF, DOCX, DOC, TXT, Markdown, JSON Resume) as a new version.")
    static final class Import implements Callable<Integer> {
        @ParentCommand ResumeCommand resume;
        @Spec CommandSpec spec;
        @Parameters(paramLabel = "FILE") Path file;
        @Option(names = "--label", paramLabel = "LABEL", description = "Name of the version (default: the file name).")
        String label;
        @Option(names = "--password", paramLabel = "PASSWORD", description = "Password of an encrypted PDF or Word file.")
        String password;

        @Override
        public Integer call() {
            return run(spec, out -> {
                try (AppContext context = resume.root.openContext()) {
                    VersionInfo v = context.resumeService().importBytes(ResumeService.readFile(file),
                            file.getFileName().toString(), password, label);
                    out.printf("Imported %s as version %d \u201c%s\u201d%s.%n", file.getFileName(), v.id(), v.label(),
                            v.primary() ? " (primary)" : "");
                }
            });
        }
    }

    @Command(mixinStandardHelpOptions = true, footer = {"", "Examples:", "  career-agent resume parse cv.pdf", "  career-agent resume parse cv.docx --json"},
        name = "parse", description = "Print what Career Agent reads from a resume file; nothing is stored.")
    static final class Parse implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Parameters(paramLabel = "FILE") Path file;
        @Option(names = "--json", description = "Print the structured result as JSON (dates as ISO text).")
        boolean json;
        @Option(names = "--password", paramLabel = "PASSWORD", description = "Password of an encrypted PDF or Word file.")
        String password;

        @Override
        public Integer call() {
            return run(spec, out -> {
                ParsedResume parsed = new ResumeParser().parse(ResumeService.readFile(file), file.getFileName().toString(), password);
                SkillTaxonomy taxonomy = SkillTaxonomy.loadDefault();
                ParseReport report = ParseReport.of(parsed, new ResumeSkills(taxonomy, new SkillExtractor(taxonomy))
                        .find(parsed.resume()));
                if (json) {
                    out.println(new ResumeJson().write(report));
                } else {
                    ResumeText.print(out, report);
                }
            });
        }
    }

    @Command(mixinStandardHelpOptions = true, footer = {"", "Examples:", "  career-agent resume list"},
        name = "list", description = "List the stored versions, newest first.")
    static final class ListVersions implements Callable<Integer> {
        @ParentCommand ResumeCommand resume;
        @Spec CommandSpec spec;

        @Override
        public Integer call() {
            return run(spec, out -> {
                try (AppContext context = resume.root.openContext()) {
                    List<VersionInfo> versions = context.resumeService().list();
                    if (versions.isEmpty()) {
                        out.println("No resume yet. Import one with: career-agent resume import FILE");
                    }
                    for (VersionInfo v : versions) {
                        out.printf("%4d  %s  %-1s %-32s %s%n", v.id(), TIME.format(v.createdAt().atZone(ZoneId.systemDefault())),
                                v.primary() ? "*" : " ", SafeText.line(v.label()),
                                v.sourceFileName() == null ? "" : SafeText.line(v.sourceFileName()));
                    }
                    if (versions.stream().anyMatch(VersionInfo::primary)) {
                        out.println("* = primary (used for matching)");
                    }
                }
            });
        }
    }

    @Command(mixinStandardHelpOptions = true, footer = {"", "Examples:", "  career-agent resume export 3 --format pdf --out cv.pdf", "  career-agent resume export 3 --format json --out cv.json"},
        name = "export", description = "Write a version as PDF, Word (DOCX) or JSON Resume.")
    static final class Export implements Callable<Integer> {
        @ParentCommand ResumeCommand resume;
        @Spec CommandSpec spec;
        @Parameters(paramLabel = "ID", description = "Version id (see: resume list).") long id;
        @Option(names = "--format", required = true, paramLabel = "pdf|docx|json",
                converter = FormatConverter.class, description = "pdf, docx or json.")
        ResumeExportFormat format;
        @Option(names = "--out", required = true, paramLabel = "FILE") Path target;

        @Override
        public Integer call() {
            return run(spec, out -> {
                try (AppContext context = resume.root.openContext()) {
                    byte[] bytes = context.resumeService().export(id, format);
                    Path parent = target.toAbsolutePath().getParent();
                    if (parent != null) {
                        Files.createDirectories(parent);
                    }
                    Files.write(target, bytes);
                    out.println("Wrote " + target + " (" + bytes.length / 1024 + " KB).");
                }
            });
        }
    }

    /** Reads "pdf", "DOCX", ... case-insensitively, with a message listing the choices. */
    static final class FormatConverter implements picocli.CommandLine.ITypeConverter<ResumeExportFormat> {
        @Override
        public ResumeExportFormat convert(String value) {
            try {
                return ResumeExportFormat.valueOf(value.strip().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException("'" + value + "' is not a format; use pdf, docx or json.");
            }
        }
    }

    @Command(mixinStandardHelpOptions = true, footer = {"", "Examples:", "  career-agent resume ats 3 --job job.html", "  career-agent resume ats 3 --job-text \"We need Java and SQL\" --json"},
        name = "ats", description = "Check a version against a job description: score, reasons, suggestions.")
    static final class Ats implements Callable<Integer> {
        @ParentCommand ResumeCommand resume;
        @Spec CommandSpec spec;
        @Parameters(paramLabel = "ID", description = "Version id (see: resume list).") long id;
        @ArgGroup(exclusive = true, multiplicity = "1") Job job;
        @Option(names = "--json", description = "Print the report as JSON.") boolean json;

        static final class Job {
            @Option(names = "--job", paramLabel = "FILE", description = "Job description file (PDF, DOCX, HTML or text).")
            Path file;
            @Option(names = "--job-text", paramLabel = "TEXT", description = "The job description itself.")
            String text;
        }

        @Override
        public Integer call() {
            return run(spec, out -> {
                String jobText = job.text != null ? job.text
                        : new JobTextReader().read(Files.readAllBytes(job.file), job.file.getFileName().toString());
                try (AppContext context = resume.root.openContext()) {
                    AtsReport report = context.ats().checkAgainstText(id, jobText);
                    if (json) {
                        out.println(new ResumeJson().write(report));
                    } else {
                        ResumeText.print(out, report);
                    }
                }
            });
        }
    }
}
