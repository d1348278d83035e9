package dev.pitwall.replayer.source.livetiming;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pitwall.contract.LapRecord;
import dev.pitwall.contract.RaceEvent;
import dev.pitwall.contract.TimingUpdate;
import dev.pitwall.contract.Topics;
import dev.pitwall.replayer.model.BadLinePolicy;
import dev.pitwall.replayer.model.SessionDescriptor;
import dev.pitwall.replayer.model.SessionOrigin;
import dev.pitwall.replayer.model.SessionParts;
import dev.pitwall.replayer.model.TimedEvent;
import dev.pitwall.testkit.RepoPaths;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The whole source on real sessions: the bundled 2025 Miami sprint, and the 2025 Australian GP race if shared data is here. */
class LiveTimingSourceTest {

    private static final Path MIAMI = TestData.resource("livetiming/2025-miami-sprint");

    static Map<String, Long> counts(SessionParts parts) {
        return parts.events().stream().collect(Collectors.groupingBy(
                e -> e.record() instanceof RaceEvent r ? r.type().name() : e.topic(), TreeMap::new, Collectors.counting()));
    }

    @Test
    void describesTheSession() {
        assertThat(LiveTimingSource.descriptor(MIAMI)).isEqualTo(new SessionDescriptor("10028", "Sprint",
                "Miami Grand Prix", "Race", LocalDate.of(2025, 5, 3), "2025/2025-05-04_Miami_Grand_Prix/2025-05-03_Sprint/"));
    }

    @Test
    void anchorsTheClockOnTheFirstRaceControlMessage() {
        SessionOrigin origin = LiveTimingSource.findOrigin(MIAMI, BadLinePolicy.FAIL);
        // "Utc":"2025-05-03T15:30:00" at 00:12:40.891
        assertThat(origin.utcAtZero()).isEqualTo(Instant.parse("2025-05-03T15:17:19.109Z"));
        assertThat(origin.anchor()).contains("race-control message", "2025-05-03T15:30:00", "00:12:40.891");
    }

    @Test
    void readsEveryTopicOfTheMiamiSprint() {
        SessionParts parts = new LiveTimingSource().read(MIAMI, null, null, BadLinePolicy.FAIL);
        Map<String, Long> counts = counts(parts);
        assertThat(counts).containsEntry("RACE_CONTROL", 107L).containsEntry("LAP_COUNT", 19L)
                .containsEntry("TRACK_STATUS", 27L).containsEntry("SESSION_STATUS", 5L)
                // 17 cars x 18 laps, ALO 13, SAI 12, LEC none: the official laps
                .containsEntry(Topics.LAPS, 331L);
        assertThat(counts.get("DRIVER_LIST")).isBetween(1L, 79L);
        assertThat(counts.get("TYRE_STINT")).isPositive();
        assertThat(counts.get(Topics.TIMING)).isGreaterThan(1000L);
        assertThat(parts.drivers()).hasSize(20);
        assertThat(parts.drivers().get(0)).isEqualTo(new RaceEvent.Driver("4", "NOR", "Lando NORRIS", "McLaren", "FF8000", 1));
        assertThat(parts.totalLaps()).isEqualTo(18);
        assertThat(parts.timingFeed()).isTrue();
        assertThat(parts.laps()).isTrue();
        assertThat(parts.carData()).isFalse();
        assertThat(parts.positions()).isFalse();
        assertThat(parts.weather()).isFalse();
        assertThat(parts.skipped()).isEmpty();
        assertThat(parts.notes()).contains("no CarData.z in this session: no telemetry",
                "no Position.z in this session: no car positions", "no WeatherData in this session: no weather");
        assertThat(parts.events()).allSatisfy(e -> assertThat(e.record().sessionKey()).isEqualTo("10028"));
    }

    @Test
    void norrisWinningLapsAndFinalTiming() {
        SessionParts parts = new LiveTimingSource().read(MIAMI, null, null, BadLinePolicy.FAIL);
        var nor = parts.events().stream().filter(e -> e.key().equals("4") && e.record() instanceof LapRecord)
                .map(e -> (LapRecord) e.record()).sorted(Comparator.comparingInt(LapRecord::lap)).toList();
        assertThat(nor).extracting(LapRecord::lap).containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 18).boxed().toList());
        LapRecord best = nor.get(3);
        assertThat(best.lapTimeMs()).isEqualTo(100_334L); // 1:40.334, his official fastest lap (lap 4)
        assertThat(best.sector1Ms() + best.sector2Ms() + best.sector3Ms()).isEqualTo(100_334L);
        assertThat(nor.get(13).pitInMs()).isNotNull(); // in on lap 14 under the safety car
        assertThat(nor.get(14).pitOutMs()).isNotNull();
        TimingUpdate last = parts.events().stream().filter(e -> e.key().equals("4") && e.record() instanceof TimingUpdate)
                .max(Comparator.comparingLong(TimedEvent::sessionTimeMs)).map(e -> (TimingUpdate) e.record()).orElseThrow();
        assertThat(last.position()).isEqualTo(1);
        assertThat(last.lapsCompleted()).isEqualTo(18);
        assertThat(last.bestLapMs()).isEqualTo(100_334L);
        assertThat(last.bestLapNumber()).isEqualTo(4);
        assertThat(last.retired()).isFalse();
    }

    @Test
    void readsTheAustralianRaceAndAnchorsItNearFastF1sOrigin() {
        Path folder = RepoPaths.requireShared("livetiming/f1_static/2025/2025-03-16_Australian_Grand_Prix/2025-03-16_Race");
        SessionParts parts = new LiveTimingSource().read(folder, null, null, BadLinePolicy.FAIL);
        assertThat(counts(parts)).containsEntry("RACE_CONTROL", 113L).containsEntry("LAP_COUNT", 58L)
                .containsEntry("TRACK_STATUS", 20L).containsEntry("SESSION_STATUS", 5L).doesNotContainKeys(Topics.LAPS, Topics.TIMING);
        assertThat(parts.totalLaps()).isEqualTo(57);
        assertThat(parts.timingFeed()).isFalse();
        assertThat(parts.notes()).contains("no TimingData in this session: no timing updates, gaps or lap times from the feed");
        SessionOrigin origin = LiveTimingSource.findOrigin(folder, BadLinePolicy.FAIL);
        // FastF1's LapStartDate - LapStartTime of that race: 2025-03-16T03:07:22.6Z; race-control Utc has whole seconds
        assertThat(Duration.between(origin.utcAtZero(), Instant.parse("2025-03-16T03:07:22.600Z")).abs())
                .isLessThan(Duration.ofSeconds(1));
        RaceEvent chequered = parts.events().stream().map(TimedEvent::record).filter(r -> r instanceof RaceEvent re
                && re.type() == RaceEvent.Type.RACE_CONTROL && "CHEQUERED".equals(re.raceControl().flag()))
                .map(r -> (RaceEvent) r).findFirst().orElseThrow();
        assertThat(chequered.raceControl().lap()).isEqualTo(57); // feed line 113: "Utc":"2025-03-16T06:00:29" at 02:53:07.257
        assertThat(chequered.raceControl().messageUtc()).isEqualTo(Instant.parse("2025-03-16T06:00:29Z"));
    }
}
