package dev.pitwall.replayer.source.livetiming;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pitwall.contract.RaceEvent;
import dev.pitwall.contract.RaceEvent.TyreStint;
import dev.pitwall.replayer.model.BadLinePolicy;
import dev.pitwall.replayer.model.SessionOrigin;
import dev.pitwall.replayer.model.SessionParts;
import dev.pitwall.testkit.RepoPaths;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Tyre stints from the real 2025 Australian GP TimingAppData. Its raw stint indices are not stints: on laps 2-4
 * race control sent the safety car "THROUGH THE PIT LANE", and each pass made a new entry with
 * TyresNotChanged "1" (NOR has indices 0-5 for three sets). FastF1's lap table of the race gives the same
 * sets and laps for the cars checked here.
 */
class StintMappingTest {

    /** LapCount.jsonStream of that race: {"CurrentLap":2} at 01:12:57.656. */
    private static final long LEADER_DONE_LAP_1 = (72 * 60 + 57) * 1000L + 656;

    private static Map<String, List<TyreStint>> stints;

    @BeforeAll
    static void read() {
        FeedContext context = new FeedContext("9693",
                new SessionOrigin(Instant.parse("2025-03-16T03:07:22.347Z"), "test"));
        StintMapper mapper = new StintMapper(context, LEADER_DONE_LAP_1);
        JsonStreamReader.read(TestData.resource("livetiming/2025-australia-race/TimingAppData.jsonStream.gz"),
                BadLinePolicy.FAIL, mapper::accept);
        stints = mapper.stints();
    }

    @Test
    void norrisRanInterHardInterOverSixRawEntries() {
        assertThat(stints.get("4")).containsExactly(
                new TyreStint("4", 1, "INTERMEDIATE", true, 1, 0, 34),
                new TyreStint("4", 2, "HARD", false, 35, 1, 10),
                new TyreStint("4", 3, "INTERMEDIATE", true, 45, 0, 13));
    }

    @Test
    void verstappenWentToMediumsAndBack() {
        assertThat(stints.get("1")).extracting(TyreStint::compound, TyreStint::startLap, TyreStint::laps)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("INTERMEDIATE", 1, 34),
                        org.assertj.core.groups.Tuple.tuple("MEDIUM", 35, 12),
                        org.assertj.core.groups.Tuple.tuple("INTERMEDIATE", 47, 11));
    }

    @Test
    void strollsRestartedLapCountsAreSummed() {
        // raw: INTER 0->2, then three pit-lane passes counted 0->1, 0->1, 0->29
        assertThat(stints.get("18")).extracting(TyreStint::compound, TyreStint::startLap, TyreStint::laps)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("INTERMEDIATE", 1, 33),
                        org.assertj.core.groups.Tuple.tuple("HARD", 34, 11),
                        org.assertj.core.groups.Tuple.tuple("INTERMEDIATE", 45, 13));
    }

    @Test
    void alonsoNeverStoppedBeforeHisCrash() {
        assertThat(stints.get("14")).containsExactly(new TyreStint("14", 1, "INTERMEDIATE", true, 1, 0, 32));
    }

    @Test
    void finishersStintsAddUpToTheRaceDistance() {
        for (String car : List.of("4", "81", "1", "63", "16", "44", "12", "27", "18", "10")) {
            assertThat(stints.get(car).stream().mapToInt(TyreStint::laps).sum()).as("car %s", car).isEqualTo(57);
        }
    }

    @Test
    void aRaceWithOneStopCars() {
        Path folder = RepoPaths.requireShared("livetiming/f1_static/2026/2026-03-15_Chinese_Grand_Prix/2026-03-15_Race");
        SessionParts parts = new LiveTimingSource().read(folder, null, null, BadLinePolicy.FAIL);
        Map<String, TreeMap<Integer, TyreStint>> last = new TreeMap<>();
        parts.events().stream().sorted(Comparator.comparingLong(e -> e.sessionTimeMs()))
                .map(e -> e.record()).filter(r -> r instanceof RaceEvent re && re.type() == RaceEvent.Type.TYRE_STINT)
                .map(r -> ((RaceEvent) r).stint())
                .forEach(s -> last.computeIfAbsent(s.car(), k -> new TreeMap<>()).put(s.stint(), s));
        assertThat(last.get("63").values()).containsExactly(
                new TyreStint("63", 1, "MEDIUM", true, 1, 0, 10),
                new TyreStint("63", 2, "HARD", true, 11, 0, 46));
    }
}
