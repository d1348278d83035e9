package dev.pitwall.timing.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.pitwall.contract.ClockEvent;
import dev.pitwall.contract.ContractRecord;
import dev.pitwall.contract.Keyframe;
import dev.pitwall.contract.RaceEvent;
import dev.pitwall.timing.state.CarRow;
import dev.pitwall.timing.state.RaceState;

class KeyframeBarrierTest {

    private static final String SESSION = "9693";
    private static final Instant ORIGIN = Instant.parse("2025-03-16T03:07:22.600Z");

    /** What reaches the race state, in order. */
    private final List<String> applied = new ArrayList<>();
    private final RaceState state = new RaceState();
    private final KeyframeBarrier barrier = new KeyframeBarrier(new FeedListener() {
        @Override
        public void onRecord(ContractRecord record, long kafkaTimestamp) {
            applied.add(name(record));
            state.apply(record);
        }

        @Override
        public void onBadRecord(RecordDecoder.BadRecordException error) {
        }
    });

    @Test
    void aRecordSentAfterTheKeyframeButReadBeforeItSurvivesTheReset() {
        // the replayer sends the keyframe at t=1000, then Sainz's stint at t=1001; the consumer reads the
        // race-events partition first
        barrier.onRecord(stint("55", "INTERMEDIATE"), 1001);
        barrier.onRecord(keyframe(), 1000);

        assertThat(applied).containsExactly("TYRE_STINT 55", "KEYFRAME", "TYRE_STINT 55");
        CarRow sainz = row("55");
        assertThat(sainz.stints()).extracting(RaceEvent.TyreStint::compound).containsExactly("INTERMEDIATE");
        assertThat(barrier.replayed()).isEqualTo(1);
    }

    @Test
    void aRecordSentBeforeTheResetAndReadAfterItIsDropped() {
        barrier.onRecord(keyframe(), 1000);
        barrier.onRecord(stint("4", "MEDIUM"), 1200);
        barrier.onRecord(clock(ClockEvent.Type.SEEK), 5000);
        barrier.onRecord(keyframe(), 5001);
        // sent before the seek, read late from a partition that lagged
        barrier.onRecord(stint("1", "HARD"), 4999);
        barrier.onRecord(stint("81", "SOFT"), 5002);

        assertThat(applied).containsExactly("KEYFRAME", "TYRE_STINT 4", "SEEK", "KEYFRAME", "TYRE_STINT 81");
        assertThat(barrier.stale()).isEqualTo(1);
        assertThat(state.snapshot().rows()).extracting(CarRow::car).containsExactly("81");
    }

    @Test
    void recordsOlderThanTheWindowAreNotKept() {
        barrier.onRecord(stint("4", "MEDIUM"), 20_000);
        barrier.onRecord(stint("1", "HARD"), 20_000 + KeyframeBarrier.WINDOW_MS + 1);
        barrier.onRecord(keyframe(), 19_000);

        // the first record is out of the window: only the second is applied again after the reset
        assertThat(applied).containsExactly("TYRE_STINT 4", "TYRE_STINT 1", "KEYFRAME", "TYRE_STINT 1");
    }

    private CarRow row(String car) {
        return state.snapshot().rows().stream().filter(r -> r.car().equals(car)).findFirst().orElseThrow();
    }

    private static String name(ContractRecord r) {
        if (r instanceof ClockEvent c) {
            return c.type().name();
        }
        RaceEvent e = (RaceEvent) r;
        return e.type() + " " + e.stint().car();
    }

    private static RaceEvent stint(String car, String compound) {
        return new RaceEvent(SESSION, 0, ORIGIN, 0, RaceEvent.Type.TYRE_STINT, null, null, null, null, null,
                new RaceEvent.TyreStint(car, 1, compound, true, 1, 0, 0), null, null);
    }

    private static ClockEvent keyframe() {
        return new ClockEvent(SESSION, 0, ORIGIN, 0, ClockEvent.Type.KEYFRAME, Instant.now(), 1.0, false, 1, 57,
                new Keyframe(List.of(), Map.of(), Map.of(), Map.of(), Map.of(), null, null, null, List.of(), null, null));
    }

    private static ClockEvent clock(ClockEvent.Type type) {
        return new ClockEvent(SESSION, 0, ORIGIN, 0, type, Instant.now(), 1.0, false, 1, 57, null);
    }
}
