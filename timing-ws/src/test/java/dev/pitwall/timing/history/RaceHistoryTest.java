package dev.pitwall.timing.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pitwall.contract.CarSample;
import dev.pitwall.contract.ClockEvent;
import dev.pitwall.contract.Keyframe;
import dev.pitwall.contract.LapRecord;
import dev.pitwall.contract.RaceEvent;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The race history with hand-made records: resets as the race state does, stays bounded, and refuses half laps. */
class RaceHistoryTest {

    static final String SESSION = "9693";
    static final Instant ORIGIN = Instant.parse("2025-03-16T03:07:22.600Z");

    @Test
    void aKeyframeOrASeekClearsItAndTheKeyframeBringsBackTheLastLaps() {
        RaceHistory h = new RaceHistory();
        driveLaps(h, SESSION, "1", 1, 3);
        assertThat(h.laps("1")).hasSize(3);
        assertThat(h.bestLap("1")).isNotNull();

        h.apply(clock(SESSION, 400_000, ClockEvent.Type.SEEK, null));
        assertThat(h.knows("1")).isFalse();
        assertThat(h.laps("1")).isNull();
        assertThat(h.bestLap("1")).isNull();

        LapRecord last = lap(SESSION, "1", 7, 500_000, 90_000L);
        Keyframe k = new Keyframe(List.of(new RaceEvent.Driver("1", "VER", null, null, null, 1),
                new RaceEvent.Driver("4", "NOR", null, null, null, 2)), null, Map.of("1", last), null, null, null, null,
                null, null, null, null);
        h.apply(clock(SESSION, 500_000, ClockEvent.Type.KEYFRAME, k));
        assertThat(h.laps("1")).extracting(LapRow::lap).containsExactly(7);
        assertThat(h.laps("4")).isEmpty();
        assertThat(h.currentLap("1")).isNull();
        assertThat(h.bestLap("1")).as("no samples of lap 7 were seen").isNull();
    }

    @Test
    void aKeyframeWithEveryLapBringsBackTheWholeLapTable() {
        RaceHistory h = new RaceHistory();
        List<LapRecord> laps = List.of(lap(SESSION, "1", 1, 100_000, 98_000L), lap(SESSION, "1", 2, 190_000, 90_000L),
                lap(SESSION, "1", 3, 281_000, 91_000L));
        Keyframe k = new Keyframe(List.of(new RaceEvent.Driver("1", "VER", null, null, null, 1)), null,
                Map.of("1", laps.get(2)), null, null, null, null, null, null, null, null, Map.of("1", laps));
        h.apply(clock(SESSION, 300_000, ClockEvent.Type.KEYFRAME, k));

        assertThat(h.laps("1")).extracting(LapRow::lap).containsExactly(1, 2, 3);
        assertThat(h.laps("1")).extracting(LapRow::lapTimeMs).containsExactly(98_000L, 90_000L, 91_000L);
        assertThat(h.bestLap("1")).as("telemetry history does not come with a keyframe").isNull();
    }

    @Test
    void aRecordOfAnotherSessionClearsIt() {
        RaceHistory h = new RaceHistory();
        driveLaps(h, SESSION, "1", 1, 2);
        assertThat(h.sessionKey()).isEqualTo(SESSION);
        h.apply(sample("9999", "44", 10, 1, 100.0, 0.0));
        assertThat(h.sessionKey()).isEqualTo("9999");
        assertThat(h.knows("1")).isFalse();
        assertThat(h.knows("44")).isTrue();
    }

    @Test
    void aLapWhoseStartWasNotSeenIsNeverTheBest() {
        RaceHistory h = new RaceHistory();
        // samples of lap 5 from half-way round only (the history started mid-lap), then lap 6 whole
        for (long t = 45_000; t <= 90_000; t += 250) {
            h.apply(sample(SESSION, "1", t, 5, 250.0, (t - 45_000) / 100.0 + 2600));
        }
        h.apply(lap(SESSION, "1", 5, 90_000, 85_000L));
        for (long t = 90_000; t <= 180_000; t += 250) {
            h.apply(sample(SESSION, "1", t, 6, 200.0, (t - 90_000) / 100.0));
        }
        h.apply(lap(SESSION, "1", 6, 180_000, 90_000L));
        h.apply(sample(SESSION, "1", 180_250, 7, 200.0, 0.0));
        Trace best = h.bestLap("1");
        assertThat(best.lap()).as("lap 5 was faster but only half of it was seen").isEqualTo(6);
        assertThat(best.lapTimeMs()).isEqualTo(90_000L);
        assertThat(h.currentLap("1").lap()).isEqualTo(7);
    }

    @Test
    void itStaysBoundedWhateverTheFeedSends() {
        RaceHistory h = new RaceHistory();
        for (int lap = 1; lap <= RaceHistory.MAX_LAPS + 50; lap++) {
            h.apply(lap(SESSION, "1", lap, lap * 1000L, 1000L));
        }
        List<LapRow> laps = h.laps("1");
        assertThat(laps).hasSize(RaceHistory.MAX_LAPS);
        assertThat(laps.get(0).lap()).isEqualTo(51);

        for (int car = 100; car < 100 + RaceHistory.MAX_CARS + 10; car++) {
            h.apply(sample(SESSION, String.valueOf(car), 1, 1, 100.0, 0.0));
        }
        assertThat(h.knows("1")).isTrue();
        assertThat(h.knows(String.valueOf(100 + RaceHistory.MAX_CARS - 2))).isTrue();
        assertThat(h.knows(String.valueOf(100 + RaceHistory.MAX_CARS + 5))).isFalse();

        for (int i = 0; i < LapTrace.MAX_SAMPLES + 500; i++) {
            h.apply(sample(SESSION, "1", 1_000_000 + i, 400, 100.0, (double) i));
        }
        assertThat(h.currentLap("1").samples()).isEqualTo(LapTrace.MAX_SAMPLES);
    }

    @Test
    void positionOnlySamplesMakeNoTrace() {
        RaceHistory h = new RaceHistory();
        h.apply(new CarSample(SESSION, "1", 0, ORIGIN, 0, null, "position", null, null, null, null, null, null, null,
                100.0, 200.0, 0.0, "OnTrack"));
        assertThat(h.knows("1")).isTrue();
        assertThat(h.currentLap("1")).isNull();
    }

    /** Laps {@code from}..{@code to} of 100 s, 4 samples a second, each lap's record at its line crossing. */
    private static void driveLaps(RaceHistory h, String session, String car, int from, int to) {
        for (int lap = from; lap <= to; lap++) {
            long start = (lap - 1) * 100_000L;
            for (long t = start; t < start + 100_000; t += 250) {
                h.apply(sample(session, car, t, lap, 200.0, (t - start) / 18.0));
            }
            h.apply(lap(session, car, lap, start + 100_000, 100_000L - lap));
        }
        h.apply(sample(session, car, (to) * 100_000L, to + 1, 200.0, 0.0));
    }

    static CarSample sample(String session, String car, long t, Integer lap, Double speed, Double distance) {
        return new CarSample(session, car, 0, ORIGIN.plusMillis(t), t, lap, "fastf1", 11000.0, speed, 7, 100.0, 0, 0,
                distance, 0.0, 0.0, 0.0, null);
    }

    static LapRecord lap(String session, String car, int lap, long at, Long lapMs) {
        return new LapRecord(session, car, 0, ORIGIN.plusMillis(at), at, "C" + car, lap, lapMs, null, null, null,
                lapMs == null ? null : at - lapMs, null, null, "MEDIUM", lap, 1, null, null, null, null, "1", "fastf1",
                true);
    }

    static ClockEvent clock(String session, long at, ClockEvent.Type type, Keyframe keyframe) {
        return new ClockEvent(session, 0, ORIGIN.plusMillis(at), at, type, Instant.now(), 1.0, false, null, null, keyframe);
    }
}
