package dev.pitwall.timing.ws;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pitwall.timing.state.RaceSnapshot;
import dev.pitwall.timing.state.RaceState;
import org.junit.jupiter.api.Test;

class SnapshotHistoryTest {

    @Test
    void aDelayedViewerSeesTheSnapshotThatHeldThatLongAgo() {
        SnapshotHistory history = new SnapshotHistory(120_000);
        RaceSnapshot a = RaceSnapshot.empty();
        RaceSnapshot b = new RaceState().snapshot();
        history.record(1_000, a);
        history.record(61_000, b);
        assertThat(history.at(60_999)).isSameAs(a);
        assertThat(history.at(61_000)).isSameAs(b);
        assertThat(history.at(500)).as("earlier than kept: the oldest").isSameAs(a);
    }

    @Test
    void keepsOnlyTheWindowButAlwaysTheSnapshotHoldingAtItsStart() {
        SnapshotHistory history = new SnapshotHistory(10_000);
        RaceSnapshot[] snaps = new RaceSnapshot[100];
        for (int i = 0; i < 100; i++) {
            snaps[i] = new RaceState().snapshot();
            history.record(i * 1_000L, snaps[i]);
        }
        assertThat(history.size()).isBetween(10, 12);
        assertThat(history.at(89_500)).isSameAs(snaps[89]);
        history.record(99_000, snaps[99]);
        assertThat(history.size()).isBetween(10, 12);
    }
}
