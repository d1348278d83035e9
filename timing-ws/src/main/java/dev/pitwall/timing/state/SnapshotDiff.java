package dev.pitwall.timing.state;

import dev.pitwall.contract.RaceEvent;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What changed from one {@link RaceSnapshot} to the next, compact enough to send on every change.
 *
 * <p>{@code changed} names the top-level fields that changed (their new values are in the fields of the same
 * name, which may be null); the others are null and mean "unchanged". {@code rows} are the tower rows that
 * changed or are new, whole; {@code order} is the cars in tower order, only when the order or the set of cars
 * changed. {@code ts} is the new snapshot's {@link RaceSnapshot#ts()}, always sent. Race control drops {@code raceControlDropped} messages from the front and appends
 * {@code raceControlAdded}. {@link #apply} on the old snapshot gives the new one exactly.
 */
@RegisterForReflection
public record SnapshotDiff(
        long fromVersion,
        long toVersion,
        long ts,
        Set<String> changed,
        String sessionKey,
        Long sessionTimeMs,
        Instant utc,
        RaceEvent.LapCount lapCount,
        RaceEvent.TrackStatus trackStatus,
        RaceEvent.SessionStatus sessionStatus,
        List<RaceEvent.Driver> drivers,
        RaceEvent.Weather weather,
        RaceEvent.DataAvailability availability,
        ReplayClock clock,
        List<CarRow> rows,
        List<String> order,
        int raceControlDropped,
        List<RaceEvent.RaceControl> raceControlAdded) {

    /** True when applying this diff changes nothing but the version. */
    public boolean isEmpty() {
        return changed.isEmpty() && rows.isEmpty() && order == null && raceControlDropped == 0
                && raceControlAdded.isEmpty();
    }

    /** The diff that turns {@code from} into {@code to}. */
    public static SnapshotDiff between(RaceSnapshot from, RaceSnapshot to) {
        Set<String> changed = new LinkedHashSet<>();
        String sessionKey = pick("sessionKey", from.sessionKey(), to.sessionKey(), changed);
        Long sessionTimeMs = pick("sessionTimeMs", from.sessionTimeMs(), to.sessionTimeMs(), changed);
        Instant utc = pick("utc", from.utc(), to.utc(), changed);
        RaceEvent.LapCount lapCount = pick("lapCount", from.lapCount(), to.lapCount(), changed);
        RaceEvent.TrackStatus trackStatus = pick("trackStatus", from.trackStatus(), to.trackStatus(), changed);
        RaceEvent.SessionStatus sessionStatus = pick("sessionStatus", from.sessionStatus(), to.sessionStatus(), changed);
        List<RaceEvent.Driver> drivers = pick("drivers", from.drivers(), to.drivers(), changed);
        RaceEvent.Weather weather = pick("weather", from.weather(), to.weather(), changed);
        RaceEvent.DataAvailability availability = pick("availability", from.availability(), to.availability(), changed);
        ReplayClock clock = pick("clock", from.clock(), to.clock(), changed);

        Map<String, CarRow> old = byCar(from.rows());
        List<CarRow> rows = new ArrayList<>();
        for (CarRow r : to.rows()) {
            if (!r.equals(old.get(r.car()))) {
                rows.add(r);
            }
        }
        List<String> toOrder = cars(to.rows());
        List<String> order = toOrder.equals(cars(from.rows())) ? null : toOrder;

        List<RaceEvent.RaceControl> a = from.raceControl();
        List<RaceEvent.RaceControl> b = to.raceControl();
        int dropped = 0;
        while (dropped < a.size()) {
            int kept = a.size() - dropped;
            if (kept <= b.size() && a.subList(dropped, a.size()).equals(b.subList(0, kept))) {
                break;
            }
            dropped++;
        }
        List<RaceEvent.RaceControl> added = List.copyOf(b.subList(a.size() - dropped, b.size()));
        return new SnapshotDiff(from.version(), to.version(), to.ts(), Set.copyOf(changed), sessionKey, sessionTimeMs, utc,
                lapCount, trackStatus, sessionStatus, drivers, weather, availability, clock, List.copyOf(rows), order,
                dropped, added);
    }

    /**
     * The snapshot this diff leads to from {@code from}.
     *
     * @throws IllegalArgumentException if {@code from} is not the snapshot the diff was made from (by version)
     */
    public static RaceSnapshot apply(RaceSnapshot from, SnapshotDiff diff) {
        if (from.version() != diff.fromVersion()) {
            throw new IllegalArgumentException("diff from version " + diff.fromVersion() + " applied to version "
                    + from.version());
        }
        Set<String> c = diff.changed();
        Map<String, CarRow> rows = byCar(from.rows());
        diff.rows().forEach(r -> rows.put(r.car(), r));
        List<String> order = diff.order() != null ? diff.order() : cars(from.rows());
        List<CarRow> tower = new ArrayList<>(order.size());
        for (String car : order) {
            tower.add(Objects.requireNonNull(rows.get(car), () -> "diff lacks the row of car " + car));
        }
        List<RaceEvent.RaceControl> rc = new ArrayList<>(
                from.raceControl().subList(diff.raceControlDropped(), from.raceControl().size()));
        rc.addAll(diff.raceControlAdded());
        return new RaceSnapshot(diff.toVersion(), diff.ts(),
                c.contains("sessionKey") ? diff.sessionKey() : from.sessionKey(),
                c.contains("sessionTimeMs") ? diff.sessionTimeMs() : from.sessionTimeMs(),
                c.contains("utc") ? diff.utc() : from.utc(),
                c.contains("lapCount") ? diff.lapCount() : from.lapCount(),
                c.contains("trackStatus") ? diff.trackStatus() : from.trackStatus(),
                c.contains("sessionStatus") ? diff.sessionStatus() : from.sessionStatus(),
                c.contains("drivers") ? diff.drivers() : from.drivers(),
                List.copyOf(tower), List.copyOf(rc),
                c.contains("weather") ? diff.weather() : from.weather(),
                c.contains("availability") ? diff.availability() : from.availability(),
                c.contains("clock") ? diff.clock() : from.clock());
    }

    private static <T> T pick(String name, T from, T to, Set<String> changed) {
        if (Objects.equals(from, to)) {
            return null;
        }
        changed.add(name);
        return to;
    }

    private static Map<String, CarRow> byCar(List<CarRow> rows) {
        Map<String, CarRow> m = new HashMap<>();
        rows.forEach(r -> m.put(r.car(), r));
        return m;
    }

    private static List<String> cars(List<CarRow> rows) {
        return rows.stream().map(CarRow::car).toList();
    }
}
