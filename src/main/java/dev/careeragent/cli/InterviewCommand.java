package dev.careeragent.cli;

import dev.careeragent.tracker.model.Interview;
import dev.careeragent.tracker.InterviewService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code career-agent interview add|import}: interviews and their iCalendar files. */
@Command(name = "interview", description = "Interviews.", subcommands = {InterviewCommand.Add.class, InterviewCommand.Import.class})
final class InterviewCommand {

    @ParentCommand
    CareerAgentCommand root;

    @Command(name = "add", description = "Schedule an interview; optionally write it as an .ics file.")
    static final class Add implements Callable<Integer> {
        @ParentCommand InterviewCommand parent;
        @Spec CommandSpec spec;
        @Option(names = "--app", required = true, description = "The application's id.") long app;
        @Option(names = "--at", required = true, paramLabel = "ISO-TIME",
                description = "e.g. 2026-03-10T14:30+01:00 or 2026-03-10T14:30[Europe/Berlin].") String at;
        @Option(names = "--minutes", defaultValue = "60") int minutes;
        @Option(names = "--kind", defaultValue = "video", description = "phone, video or on_site.") String kind;
        @Option(names = "--with", description = "People, comma separated.") String people;
        @Option(names = "--place", description = "Address or meeting link.") String place;
        @Option(names = "--ics", paramLabel = "OUT.ics", description = "Also write the interview as an .ics file.") Path ics;

        @Override
        public Integer call() {
            return AppCommand.run(parent.root, spec, (context, out) -> {
                Interview i = context.interviews().schedule(app, time(at), minutes, kind(kind), people, place);
                out.println("Interview " + i.id() + " on " + i.start() + " (" + i.kind().label() + ")");
                if (ics != null) {
                    write(ics, context.interviews().exportIcs(List.of(i.id())));
                    out.println("Wrote " + ics);
                }
            });
        }
    }

    @Command(name = "import", description = "File the events of an invite (.ics) under the application they name.")
    static final class Import implements Callable<Integer> {
        @ParentCommand InterviewCommand parent;
        @Spec CommandSpec spec;
        @Parameters(paramLabel = "FILE.ics") Path file;
        @Option(names = "--app", description = "File under this application instead of guessing.") Long app;

        @Override
        public Integer call() {
            return AppCommand.run(parent.root, spec, (context, out) -> {
                String text;
                try {
                    text = Files.readString(file, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new IllegalArgumentException("Could not read " + file + ": " + e.getMessage(), e);
                }
                for (InterviewService.Imported x : context.interviews().importInvite(text, app)) {
                    out.println("Interview " + x.interview().id() + " on " + x.interview().start() + " filed under application "
                            + x.application().id() + " (" + x.application().company() + ")");
                }
            });
        }
    }

    static ZonedDateTime time(String text) {
        try {
            return ZonedDateTime.parse(text);
        } catch (DateTimeParseException e) {
            try {
                return OffsetDateTime.parse(text).toZonedDateTime();
            } catch (DateTimeParseException e2) {
                try {
                    return java.time.LocalDateTime.parse(text).atZone(ZoneId.systemDefault());
                } catch (DateTimeParseException e3) {
                    throw new IllegalArgumentException("\"" + text + "\" is not an ISO date and time such as 2026-03-10T14:30+01:00.");
                }
            }
        }
    }

    static Interview.Kind kind(String text) {
        try {
            return Interview.Kind.valueOf(text.trim().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown interview kind \"" + text + "\"; use phone, video or on_site.");
        }
    }

    static void write(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
