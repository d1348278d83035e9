package dev.pitwall.replayer.source.livetiming;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pitwall.contract.RaceEvent.TyreStint;
import dev.pitwall.replayer.source.livetiming.RaceStints.Raw;
import java.util.List;
import org.junit.jupiter.api.Test;

class RaceStintsTest {

    @Test
    void aSetReplacedBeforeTheLeaderFinishedLapOneWasAPreRaceOuting() {
        List<Raw> raw = List.of(new Raw(0, "INTERMEDIATE", true, false, 0, 2, 1_000),
                new Raw(1, "SOFT", false, false, 2, 8, 5_000));
        assertThat(RaceStints.derive("4", raw, 10_000L))
                .containsExactly(new TyreStint("4", 1, "SOFT", false, 1, 2, 6));
        // without a lap count (practice, qualifying) every entry is a run
        assertThat(RaceStints.derive("4", raw, null)).hasSize(2);
    }

    @Test
    void tyresNotChangedContinuesTheSetUnlessItNamesAnotherCompound() {
        List<Raw> raw = List.of(new Raw(0, "INTERMEDIATE", true, false, 0, 2, 1_000),
                new Raw(1, "UNKNOWN", false, true, 2, 3, 20_000),
                new Raw(2, "MEDIUM", true, true, 0, 5, 30_000),
                new Raw(3, "HARD", true, false, 0, 4, 40_000));
        assertThat(RaceStints.derive("22", raw, 10_000L)).containsExactly(
                new TyreStint("22", 1, "INTERMEDIATE", true, 1, 0, 3),
                new TyreStint("22", 2, "MEDIUM", true, 4, 0, 5),
                new TyreStint("22", 3, "HARD", true, 9, 0, 4));
    }

    @Test
    void missingCountsLeaveLapsAndLaterStartsUnknown() {
        List<Raw> raw = List.of(new Raw(0, "SOFT", true, false, 0, null, 1_000),
                new Raw(1, "HARD", true, false, 0, 3, 20_000));
        assertThat(RaceStints.derive("1", raw, 10_000L)).containsExactly(
                new TyreStint("1", 1, "SOFT", true, 1, 0, null),
                new TyreStint("1", 2, "HARD", true, null, 0, 3));
    }
}
