package dev.pitwall.replayer.inspect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pitwall.contract.RaceEvent;
import dev.pitwall.contract.TimingUpdate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClassificationTest {

    private static TimingUpdate car(String car, Integer position, Integer laps, Boolean retired) {
        return new TimingUpdate("k", car, 0, null, 0, position, laps, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, retired, "feed");
    }

    @Test
    void runningByPositionThenRetiredByLapsThenCarsWithoutTiming() {
        Map<String, TimingUpdate> latest = new LinkedHashMap<>();
        latest.put("16", car("16", 18, null, true)); // stopped before the start
        latest.put("55", car("55", 17, 12, true));
        latest.put("14", car("14", 19, 13, true)); // a feed position need not follow the laps
        latest.put("1", car("1", 2, 18, false));
        latest.put("4", car("4", 1, 18, false));
        latest.put("44", car("44", 3, 17, null));
        latest.put("7", car("7", null, null, null)); // in the timing, never ran
        List<RaceEvent.Driver> drivers = List.of(new RaceEvent.Driver("4", "NOR", null, null, null, 1),
                new RaceEvent.Driver("99", "XXX", null, null, null, 5), new RaceEvent.Driver("98", "YYY", null, null, null, 4),
                new RaceEvent.Driver("7", "DOO", null, null, null, 6));
        assertThat(Classification.order(latest, drivers)).containsExactly("4", "1", "44", "14", "55", "16", "98", "99", "7");
    }
}
