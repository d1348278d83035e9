package dev.pitwall.replayer.clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RaceClockTest {

    private static final long MS = 1_000_000L;

    @Test
    void tenTimesRealTimeRunsTheRaceTenTimesFaster() {
        RaceClock clock = new RaceClock(60_000, Speed.parse("10"), false, 0);
        assertThat(clock.sessionTimeAt(1000 * MS)).isEqualTo(70_000);
        assertThat(clock.dueNanos(61_000)).isEqualTo(100 * MS);
    }

    @Test
    void pauseFreezesTheRaceAndResumeCarriesOnWithoutAJump() {
        RaceClock clock = new RaceClock(0, Speed.REAL_TIME, false, 0);
        clock.pause(500 * MS);
        assertThat(clock.sessionTimeAt(10_000 * MS)).isEqualTo(500);
        clock.resume(10_000 * MS);
        assertThat(clock.sessionTimeAt(10_250 * MS)).isEqualTo(750);
        assertThat(clock.dueNanos(1_000)).isEqualTo(10_500 * MS);
    }

    @Test
    void speedChangeKeepsTheRaceTime() {
        RaceClock clock = new RaceClock(0, Speed.REAL_TIME, false, 0);
        clock.setSpeed(Speed.parse("4x"), 1000 * MS);
        assertThat(clock.sessionTimeAt(1000 * MS)).isEqualTo(1000);
        assertThat(clock.sessionTimeAt(2000 * MS)).isEqualTo(5000);
    }

    @Test
    void seekMovesTheRaceClock() {
        RaceClock clock = new RaceClock(0, Speed.parse("2"), false, 0);
        clock.seek(3_600_000, 5000 * MS);
        assertThat(clock.sessionTimeAt(6000 * MS)).isEqualTo(3_602_000);
    }

    @Test
    void unpacedClockIsAlwaysDue() {
        RaceClock clock = new RaceClock(0, Speed.AS_FAST_AS_POSSIBLE, false, 0);
        assertThat(clock.dueNanos(999_999_999)).isEqualTo(Long.MIN_VALUE);
        clock.advanceUnpaced(42);
        assertThat(clock.sessionTimeAt(123)).isEqualTo(42);
    }

    @Test
    void speedIsBoundedAndExplainsBadInput() {
        assertThat(Speed.parse("0.25").factor()).isEqualTo(0.25);
        assertThat(Speed.parse("100").factor()).isEqualTo(100);
        assertThat(Speed.parse("MAX").unpaced()).isTrue();
        assertThatThrownBy(() -> Speed.parse("0.1")).hasMessageContaining("out of range");
        assertThatThrownBy(() -> Speed.parse("101")).hasMessageContaining("out of range");
        assertThatThrownBy(() -> Speed.parse("fast")).hasMessageContaining("not a number");
        assertThatThrownBy(() -> Speed.parse("")).hasMessageContaining("missing");
    }

    @Test
    void lagPercentilesComeFromTheHistogram() {
        LagStats lag = new LagStats();
        for (int i = 0; i < 99; i++) {
            lag.record(200_000);
        }
        lag.record(30 * MS);
        assertThat(lag.percentileMs(0.5)).isEqualTo(0.3, org.assertj.core.data.Offset.offset(0.001));
        assertThat(lag.percentileMs(0.99)).isEqualTo(0.3, org.assertj.core.data.Offset.offset(0.001));
        assertThat(lag.percentileMs(1.0)).isGreaterThanOrEqualTo(30);
        assertThat(lag.count()).isEqualTo(100);
    }
}
