package dev.careeragent.cli;

import dev.careeragent.context.AppContext;
import dev.careeragent.jobs.JobPosting;
import dev.careeragent.tracker.model.Application;
import dev.careeragent.tracker.model.ApplicationStatus;
import dev.careeragent.tracker.NewApplication;
import dev.careeragent.tracker.model.TrackerException;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code career-agent app add|list|status|show}: the applications tracker from the command line. */
@Command(name = "app", description = "Applications you track.",
        subcommands = {AppCommand.Add.class, AppCommand.ListApps.class, AppCommand.Status.class, AppCommand.Show.class})
final class AppCommand {

    @ParentCommand
    CareerAgentCommand root;

    /** Runs {@code work} on an open context; tracker and input problems print their message and exit 1. */
    static int run(CareerAgentCommand root, CommandSpec spec, ContextWork work) {
        PrintWriter out = spec.commandLine().getOut();
        try (AppContext context = root.openContext()) {
            work.run(context, out);
            out.flush();
            return 0;
        } catch (TrackerException | IllegalArgumentException e) {
            spec.commandLine().getErr().println(e.getMessage());
            spec.commandLine().getErr().flush();
            return 1;
        }
    }

    @FunctionalInterface
    interface ContextWork {
        void run(AppContext context, PrintWriter out);
    }

    static ApplicationStatus status(String text) {
        return ApplicationStatus.parse(text).orElseThrow(() -> new IllegalArgumentException("Unknown status \"" + text
                + "\"; use one of " + List.of(ApplicationStatus.values())));
    }

    static Map<String, Object> json(Application a) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("id", a.id());
        node.put("company", a.company());
        node.put("title", a.title());
        node.put("status", a.status().name());
        node.put("jobId", a.jobPostingId());
        node.put("channel", a.channel());
        node.put("link", a.link());
        node.put("appliedOn", a.appliedOn());
        node.put("resumeFile", a.resumeFile());
        node.put("coverLetterFile", a.coverLetterFile());
        node.put("notes", a.notes());
        node.put("updatedAt", a.updatedAt());
        return node;
    }

    @Command(name = "add", description = "Track a stored job (see `search`).")
    static final class Add implements Callable<Integer> {
        @ParentCommand AppCommand app;
        @Spec CommandSpec spec;
        @Option(names = "--job", required = true, description = "The job's id.") long jobId;
        @Option(names = "--status", defaultValue = "applied", description = "Saved, applied, ... (default: applied).") String status;
        @Option(names = "--channel", description = "How you applied, e.g. company site, referral.") String channel;
        @Option(names = "--note", description = "A note.") String note;

        @Override
        public Integer call() {
            return run(app.root, spec, (context, out) -> {
                JobPosting job = context.postings().find(jobId)
                        .orElseThrow(() -> new IllegalArgumentException("There is no job " + jobId + "."));
                Application a = context.tracker().track(new NewApplication(job.id(), job.company() == null ? "?" : job.company(),
                        job.title(), status(status), channel, job.applyUrl() != null ? job.applyUrl() : job.url(), job.source(),
                        null, null, null, null, note));
                out.println("Application " + a.id() + ": " + a.company() + " – " + a.title() + " (" + a.status().label() + ")");
            });
        }
    }

    @Command(name = "list", description = "List applications.")
    static final class ListApps implements Callable<Integer> {
        @ParentCommand AppCommand app;
        @Spec CommandSpec spec;
        @Option(names = "--status", description = "Only this status.") String status;
        @Option(names = "--json", description = "Print JSON.") boolean json;

        @Override
        public Integer call() {
            return run(app.root, spec, (context, out) -> {
                List<Application> apps = status == null ? context.tracker().all() : context.tracker().withStatus(status(status));
                if (json) {
                    out.println(PostingJson.write(apps.stream().map(AppCommand::json).toList()));
                } else if (apps.isEmpty()) {
                    out.println("No applications yet. Track one with: app add --job ID");
                } else {
                    apps.forEach(a -> out.printf("%6d  %-10s  %s – %s%n", a.id(), a.status().label(), a.company(), a.title()));
                }
            });
        }
    }

    @Command(name = "status", description = "Move an application to a status; the change is kept in its history.")
    static final class Status implements Callable<Integer> {
        @ParentCommand AppCommand app;
        @Spec CommandSpec spec;
        @Parameters(index = "0", paramLabel = "ID") long id;
        @Parameters(index = "1", paramLabel = "STATUS") String status;
        @Option(names = "--note", description = "Why, or what happened.") String note;

        @Override
        public Integer call() {
            return run(app.root, spec, (context, out) -> {
                ApplicationStatus to = status(status);
                boolean moved = context.tracker().move(id, to, note).isPresent();
                out.println(moved ? "Application " + id + " is now " + to.label() : "Application " + id + " was already " + to.label());
            });
        }
    }

    @Command(name = "show", description = "One application with its history, interviews and offers.")
    static final class Show implements Callable<Integer> {
        @ParentCommand AppCommand app;
        @Spec CommandSpec spec;
        @Parameters(paramLabel = "ID") long id;
        @Option(names = "--json", description = "Print JSON.") boolean json;

        @Override
        public Integer call() {
            return run(app.root, spec, (context, out) -> {
                Application a = context.tracker().require(id);
                Map<String, Object> node = json(a);
                node.put("history", context.tracker().history(id).stream().map(h -> {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("from", h.from() == null ? null : h.from().name());
                    row.put("to", h.to().name());
                    row.put("at", h.at());
                    row.put("note", h.note());
                    return row;
                }).toList());
                node.put("interviews", context.interviews().forApplication(id).stream()
                        .map(i -> Map.of("id", i.id(), "start", i.start().toOffsetDateTime().toString(), "kind", i.kind().name()))
                        .toList());
                node.put("contacts", context.tracker().contactsAt(a.company()));
                if (json) {
                    out.println(PostingJson.write(node));
                } else {
                    out.println(a.company() + " – " + a.title() + " (" + a.status().label() + ")");
                    context.tracker().history(id).forEach(h -> out.println("  " + h.at() + "  " + h.to().label()
                            + (h.note() == null ? "" : "  " + h.note())));
                }
            });
        }
    }
}
