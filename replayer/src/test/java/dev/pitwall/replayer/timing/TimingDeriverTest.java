package dev.pitwall.replayer.timing;

import static dev.pitwall.replayer.timing.TrackEvent.Kind.LINE;
import static dev.pitwall.replayer.timing.TrackEvent.Kind.PIT_IN;
import static dev.pitwall.replayer.timing.TrackEvent.Kind.PIT_OUT;
import static dev.pitwall.replayer.timing.TrackEvent.Kind.SECTOR_1;
import static dev.pitwall.replayer.timing.TrackEvent.Kind.SECTOR_2;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pitwall.contract.TimingUpdate;
import dev.pitwall.replayer.model.SessionOrigin;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A hand-made three-car race of 4 laps. A ("1") leads, pits on lap 3 and wins. B ("2") runs second, then stops
 * after sector 1 of lap 2. C ("3") starts from the pit lane, runs 150 s laps, passes the stopped B and is
 * lapped by A.
 */
class TimingDeriverTest {

    private static final SessionOrigin ORIGIN = new SessionOrigin(Instant.parse("2025-03-16T03:07:22.619Z"), "test");
    private static List<TimingUpdate> out;

    @BeforeAll
    static void derive() {
        List<TrackEvent> ev = new ArrayList<>();
        // A
        ev.add(new TrackEvent("1", 30_000, SECTOR_1, 1, 30_000L, null));
        ev.add(new TrackEvent("1", 60_000, SECTOR_2, 1, 30_000L, null));
        ev.add(new TrackEvent("1", 90_000, LINE, 1, 30_000L, 90_000L));
        ev.add(new TrackEvent("1", 120_000, SECTOR_1, 2, 30_000L, null));
        ev.add(new TrackEvent("1", 149_000, SECTOR_2, 2, 29_000L, null));
        ev.add(new TrackEvent("1", 178_000, LINE, 2, 29_000L, 88_000L));
        ev.add(new TrackEvent("1", 208_000, SECTOR_1, 3, 30_000L, null));
        ev.add(new TrackEvent("1", 238_000, SECTOR_2, 3, 30_000L, null));
        ev.add(new TrackEvent("1", 265_000, PIT_IN, 3, null, null));
        ev.add(new TrackEvent("1", 270_000, LINE, 3, 32_000L, 92_000L));
        ev.add(new TrackEvent("1", 290_000, PIT_OUT, 4, null, null));
        ev.add(new TrackEvent("1", 320_000, SECTOR_1, 4, 50_000L, null));
        ev.add(new TrackEvent("1", 350_000, SECTOR_2, 4, 30_000L, null));
        ev.add(new TrackEvent("1", 380_000, LINE, 4, 30_000L, 110_000L));
        // B: stops after sector 1 of lap 2
        ev.add(new TrackEvent("2", 30_500, SECTOR_1, 1, 30_500L, null));
        ev.add(new TrackEvent("2", 60_500, SECTOR_2, 1, 30_000L, null));
        ev.add(new TrackEvent("2", 91_000, LINE, 1, 30_500L, 91_000L));
        ev.add(new TrackEvent("2", 121_000, SECTOR_1, 2, 30_000L, null));
        // C: pit-lane start, no lap time on lap 1
        ev.add(new TrackEvent("3", 500, PIT_OUT, 1, null, null));
        ev.add(new TrackEvent("3", 50_000, SECTOR_1, 1, 50_000L, null));
        ev.add(new TrackEvent("3", 100_000, SECTOR_2, 1, 50_000L, null));
        ev.add(new TrackEvent("3", 150_000, LINE, 1, 50_000L, null));
        ev.add(new TrackEvent("3", 200_000, SECTOR_1, 2, 50_000L, null));
        ev.add(new TrackEvent("3", 250_000, SECTOR_2, 2, 50_000L, null));
        ev.add(new TrackEvent("3", 300_000, LINE, 2, 50_000L, 150_000L));
        ev.add(new TrackEvent("3", 350_000, SECTOR_1, 3, 50_000L, null));
        ev.add(new TrackEvent("3", 400_000, SECTOR_2, 3, 50_000L, null));
        ev.add(new TrackEvent("3", 450_000, LINE, 3, 50_000L, 150_000L));
        out = new TimingDeriver("test", ORIGIN, List.of("1", "2", "3"), 4).derive(ev);
    }

    /** The update of {@code car} emitted at {@code t}. */
    private static TimingUpdate at(String car, long t) {
        return out.stream().filter(u -> u.car().equals(car) && u.sessionTimeMs() == t).reduce((a, b) -> b)
                .orElseThrow(() -> new AssertionError("no update of car " + car + " at " + t));
    }

    private static boolean has(String car, long t) {
        return out.stream().anyMatch(u -> u.car().equals(car) && u.sessionTimeMs() == t);
    }

    @Test
    void theFirstEventSetsUpTheTowerInGridOrder() {
        assertThat(at("1", 500).position()).isEqualTo(1);
        assertThat(at("2", 500).position()).isEqualTo(2);
        assertThat(at("3", 500)).satisfies(u -> {
            assertThat(u.position()).isEqualTo(3);
            assertThat(u.pitOut()).isTrue();
            assertThat(u.pitStops()).isZero(); // a pit-lane start is not a stop
        });
        assertThat(out).allSatisfy(u -> {
            assertThat(u.source()).isEqualTo("derived");
            assertThat(u.seq()).isZero();
            assertThat(u.utc()).isEqualTo(ORIGIN.utc(u.sessionTimeMs()));
        });
        assertThat(out).extracting(TimingUpdate::sessionTimeMs).isSorted();
    }

    @Test
    void gapsAndIntervalsOnTheSameLapAreTimeSinceTheOtherCarPassedThePoint() {
        TimingUpdate a1 = at("1", 90_000);
        assertThat(a1.position()).isEqualTo(1);
        assertThat(a1.gapText()).isEqualTo("LAP 2");
        assertThat(a1.intervalText()).isEqualTo("LAP 2");
        assertThat(a1.gapToLeaderMs()).isNull();
        assertThat(a1.lastLapMs()).isEqualTo(90_000L);
        assertThat(a1.sector()).isEqualTo(3);
        assertThat(a1.sectorMs()).isEqualTo(30_000L);

        TimingUpdate b1 = at("2", 91_000);
        assertThat(b1.position()).isEqualTo(2);
        assertThat(b1.lapsCompleted()).isEqualTo(1);
        assertThat(b1.gapToLeaderMs()).isEqualTo(1_000L);
        assertThat(b1.gapText()).isEqualTo("+1.000");
        assertThat(b1.intervalMs()).isEqualTo(1_000L);

        TimingUpdate c1 = at("3", 150_000);
        assertThat(c1.position()).isEqualTo(3);
        assertThat(c1.gapToLeaderMs()).isEqualTo(60_000L);
        assertThat(c1.gapText()).isEqualTo("+60.000");
        assertThat(c1.intervalMs()).isEqualTo(59_000L);
        assertThat(c1.intervalText()).isEqualTo("+59.000");
        assertThat(c1.lastLapMs()).isNull();
        assertThat(c1.bestLapMs()).isNull();
        assertThat(c1.pitOut()).isFalse(); // cleared at the first timing point after the pit exit
    }

    @Test
    void aCarThatStopsFallsBehindAndIsRetiredAfterTheLeaderLapsWithoutIt() {
        // C passes the stopped B at C's sector 2 of lap 2: both get an update
        assertThat(at("3", 250_000).position()).isEqualTo(2);
        TimingUpdate b = at("2", 250_000);
        assertThat(b.position()).isEqualTo(3);
        assertThat(b.retired()).isFalse();
        assertThat(b.gapText()).isEqualTo("1L"); // A is at lap 3 sector 2, B still at lap 2 sector 1
        // B last crossed at 121 s, after A's lap-1 line (90 s): at A's lap-2 line (178 s) A has not yet done a
        // whole lap without B moving. At A's lap-3 line (270 s) it has (178 s -> 270 s), so B is retired then.
        assertThat(has("2", 178_000)).isFalse();
        TimingUpdate retired = at("2", 270_000);
        assertThat(retired.retired()).isTrue();
        assertThat(retired.position()).isEqualTo(3);
        assertThat(retired.lapsCompleted()).isEqualTo(1);
        TimingUpdate bLast = out.stream().filter(u -> u.car().equals("2")).reduce((x, y) -> y).orElseThrow();
        assertThat(bLast).isEqualTo(retired);
    }

    @Test
    void aLappedCarIsCountedInLaps() {
        TimingUpdate c2 = at("3", 300_000);
        assertThat(c2.position()).isEqualTo(2);
        assertThat(c2.lapsCompleted()).isEqualTo(2);
        assertThat(c2.lapsBehindLeader()).isEqualTo(1);
        assertThat(c2.gapToLeaderMs()).isNull();
        assertThat(c2.gapText()).isEqualTo("1L");
        assertThat(c2.lapsBehindAhead()).isEqualTo(1);
        assertThat(c2.intervalText()).isEqualTo("1L");
        assertThat(c2.lastLapMs()).isEqualTo(150_000L);
        assertThat(c2.bestLapMs()).isEqualTo(150_000L);
        assertThat(c2.bestLapNumber()).isEqualTo(2);
        // after A's finish C completes lap 3 still a lap down, and stays second
        TimingUpdate c3 = at("3", 450_000);
        assertThat(c3.position()).isEqualTo(2);
        assertThat(c3.gapText()).isEqualTo("1L");
    }

    @Test
    void pitFlagsStopCountAndBestLap() {
        assertThat(at("1", 265_000)).satisfies(u -> {
            assertThat(u.inPit()).isTrue();
            assertThat(u.pitStops()).isZero();
        });
        assertThat(at("1", 270_000)).satisfies(u -> {
            assertThat(u.inPit()).isTrue(); // the line is crossed in the pit lane
            assertThat(u.lastLapMs()).isEqualTo(92_000L);
            assertThat(u.bestLapMs()).isEqualTo(88_000L);
            assertThat(u.bestLapNumber()).isEqualTo(2);
            assertThat(u.gapText()).isEqualTo("LAP 4");
        });
        assertThat(at("1", 290_000)).satisfies(u -> {
            assertThat(u.inPit()).isFalse();
            assertThat(u.pitOut()).isTrue();
            assertThat(u.pitStops()).isEqualTo(1);
        });
        assertThat(at("1", 320_000).pitOut()).isFalse();
        assertThat(at("1", 380_000)).satisfies(u -> {
            assertThat(u.lapsCompleted()).isEqualTo(4);
            assertThat(u.gapText()).isEqualTo("LAP 4"); // capped at the race distance
            assertThat(u.pitStops()).isEqualTo(1);
        });
    }
}
