package dev.pitwall.replayer.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pitwall.contract.Keyframe;
import dev.pitwall.contract.LapRecord;
import dev.pitwall.contract.Topics;
import dev.pitwall.replayer.model.TimedEvent;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SessionStateTest {

    @Test
    void theKeyframeCarriesEveryLapOfEachCarInLapOrder() {
        SessionState state = new SessionState();
        state.apply(lap("4", 1, 100_000, 32_000L, 29_500L, 30_100L, true));
        state.apply(lap("4", 2, 190_000, 31_200L, 29_900L, 29_800L, true));
        // the lap the car is on, not finished, is there too
        state.apply(lap("4", 3, 250_000, 20_000L, null, null, false));
        state.apply(lap("81", 1, 101_000, 31_900L, null, 30_000L, true));

        Keyframe k = state.keyframe();

        assertThat(k.laps().get("4")).extracting(LapRecord::lap).containsExactly(1, 2, 3);
        assertThat(k.laps().get("4").get(2).completed()).isFalse();
        assertThat(k.laps().get("81")).extracting(LapRecord::sector2Ms).containsExactly((Long) null);
        assertThat(k.lastLaps().get("4").lap()).isEqualTo(3);
    }

    private static TimedEvent lap(String car, int lap, long t, Long s1, Long s2, Long s3, boolean completed) {
        return new TimedEvent(t, Topics.LAPS, car, new LapRecord("k", car, 0, Instant.EPOCH, t, "X", lap, null, s1, s2,
                s3, null, null, null, null, null, null, null, null, null, null, null, "test", completed));
    }
}
