package dev.pitwall.replayer.source.fastf1;

import dev.pitwall.replayer.timing.TrackEvent;
import dev.pitwall.replayer.timing.TrackEvent.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * The track events of one car read off FastF1's lap table, for {@link dev.pitwall.replayer.timing.TimingDeriver}:
 * sector 1 and 2 crossings at {@code Sector1SessionTime}/{@code Sector2SessionTime}, line crossings at
 * {@link LapEnd}, pit entry at {@code PitInTime} and pit exit at {@code PitOutTime}. Nothing else (in
 * particular not FastF1's {@code Position}) is used.
 */
public final class FastF1Crossings {

    private FastF1Crossings() {
    }

    /** The events of one car, given its laps sorted by lap number. */
    public static List<TrackEvent> of(String car, List<FastF1Lap> laps) {
        List<TrackEvent> out = new ArrayList<>();
        for (int i = 0; i < laps.size(); i++) {
            FastF1Lap l = laps.get(i);
            FastF1Lap next = i + 1 < laps.size() ? laps.get(i + 1) : null;
            int lap = l.lap();
            if (l.pitOutTime() != null) {
                out.add(new TrackEvent(car, l.pitOutTime(), Kind.PIT_OUT, lap, null, null));
            }
            if (l.sector1SessionTime() != null) {
                out.add(new TrackEvent(car, l.sector1SessionTime(), Kind.SECTOR_1, lap, l.sector1Time(), null));
            }
            if (l.sector2SessionTime() != null) {
                out.add(new TrackEvent(car, l.sector2SessionTime(), Kind.SECTOR_2, lap, l.sector2Time(), null));
            }
            if (l.pitInTime() != null) {
                out.add(new TrackEvent(car, l.pitInTime(), Kind.PIT_IN, lap, null, null));
            }
            Long end = LapEnd.ms(l, next);
            if (end != null) {
                out.add(new TrackEvent(car, end, Kind.LINE, lap, l.sector3Time(), l.lapTime()));
            }
        }
        return out;
    }
}
