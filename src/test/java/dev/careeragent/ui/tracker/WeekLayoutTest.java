package dev.careeragent.ui.tracker;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Placing a week's interviews on the calendar: day, time, length, overlaps side by side, hours widened to fit. */
class WeekLayoutTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);

    private static WeekLayout.Entry<String> at(String name, LocalDate day, int hour, int minute, int minutes) {
        return new WeekLayout.Entry<>(name, day.atTime(hour, minute).atZone(BERLIN), minutes);
    }

    @Test
    void interviewsGoToTheirDayAtTheirTime() {
        WeekLayout<String> layout = WeekLayout.of(MONDAY.plusDays(3), BERLIN, List.of(
                at("tue", MONDAY.plusDays(1), 14, 30, 60), at("sun", MONDAY.plusDays(6), 9, 0, 45)));

        assertThat(layout.monday()).isEqualTo(MONDAY);
        assertThat(layout.firstHour()).isEqualTo(8);
        assertThat(layout.lastHour()).isEqualTo(18);
        assertThat(layout.slots()).containsExactly(
                new WeekLayout.Slot<>("tue", 1, 390, 60, 0, 1),
                new WeekLayout.Slot<>("sun", 6, 60, 45, 0, 1));
    }

    @Test
    void overlappingInterviewsShareTheColumnAndLaterOnesGetItBack() {
        WeekLayout<String> layout = WeekLayout.of(MONDAY, BERLIN, List.of(
                at("a", MONDAY, 10, 0, 60), at("b", MONDAY, 10, 30, 60), at("c", MONDAY, 11, 0, 30), at("d", MONDAY, 13, 0, 60)));

        assertThat(layout.slots()).containsExactly(
                new WeekLayout.Slot<>("a", 0, 120, 60, 0, 2),
                new WeekLayout.Slot<>("b", 0, 150, 60, 1, 2),
                new WeekLayout.Slot<>("c", 0, 180, 30, 0, 2),
                new WeekLayout.Slot<>("d", 0, 300, 60, 0, 1));
    }

    @Test
    void earlyAndLateInterviewsWidenTheHoursAndOtherWeeksAreLeftOut() {
        WeekLayout<String> layout = WeekLayout.of(MONDAY, BERLIN, List.of(
                at("early", MONDAY, 6, 30, 30), at("late", MONDAY.plusDays(2), 19, 30, 60),
                at("next week", MONDAY.plusDays(7), 10, 0, 60), at("last week", MONDAY.minusDays(1), 10, 0, 60)));

        assertThat(layout.firstHour()).isEqualTo(6);
        assertThat(layout.lastHour()).isEqualTo(21);
        assertThat(layout.slots()).extracting(WeekLayout.Slot::item).containsExactly("early", "late");
        assertThat(layout.slots().get(0).topMinutes()).isEqualTo(30);
    }

    @Test
    void anInterviewInAnotherZoneIsShownAtTheLocalTime() {
        ZonedDateTime newYork = MONDAY.atTime(9, 0).atZone(ZoneId.of("America/New_York")); // 15:00 in Berlin
        WeekLayout<String> layout = WeekLayout.of(MONDAY, BERLIN, List.of(new WeekLayout.Entry<>("ny", newYork, 60)));

        assertThat(layout.slots()).singleElement().satisfies(s -> assertThat(s.topMinutes()).isEqualTo(7 * 60));
    }
}
