package dev.pitwall.replayer.source.fastf1;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pitwall.contract.CarSample;
import dev.pitwall.contract.LapRecord;
import dev.pitwall.contract.TimingUpdate;
import dev.pitwall.contract.Topics;
import dev.pitwall.replayer.model.BadLinePolicy;
import dev.pitwall.replayer.model.SessionOrigin;
import dev.pitwall.replayer.model.SessionParts;
import dev.pitwall.replayer.model.TimedEvent;
import dev.pitwall.contract.CarRecord;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The FastF1 source over the bundled 2025 Australian GP race. */
class FastF1SourceTest {

    private static SessionOrigin origin;
    private static SessionParts parts;

    @BeforeAll
    static void read() {
        origin = FastF1Source.origin(BundledRace.fastf1());
        long t0 = System.nanoTime();
        parts = FastF1Source.read(BundledRace.fastf1(), BundledRace.SESSION_KEY, origin, BundledRace.codeToCar(), BadLinePolicy.FAIL);
        System.out.printf("FastF1Source.read (laps + all telemetry + derived timing, into memory): %d ms, %d events%n",
                (System.nanoTime() - t0) / 1_000_000, parts.events().size());
    }

    @AfterAll
    static void release() {
        parts = null; // 755,000 events: let the next test class have the heap
    }

    private static <T> List<T> records(String topic, Class<T> type) {
        return parts.events().stream().filter(e -> e.topic().equals(topic)).map(e -> type.cast(e.record())).toList();
    }

    @Test
    void readsEveryRowOfTheBundledRace() {
        List<CarSample> samples = records(Topics.CAR_SAMPLES, CarSample.class);
        assertThat(samples).hasSize(751_010);
        assertThat(samples.stream().map(CarSample::car).distinct()).hasSize(19).doesNotContain("6"); // HAD has none
        assertThat(parts.skipped()).isEmpty();
        // 927 rows, 6 of them laps the car did not complete (DOO, SAI, HAD 1; ALO 33; BOR 46; LAW 47)
        // they are sent too, marked completed=false, so every row of the table reaches the topic
        List<LapRecord> laps = records(Topics.LAPS, LapRecord.class);
        assertThat(laps).hasSize(927);
        assertThat(laps.stream().filter(l -> !l.completed()).map(l -> l.driver() + " " + l.lap()))
                .containsExactlyInAnyOrder("DOO 1", "SAI 1", "HAD 1", "ALO 33", "BOR 46", "LAW 47");
        assertThat(laps.stream().filter(l -> !l.completed())).allSatisfy(l -> assertThat(l.lapTimeMs()).isNull());
        assertThat(parts.notes()).anySatisfy(n -> assertThat(n).contains("DOO 1", "SAI 1", "HAD 1", "ALO 33", "BOR 46", "LAW 47"));
        assertThat(parts.totalLaps()).isEqualTo(57);
        assertThat(parts.drivers()).hasSize(20);
        assertThat(parts.drivers().get(0)).satisfies(d -> {
            assertThat(d.car()).isEqualTo("4");
            assertThat(d.code()).isEqualTo("NOR");
            assertThat(d.team()).isEqualTo("McLaren");
        });
    }

    @Test
    void flagsAndNotesSayWhatTheExportHas() {
        assertThat(parts.carData()).isTrue();
        assertThat(parts.positions()).isTrue();
        assertThat(parts.laps()).isTrue();
        assertThat(parts.timingFeed()).isFalse();
        assertThat(parts.weather()).isFalse();
        assertThat(parts.notes()).anySatisfy(n -> assertThat(n).contains("~7.6 Hz", "19 cars", "751010 samples", "none for HAD"));
        assertThat(parts.notes()).anySatisfy(n -> assertThat(n).startsWith("timing: derived"));
    }

    @Test
    void everyRecordIsKeyedByCarNumberWithSeqZeroAndUtcOnTheOrigin() {
        List<String> wrong = new ArrayList<>();
        for (TimedEvent e : parts.events()) {
            CarRecord r = (CarRecord) e.record();
            boolean ok = Topics.isPerCar(e.topic()) && r.seq() == 0 && r.sessionKey().equals("9693")
                    && e.key().equals(r.car()) && e.sessionTimeMs() == r.sessionTimeMs()
                    && r.utc().equals(origin.utc(r.sessionTimeMs()));
            if (!ok && wrong.size() < 5) {
                wrong.add(e.toString());
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(parts.events().stream().map(TimedEvent::key).distinct()).hasSize(20).contains("4", "81", "1", "6", "7", "55");
    }

    @Test
    void samplesCarryEveryChannelAndTheirSessionTimesRisePerCar() {
        Map<String, Long> last = new HashMap<>();
        int tied = 0;
        List<String> wrong = new ArrayList<>();
        for (CarSample s : records(Topics.CAR_SAMPLES, CarSample.class)) {
            boolean complete = s.source().equals("fastf1") && s.lap() != null && s.rpm() != null && s.speed() != null
                    && s.gear() != null && s.throttle() != null && s.brake() != null && s.drs() != null
                    && s.distance() != null && s.x() != null && s.y() != null && s.z() != null;
            Long prev = last.put(s.car(), s.sessionTimeMs());
            boolean rising = prev == null || s.sessionTimeMs() >= prev;
            if (prev != null && s.sessionTimeMs() == prev) {
                tied++;
            }
            if ((!complete || !rising) && wrong.size() < 5) {
                wrong.add((rising ? "incomplete: " : "goes back from " + prev + ": ") + s);
            }
        }
        assertThat(wrong).isEmpty();
        // the only equal times are at lap edges: a lap's last sample and the next lap's first share the instant
        System.out.println("samples sharing the previous sample's ms (lap edges): " + tied);
        assertThat(tied).isEqualTo(907);
        // NOR lap 10 starts at 5,477,450 ms
        CarSample nor10 = records(Topics.CAR_SAMPLES, CarSample.class).stream()
                .filter(s -> s.car().equals("4") && s.lap() == 10).findFirst().orElseThrow();
        assertThat(nor10.sessionTimeMs()).isEqualTo(5_477_450L);
    }

    @Test
    void lapRecordsEndWhenTheLapEndedAndNeverCarryFastF1Position() {
        List<LapRecord> laps = records(Topics.LAPS, LapRecord.class);
        LapRecord nor10 = laps.stream().filter(l -> l.car().equals("4") && l.lap() == 10).findFirst().orElseThrow();
        assertThat(nor10.lapStartMs()).isEqualTo(5_477_450L);
        assertThat(nor10.lapTimeMs()).isEqualTo(92_130L);
        assertThat(nor10.sessionTimeMs()).isEqualTo(5_477_450L + 92_130L);
        assertThat(nor10.driver()).isEqualTo("NOR");
        assertThat(nor10.source()).isEqualTo("fastf1");
        List<LapRecord> completed = laps.stream().filter(LapRecord::completed).toList();
        assertThat(completed).allSatisfy(l -> assertThat(l.lapStartMs()).isLessThan(l.sessionTimeMs()));
        assertThat(laps).allSatisfy(l -> assertThat(l.lapStartMs()).isLessThanOrEqualTo(l.sessionTimeMs()));
        // 69 laps have no LapTime in the table; 63 of them were completed (the other 6 are the crash laps)
        assertThat(completed.stream().filter(l -> l.lapTimeMs() == null)).hasSize(63);
        assertThat(laps.stream().filter(l -> l.lapTimeMs() == null)).hasSize(69);
        assertThat(LapRecord.class.getRecordComponents()).noneMatch(c -> c.getName().toLowerCase().contains("position"));
    }

    @Test
    void derivedTimingCoversEveryCrossing() {
        List<TimingUpdate> timing = records(Topics.TIMING, TimingUpdate.class);
        assertThat(timing).allSatisfy(u -> assertThat(u.source()).isEqualTo("derived"));
        TimingUpdate norLast = timing.stream().filter(u -> u.car().equals("4")).reduce((a, b) -> b).orElseThrow();
        assertThat(norLast.position()).isEqualTo(1);
        assertThat(norLast.lapsCompleted()).isEqualTo(57);
        assertThat(norLast.gapText()).isEqualTo("LAP 57");
        TimingUpdate verLast = timing.stream().filter(u -> u.car().equals("1")).reduce((a, b) -> b).orElseThrow();
        assertThat(verLast.position()).isEqualTo(2);
        assertThat(verLast.gapToLeaderMs()).isBetween(800L, 1000L); // official: +0.895
        assertThat(timing.stream().filter(u -> u.car().equals("14")).reduce((a, b) -> b).orElseThrow().retired()).isTrue();
    }
}
