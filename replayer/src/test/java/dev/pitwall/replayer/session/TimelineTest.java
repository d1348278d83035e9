package dev.pitwall.replayer.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pitwall.contract.LapRecord;
import dev.pitwall.contract.Topics;
import dev.pitwall.replayer.model.TimedEvent;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimelineTest {

    @Test
    void mergesSourcesInTimeOrderAndNumbersPerTopicAndCar() {
        List<TimedEvent> a = List.of(lap("4", 1, 300), lap("4", 2, 100));
        List<TimedEvent> b = List.of(lap("81", 1, 200), lap("4", 3, 200));
        List<TimedEvent> t = Timeline.build(List.of(a, b));
        assertThat(t).extracting(TimedEvent::sessionTimeMs).containsExactly(100L, 200L, 200L, 300L);
        assertThat(t).extracting(e -> e.key() + "#" + e.record().seq()).containsExactly("4#1", "81#1", "4#2", "4#3");
    }

    @Test
    void lapIndexFindsLapStartsFromCompletedLapsWithoutALapCounter() {
        List<TimedEvent> t = Timeline.build(List.of(List.of(lap("4", 1, 1000), lap("81", 1, 1500), lap("4", 2, 2000))));
        LapIndex laps = LapIndex.of(t);
        assertThat(laps.startOf(2)).isEqualTo(1000);
        assertThat(laps.startOf(3)).isEqualTo(2000);
        assertThat(laps.lapAt(1600)).isEqualTo(2);
    }

    private static TimedEvent lap(String car, int lap, long t) {
        return new TimedEvent(t, Topics.LAPS, car, new LapRecord("k", car, 0, Instant.EPOCH, t, "X", lap, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, "test", true));
    }
}
