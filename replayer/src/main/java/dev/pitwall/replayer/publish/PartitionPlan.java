package dev.pitwall.replayer.publish;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which partition of a per-car topic each car of a session writes to: one partition per car, in the order of
 * the driver list sorted by car number. When a topic has fewer partitions than the session has cars, the plan
 * falls back to Kafka's key hashing (per-car order still holds, but cars share partitions) and says so.
 */
public final class PartitionPlan {

    private final Map<String, Integer> partitionOf;
    private final boolean perCar;
    private final String description;

    private PartitionPlan(Map<String, Integer> partitionOf, boolean perCar, String description) {
        this.partitionOf = partitionOf;
        this.perCar = perCar;
        this.description = description;
    }

    /** A plan for these cars on topics that have {@code partitions} partitions (the smallest per-car topic). */
    public static PartitionPlan of(List<String> cars, int partitions) {
        List<String> sorted = cars.stream().distinct().sorted(Comparator.comparingInt(PartitionPlan::number)
                .thenComparing(Comparator.naturalOrder())).toList();
        if (sorted.size() > partitions) {
            return new PartitionPlan(Map.of(), false, "key hashing: " + sorted.size() + " cars but only " + partitions
                    + " partitions per car topic, so some cars share a partition (order per car still holds)");
        }
        Map<String, Integer> map = new HashMap<>();
        for (int i = 0; i < sorted.size(); i++) {
            map.put(sorted.get(i), i);
        }
        return new PartitionPlan(Map.copyOf(map), true, "one partition per car: " + sorted.size() + " cars on "
                + partitions + " partitions");
    }

    /** The partition for a car, or null to let the producer hash the key. */
    public Integer partitionFor(String car) {
        return perCar ? partitionOf.get(car) : null;
    }

    /** Whether every car has a partition of its own. */
    public boolean perCar() {
        return perCar;
    }

    /** A sentence for logs and the status endpoint. */
    public String description() {
        return description;
    }

    /** Car number to partition (empty when hashing). */
    public Map<String, Integer> assignments() {
        return partitionOf;
    }

    private static int number(String car) {
        try {
            return Integer.parseInt(car);
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }
}
