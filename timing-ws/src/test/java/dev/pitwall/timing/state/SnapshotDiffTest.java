package dev.pitwall.timing.state;

import static dev.pitwall.timing.state.Records.event;
import static dev.pitwall.timing.state.Records.lap;
import static dev.pitwall.timing.state.Records.message;
import static dev.pitwall.timing.state.Records.position;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pitwall.contract.ContractJson;
import dev.pitwall.contract.RaceEvent;
import org.junit.jupiter.api.Test;

class SnapshotDiffTest {

    @Test
    void carriesOnlyTheChangedRowsAndFields() {
        RaceState state = new RaceState();
        state.apply(position("4", 1000, 1, 10, false));
        state.apply(position("81", 1000, 2, 10, false));
        state.apply(position("1", 1000, 3, 10, false));
        RaceSnapshot before = state.snapshot();

        state.apply(position("81", 2000, 2, 11, false));
        RaceSnapshot after = state.snapshot();
        SnapshotDiff diff = SnapshotDiff.between(before, after);

        assertThat(diff.rows()).extracting(CarRow::car).containsExactly("81");
        assertThat(diff.order()).isNull();
        assertThat(diff.changed()).containsExactlyInAnyOrder("sessionTimeMs", "utc");
        assertThat(diff.trackStatus()).isNull();
        assertThat(SnapshotDiff.apply(before, diff)).isEqualTo(after);

        // an overtake changes the order
        state.apply(position("1", 3000, 1, 11, false));
        state.apply(position("4", 3000, 3, 11, false));
        RaceSnapshot later = state.snapshot();
        SnapshotDiff overtake = SnapshotDiff.between(after, later);
        assertThat(overtake.order()).containsExactly("1", "81", "4");
        assertThat(SnapshotDiff.apply(after, overtake)).isEqualTo(later);
    }

    @Test
    void fieldsThatBecomeNullAndRaceControlThatRollsOverAreReproduced() {
        RaceState state = new RaceState();
        for (int i = 1; i <= 50; i++) {
            state.apply(event(i, RaceEvent.Type.RACE_CONTROL, message(i, "M" + i)));
        }
        state.apply(event(60, RaceEvent.Type.TRACK_STATUS, new RaceEvent.TrackStatus("4", "SCDeployed")));
        RaceSnapshot before = state.snapshot();
        for (int i = 51; i <= 53; i++) {
            state.apply(event(i + 100, RaceEvent.Type.RACE_CONTROL, message(i, "M" + i)));
        }
        state.apply(event(200, RaceEvent.Type.TRACK_STATUS, null));
        RaceSnapshot after = state.snapshot();

        SnapshotDiff diff = SnapshotDiff.between(before, after);
        assertThat(diff.raceControlDropped()).isEqualTo(3);
        assertThat(diff.raceControlAdded()).extracting(RaceEvent.RaceControl::index).containsExactly(51, 52, 53);
        assertThat(diff.changed()).contains("trackStatus");
        assertThat(diff.trackStatus()).isNull();
        assertThat(SnapshotDiff.apply(before, diff)).isEqualTo(after);
    }

    @Test
    void aResetIsADiffToo() {
        RaceState state = new RaceState();
        state.apply(lap("4", 1, 90_000, 93_000L, 30_000L, 31_000L, 32_000L, true));
        state.apply(event(1, RaceEvent.Type.RACE_CONTROL, message(1, "GREEN")));
        RaceSnapshot before = state.snapshot();
        state.apply(Records.clock(10, dev.pitwall.contract.ClockEvent.Type.SEEK, 2.0, false, null));
        RaceSnapshot after = state.snapshot();
        SnapshotDiff diff = SnapshotDiff.between(before, after);
        assertThat(diff.order()).isEmpty();
        assertThat(diff.raceControlDropped()).isEqualTo(1);
        assertThat(SnapshotDiff.apply(before, diff)).isEqualTo(after);
    }

    @Test
    void refusesASnapshotItWasNotMadeFrom() {
        RaceState state = new RaceState();
        state.apply(position("4", 1000, 1, 10, false));
        RaceSnapshot a = state.snapshot();
        state.apply(position("4", 2000, 1, 11, false));
        RaceSnapshot b = state.snapshot();
        state.apply(position("4", 3000, 1, 12, false));
        SnapshotDiff diff = SnapshotDiff.between(b, state.snapshot());
        assertThatThrownBy(() -> SnapshotDiff.apply(a, diff)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void survivesTheJsonRoundTripABrowserWouldMake() throws Exception {
        RaceState state = new RaceState();
        state.apply(position("4", 1000, 1, 10, false));
        state.apply(event(1, RaceEvent.Type.RACE_CONTROL, message(1, "GREEN")));
        RaceSnapshot before = state.snapshot();
        state.apply(lap("4", 11, 90_000, 93_000L, 30_000L, 31_000L, 32_000L, true));
        state.apply(event(2, RaceEvent.Type.TRACK_STATUS, new RaceEvent.TrackStatus("2", "Yellow")));
        RaceSnapshot after = state.snapshot();

        var json = ContractJson.newMapper();
        SnapshotDiff wire = json.readValue(json.writeValueAsString(SnapshotDiff.between(before, after)), SnapshotDiff.class);
        RaceSnapshot start = json.readValue(json.writeValueAsString(before), RaceSnapshot.class);
        assertThat(SnapshotDiff.apply(start, wire)).isEqualTo(after);
    }
}
