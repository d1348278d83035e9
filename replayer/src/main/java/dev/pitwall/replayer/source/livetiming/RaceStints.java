package dev.pitwall.replayer.source.livetiming;

import dev.pitwall.contract.RaceEvent;
import java.util.ArrayList;
import java.util.List;

/**
 * Derives a car's tyre stints from the raw TimingAppData stint entries, whose indices are not stints:
 * an entry with {@code TyresNotChanged} "1" (a pass through the pit lane on the same set, e.g. behind a
 * safety car led through the pit lane) continues the stint before it, and an entry that was replaced by a
 * new set before the leader finished lap 1 was a pre-race outing and is dropped. A stint's laps are
 * {@code TotalLaps - StartLaps} of each of its entries, summed (the feed restarts the counts of a continued
 * entry now and then); the start lap counts on from 1 by the laps of the stints before. The feed's counts
 * are taken as they are, even where they are plainly short (a stint it never counted has 0 laps).
 */
public final class RaceStints {

    private static final String UNKNOWN = "UNKNOWN";

    /** One raw stint entry of the feed, and the session time it first appeared. */
    public record Raw(int index, String compound, Boolean fresh, boolean tyresNotChanged, Integer startLaps,
            Integer totalLaps, long firstSeenMs) {
    }

    private RaceStints() {
    }

    /**
     * The stints of {@code car}, numbered from 1. {@code firstLapDoneMs} is when the leader finished lap 1
     * (null when the session has no lap count: then no entry is taken for a pre-race outing).
     */
    public static List<RaceEvent.TyreStint> derive(String car, List<Raw> raw, Long firstLapDoneMs) {
        List<List<Raw>> groups = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            Raw r = raw.get(i);
            Raw next = i + 1 < raw.size() ? raw.get(i + 1) : null;
            if (next != null && firstLapDoneMs != null && next.firstSeenMs() < firstLapDoneMs
                    && !continues(next, r.compound())) {
                continue;
            }
            if (!groups.isEmpty() && continues(r, compound(groups.get(groups.size() - 1)))) {
                groups.get(groups.size() - 1).add(r);
            } else {
                groups.add(new ArrayList<>(List.of(r)));
            }
        }
        List<RaceEvent.TyreStint> stints = new ArrayList<>();
        Integer startLap = 1;
        for (List<Raw> group : groups) {
            Raw first = group.get(0);
            Integer laps = laps(group);
            stints.add(new RaceEvent.TyreStint(car, stints.size() + 1, compound(group), first.fresh(), startLap,
                    first.startLaps(), laps));
            startLap = startLap == null || laps == null ? null : startLap + laps;
        }
        return stints;
    }

    /** Whether {@code r} goes on with a set of {@code compound}: same tyres, and no other known compound. */
    private static boolean continues(Raw r, String compound) {
        return r.tyresNotChanged() && (!known(r.compound()) || !known(compound) || r.compound().equals(compound));
    }

    private static String compound(List<Raw> group) {
        for (Raw r : group) {
            if (known(r.compound())) {
                return r.compound();
            }
        }
        return group.get(0).compound();
    }

    /** Laps on the set: each entry's {@code TotalLaps - StartLaps}, summed; null if an entry lacks them. */
    private static Integer laps(List<Raw> group) {
        int laps = 0;
        for (Raw r : group) {
            if (r.startLaps() == null || r.totalLaps() == null) {
                return null;
            }
            laps += Math.max(0, r.totalLaps() - r.startLaps());
        }
        return laps;
    }

    private static boolean known(String compound) {
        return compound != null && !compound.isBlank() && !UNKNOWN.equalsIgnoreCase(compound);
    }

}
