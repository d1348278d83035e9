package dev.pitwall.timing.state;

import static dev.pitwall.timing.state.Records.clock;
import static dev.pitwall.timing.state.Records.event;
import static dev.pitwall.timing.state.Records.lap;
import static dev.pitwall.timing.state.Records.message;
import static dev.pitwall.timing.state.Records.position;
import static dev.pitwall.timing.state.Records.sample;
import static dev.pitwall.timing.state.Records.timing;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pitwall.contract.ClockEvent;
import dev.pitwall.contract.Keyframe;
import dev.pitwall.contract.RaceEvent;
import dev.pitwall.contract.TimingUpdate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class RaceStateTest {

    private static CarRow row(RaceSnapshot s, String car) {
        return s.rows().stream().filter(r -> r.car().equals(car)).findFirst().orElseThrow();
    }

    @Test
    void lappedCarShowsWholeLapsNotMilliseconds() {
        RaceState state = new RaceState();
        state.apply(event(0, RaceEvent.Type.LAP_COUNT, new RaceEvent.LapCount(20, 57)));
        state.apply(timing("1", 1000, 1, 19, 0L, null, null, null, null, null, false));
        state.apply(timing("4", 1000, 2, 19, 1234L, null, null, 1234L, null, null, false));
        // lapped: the feed may still carry a stale ms value beside the laps; laps win
        state.apply(timing("23", 1000, 3, 18, 95_000L, 1, null, null, 1, null, false));

        RaceSnapshot s = state.snapshot();
        assertThat(s.rows()).extracting(CarRow::car).containsExactly("1", "4", "23");
        assertThat(row(s, "1").gapText()).isEqualTo("LAP 20");
        assertThat(row(s, "1").intervalText()).isEqualTo("LAP 20");
        assertThat(row(s, "4").gapText()).isEqualTo("+1.234");
        assertThat(row(s, "4").intervalText()).isEqualTo("+1.234");
        assertThat(row(s, "23").gapText()).isEqualTo("1L");
        assertThat(row(s, "23").gapToLeaderMs()).isNull();
        assertThat(row(s, "23").intervalText()).isEqualTo("1L");
        assertThat(row(s, "23").intervalMs()).isNull();

        // the feed's own text wins; the car unlaps itself and the gap is in ms again
        state.apply(timing("23", 2000, 3, 19, 80_500L, null, "+80.500", 79_266L, null, "+79.266", false));
        assertThat(row(state.snapshot(), "23").gapText()).isEqualTo("+80.500");
        assertThat(row(state.snapshot(), "23").gapToLeaderMs()).isEqualTo(80_500L);
        assertThat(row(state.snapshot(), "23").intervalMs()).isEqualTo(79_266L);
    }

    @Test
    void sectorMarksArePurpleForTheSessionBestAndGreenForAPersonalBest() {
        RaceState state = new RaceState();
        state.apply(lap("4", 1, 90_000, 93_000L, 30_000L, 31_000L, 32_000L, true));
        state.apply(lap("81", 1, 90_500, 92_500L, 29_000L, 32_000L, 31_500L, true));
        // an unfinished lap never counts, however fast its sectors look
        state.apply(lap("1", 1, 91_000, null, 10_000L, 10_000L, 10_000L, false));

        RaceSnapshot s = state.snapshot();
        assertThat(row(s, "4").sectors()).extracting(SectorTime::mark)
                .containsExactly(SectorMark.PERSONAL_BEST, SectorMark.OVERALL_BEST, SectorMark.PERSONAL_BEST);
        assertThat(row(s, "81").sectors()).extracting(SectorTime::mark)
                .containsExactly(SectorMark.OVERALL_BEST, SectorMark.PERSONAL_BEST, SectorMark.OVERALL_BEST);
        assertThat(row(s, "1").sectors()).extracting(SectorTime::ms).containsOnlyNulls();
        assertThat(row(s, "1").bestLapMs()).isNull();
        assertThat(row(s, "1").lapsCompleted()).isNull();

        // lap 2 of car 4: slower S1 (no mark), a new purple S2, S3 equal to its own best (green)
        state.apply(lap("4", 2, 183_000, 92_900L, 30_400L, 30_500L, 32_000L, true));
        s = state.snapshot();
        assertThat(row(s, "4").sectors()).containsExactly(new SectorTime(30_400L, SectorMark.NONE),
                new SectorTime(30_500L, SectorMark.OVERALL_BEST), new SectorTime(32_000L, SectorMark.PERSONAL_BEST));
        assertThat(row(s, "4").lastLapMs()).isEqualTo(92_900L);
        assertThat(row(s, "4").bestLapMs()).isEqualTo(92_900L);
        assertThat(row(s, "4").bestLapNumber()).isEqualTo(2);
        // 81's S2 is no longer the session's best: it drops to green
        assertThat(row(s, "81").sectors().get(1).mark()).isEqualTo(SectorMark.PERSONAL_BEST);
    }

    @Test
    void bestAndLastLapComeFromTheTimingFeedWhenItHasThem() {
        RaceState state = new RaceState();
        state.apply(lap("4", 5, 400_000, 85_000L, 28_000L, 28_000L, 29_000L, true));
        state.apply(new TimingUpdate("9693", "4", 0, null, 400_100, 1, 5, 0L, null, "LAP 6", null, null, "LAP 6",
                85_001L, 84_000L, 3, 3, 29_000L, false, false, 0, false, "feed"));
        CarRow r = row(state.snapshot(), "4");
        assertThat(r.lastLapMs()).isEqualTo(85_001L);
        assertThat(r.bestLapMs()).isEqualTo(84_000L);
        assertThat(r.bestLapNumber()).isEqualTo(3);
    }

    @Test
    void retiredCarsGoLastOrderedByLapsCompleted() {
        RaceState state = new RaceState();
        state.apply(position("30", 1000, 2, 46, true));
        state.apply(position("14", 1000, 3, 32, true));
        state.apply(position("7", 1000, 20, 0, true));
        state.apply(position("63", 1000, 2, 57, false));
        state.apply(position("4", 1000, 1, 57, false));
        state.apply(position("5", 1000, 4, 45, true));

        RaceSnapshot s = state.snapshot();
        assertThat(s.rows()).extracting(CarRow::car).containsExactly("4", "63", "30", "5", "14", "7");
        assertThat(s.rows()).extracting(CarRow::position).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(s.rows()).extracting(CarRow::retired).containsExactly(false, false, true, true, true, true);
    }

    @Test
    void tyreAgeIsTheLatestStintsAgeAtStartPlusItsLaps() {
        RaceState state = new RaceState();
        state.apply(event(0, RaceEvent.Type.TYRE_STINT, new RaceEvent.TyreStint("4", 0, "INTERMEDIATE", true, 1, 0, 33)));
        state.apply(event(1, RaceEvent.Type.TYRE_STINT, new RaceEvent.TyreStint("4", 1, "HARD", false, 34, 3, 5)));
        CarRow r = row(state.snapshot(), "4");
        assertThat(r.compound()).isEqualTo("HARD");
        assertThat(r.tyreAge()).isEqualTo(8);
        assertThat(r.stint()).isEqualTo(1);
    }

    @Test
    void mapPositionKeepsItsSourceAndTelemetryComesFromSamplesThatHaveIt() {
        RaceState state = new RaceState();
        state.apply(sample("4", 100, "cardata", 301.0, 8, null, null));
        state.apply(sample("4", 120, "position", null, null, -1234.0, 5678.0));
        CarRow r = row(state.snapshot(), "4");
        assertThat(r.x()).isEqualTo(-1234.0);
        assertThat(r.y()).isEqualTo(5678.0);
        assertThat(r.positionSource()).isEqualTo("position");
        assertThat(r.telemetry()).isEqualTo(new Telemetry("cardata", 301.0, 11000.0, 8, 100.0, 0, 0));
    }

    @Test
    void driverListNamesTheRowsAndPartialUpdatesKeepWhatTheyLack() {
        RaceState state = new RaceState();
        state.apply(event(0, RaceEvent.Type.DRIVER_LIST, List.of(
                new RaceEvent.Driver("4", "NOR", "Lando NORRIS", "McLaren", "FF8000", 1),
                new RaceEvent.Driver("1", "VER", "Max VERSTAPPEN", "Red Bull Racing", "3671C6", 3))));
        state.apply(event(1, RaceEvent.Type.DRIVER_LIST, List.of(new RaceEvent.Driver("1", null, null, null, null, 2))));
        RaceSnapshot s = state.snapshot();
        assertThat(s.drivers()).extracting(RaceEvent.Driver::car).containsExactly("1", "4");
        assertThat(s.drivers().get(0)).isEqualTo(new RaceEvent.Driver("1", "VER", "Max VERSTAPPEN", "Red Bull Racing", "3671C6", 2));
        assertThat(row(s, "4").code()).isEqualTo("NOR");
        assertThat(row(s, "4").teamColour()).isEqualTo("FF8000");
    }

    @Test
    void keyframeResetsTheStateToItsContent() {
        RaceState state = new RaceState();
        state.apply(position("44", 1000, 1, 10, false));
        state.apply(lap("44", 10, 900_000, 80_000L, 20_000L, 30_000L, 30_000L, true));
        state.apply(event(1000, RaceEvent.Type.RACE_CONTROL, message(7, "OLD MESSAGE")));
        state.apply(event(1000, RaceEvent.Type.TRACK_STATUS, new RaceEvent.TrackStatus("4", "SCDeployed")));

        Keyframe k = new Keyframe(
                List.of(new RaceEvent.Driver("4", "NOR", "Lando NORRIS", "McLaren", "FF8000", 1)),
                Map.of("4", position("4", 500, 1, 3, false)),
                Map.of("4", lap("4", 3, 480_000, 90_000L, 31_000L, 29_000L, 30_000L, true)),
                Map.of("4", sample("4", 499, "fastf1", 250.0, 7, 10.0, 20.0)),
                Map.of("4", List.of(new RaceEvent.TyreStint("4", 0, "MEDIUM", true, 1, 0, 3))),
                new RaceEvent.TrackStatus("1", "AllClear"), new RaceEvent.LapCount(4, 57),
                new RaceEvent.SessionStatus("Started"), List.of(message(1, "GREEN LIGHT")), null, null);
        state.apply(clock(500, ClockEvent.Type.KEYFRAME, 4.0, true, k));

        RaceSnapshot s = state.snapshot();
        assertThat(s.rows()).extracting(CarRow::car).containsExactly("4");
        assertThat(s.trackStatus().code()).isEqualTo("1");
        assertThat(s.lapCount().currentLap()).isEqualTo(4);
        assertThat(s.raceControl()).extracting(RaceEvent.RaceControl::message).containsExactly("GREEN LIGHT");
        assertThat(s.clock()).isEqualTo(new ReplayClock(4.0, true));
        assertThat(s.sessionTimeMs()).isEqualTo(500L);
        CarRow r = s.rows().get(0);
        assertThat(r.code()).isEqualTo("NOR");
        assertThat(r.lapsCompleted()).isEqualTo(3);
        assertThat(r.tyreAge()).isEqualTo(3);
        assertThat(r.telemetry().speed()).isEqualTo(250.0);
        // car 44's purple sectors went with the reset: car 4's are the only ones now
        assertThat(r.sectors()).extracting(SectorTime::mark).containsOnly(SectorMark.OVERALL_BEST);

        // a seek clears everything until its keyframe comes
        state.apply(clock(100, ClockEvent.Type.SEEK, 1.0, false, null));
        s = state.snapshot();
        assertThat(s.rows()).isEmpty();
        assertThat(s.raceControl()).isEmpty();
        assertThat(s.trackStatus()).isNull();
        assertThat(s.sessionTimeMs()).isEqualTo(100L);
    }

    @Test
    void pitStopsAreTyreChangesWhenTheSessionHasStints() {
        RaceState state = new RaceState();
        // the derived timing counted three pit-lane visits behind the Safety Car
        state.apply(new TimingUpdate(Records.SESSION, "4", 0, Records.ORIGIN.plusMillis(1000), 1000, 1, 9, null, null, null, null,
                null, null, null, null, null, null, null, false, false, 3, false, "derived"));
        assertThat(state.snapshot().rows().get(0).pitStops()).isEqualTo(3);

        state.apply(event(1100, RaceEvent.Type.TYRE_STINT, new RaceEvent.TyreStint("4", 1, "INTERMEDIATE", true, 1, 0, 9)));
        assertThat(state.snapshot().rows().get(0).pitStops()).isZero();

        state.apply(event(1200, RaceEvent.Type.TYRE_STINT, new RaceEvent.TyreStint("4", 2, "HARD", true, 34, 0, 0)));
        assertThat(state.snapshot().rows().get(0).pitStops()).isEqualTo(1);
    }

    @Test
    void aKeyframesLapsRebuildBestLapsAndSectorMarksAsTheRaceHadThem() {
        RaceState state = new RaceState();
        // before the seek point car 4 set 30.5/28.8/29.9 s sectors on lap 19; its lap 20 beat none of them
        Keyframe k = new Keyframe(List.of(), Map.of(),
                Map.of("4", lap("4", 20, 1_900_000, 90_000L, 31_000L, 29_000L, 30_000L, true),
                        "81", lap("81", 20, 1_901_000, 89_100L, 30_900L, 28_500L, 29_700L, true)),
                Map.of(), Map.of(), null, new RaceEvent.LapCount(21, 57), null, List.of(), null, null,
                Map.of("4", List.of(lap("4", 19, 1_810_000, 89_200L, 30_500L, 28_800L, 29_900L, true),
                                lap("4", 20, 1_900_000, 90_000L, 31_000L, 29_000L, 30_000L, true)),
                        "81", List.of(lap("81", 20, 1_901_000, 89_100L, 30_900L, 28_500L, 29_700L, true))));
        state.apply(clock(1_901_000, ClockEvent.Type.KEYFRAME, 1.0, false, k));

        Map<String, CarRow> rows = new java.util.HashMap<>();
        state.snapshot().rows().forEach(r -> rows.put(r.car(), r));
        assertThat(rows.get("4").bestLapMs()).isEqualTo(89_200L);
        assertThat(rows.get("4").bestLapNumber()).isEqualTo(19);
        assertThat(rows.get("4").lastLapMs()).isEqualTo(90_000L);
        assertThat(rows.get("4").sectors()).extracting(SectorTime::mark).containsOnly(SectorMark.NONE);
        assertThat(rows.get("81").sectors()).extracting(SectorTime::mark)
                .containsExactly(SectorMark.PERSONAL_BEST, SectorMark.OVERALL_BEST, SectorMark.OVERALL_BEST);
    }

    @Test
    void raceControlKeepsTheLatestFifty() {
        RaceState state = new RaceState();
        for (int i = 1; i <= 60; i++) {
            state.apply(event(i, RaceEvent.Type.RACE_CONTROL, message(i, "M" + i)));
        }
        state.apply(event(61, RaceEvent.Type.RACE_CONTROL, message(60, "M60"))); // a repeat is not a new message
        List<RaceEvent.RaceControl> rc = state.snapshot().raceControl();
        assertThat(rc).hasSize(RaceState.RACE_CONTROL_KEPT);
        assertThat(rc.get(0).index()).isEqualTo(11);
        assertThat(rc.get(49).index()).isEqualTo(60);
    }

    @Test
    void readersSeeConsistentSnapshotsWhileOneWriterApplies() throws Exception {
        RaceState state = new RaceState();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread writer = new Thread(() -> {
            for (int i = 1; i <= 20_000; i++) {
                state.apply(position(String.valueOf(i % 20), i, 1 + i % 20, i / 20, false));
            }
        });
        Thread reader = new Thread(() -> {
            try {
                long last = -1;
                while (writer.isAlive()) {
                    RaceSnapshot s = state.snapshot();
                    assertThat(s.version()).isGreaterThanOrEqualTo(last);
                    assertThat(s.rows()).extracting(CarRow::position)
                            .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, s.rows().size()).boxed().toList());
                    last = s.version();
                }
            } catch (Throwable t) {
                failure.set(t);
            }
        });
        writer.start();
        reader.start();
        writer.join();
        reader.join();
        assertThat(failure.get()).isNull();
        assertThat(state.snapshot().version()).isEqualTo(20_000L);
        assertThat(state.snapshot().rows()).hasSize(20);
    }

    @Test
    void tsIsTheNewestKafkaTimestampAppliedSinceTheLastReset() {
        RaceState state = new RaceState();
        AtomicInteger changes = new AtomicInteger();
        state.onChange(changes::incrementAndGet);
        assertThat(state.snapshot().ts()).isZero();

        state.apply(position("4", 1000, 1, 10, false), 1_700_000_000_500L);
        state.apply(position("81", 1000, 2, 10, false), 1_700_000_000_300L); // another partition, read late
        assertThat(state.snapshot().ts()).isEqualTo(1_700_000_000_500L);
        state.apply(position("81", 2000, 2, 11, false)); // no Kafka timestamp: ts stays
        assertThat(state.snapshot().ts()).isEqualTo(1_700_000_000_500L);
        state.apply(position("4", 3000, 1, 11, false), 1_700_000_000_900L);
        assertThat(state.snapshot().ts()).isEqualTo(1_700_000_000_900L);

        // a keyframe resets the state: its own timestamp is the newest, even if older than before the seek
        state.apply(clock(4000, ClockEvent.Type.KEYFRAME, 1.0, false, null), 1_700_000_000_800L);
        assertThat(state.snapshot().ts()).isEqualTo(1_700_000_000_800L);
        assertThat(changes.get()).isEqualTo(5);
    }
}
