package dev.careeragent.ui.tracker;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Where each interview of a week goes on the calendar: its day column (Monday = 0), its top and length in minutes
 * from the first hour shown, and its lane when it overlaps others that day (side by side, {@code lanes} wide).
 * The hours shown are 8:00 to 18:00, widened to fit every interview. Pure arithmetic, tested without a screen.
 */
final class WeekLayout<T> {

    static final int FIRST_HOUR = 8;
    static final int LAST_HOUR = 18;

    /** One placed interview. */
    record Slot<T>(T item, int day, int topMinutes, int minutes, int lane, int lanes) {
    }

    /** One interview to place: its start and length. */
    record Entry<T>(T item, ZonedDateTime start, int minutes) {
    }

    private final LocalDate monday;
    private final int firstHour;
    private final int lastHour;
    private final List<Slot<T>> slots;

    private WeekLayout(LocalDate monday, int firstHour, int lastHour, List<Slot<T>> slots) {
        this.monday = monday;
        this.firstHour = firstHour;
        this.lastHour = lastHour;
        this.slots = slots;
    }

    static LocalDate mondayOf(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** Lays out the entries that fall in the week holding {@code day}, seen in {@code zone}; others are left out. */
    static <T> WeekLayout<T> of(LocalDate day, ZoneId zone, List<Entry<T>> entries) {
        LocalDate monday = mondayOf(day);
        List<Entry<T>> inWeek = entries.stream()
                .filter(e -> {
                    LocalDate d = local(e, zone).toLocalDate();
                    return !d.isBefore(monday) && d.isBefore(monday.plusDays(7));
                })
                .sorted(Comparator.comparing(e -> local(e, zone)))
                .toList();
        int first = FIRST_HOUR;
        int last = LAST_HOUR;
        for (Entry<T> e : inWeek) {
            LocalDateTime start = local(e, zone);
            first = Math.min(first, start.getHour());
            int endMinute = start.getHour() * 60 + start.getMinute() + Math.max(e.minutes(), 15);
            last = Math.max(last, Math.min(24, (endMinute + 59) / 60));
        }
        List<Slot<T>> slots = new ArrayList<>();
        for (int d = 0; d < 7; d++) {
            LocalDate date = monday.plusDays(d);
            List<Entry<T>> ofDay = inWeek.stream().filter(e -> local(e, zone).toLocalDate().equals(date)).toList();
            slots.addAll(placeDay(d, ofDay, zone, first));
        }
        return new WeekLayout<>(monday, first, last, List.copyOf(slots));
    }

    /** Overlapping interviews share the column: each cluster of overlaps gets as many lanes as it needs. */
    private static <T> List<Slot<T>> placeDay(int day, List<Entry<T>> ofDay, ZoneId zone, int firstHour) {
        List<Slot<T>> placed = new ArrayList<>();
        List<int[]> cluster = new ArrayList<>(); // {index in placed, end minute, lane}
        int clusterEnd = -1;
        for (Entry<T> e : ofDay) {
            LocalDateTime start = local(e, zone);
            int top = (int) ChronoUnit.MINUTES.between(start.toLocalDate().atTime(firstHour, 0), start);
            int minutes = Math.max(e.minutes(), 15);
            if (top >= clusterEnd) {
                closeCluster(placed, cluster);
                cluster.clear();
            }
            int lane = 0;
            while (laneTaken(cluster, lane, top)) {
                lane++;
            }
            placed.add(new Slot<>(e.item(), day, top, minutes, lane, 1));
            cluster.add(new int[] {placed.size() - 1, top + minutes, lane});
            clusterEnd = Math.max(clusterEnd, top + minutes);
        }
        closeCluster(placed, cluster);
        return placed;
    }

    private static boolean laneTaken(List<int[]> cluster, int lane, int top) {
        return cluster.stream().anyMatch(c -> c[2] == lane && c[1] > top);
    }

    private static <T> void closeCluster(List<Slot<T>> placed, List<int[]> cluster) {
        int lanes = cluster.stream().mapToInt(c -> c[2] + 1).max().orElse(1);
        for (int[] c : cluster) {
            Slot<T> s = placed.get(c[0]);
            placed.set(c[0], new Slot<>(s.item(), s.day(), s.topMinutes(), s.minutes(), s.lane(), lanes));
        }
    }

    private static LocalDateTime local(Entry<?> e, ZoneId zone) {
        return e.start().withZoneSameInstant(zone).toLocalDateTime();
    }

    LocalDate monday() { return monday; }
    int firstHour() { return firstHour; }
    int lastHour() { return lastHour; }
    List<Slot<T>> slots() { return slots; }
}
