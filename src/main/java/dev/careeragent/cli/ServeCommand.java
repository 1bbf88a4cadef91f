package dev.careeragent.cli;

import dev.careeragent.clip.ClipServer;
import dev.careeragent.context.AppContext;
import dev.careeragent.schedule.Scheduler;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code career-agent serve [--port N]}: the background agent (scheduler, searches, reminders, email) and the clip API
 * without a window. Prints the address and where the token is; Ctrl+C stops the server, the scheduler and the database.
 */
@Command(mixinStandardHelpOptions = true, footer = {"", "Examples:", "  career-agent serve                 (port from Settings > Browser clip)",
        "  career-agent serve --port 47811     (this port instead)"},
        name = "serve", description = "Run the background agent and the browser clip API without a window (Ctrl+C stops).")
final class ServeCommand implements Callable<Integer> {

    @ParentCommand CareerAgentCommand root;
    @Spec CommandSpec spec;
    @Option(names = "--port", description = "Port on 127.0.0.1 (default: the one in Settings > Browser clip).")
    Integer port;

    /** Counted down to stop serving (Ctrl+C via the shutdown hook; tests call it directly). */
    final CountDownLatch stop = new CountDownLatch(1);
    final CountDownLatch stopped = new CountDownLatch(1);

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Thread hook = new Thread(() -> {
            stop.countDown();
            try {
                stopped.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "serve-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "agent-ticker");
            t.setDaemon(true);
            return t;
        });
        try (AppContext context = root.openContext()) {
            int listenOn = port != null ? port : context.clipApi().configuredPort();
            try (ClipServer server = ClipServer.start(listenOn, context.clipToken(), context.clips(), context::metrics,
                    ClipServer.DEFAULT_BODY_CAP, 60)) {
                context.agent().start(ticker, Scheduler.DEFAULT_TICK);
                context.clipToken().value();
                out.println("Career Agent is serving on http://127.0.0.1:" + server.address().getPort() + "/api/health");
                out.println("Token: run `career-agent token show` (kept in " + context.clipToken().whereKept() + ")");
                out.println("Press Ctrl+C to stop.");
                out.flush();
                stop.await();
                out.println("Stopping…");
                out.flush();
            } catch (IOException e) {
                spec.commandLine().getErr().println("Could not listen on 127.0.0.1:" + listenOn + " (" + e.getMessage()
                        + "). Is another copy (or the desktop app) running? Choose another --port or another port in"
                        + " Settings > Browser clip.");
                return 1;
            }
        } finally {
            ticker.shutdownNow();
            stopped.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the JVM is already stopping: the hook is running and waits for `stopped`
            }
        }
        out.println("Stopped.");
        out.flush();
        return 0;
    }
}
