package dev.careeragent.bench;

import dev.careeragent.core.event.EventBus;
import dev.careeragent.core.task.CurrentThreadTaskExecutor;
import dev.careeragent.store.Database;
import dev.careeragent.tracker.TrackerService;
import dev.careeragent.tracker.model.ApplicationStatus;
import dev.careeragent.tracker.store.ApplicationStore;
import dev.careeragent.ui.tracker.ApplicationsViewModel;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Opening the board with 2,000 applications: what the Applications page does when shown, reading every application
 * and filling the board's columns and the table's rows (the ViewModel, on the calling thread). The lists are
 * virtualised, so drawing costs the same for 20 or 2,000 cards. Target: under 300 ms.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class BoardLoadBenchmark {

    private Database database;
    private TrackerService tracker;

    @Setup(Level.Trial)
    public void store() throws Exception {
        database = BenchDatabases.fresh("ca-board");
        TrackerBenchData.applications(database, 2_000, false, 0);
        tracker = new TrackerService(new ApplicationStore(database), database.file().getParent(), new EventBus(),
                Clock.systemUTC(), () -> 14);
    }

    @TearDown(Level.Trial)
    public void drop() {
        BenchDatabases.delete(database);
    }

    @Benchmark
    public int openBoard() {
        ApplicationsViewModel board = new ApplicationsViewModel(tracker, new CurrentThreadTaskExecutor(), new EventBus(), Runnable::run);
        board.refresh();
        int cards = 0;
        for (ApplicationStatus status : ApplicationStatus.values()) {
            cards += board.column(status).size();
        }
        if (cards != 2_000) {
            throw new IllegalStateException("The board shows " + cards + " cards, not 2,000");
        }
        return cards;
    }
}
