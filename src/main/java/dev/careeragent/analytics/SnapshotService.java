package dev.careeragent.analytics;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Takes the daily analytics snapshot: one row per local day; taking it again the same day refreshes that row. */
public final class SnapshotService {

    private final SnapshotStore repository;
    private final Clock clock;

    public SnapshotService(SnapshotStore repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    public DailySnapshot takeToday() {
        Instant now = clock.instant();
        ZoneId zone = clock.getZone();
        LocalDate day = LocalDate.ofInstant(now, zone);
        DailySnapshot snapshot = repository.count(day, now, day.atStartOfDay(zone).toInstant(),
                day.plusDays(1).atStartOfDay(zone).toInstant());
        repository.save(snapshot);
        return snapshot;
    }
}
