package dev.pitwall.timing.state;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pitwall.contract.LapRecord;
import dev.pitwall.testkit.JolpicaResults;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The race state fed with the real lap table of the bundled 2025 Australian GP, against its official results. */
class RealRaceLapsTest {

    private static List<JolpicaResults.Result> results;
    private static List<LapRecord> laps;

    @BeforeAll
    static void load() throws Exception {
        results = JolpicaResults.read("/jolpica/2025-1-results.json");
        Map<String, String> carOf = results.stream()
                .collect(Collectors.toMap(JolpicaResults.Result::code, JolpicaResults.Result::car));
        Path file = FastF1Laps.bundledRaces().resolve("2025-australian-grand-prix-race/fastf1/laps.jsonl.gz");
        laps = FastF1Laps.read(file, carOf);
    }

    @Test
    void everyCarsBestLapAndLapsCompletedAreTheOfficialOnes() {
        assertThat(results).hasSize(20);
        assertThat(laps).hasSize(927);
        RaceState state = new RaceState();
        laps.forEach(state::apply);
        RaceSnapshot s = state.snapshot();

        assertThat(s.rows()).hasSize(20);
        Map<String, CarRow> rows = s.rows().stream().collect(Collectors.toMap(CarRow::car, r -> r));
        SoftAssertions soft = new SoftAssertions();
        for (JolpicaResults.Result r : results) {
            CarRow row = rows.get(r.car());
            soft.assertThat(row.code()).as("code of %s", r.car()).isEqualTo(r.code());
            soft.assertThat(row.bestLapMs()).as("best lap of %s", r.code()).isEqualTo(r.fastestLapMs());
            soft.assertThat(row.bestLapNumber()).as("best lap number of %s", r.code()).isEqualTo(r.fastestLapNumber());
            soft.assertThat(row.lapsCompleted() == null ? 0 : row.lapsCompleted())
                    .as("laps completed by %s", r.code()).isEqualTo(r.laps());
        }
        soft.assertAll();

        // every purple sector is the session's best of that sector over all completed laps
        assertThat(s.rows()).allSatisfy(r -> assertThat(r.sectors()).hasSize(3));
        for (int i = 0; i < 3; i++) {
            int sector = i;
            long best = laps.stream().filter(LapRecord::completed).map(l -> sectorMs(l, sector))
                    .filter(java.util.Objects::nonNull).mapToLong(Long::longValue).min().orElseThrow();
            assertThat(s.rows()).flatExtracting(r -> List.of(r.sectors().get(sector)))
                    .filteredOn(t -> ((SectorTime) t).mark() == SectorMark.OVERALL_BEST)
                    .allSatisfy(t -> assertThat(((SectorTime) t).ms()).isEqualTo(best));
        }
        // without a timing feed the tower falls back to laps completed, then who crossed the line first
        assertThat(s.rows().get(0).code()).isEqualTo("NOR");
        assertThat(s.rows().subList(0, 12)).extracting(CarRow::lapsCompleted).containsOnly(57);
    }

    private static Long sectorMs(LapRecord l, int sector) {
        return sector == 0 ? l.sector1Ms() : sector == 1 ? l.sector2Ms() : l.sector3Ms();
    }

    @Test
    void diffsBetweenSnapshotsOfTheRealRaceReproduceTheNextSnapshotExactly() {
        RaceState state = new RaceState();
        RaceSnapshot previous = state.snapshot();
        int diffs = 0;
        long rowsSent = 0;
        for (LapRecord lap : laps) {
            state.apply(lap);
            RaceSnapshot next = state.snapshot();
            SnapshotDiff diff = SnapshotDiff.between(previous, next);
            assertThat(SnapshotDiff.apply(previous, diff)).isEqualTo(next);
            rowsSent += diff.rows().size();
            diffs++;
            previous = next;
        }
        assertThat(diffs).isEqualTo(927);
        // compact: a lap changes its own row and the rows whose marks or places it moved, not the whole tower
        assertThat(rowsSent).isLessThan(927L * 20 / 4);
    }
}
