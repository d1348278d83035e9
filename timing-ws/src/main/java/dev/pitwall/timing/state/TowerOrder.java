package dev.pitwall.timing.state;

import java.util.Comparator;

/**
 * The order of the timing tower: running cars by their feed position (cars without one after them, by laps
 * completed then by who crossed the line first), then retired cars by laps completed, most first.
 */
final class TowerOrder {

    private TowerOrder() {
    }

    /** Car numbers as numbers ({@code "4"} before {@code "12"}), text after that. */
    static final Comparator<String> CAR_NUMBERS = TowerOrder::compareCarNumbers;

    static final Comparator<CarState> ORDER = Comparator
            .comparingInt(TowerOrder::group)
            .thenComparingInt(c -> c.isRetired() || c.position == null ? 0 : c.position)
            .thenComparingInt(c -> c.lapsCompleted() == null ? 1 : -c.lapsCompleted())
            .thenComparingInt(c -> c.position == null ? Integer.MAX_VALUE : c.position)
            .thenComparingLong(CarState::lastCrossingMs)
            .thenComparing(c -> c.car, TowerOrder::compareCarNumbers);

    /** 0 running with a position, 1 running without one, 2 retired. */
    private static int group(CarState c) {
        if (c.isRetired()) {
            return 2;
        }
        return c.position != null ? 0 : 1;
    }

    private static int compareCarNumbers(String a, String b) {
        try {
            return Integer.compare(Integer.parseInt(a), Integer.parseInt(b));
        } catch (NumberFormatException e) {
            return a.compareTo(b);
        }
    }
}
