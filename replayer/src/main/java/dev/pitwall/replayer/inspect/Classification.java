package dev.pitwall.replayer.inspect;

import dev.pitwall.contract.RaceEvent;
import dev.pitwall.contract.TimingUpdate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Derives a finishing order from each car's last timing update: cars still running, by their final
 * {@code Position}; then retired or stopped cars, by laps completed (most first) then position; then cars of
 * the driver list with no timing or no lap at all, in driver-list order.
 */
final class Classification {

    private Classification() {
    }

    static List<String> order(Map<String, TimingUpdate> latest, List<RaceEvent.Driver> drivers) {
        List<TimingUpdate> running = new ArrayList<>();
        List<TimingUpdate> retired = new ArrayList<>();
        List<String> none = new ArrayList<>();
        for (TimingUpdate u : latest.values()) {
            if (Boolean.TRUE.equals(u.retired())) {
                retired.add(u);
            } else if (laps(u) > 0) {
                running.add(u);
            } else {
                none.add(u.car());
            }
        }
        running.sort(Comparator.comparingInt(Classification::position)
                .thenComparing(Comparator.comparingInt(Classification::laps).reversed()));
        retired.sort(Comparator.comparingInt(Classification::laps).reversed()
                .thenComparingInt(Classification::position));
        List<String> order = new ArrayList<>();
        running.forEach(u -> order.add(u.car()));
        retired.forEach(u -> order.add(u.car()));
        for (RaceEvent.Driver d : drivers) {
            if (!latest.containsKey(d.car()) && !none.contains(d.car())) {
                none.add(d.car());
            }
        }
        none.sort(Comparator.comparingInt((String car) -> line(car, drivers)).thenComparingInt(Integer::parseInt));
        order.addAll(none);
        return order;
    }

    private static int laps(TimingUpdate u) {
        return u.lapsCompleted() == null ? 0 : u.lapsCompleted();
    }

    private static int position(TimingUpdate u) {
        return u.position() == null ? Integer.MAX_VALUE : u.position();
    }

    private static int line(String car, List<RaceEvent.Driver> drivers) {
        return drivers.stream().filter(d -> d.car().equals(car) && d.line() != null)
                .mapToInt(RaceEvent.Driver::line).findFirst().orElse(Integer.MAX_VALUE);
    }
}
