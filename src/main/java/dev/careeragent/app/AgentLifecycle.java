package dev.careeragent.app;

import dev.careeragent.context.AgentServices;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the background agent in the desktop app: the scheduler ticks on one daemon thread (every 30 s by
 * default) from when the main window shows until the app quits. A long gap between two ticks (the machine
 * slept) makes the scheduler run each missed job once.
 */
final class AgentLifecycle implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AgentLifecycle.class);

    private final AgentServices agent;
    private final ScheduledExecutorService ticker;

    private AgentLifecycle(AgentServices agent, ScheduledExecutorService ticker) {
        this.agent = agent;
        this.ticker = ticker;
    }

    static AgentLifecycle start(AgentServices agent, Duration tickEvery) {
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "career-agent-scheduler");
            thread.setDaemon(true);
            return thread;
        });
        // Off the FX thread: settling the outbox and registering jobs write to the database.
        ticker.execute(() -> {
            try {
                agent.start(ticker, tickEvery);
            } catch (RejectedExecutionException e) {
                LOG.info("The app closed before the background scheduler started");
            } catch (RuntimeException e) {
                LOG.error("The background scheduler could not start; searches and emails will not run until the next start", e);
            }
        });
        return new AgentLifecycle(agent, ticker);
    }

    @Override
    public void close() {
        agent.close();
        ticker.shutdownNow();
        try {
            ticker.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
